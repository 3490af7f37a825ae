/**
 * One small adapter over the two engines: embedded PGlite (default) and a real
 * PostgreSQL server through `pg`. The SQL is the same for both; results come
 * back as plain rows. Queries cast bigint/numeric/date in SQL (::int, ::text,
 * ::float8) so that both drivers return the same JS types.
 */
import { mkdirSync } from 'node:fs';
import type { Pool, QueryResultRow } from 'pg';

export type SqlParam = string | number | boolean | null;

export interface Queryable {
  /** One parameterised statement ($1, $2, ...). */
  query<Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** A script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /**
   * Statements this handle runs side by side (a pool's connections). The
   * per-customer resources split their work into that many customer-id
   * ranges, one statement each (queries/spans.ts, customerRanges). Absent or
   * 1: one statement.
   */
  readonly parallelism?: number;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined → in memory (tests).
 * PGlite runs one statement at a time: parallelism 1, no split.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady;
  // The default 4 MB makes distinct counts over a long period spill to disk.
  await pglite.exec("SET work_mem = '64MB'");
  const wrap = (target: Pick<typeof pglite, 'query' | 'exec'>): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  return {
    engine: 'pglite',
    ...wrap(pglite),
    parallelism: 1,
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    close: () => pglite.close(),
  };
}

export interface PostgresOptions {
  connectionString: string;
  /** Schema to work in (tests isolate each run in its own schema). */
  searchPath?: string;
  maxConnections?: number;
  /** Per-session work_mem (e.g. '32MB'); env PG_WORK_MEM in main.ts. */
  workMem?: string;
  /**
   * Statements one request may run side by side (see Queryable.parallelism);
   * env PG_PARALLELISM. Default 2: halves the per-customer resources on a
   * 2-core server (server/README.md, "Latency"); 1 for a server already busy
   * with many concurrent requests.
   */
  parallelism?: number;
}

/** A real PostgreSQL server through a `pg` connection pool. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // Session settings: the schema (tests: a generated identifier) and enough
    // work_mem for the distinct counts of long periods to stay in memory.
    options: [
      `-c work_mem=${options.workMem ?? '32MB'}`,
      ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
    ].join(' '),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', (error) => console.error('postgres pool error:', error.message));
  const wrap = (target: { query: Pool['query'] }): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row & QueryResultRow>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  });
  return {
    engine: 'postgres',
    ...wrap(pool),
    parallelism: Math.min(options.parallelism ?? 2, options.maxConnections ?? 10),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** `DATABASE_URL` → PostgreSQL; otherwise PGlite in `dataDir`. */
export function openDatabase(databaseUrl: string | undefined, dataDir?: string): Promise<Database> {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    const parallelism = process.env.PG_PARALLELISM ? Number(process.env.PG_PARALLELISM) : undefined;
    if (parallelism !== undefined && !(Number.isInteger(parallelism) && parallelism >= 1)) {
      throw new Error(`PG_PARALLELISM must be a positive integer, got ${process.env.PG_PARALLELISM}`);
    }
    return openPostgres({ connectionString: databaseUrl, workMem: process.env.PG_WORK_MEM, parallelism });
  }
  return openPglite(dataDir);
}
