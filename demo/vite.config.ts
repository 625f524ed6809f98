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

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  plugins: [commonHead, mockServiceWorker()],
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
