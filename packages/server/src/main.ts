/**
 * The API's command line (`pfw-server`, or `node --conditions=source --import tsx packages/server/src/main.ts`):
 *
 *   pfw-server                                   run the API (PORT, HOST, DATABASE_URL or PFW_DATA_DIR,
 *                                                PFW_RATE_PER_SECOND and PFW_RATE_BURST per person or key (five times that
 *                                                per client address), PFW_TRUSTED_PROXIES (addresses of your reverse proxies),
 *                                                PFW_WORKERS processes on one port — PostgreSQL only)
 *   pfw-server partner create --name "Gemeente Eindhoven" --origin https://www.eindhoven.nl [--origin …]
 *                                                make a partner; prints its publishable and secret key once
 *
 * An embedded data folder is opened by one process at a time: stop the server before `partner create`.
 * Storage that cannot be opened is one line on stderr (what is wrong, what to do) and exit code 1.
 */
import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Origin } from '@pfw/contract';
import { createPartner } from './auth/partners.js';
import { startServer } from './start.js';
import { openDatabase } from './storage/database.js';
import { StorageError } from './storage/errors.js';
import { migrate } from './storage/migrate.js';

const storage = { databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PFW_DATA_DIR ?? '.data/pglite' };
const [command, action, ...rest] = process.argv.slice(2);

/** Storage that cannot be opened: one line (what is wrong, what to do), no stack, exit 1. Anything else is a bug and throws. */
function exitOnStorageError(error: unknown, say = (e: StorageError) => e.message): never {
  if (!(error instanceof StorageError)) throw error;
  console.error(say(error));
  process.exit(1);
}

if (command === 'partner' && action === 'create') {
  const { values } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, origin: { type: 'string', multiple: true } },
  });
  const origins = values.origin ?? [];
  const bad = origins.filter((o) => !Origin.safeParse(o).success);
  if (!values.name || bad.length) {
    console.error(
      !values.name ? 'Give the partner a --name.' : `Not an origin (scheme://host[:port], no path): ${bad.join(', ')}`,
    );
    process.exit(2);
  }
  const db = await openDatabase(storage).catch((error: unknown) =>
    exitOnStorageError(error, (e) =>
      e.problem === 'locked'
        ? `Cannot create the partner: the data folder ${resolve(storage.dataDir)} is open in ${e.owner ? `process ${e.owner.pid}` : 'another process'}, probably the running server. Stop the server, run this again, then start the server.`
        : e.message,
    ),
  );
  await migrate(db);
  const partner = await createPartner(db, { name: values.name, origins });
  await db.close();
  console.log(`Partner "${values.name}" (${partner.partnerId})
  publishable key: ${partner.publishableKey}   (browser-safe; allowed from: ${origins.join(', ') || 'no origin yet'})
  secret key:      ${partner.secretKey}   (server side only; shown once — store it now)`);
} else if (command === undefined || command === 'serve') {
  // Stateless instances: with a PostgreSQL server, PFW_WORKERS processes share the port (one per core).
  const workers = Number(process.env.PFW_WORKERS ?? 1);
  if (workers > 1 && !storage.databaseUrl) {
    console.error('PFW_WORKERS > 1 needs DATABASE_URL: embedded storage belongs to one process.');
    process.exit(2);
  }
  if (workers > 1 && cluster.isPrimary) {
    let ready = 0;
    for (let i = 0; i < workers; i++) {
      cluster.fork().on('message', (message: { url?: string }) => {
        if (message.url && ++ready === workers)
          console.log(`Passport for Work API on ${message.url} (postgres, ${workers} workers)`);
      });
    }
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
        process.exit(0);
      });
  } else {
    const rate = {
      perSecond: Number(process.env.PFW_RATE_PER_SECOND ?? 20),
      burst: Number(process.env.PFW_RATE_BURST ?? 100),
    };
    // Behind a reverse proxy, list its address(es) so the rate limit sees the client's (docs/api.md).
    const trustedProxies = (process.env.PFW_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const server = await startServer({
      ...storage,
      rateLimit: rate,
      settings: { trustedProxies },
      port: Number(process.env.PORT ?? 8787),
      hostname: process.env.HOST ?? '127.0.0.1',
    }).catch((error: unknown) => exitOnStorageError(error));
    if (cluster.isWorker) process.send?.({ url: server.url });
    else console.log(`Passport for Work API on ${server.url} (${server.services.db.kind})`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => void server.close().then(() => process.exit(0)));
  }
} else {
  console.error('Usage: pfw-server [serve] | pfw-server partner create --name NAME --origin https://… [--origin …]');
  process.exit(2);
}
