/**
 * CLI: opens the database (PGlite in server/.data/pglite, or DATABASE_URL),
 * migrates, seeds the demo data if empty, and serves the API.
 *
 *   PORT=8787 CORS_ORIGIN='*' API_TOKENS='demo-token:1' tsx server/main.ts [--customers N --validations N ...]
 *   tsx server/main.ts --reseed     # wipe and seed again
 */
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createApiServer } from './app.ts';
import { DEMO_TOKENS, parseTokenTable } from './auth.ts';
import { openDatabase, type Database } from './db.ts';
import { migrate } from './migrate.ts';
import { clearData, isEmpty, readSeedOptions, seed } from './seed.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('./.data/pglite', import.meta.url));

/** Opens, migrates and (if empty or asked) seeds; shared with the demo launcher and the bench. */
export async function prepareDatabase(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<Database> {
  const db = await openDatabase(env.DATABASE_URL, env.PGLITE_DIR ?? DEFAULT_DATA_DIR);
  await migrate(db);
  const reseed = argv.includes('--reseed');
  if (reseed || (await isEmpty(db))) {
    const options = readSeedOptions(argv, env);
    if (reseed) await clearData(db);
    log(
      `seeding ${db.engine}: ${options.customers} customers, ${options.validations} validations, ${options.days} days to ${options.end}...`,
    );
    const started = performance.now();
    const counts = await seed(db, options);
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
  return db;
}

async function main(): Promise<void> {
  const db = await prepareDatabase();
  const server = createApiServer({
    db,
    tokens: process.env.API_TOKENS ? parseTokenTable(process.env.API_TOKENS) : DEMO_TOKENS,
    corsOrigin: process.env.CORS_ORIGIN ?? '*',
  });
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  server.listen(port, host, () => {
    const { port: bound } = server.address() as AddressInfo;
    console.log(
      `mission-widgets API (${db.engine}) listening on http://${host}:${bound}/api  (OpenAPI: /openapi.json)`,
    );
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) process.exit(1); // second Ctrl-C: give up waiting
    closing = true;
    console.log(`${signal}: closing...`);
    server.close(() => void db.close().then(() => process.exit(0)));
    server.closeIdleConnections();
    // Keep-alive clients must not hold the process forever.
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
