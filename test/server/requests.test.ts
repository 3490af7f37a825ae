/**
 * The HTTP surface: bad parameters → 400 problems naming the parameter,
 * injection strings inert, 401/404/405, CORS, database failure → 500 and the
 * next request still served, tenant isolation on fixed data.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as v from 'valibot';
import { problemDetails } from '../../src/data/contract.ts';
import type { Queryable, SqlParam } from '../../server/db.ts';
import { dataSetArbitrary, Oracle, writeDataSet } from './dataset.ts';
import {
  ENGINE,
  openTestDatabase,
  qs,
  startApp,
  TOKEN_A,
  TOKEN_B,
  type RunningApp,
  type TestDatabase,
} from './helpers.ts';

let database: TestDatabase;
let app: RunningApp;
/** Flip to make the next database call fail, as a lost connection would. */
let failNextQuery = false;

before(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const flaky: Queryable = {
    query<Row extends object>(sql: string, params?: readonly SqlParam[]) {
      if (failNextQuery) {
        failNextQuery = false;
        return Promise.reject(new Error('connection terminated unexpectedly'));
      }
      return db.query<Row>(sql, params);
    },
    exec: (sql) => db.exec(sql),
  };
  app = await startApp({ db: flaky });
  const data = fc.sample(
    dataSetArbitrary.filter((set) => set.validations.length > 10),
    { numRuns: 1, seed: 11 },
  )[0]!;
  await writeDataSet(db, data);
});
after(async () => {
  await app.close();
  await database.dispose();
});

const PERIOD = { from: '2024-02-15', to: '2024-03-05' };
const RESOURCES = ['summary', 'daily', 'missions', 'missions/1', 'impact', 'leaderboard', 'audience'];

async function expectProblem(
  path: string,
  status: number,
  parameter?: string,
  token: string | null = TOKEN_A,
) {
  const response = await app.get(path, token);
  assert.equal(response.status, status, path);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  assert.ok(v.safeParse(problemDetails, body).success);
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.equal(typeof body.type, 'string');
  assert.equal(typeof body.detail, 'string');
  if (parameter) {
    assert.equal(body.parameter, parameter, `${path}: ${String(body.detail)}`);
    assert.ok(String(body.detail).startsWith(parameter), String(body.detail));
  }
  return { response, body };
}

