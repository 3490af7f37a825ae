/**
 * Every resource, on random small data sets of two merchants: the response
 * validates against the contract schema and equals the TypeScript oracle
 * computed for the token's merchant only (so these runs also prove isolation).
 * Each request goes to two servers on the same database: one with the
 * engine's own parallelism (PGlite 1, PostgreSQL 2) and one that splits the
 * per-customer resources into three customer ranges (queries/spans.ts); both
 * answers must be identical.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as v from 'valibot';
import { MISSION_TYPES, RESOURCE_SCHEMAS, type ResourceName } from '../../src/data/contract.ts';
import { dataSetArbitrary, Oracle, periodArbitrary, writeDataSet, type DataSet } from './dataset.ts';
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

const RUNS = 20;
let database: TestDatabase;
let app: RunningApp;
let splitApp: RunningApp;

before(async () => {
  database = await openTestDatabase();
  app = await startApp({ db: database.db });
  splitApp = await startApp({ db: { ...database.db, parallelism: 3 } });
});
after(async () => {
  await app.close();
  await splitApp.close();
  await database.dispose();
});

const MERCHANTS = [
  { id: 1, token: TOKEN_A },
  { id: 2, token: TOKEN_B },
] as const;

async function fetchResource(resource: ResourceName, path: string, token: string): Promise<unknown> {
  const [body, splitBody] = await Promise.all(
    [app, splitApp].map(async (server) => {
      const response = await server.get(path, token);
      const body: unknown = await response.json();
      assert.equal(response.status, 200, `${path}: ${JSON.stringify(body)}`);
      return body;
    }),
  );
  const checked = v.safeParse(RESOURCE_SCHEMAS[resource], body);
  assert.ok(checked.success, `${path} breaks the contract: ${JSON.stringify(checked.issues)}`);
  assert.deepEqual(splitBody, body, `${path}: the split into customer ranges changed the answer`);
  return body;
}

/** Writes the data set once per run, then checks both merchants. */
async function forEachMerchant(data: DataSet, check: (oracle: Oracle, token: string) => Promise<void>) {
  await writeDataSet(database.db, data);
  for (const merchant of MERCHANTS) await check(new Oracle(data, merchant.id), merchant.token);
}

describe(`contract vs oracle (${ENGINE})`, () => {
  it('summary, daily and audience equal the oracle', async () => {
    await fc.assert(
      fc.asyncProperty(dataSetArbitrary, periodArbitrary, async (data, period) => {
        await forEachMerchant(data, async (oracle, token) => {
          assert.deepEqual(
            await fetchResource('summary', `/api/summary${qs(period)}`, token),
            oracle.summary(period),
          );
          assert.deepEqual(
            await fetchResource('daily', `/api/daily${qs(period)}`, token),
            oracle.daily(period),
          );
          assert.deepEqual(
            await fetchResource('audience', `/api/audience${qs(period)}`, token),
            oracle.audience(period),
          );
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('missions (filter, sort, pages) and missions/{id} equal the oracle', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataSetArbitrary,
        periodArbitrary,
        fc.record({
          type: fc.option(fc.constantFrom(...MISSION_TYPES), { nil: undefined }),
          sort: fc.option(fc.constantFrom('popularity-desc', 'popularity-asc'), { nil: undefined }),
          page: fc.integer({ min: 1, max: 4 }),
          pageSize: fc.integer({ min: 1, max: 5 }),
        }),
        async (data, period, options) => {
          await forEachMerchant(data, async (oracle, token) => {
            const query = { ...period, ...options };
            assert.deepEqual(
              await fetchResource('missions', `/api/missions${qs(query)}`, token),
              oracle.missionList(query),
            );
            for (const mission of data.missions.filter(
              (candidate) => candidate.merchantId === oracle.merchant.id,
            )) {
              assert.deepEqual(
                await fetchResource('missions/{id}', `/api/missions/${mission.id}${qs(period)}`, token),
                oracle.missionDetail(mission.id, period),
              );
            }
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('impact equals the oracle for any maxK', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataSetArbitrary,
        periodArbitrary,
        fc.integer({ min: 1, max: 7 }),
        async (data, period, maxK) => {
          await forEachMerchant(data, async (oracle, token) => {
            assert.deepEqual(
              await fetchResource('impact', `/api/impact${qs({ ...period, maxK })}`, token),
              oracle.impact(period, maxK),
            );
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('leaderboard (ranks with ties, pages) equals the oracle', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataSetArbitrary,
        periodArbitrary,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        async (data, period, page, pageSize) => {
          await forEachMerchant(data, async (oracle, token) => {
            assert.deepEqual(
              await fetchResource(
                'leaderboard',
                `/api/leaderboard${qs({ ...period, page, pageSize })}`,
                token,
              ),
              oracle.leaderboard({ ...period, page, pageSize }),
            );
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('fixed cases: empty period, leap day, buyer without missions, defaults', async () => {
    const data = fc.sample(dataSetArbitrary, { numRuns: 1, seed: 7 })[0]!;
    await writeDataSet(database.db, data);
    const oracle = new Oracle(data, 1);
    const empty = { from: '2021-06-01', to: '2021-06-07' };
    const leap = { from: '2024-02-29', to: '2024-02-29' };
    for (const period of [empty, leap, { from: '2024-02-01', to: '2024-03-31' }]) {
      assert.deepEqual(
        await fetchResource('summary', `/api/summary${qs(period)}`, TOKEN_A),
        oracle.summary(period),
      );
      assert.deepEqual(
        await fetchResource('daily', `/api/daily${qs(period)}`, TOKEN_A),
        oracle.daily(period),
      );
      assert.deepEqual(
        await fetchResource('impact', `/api/impact${qs(period)}`, TOKEN_A),
        oracle.impact(period, 5),
      );
      assert.deepEqual(
        await fetchResource('leaderboard', `/api/leaderboard${qs(period)}`, TOKEN_A),
        oracle.leaderboard({ ...period, page: 1, pageSize: 20 }),
      );
      // Past SPLIT_MAX_ROWS the leaderboard takes one statement with OFFSET.
      const deep = { ...period, page: 60, pageSize: 100 };
      assert.deepEqual(
        await fetchResource('leaderboard', `/api/leaderboard${qs(deep)}`, TOKEN_A),
        oracle.leaderboard(deep),
      );
      assert.deepEqual(
        await fetchResource('missions', `/api/missions${qs(period)}`, TOKEN_A),
        oracle.missionList({ ...period, page: 1, pageSize: 20 }),
      );
      assert.deepEqual(
        await fetchResource('audience', `/api/audience${qs(period)}`, TOKEN_A),
        oracle.audience(period),
      );
    }
    const daily = (await fetchResource('daily', `/api/daily${qs(leap)}`, TOKEN_A)) as {
      days: { date: string }[];
    };
    assert.deepEqual(
      daily.days.map((day) => day.date),
      ['2024-02-29'],
    );
    // The buyer without missions sits in the baseline row with the leap-day order.
    const impact = (await fetchResource('impact', `/api/impact${qs(leap)}`, TOKEN_A)) as {
      rows: { k: number; orders: number }[];
    };
    assert.ok(impact.rows[0]!.orders >= 1);
    assert.deepEqual(oracle.impact(leap, 5), impact);
  });
});
