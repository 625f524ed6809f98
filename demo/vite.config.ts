/** The demo host pages. `npm start` runs this with the API proxied; `?mock` runs them on the msw mock. */
import { readdirSync } from 'node:fs';
import { defineConfig } from 'vite';
import { OFFLINE_CHUNK_LIMIT_KB, isAcceptedWarning, mockServiceWorker } from '../scripts/vite-offline-api.mjs';

const pages = Object.fromEntries(
  readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), `${import.meta.dirname}/${f}`]),
);

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  plugins: [mockServiceWorker()],
  // PGlite (the offline API's storage) loads its WASM next to its module; pre-bundling would break that.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: OFFLINE_CHUNK_LIMIT_KB,
    rolldownOptions: {
      input: pages,
      onLog(level, log, handler) {
        if (level === 'warn' && isAcceptedWarning(log)) return;
        handler(level, log);
      },
    },
  },
});