describe(`requests (${ENGINE})`, () => {
  it('rejects bad periods on every resource with a 400 naming the parameter', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ to: '2024-03-01' }, 'from'],
      [{ from: '2024-03-01' }, 'to'],
      [{ from: '2024-3-1', to: '2024-03-02' }, 'from'],
      [{ from: '2023-02-29', to: '2023-03-02' }, 'from'],
      [{ from: '2024-02-01', to: '2024-02-30' }, 'to'],
      [{ from: '2024-13-01', to: '2024-13-02' }, 'from'],
      [{ from: '2024-03-02', to: '2024-03-01' }, 'from'],
      [{ from: '2020-01-01', to: '2023-01-05' }, 'to'],
      [{ from: '0099-01-01', to: '0099-01-02' }, 'from'],
      [{ from: ' 2024-03-01', to: '2024-03-02' }, 'from'],
    ];
    for (const resource of RESOURCES) {
      for (const [query, parameter] of cases)
        await expectProblem(`/api/${resource}${qs(query)}`, 400, parameter);
    }
    await expectProblem(`/api/summary?from=2024-03-01&from=2024-03-01&to=2024-03-02`, 400, 'from');
    // The longest accepted period passes.
    assert.equal((await app.get(`/api/daily${qs({ from: '2021-01-01', to: '2024-01-05' })}`)).status, 200);
  });

  it('rejects bad paging, type, sort and maxK', async () => {
    for (const resource of ['missions', 'leaderboard']) {
      for (const pageSize of ['0', '101', '-1', '1.5', 'ten', '', '1e2']) {
        await expectProblem(`/api/${resource}${qs({ ...PERIOD, pageSize })}`, 400, 'pageSize');
      }
      for (const page of ['0', '-3', 'x', '100001', '99999999999']) {
        await expectProblem(`/api/${resource}${qs({ ...PERIOD, page })}`, 400, 'page');
      }
    }
    await expectProblem(`/api/missions${qs({ ...PERIOD, type: 'Classic' })}`, 400, 'type');
    await expectProblem(`/api/missions${qs({ ...PERIOD, type: 'other' })}`, 400, 'type');
    await expectProblem(`/api/missions${qs({ ...PERIOD, sort: 'title' })}`, 400, 'sort');
    for (const maxK of ['0', '21', 'x'])
      await expectProblem(`/api/impact${qs({ ...PERIOD, maxK })}`, 400, 'maxK');
    const edge = await app.get(`/api/missions${qs({ ...PERIOD, pageSize: 100, page: 100000 })}`);
    assert.equal(edge.status, 200);
  });

  it('answers 404 for unknown mission ids and paths', async () => {
    for (const id of [
      '999999',
      '0',
      'abc',
      '1.0',
      '-1',
      '%27%20OR%201%3D1--',
      '99999999999999999999',
      '1%2F2',
    ]) {
      await expectProblem(`/api/missions/${id}${qs(PERIOD)}`, 404);
    }
    await expectProblem(`/api/nothing${qs(PERIOD)}`, 404);
    await expectProblem(`/api/missions/1/extra${qs(PERIOD)}`, 404);
    await expectProblem(`/api${qs(PERIOD)}`, 404);
  });

  it('keeps injection strings inert in every parameter (4xx or a normal answer, never 5xx)', async () => {
    const payloads = [
      "' OR '1'='1",
      "2024-03-01'; DROP TABLE validations; --",
      '1; SELECT pg_sleep(5)',
      '$1',
      '\\x00',
      "2024-03-01' UNION SELECT * FROM customers--",
      '%00',
      '{"a":1}',
      '1 OR 1=1',
    ];
    const parameters = ['from', 'to', 'type', 'page', 'pageSize', 'sort', 'maxK', 'dimension'];
    for (const resource of RESOURCES) {
      for (const parameter of parameters) {
        for (const payload of payloads) {
          const response = await app.get(`/api/${resource}${qs({ ...PERIOD, [parameter]: payload })}`);
          assert.ok(response.status < 500, `${resource} ${parameter}=${payload} → ${response.status}`);
          await response.arrayBuffer();
        }
      }
      const pathResponse = await app.get(`/api/missions/${encodeURIComponent("1' OR '1'='1")}${qs(PERIOD)}`);
      assert.equal(pathResponse.status, 404);
      await pathResponse.arrayBuffer();
    }
    // Still all there.
    const [row] = await database.db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM validations',
    );
    assert.ok((row?.count ?? 0) > 0);
  });

  it('answers 401 with WWW-Authenticate without a token or with an unknown one', async () => {
    for (const token of [null, 'nope', `${TOKEN_A}x`, '']) {
      for (const resource of RESOURCES) {
        const { response } = await expectProblem(`/api/${resource}${qs(PERIOD)}`, 401, undefined, token);
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
    }
    const basic = await app.get(`/api/summary${qs(PERIOD)}`, null, {
      headers: { Authorization: `Basic ${TOKEN_A}` },
    });
    assert.equal(basic.status, 401);
    await basic.arrayBuffer();
  });

  it('answers a database failure with a 500 problem and serves the next request', async () => {
    for (const resource of RESOURCES) {
      failNextQuery = true;
      const { body } = await expectProblem(`/api/${resource}${qs(PERIOD)}`, 500);
      assert.doesNotMatch(String(body.detail), /connection terminated/, 'internal errors are not leaked');
      const next = await app.get(`/api/${resource}${qs(PERIOD)}`);
      assert.equal(next.status, 200);
      await next.arrayBuffer();
    }
  });

  it('answers CORS preflight and sets CORS headers; other methods → 405', async () => {
    const preflight = await fetch(`${app.url}/api/summary`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://admin.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
    const ok = await app.get(`/api/summary${qs(PERIOD)}`);
    assert.equal(ok.headers.get('access-control-allow-origin'), '*');
    assert.match(ok.headers.get('cache-control') ?? '', /no-store/);
    await ok.arrayBuffer();
    const post = await app.get(`/api/summary${qs(PERIOD)}`, TOKEN_A, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.match(post.headers.get('allow') ?? '', /GET/);
    await post.arrayBuffer();
  });

  it('restricts CORS to the configured origins', async () => {
    const restricted = await startApp({
      db: database.db,
      corsOrigin: 'https://a.example, https://b.example',
    });
    try {
      const allowed = await restricted.get(`/api/summary${qs(PERIOD)}`, TOKEN_A, {
        headers: { Origin: 'https://b.example' },
      });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://b.example');
      assert.match(allowed.headers.get('vary') ?? '', /Origin/);
      await allowed.arrayBuffer();
      const denied = await restricted.get(`/api/summary${qs(PERIOD)}`, TOKEN_A, {
        headers: { Origin: 'https://evil.example' },
      });
      assert.equal(denied.headers.get('access-control-allow-origin'), null);
      await denied.arrayBuffer();
    } finally {
      await restricted.close();
    }
  });

  it('isolates merchants: B ids are 404 under A, figures are A only', async () => {
    const data = fc.sample(
      dataSetArbitrary.filter(
        (set) =>
          set.missions.some((m) => m.merchantId === 2) && set.validations.some((r) => r.merchantId === 2),
      ),
      { numRuns: 1, seed: 3 },
    )[0]!;
    await writeDataSet(database.db, data);
    const period = { from: '2024-02-01', to: '2024-03-31' };
    for (const mission of data.missions) {
      const response = await app.get(
        `/api/missions/${mission.id}${qs(period)}`,
        mission.merchantId === 1 ? TOKEN_B : TOKEN_A,
      );
      assert.equal(response.status, 404, `mission ${mission.id} of merchant ${mission.merchantId} leaked`);
      await response.arrayBuffer();
    }
    const [a, b] = [new Oracle(data, 1), new Oracle(data, 2)];
    const summaryA: unknown = await (await app.get(`/api/summary${qs(period)}`, TOKEN_A)).json();
    const summaryB: unknown = await (await app.get(`/api/summary${qs(period)}`, TOKEN_B)).json();
    assert.deepEqual(summaryA, a.summary(period));
    assert.deepEqual(summaryB, b.summary(period));
    const leaders = (await (
      await app.get(`/api/leaderboard${qs({ ...period, pageSize: 100 })}`, TOKEN_A)
    ).json()) as {
      items: { customer: { id: string } }[];
    };
    const idsOfB = new Set(data.customers.filter((c) => c.merchantId === 2).map((c) => String(c.id)));
    assert.ok(leaders.items.every((item) => !idsOfB.has(item.customer.id)));
  });

  it('accepts a token table hook (authenticate) instead of static tokens', async () => {
    const custom = await startApp({
      db: database.db,
      authenticate: (request) => (request.headers['x-merchant-session'] === 'valid' ? '2' : null),
    });
    try {
      const ok = await custom.get(`/api/summary${qs(PERIOD)}`, null, {
        headers: { 'X-Merchant-Session': 'valid' },
      });
      assert.equal(ok.status, 200);
      await ok.arrayBuffer();
      const denied = await custom.get(`/api/summary${qs(PERIOD)}`, TOKEN_A);
      assert.equal(denied.status, 401);
      await denied.arrayBuffer();
    } finally {
      await custom.close();
    }
  });
});
