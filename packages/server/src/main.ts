/**
 * The API's command line (`pfw-server`, or `node --conditions=source --import tsx packages/server/src/main.ts`):
 *
 *   pfw-server                                   run the API (PORT, HOST, DATABASE_URL or PFW_DATA_DIR)
 *   pfw-server partner create --name "Gemeente Eindhoven" --origin https://www.eindhoven.nl [--origin …]
 *                                                make a partner; prints its publishable and secret key once
 */
import { parseArgs } from 'node:util';
import { Origin } from '@pfw/contract';
import { createPartner } from './auth/partners.js';
import { startServer } from './start.js';
import { openDatabase } from './storage/database.js';
import { migrate } from './storage/migrate.js';

const storage = { databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PFW_DATA_DIR ?? '.data/pglite' };
const [command, action, ...rest] = process.argv.slice(2);

if (command === 'partner' && action === 'create') {
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, origin: { type: 'string', multiple: true } } });
  const origins = values.origin ?? [];
  const bad = origins.filter((o) => !Origin.safeParse(o).success);
  if (!values.name || bad.length) {
    console.error(!values.name ? 'Give the partner a --name.' : `Not an origin (scheme://host[:port], no path): ${bad.join(', ')}`);
    process.exit(2);
  }
  const db = await openDatabase(storage);
  await migrate(db);
  const partner = await createPartner(db, { name: values.name, origins });
  await db.close();
  console.log(`Partner "${values.name}" (${partner.partnerId})
  publishable key: ${partner.publishableKey}   (browser-safe; allowed from: ${origins.join(', ') || 'no origin yet'})
  secret key:      ${partner.secretKey}   (server side only; shown once — store it now)`);
} else if (command === undefined || command === 'serve') {
  const server = await startServer({ ...storage, port: Number(process.env.PORT ?? 8787), hostname: process.env.HOST ?? '127.0.0.1' });
  console.log(`Passport for Work API on ${server.url} (${server.services.db.kind})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void server.close().then(() => process.exit(0)));
} else {
  console.error('Usage: pfw-server [serve] | pfw-server partner create --name NAME --origin https://… [--origin …]');
  process.exit(2);
}
