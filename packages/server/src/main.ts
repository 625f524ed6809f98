/** `node dist/main.js` (or tsx src/main.ts): run the API on its own. */
import { startServer } from './start.js';

const server = await startServer({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.PFW_DATA_DIR ?? '.data/pglite',
  port: Number(process.env.PORT ?? 8787),
  hostname: process.env.HOST ?? '127.0.0.1',
});
console.log(`Passport for Work API on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
