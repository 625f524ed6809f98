/**
 * The CDN build: one ES module per define entry, Lit and everything else bundled, shared code
 * in chunks, lazy parts (other languages, charts, games) in their own chunks. A partner page
 * adds one <script type="module"> and one tag. `npm run size` measures these files.
 */
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';

const entries = Object.fromEntries(
  readdirSync(new URL('./src/define', import.meta.url))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), `src/define/${f}`]),
);

export default defineConfig({
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'cdn',
    emptyOutDir: true,
    target: 'es2022',
    // terser compresses our output about 1 kB (gzip) smaller than the default minifier.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
