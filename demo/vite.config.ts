/** The demo host pages. `npm start` runs this with the API proxied; `?mock` runs them on the msw mock. */
import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { cspWith } from '../packages/elements/src/csp.js';
import { OFFLINE_CHUNK_LIMIT_KB, isAcceptedWarning, mockServiceWorker } from '../scripts/vite-offline-api.mjs';

const pages = Object.fromEntries(
  readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), `${import.meta.dirname}/${f}`]),
);

/**
 * Every page's policy: the widgets' strict one (packages/elements/src/csp.ts), plus WASM for the
 * offline API's storage (PGlite) and the dev server's websocket.
 */
export const DEMO_CSP = cspWith({ 'script-src': ["'wasm-unsafe-eval'"], 'connect-src': ['ws:', 'wss:'] });

/** What every page's <head> has, written once: the charset, the viewport, the policy and an empty icon. */
const commonHead: Plugin = {
  name: 'pfw-common-head',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
    {
      tag: 'meta',
      attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      injectTo: 'head-prepend',
    },
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: DEMO_CSP }, injectTo: 'head-prepend' },
    { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head-prepend' },
  ],
};

/**
 * `virtual:pfw-empty-database`: the address of a dump of an empty, migrated database (the
 * server's database-template.ts), which the offline pages' mock API loads instead of making one
 * from nothing (about 10 s in a phone's browser). Built pages only: in `npm run dev` it is
 * undefined and the mock makes its own.
 */
const emptyDatabase: Plugin = {
  name: 'pfw-empty-database',
  resolveId: (id) => (id === 'virtual:pfw-empty-database' ? '\0pfw-empty-database' : null),
  async load(id) {
    if (id !== '\0pfw-empty-database') return null;
    if (this.meta.watchMode) return 'export default undefined;';
    const { emptyDatabaseTemplate } = await import('../packages/server/src/storage/database-template.js');
    const dump = await emptyDatabaseTemplate();
    if (!dump) return 'export default undefined;';
    const ref = this.emitFile({
      type: 'asset',
      name: 'empty-database.tar',
      source: new Uint8Array(await dump.arrayBuffer()),
    });
    return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
  },
};

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  plugins: [commonHead, mockServiceWorker(), emptyDatabase],
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
