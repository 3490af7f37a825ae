/**
 * Latency per resource at benchmark size (default 1,000,000 validations /
 * 100,000 customers), on PGlite and, when DATABASE_URL is set, PostgreSQL.
 *
 * The server runs in a child process (server/main.ts); this process is the
 * client and sends sequential requests over loopback, a bounded number per
 * resource and period (the last 7, 30, 90 and 365 days of the data), and
 * prints p50/p95 tables in Markdown. Not run in CI.
 *
 *   npm run bench:server                       # PGlite (+ PostgreSQL if DATABASE_URL)
 *   npm run bench:server -- --requests 50 --reseed
 *   npm run bench:server -- --only postgres    # one engine
 *
 * PGlite data lives in server/.data/bench-pglite. A PostgreSQL database that
 * holds other data is only wiped with --reseed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db.ts';
import { migrate } from './migrate.ts';
import { isEmpty } from './seed.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1]! : fallback;
};
const CUSTOMERS = Number(option('customers', '100000'));
const VALIDATIONS = Number(option('validations', '1000000'));
const REQUESTS = Math.min(500, Number(option('requests', '40')));
const WARMUP = 3;
const END = new Date().toISOString().slice(0, 10);
const PGLITE_DIR = fileURLToPath(new URL('./.data/bench-pglite', import.meta.url));
const TOKEN = 'demo-token';

const day = (offset: number) =>
  new Date(Date.parse(`${END}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const PERIODS = {
  '7 d': { from: day(-6), to: END },
  '30 d': { from: day(-29), to: END },
  '90 d': { from: day(-89), to: END },
  '365 d': { from: day(-364), to: END },
};
const RESOURCES = ['summary', 'daily', 'missions', 'missions/1', 'impact', 'leaderboard', 'audience'];

/** Decides whether the server must reseed: wrong size → yes, but foreign PostgreSQL data only with --reseed. */
async function needsReseed(env: NodeJS.ProcessEnv): Promise<boolean> {
  const db = await openDatabase(env.DATABASE_URL, PGLITE_DIR);
  try {
    await migrate(db);
    if (await isEmpty(db)) return false; // main.ts seeds an empty database by itself
    const [row] = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM validations WHERE merchant_id = 1',
    );
    const count = row?.count ?? 0;
    const fits = Math.abs(count - VALIDATIONS) / VALIDATIONS < 0.1;
    if (fits) return argv.includes('--reseed');
    if (db.engine === 'postgres' && !argv.includes('--reseed')) {
      throw new Error(
        `DATABASE_URL holds ${count} validations for merchant 1, not ~${VALIDATIONS}; rerun with --reseed to wipe it`,
      );
    }
    return true;
  } finally {
    await db.close();
  }
}

function startServer(
  env: NodeJS.ProcessEnv,
  reseed: boolean,
): Promise<{ child: ChildProcess; base: string }> {
  const args = ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))];
  args.push('--customers', String(CUSTOMERS), '--validations', String(VALIDATIONS), '--end', END);
  if (reseed) args.push('--reseed');
  const child = spawn(process.execPath, args, {
    env: { ...env, PORT: '0', PGLITE_DIR },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(`  server: ${chunk.toString()}`);
      const match = /listening on (http:\/\/\S+\/api)/.exec(output);
      if (match) resolve({ child, base: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function measure(base: string, path: string): Promise<{ p50: number; p95: number }> {
  const timings: number[] = [];
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(base + path, { headers: { Authorization: `Bearer ${TOKEN}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} → ${response.status}`);
    if (i >= WARMUP) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) };
}

async function benchEngine(name: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  console.log(
    `\n${name}: ${VALIDATIONS} validations / ${CUSTOMERS} customers, ${REQUESTS} requests per cell`,
  );
  const { child, base } = await startServer(env, await needsReseed(env));
  const lines = [
    `| ${name} | ${Object.keys(PERIODS)
      .map((p) => `${p} p50 | ${p} p95`)
      .join(' | ')} |`,
    `|---|${Object.keys(PERIODS)
      .map(() => '---:|---:')
      .join('|')}|`,
  ];
  try {
    for (const resource of RESOURCES) {
      const cells: string[] = [];
      for (const period of Object.values(PERIODS)) {
        const { p50, p95 } = await measure(base, `/${resource}?from=${period.from}&to=${period.to}`);
        cells.push(`${p50.toFixed(1)} ms`, `${p95.toFixed(1)} ms`);
      }
      lines.push(`| ${resource} | ${cells.join(' | ')} |`);
      console.log(lines.at(-1));
    }
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
  return lines;
}

const ONLY = option('only', '');
if (!['', 'pglite', 'postgres'].includes(ONLY))
  throw new Error(`--only takes pglite or postgres, not ${ONLY}`);
const tables: string[][] = [];
const { DATABASE_URL, ...withoutUrl } = process.env;
if (ONLY === 'postgres' && !DATABASE_URL) throw new Error('--only postgres needs DATABASE_URL');
if (ONLY !== 'postgres') tables.push(await benchEngine('PGlite', withoutUrl));
if (DATABASE_URL && ONLY !== 'pglite')
  tables.push(await benchEngine('PostgreSQL', { ...withoutUrl, DATABASE_URL }));
console.log(`\n${tables.map((table) => table.join('\n')).join('\n\n')}`);
