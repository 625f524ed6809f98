/**
 * `npm start`: the API on embedded storage (PGlite in .data/, no database server needed) and the
 * demo pages, on one address: the demo server forwards /v1 and /.well-known to the API.
 */
import { join } from 'node:path';
import { createServer } from 'vite';
import { startServer } from '@pfw/server';

const here = import.meta.dirname;
const api = await startServer({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.PFW_DATA_DIR ?? join(here, '..', '.data', 'pglite'),
  // The API sits behind the demo server's proxy, so any free port will do.
  port: Number(process.env.PFW_API_PORT ?? 0),
});

const demo = await createServer({
  configFile: join(here, 'vite.config.ts'),
  server: {
    port: Number(process.env.PORT ?? 5173),
    host: process.env.HOST ?? 'localhost',
    strictPort: false,
    proxy: { '/v1': api.url, '/.well-known': api.url },
  },
});
await demo.listen();
const url = demo.resolvedUrls?.local[0] ?? `http://localhost:${demo.config.server.port}/`;
console.log(`
  Passport for Work demo
  ➜ open ${url}
    API ${api.url} on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded storage (PGlite, .data/)'}
    offline mode (msw mock, no API): ${url}?mock
  Stop with Ctrl+C.
`);

const stop = async () => {
  await demo.close();
  await api.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
