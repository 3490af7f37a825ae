import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** One self-contained file for `<script type="module" src=…>`: every element, lit and d3 inlined. */
export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'mission-widgets.bundle.js',
    },
    rolldownOptions: {
      output: { minify: true, codeSplitting: false },
    },
  },
});
