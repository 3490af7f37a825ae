import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/**
 * Library build: one ES module per element (`mission-widgets/kpis` loads only
 * the KPIs and what they share), one registering all, minified. Dependencies
 * stay external so an app's bundler dedupes lit and d3 with its own.
 */
const entries = {
  index: 'src/index.ts',
  'data/index': 'src/data/index.ts',
  'mission-dashboard/index': 'src/mission-dashboard/index.ts',
  'mission-kpis/index': 'src/mission-kpis/index.ts',
  'mission-type-donut/index': 'src/mission-type-donut/index.ts',
  'mission-daily-chart/index': 'src/mission-daily-chart/index.ts',
  'mission-detail/index': 'src/mission-detail/index.ts',
  'mission-list/index': 'src/mission-list/index.ts',
  'mission-leaderboard/index': 'src/mission-leaderboard/index.ts',
  'mission-impact-table/index': 'src/mission-impact-table/index.ts',
  'mission-insights/index': 'src/mission-insights/index.ts',
  'mission-audience-chart/index': 'src/mission-audience-chart/index.ts',
};

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(
        Object.entries(entries).map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
      ),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^valibot$/],
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'shared/[name]-[hash].js',
      },
    },
  },
});
