/**
 * Shared test plumbing: a fresh migrated database (PGlite in memory, or a
 * schema of its own on TEST_DATABASE_URL), and the app listening on loopback.
 */
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createApiServer, type AppOptions } from '../../server/app.ts';
import { openPglite, openPostgres, type Database } from '../../server/db.ts';
import { migrate } from '../../server/migrate.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const ENGINE = TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  db: Database;
  dispose(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const db = await openPglite();
    await migrate(db);
    return { db, dispose: () => db.close() };
  }
  // Each test file gets its own schema, so files run in parallel without clashing.
  const schema = `mw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await openPostgres({ connectionString: TEST_DATABASE_URL, maxConnections: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  const db = await openPostgres({
    connectionString: TEST_DATABASE_URL,
    searchPath: schema,
    maxConnections: 4,
  });
  await migrate(db);
  return {
    db,
    async dispose() {
      await db.close();
      await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

export interface RunningApp {
  url: string;
  get(path: string, token?: string | null, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export const TOKEN_A = 'token-merchant-a';
export const TOKEN_B = 'token-merchant-b';

export async function startApp(options: Partial<AppOptions> & Pick<AppOptions, 'db'>): Promise<RunningApp> {
  const server = createApiServer({
    tokens: new Map([
      [TOKEN_A, '1'],
      [TOKEN_B, '2'],
    ]),
    logError: () => undefined,
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    get(path, token = TOKEN_A, init = {}) {
      const headers = new Headers(init.headers);
      if (token !== null) headers.set('Authorization', `Bearer ${token}`);
      return fetch(url + path, { ...init, headers });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Query string from a record (values URL-encoded). */
export function qs(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return `?${search.toString()}`;
}
