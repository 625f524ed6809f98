/** The demo host pages. `npm start` runs this with the API proxied; `?mock` runs them on the msw mock. */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Serve msw's worker at /mockServiceWorker.js, as the mock mode needs, in dev and in the build. */
function mockServiceWorker(): Plugin {
  const source = () => readFileSync(require.resolve('msw/mockServiceWorker.js'));
  return {
    name: 'pfw-mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('content-type', 'application/javascript');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

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
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', rolldownOptions: { input: pages } },
});
