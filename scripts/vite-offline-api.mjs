/**
 * What a Vite build of pages that run the offline API (msw + the server over PGlite) needs:
 * the service worker file, and the list of bundler warnings we know and accept. Shared by the
 * demo and the documentation site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Serve msw's worker at /mockServiceWorker.js in dev, and emit it into the build. */
export function mockServiceWorker() {
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

/**
 * Warnings we know and accept, each with its reason; anything else counts. Both come from
 * PGlite (the offline API's storage) and concern code paths a browser never takes:
 * - its Emscripten glue contains `eval` (Node, dynamic libraries); our CSP has no
 *   'unsafe-eval', so it would fail loudly if one ever ran;
 * - its Node branches import `node:module`, which Vite replaces with an empty module.
 */
export function isAcceptedWarning(log) {
  const pglite = /@electric-sql[\\/]pglite/.test(`${log.id ?? ''} ${log.message}`);
  return pglite && (log.code === 'EVAL' || /externalized for browser compatibility/.test(log.message));
}

/** The offline API (the whole server over PGlite) is one big lazy chunk, loaded only in offline mode. */
export const OFFLINE_CHUNK_LIMIT_KB = 4096;
