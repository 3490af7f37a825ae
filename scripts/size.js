// What a page pays for each entry: the entry bundled alone by the same
// bundler as `npm run build` (Vite/Rolldown), with lit, d3 and valibot inlined,
// minified, then gzipped. Prints a table; writes nothing.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const elements = [
  'kpis',
  'type-donut',
  'daily-chart',
  'detail',
  'list',
  'leaderboard',
  'impact-table',
  'insights',
  'audience-chart',
  'dashboard',
];
const entries = {
  'mission-widgets (all)': 'src/index.ts',
  ...Object.fromEntries(elements.map((name) => [`mission-widgets/${name}`, `src/mission-${name}/index.ts`])),
};

const rows = [];
for (const [name, file] of Object.entries(entries)) {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(root, file), formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const chunk = [output].flat()[0].output.find((o) => o.type === 'chunk');
  const code = Buffer.from(chunk.code);
  rows.push({
    entry: name,
    'min kB': +(code.length / 1024).toFixed(1),
    'gzip kB': +(gzipSync(code, { level: 9 }).length / 1024).toFixed(1),
  });
}
console.table(rows);
