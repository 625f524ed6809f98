/**
 * The CDN build: one self-contained ES module per define entry (Lit and all bundled), so a
 * partner page adds one <script type="module"> and one tag. Each entry is built on its own:
 * an entry never pays for another widget's code. Lazy parts (other languages, the chart,
 * games) are chunks of their entry. `npm run size` measures these files. (A page with many
 * widgets is better served by the npm build, which shares Lit.)
 *
 * PFW_ENTRY picks the entry; scripts/build-cdn.mjs builds them all.
 */
import { defineConfig } from 'vite';

const entry = process.env.PFW_ENTRY ?? 'pfw-provider';

export default defineConfig({
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'cdn',
    emptyOutDir: false,
    target: 'es2022',
    // terser compresses our output about 1 kB (gzip) smaller than the default minifier.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
    sourcemap: true,
    lib: { entry: { [entry]: `src/define/${entry}.ts` }, formats: ['es'] },
    rolldownOptions: {
      // Schema building in @pfw/contract has no side effects: an unused schema must not ship.
      treeshake: { manualPureFunctions: ['z', 'named', 'route', 'text', 'page'] },
      // Lazy chunks import what they share with the entry from the entry itself: one file to load first.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: `chunks/${entry}/[name]-[hash].js`,
      },
    },
  },
});
