/**
 * `npm run bench`: times <mission-daily-chart> next to Chart.js drawing the
 * same stacked bars, in headless Chromium, in the same page and run.
 *
 * Builds bench/index.html with Vite (production: Lit's production build,
 * minified) into a temporary folder, serves it on a loopback port, opens it
 * with playwright-core and prints medians and p90 of the measured rounds.
 * Not part of the tests or CI: timings depend on the machine.
 *
 * Options (environment): BENCH_ROUNDS (default 15), BENCH_WARMUP (3), CHROME_PATH,
 * BENCH_PROFILE=1 to print where the page's CPU time went (self time by function).
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { Timings } from './page.ts';

const PROFILE = process.env.BENCH_PROFILE === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CASES = [
  { days: 90, resolution: 'day' },
  { days: 1095, resolution: 'day' },
  // For information: what `auto` draws for three years (36 monthly bars).
  { days: 1095, resolution: 'auto' },
] as const;

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: here,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: !PROFILE, reportCompressedSize: false },
  });
}

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Self time by function, from a CDP CPU profile: the top 20. */
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  console.log('\nCPU self time (ms), all cases and both libraries:');
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${time.toFixed(1).padStart(8)}  ${name}`);
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'mission-bench-'));
  const root = resolve(outDir) + sep;
  await buildPage(outDir);
  const bundle = await readFile(join(outDir, 'index.html'), 'utf8');
  if (!bundle.includes('<script')) throw new Error('the bench page was not built');
  const { server, url } = await serve(root);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    page.on('pageerror', (error) => logs.push(String(error)));
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    if (logs.some((line) => line.includes('dev mode')))
      throw new Error('Lit runs in dev mode: not a production build');

    const cdp = PROFILE ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const rows: string[][] = [];
    const nodes: string[] = [];
    for (const { days, resolution } of CASES) {
      const timings: Timings = await page.evaluate(([d, r, w, res]) => window.runBench(d, r, w, res), [
        days,
        ROUNDS,
        WARMUP,
        resolution,
      ] as const);
      for (const phase of ['first', 'update'] as const) {
        const ours = timings.ours[phase];
        const theirs = timings.chartjs[phase];
        rows.push([
          `${days} days, ${resolution}`,
          phase === 'first' ? 'first render' : 'update',
          ms(quantile(ours, 0.5)),
          ms(quantile(ours, 0.9)),
          ms(quantile(theirs, 0.5)),
          ms(quantile(theirs, 0.9)),
          `${(quantile(ours, 0.5) / quantile(theirs, 0.5)).toFixed(2)}x`,
          `${(quantile(ours, 0.9) / quantile(theirs, 0.9)).toFixed(2)}x`,
        ]);
      }
      nodes.push(
        `${days} days, ${resolution}: ${timings.shadowNodes} elements in the shadow root, ${timings.classicBars} classic bars in one path`,
      );
    }
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    const header = [
      'case',
      'phase',
      'ours p50',
      'ours p90',
      'Chart.js p50',
      'Chart.js p90',
      'ratio p50',
      'ratio p90',
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(
      `\n<mission-daily-chart> vs Chart.js 4 (stacked bars, 800x240, animation off), ${ROUNDS} rounds after ${WARMUP} warm-up, Chromium ${browser.version()}\n`,
    );
    console.log(line(header));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) console.log(line(row));
    console.log('\nDOM size (must not grow with days):');
    for (const entry of nodes) console.log(`  ${entry}`);
    const errors = logs.filter((l) => /error/i.test(l));
    if (errors.length > 0) console.log('\nPage errors:', errors.join('\n'));
  } finally {
    await browser.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
