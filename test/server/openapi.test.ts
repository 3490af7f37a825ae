/**
 * The OpenAPI document: 3.1, every resource with its parameters, problems and
 * bearer security, and every 200 schema accepts what the server really sends
 * (and rejects what the contract rejects).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RESOURCE_SCHEMAS } from '../../src/data/contract.ts';
import { parseTokenTable } from '../../server/auth.ts';
import { dataSetArbitrary, writeDataSet } from './dataset.ts';
import { ENGINE, openTestDatabase, qs, startApp, type RunningApp, type TestDatabase } from './helpers.ts';
import { checkJsonSchema } from './json-schema.ts';

let database: TestDatabase;
let app: RunningApp;
type Document = Record<string, unknown> & {
  paths: Record<
    string,
    {
      get: {
        parameters: { name: string; in: string }[];
        responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }>;
      };
    }
  >;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    securitySchemes: Record<string, { type: string; scheme: string }>;
  };
};
let document: Document;

before(async () => {
  database = await openTestDatabase();
  app = await startApp({ db: database.db });
  const data = fc.sample(
    dataSetArbitrary.filter((set) => set.validations.length > 15),
    { numRuns: 1, seed: 5 },
  )[0]!;
  await writeDataSet(database.db, data);
  const response = await app.get('/openapi.json', null);
  assert.equal(response.status, 200);
  document = (await response.json()) as Document;
});
after(async () => {
  await app.close();
  await database.dispose();
});

describe(`OpenAPI document (${ENGINE})`, () => {
  it('is an OpenAPI 3.1 document with every resource, served at both paths', async () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal(document.jsonSchemaDialect, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(
      Object.keys(document.paths).sort(),
      Object.keys(RESOURCE_SCHEMAS)
        .map((name) => `/${name}`)
        .sort(),
    );
    assert.deepEqual(document.components.securitySchemes.bearer, { type: 'http', scheme: 'bearer' });
    for (const [path, item] of Object.entries(document.paths)) {
      const names = item.get.parameters.map((parameter) => parameter.name);
      assert.ok(names.includes('from') && names.includes('to'), path);
      for (const status of ['200', '400', '401', '500'])
        assert.ok(item.get.responses[status], `${path} ${status}`);
      assert.ok(item.get.responses['400']!.content['application/problem+json']);
    }
    assert.ok(
      document.paths['/missions/{id}']!.get.parameters.some((p) => p.name === 'id' && p.in === 'path'),
    );
    const other = await app.get('/api/openapi.json', null);
    assert.deepEqual(await other.json(), document);
  });

  it('has 200 schemas that accept the real responses', async () => {
    const period = { from: '2024-02-10', to: '2024-03-20' };
    for (const [path, item] of Object.entries(document.paths)) {
      const url = `/api${path.replace('{id}', '1')}${qs({ ...period, pageSize: 100 })}`;
      const response = await app.get(url);
      assert.equal(response.status, 200, url);
      const body: unknown = await response.json();
      const schema = item.get.responses['200']!.content['application/json']!.schema;
      assert.deepEqual(checkJsonSchema(body, schema, document), [], url);
    }
  });

  it('has 200 schemas that reject contract violations', () => {
    const summary = { $ref: '#/components/schemas/SummaryResponse' };
    const figures = {
      from: '2024-01-01',
      to: '2024-01-02',
      validatedMissions: 1,
      engagedCustomers: 1,
      customers: 1,
      activeMissions: 1,
      byType: { classic: 1, content: 0, review: 0, engagement: 0 },
    };
    assert.deepEqual(checkJsonSchema({ current: figures, previous: figures }, summary, document), []);
    const broken = { ...figures, validatedMissions: -1, byType: { ...figures.byType, other: 2 } };
    assert.ok(checkJsonSchema({ current: broken, previous: figures }, summary, document).length >= 2);
  });

  it('parses API_TOKENS in both notations and refuses malformed ones', () => {
    assert.deepEqual(
      [...parseTokenTable('{"a": 1, "b": "2"}')],
      [
        ['a', '1'],
        ['b', '2'],
      ],
    );
    assert.deepEqual(
      [...parseTokenTable('a:1, b:2')],
      [
        ['a', '1'],
        ['b', '2'],
      ],
    );
    assert.throws(() => parseTokenTable('a:x'));
    assert.throws(() => parseTokenTable(':1'));
  });
});
