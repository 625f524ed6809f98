#!/usr/bin/env node
/**
 * The API's command line (`pfw-server`, or `node --conditions=source --import tsx packages/server/src/main.ts`):
 *
 *   pfw-server                                   run the API (PORT, HOST, DATABASE_URL or PFW_DATA_DIR,
 *                                                PFW_RATE_PER_SECOND and PFW_RATE_BURST per person or key (five times that
 *                                                per client address), PFW_TRUSTED_PROXIES (addresses of your reverse proxies),
 *                                                PFW_PUBLIC_URL (the API's public address, for the URLs in credentials),
 *                                                PFW_WORKERS processes on one port — PostgreSQL only)
 *   pfw-server partner create --name "Gemeente Eindhoven" --origin https://www.eindhoven.nl [--origin …]
 *                                                make a partner; prints its publishable and secret key once
 *   pfw-server calibrate [--version V] [--partial] [--min-people N] [--min-responses N] [--min-reliability R]
 *                                                calibrate the bank from research-consented answers; writes a
 *                                                signed bank file to PFW_BANK_DIR (default .data/banks)
 *   pfw-server rescore --to V                    score stored skillprints again with bank version V (logged)
 *   pfw-server catalogue --partner ID FILE       replace a partner's own learning offers with a CSV or JSON
 *                                                file (docs/api.md, "A partner's own learning offers")
 *
 * The server loads every bank file of PFW_BANK_DIR at start and uses PFW_BANK_VERSION, or the newest.
 *
 * An embedded data folder is opened by one process at a time: stop the server before `partner create`.
 * Storage that cannot be opened is one line on stderr (what is wrong, what to do) and exit code 1.
 */
import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { ApiError, Catalogue, Origin, catalogueFromCsv } from '@pfw/contract';
import { createPartner } from './auth/partners.js';
import { startServer } from './start.js';
import { openDatabase } from './storage/database.js';
import { StorageError } from './storage/errors.js';
import { migrate } from './storage/migrate.js';
import { Signer } from './auth/signer.js';
import { calibrateFromStorage } from './banks/calibrate.js';
import { DEFAULT_BANK_DIR, readBankDir, writeBankFile } from './banks/files.js';
import { BankFileError, BankRegistry } from './banks/registry.js';
import { rescoreSkillprints } from './banks/rescore.js';
import { replaceCatalogue } from './routes/catalogue.js';
import type { Database } from './storage/database.js';

const storage = { databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PFW_DATA_DIR ?? '.data/pglite' };
const banks = {
  bankDir: process.env.PFW_BANK_DIR ?? DEFAULT_BANK_DIR,
  bankVersion: process.env.PFW_BANK_VERSION || undefined,
};
const [command, action, ...rest] = process.argv.slice(2);

/** Open storage for a command (not the server): a locked data folder says to stop the server first. */
async function openForCommand(what: string) {
  const db = await openDatabase(storage).catch((error: unknown) =>
    exitOnStorageError(error, (e) =>
      e.problem === 'locked'
        ? `Cannot ${what}: the data folder ${resolve(storage.dataDir)} is open in ${e.owner ? `process ${e.owner.pid}` : 'another process'}, probably the running server. Stop the server, run this again, then start the server.`
        : e.message,
    ),
  );
  await migrate(db);
  return db;
}

/** The signing keys and the loaded bank versions, as the server would have them; a bad bank file is one line and exit 1. */
async function loadBanks(db: Database) {
  const signer = await Signer.load(db);
  const registry = await BankRegistry.load(signer, readBankDir(banks.bankDir), banks.bankVersion).catch(
    (error: unknown) => {
      if (!(error instanceof BankFileError)) throw error;
      console.error(error.message);
      process.exit(1);
    },
  );
  return { signer, registry };
}

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
  const db = await openForCommand('create the partner');
  const partner = await createPartner(db, { name: values.name, origins });
  await db.close();
  console.log(`Partner "${values.name}" (${partner.partnerId})
  publishable key: ${partner.publishableKey}   (browser-safe; allowed from: ${origins.join(', ') || 'no origin yet'})
  secret key:      ${partner.secretKey}   (server side only; shown once — store it now)`);
} else if (command === 'calibrate') {
  const { values } = parseArgs({
    args: [action, ...rest].filter((x): x is string => x !== undefined),
    options: {
      version: { type: 'string' },
      partial: { type: 'boolean' },
      'min-people': { type: 'string' },
      'min-responses': { type: 'string' },
      'min-reliability': { type: 'string' },
    },
  });
  const number = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) {
      console.error(`--${name} must be a number, 0 or more (got "${text}").`);
      process.exit(2);
    }
    return value;
  };
  const limits = Object.fromEntries(
    Object.entries({
      minPeople: number('min-people', values['min-people']),
      minResponses: number('min-responses', values['min-responses']),
      minReliability: number('min-reliability', values['min-reliability']),
    }).filter(([, v]) => v !== undefined),
  );
  const db = await openForCommand('calibrate');
  const { signer, registry } = await loadBanks(db);
  console.log(`Calibrating from bank ${registry.current.bank.version} …`);
  const result = await calibrateFromStorage(db, signer, registry, {
    version: values.version,
    partial: values.partial,
    limits,
    onIteration: (i, moved) => console.log(`  iteration ${i}: largest change ${moved.toFixed(4)}`),
  });
  await db.close();
  const skipped = result.skipped ? ` (${result.skipped} taken on a version this server does not have: left out)` : '';
  if (!result.ok) {
    console.error(`Not calibrated: the answers of ${result.people} research participants${skipped} are too thin.`);
    // The sample and the skills first; items and statements counted, the thinnest named.
    for (const t of result.thin.filter((x) => x.kind === 'sample' || x.kind === 'skill'))
      console.error(`  - ${t.reason}`);
    for (const kind of ['item', 'statement'] as const) {
      const thin = result.thin.filter((x) => x.kind === kind).sort((a, b) => a.have - b.have);
      if (!thin.length) continue;
      const need = thin[0]!.need;
      const named = thin.slice(0, 3).map((x) => `${x.id} (${x.have})`);
      console.error(
        `  - ${thin.length} ${kind}s have fewer than ${need} ${kind === 'item' ? 'answers' : 'comparisons'}, the fewest: ${named.join(', ')}`,
      );
    }
    if (result.thin.every((t) => t.kind === 'item' || t.kind === 'statement'))
      console.error('With --partial, items and statements with too few answers keep their parameters.');
    process.exit(3);
  }
  const path = writeBankFile(banks.bankDir, result.bank);
  const kept =
    result.bank.items.filter((i) => i.provisional).length + result.bank.statements.filter((s) => s.provisional).length;
  console.log(
    `Bank ${result.bank.version} from ${result.people} people${skipped}, linked to ${result.bank.basedOn}: ${result.bank.estimation.iterations} iterations, ${result.bank.estimation.seconds} s${kept ? `, ${kept} units kept provisional` : ''}.
  written to ${path}
  Restart the server to use it (or set PFW_BANK_VERSION). Skillprints keep their version until: pfw-server rescore --to ${result.bank.version}`,
  );
} else if (command === 'rescore') {
  const { values } = parseArgs({
    args: [action, ...rest].filter((x): x is string => x !== undefined),
    options: { to: { type: 'string' } },
  });
  if (!values.to) {
    console.error('Say which bank version to score with: pfw-server rescore --to VERSION');
    process.exit(2);
  }
  const db = await openForCommand('re-score');
  const { signer, registry } = await loadBanks(db);
  const result = await rescoreSkillprints(db, signer, registry, values.to).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
  await db.close();
  console.log(`Re-scored ${result.rescored} skillprint(s) with ${result.to}; each is logged in skillprint_rescores.`);
  for (const s of result.skipped) console.log(`  left as it was: ${s.skillprintId} (${s.reason})`);
} else if (command === 'catalogue') {
  const { values, positionals } = parseArgs({
    args: [action, ...rest].filter((x): x is string => x !== undefined),
    options: { partner: { type: 'string' } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!values.partner || !file) {
    console.error('Say whose catalogue and which file: pfw-server catalogue --partner PARTNER_ID offers.csv');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  let catalogue: Catalogue | undefined;
  let errors: string[] = [];
  if (file.toLowerCase().endsWith('.csv')) {
    const read = catalogueFromCsv(text);
    errors = read.errors;
    if (read.catalogue) catalogue = Catalogue.parse(read.catalogue);
  } else {
    const checked = Catalogue.safeParse(JSON.parse(text));
    if (checked.success) catalogue = checked.data;
    else errors = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  if (!catalogue) {
    console.error(`${file} was not imported; nothing changed:\n  ${errors.join('\n  ')}`);
    process.exit(1);
  }
  const db = await openForCommand('import the catalogue');
  const [partner] = await db.query('SELECT 1 FROM partners WHERE id = $1', [values.partner]);
  if (!partner) {
    console.error(`There is no partner ${values.partner}.`);
    process.exit(1);
  }
  const count = await replaceCatalogue(db, values.partner, catalogue).catch((error: unknown) => {
    console.error(
      error instanceof ApiError ? `${file} was not imported; nothing changed: ${error.problem.detail}` : error,
    );
    process.exit(1);
  });
  await db.close();
  console.log(`${count} learning offer(s) of ${values.partner} imported from ${file}; they replace the ones before.`);
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
      ...banks,
      rateLimit: rate,
      settings: { trustedProxies, publicUrl: process.env.PFW_PUBLIC_URL?.replace(/\/+$/, '') || undefined },
      port: Number(process.env.PORT ?? 8787),
      hostname: process.env.HOST ?? '127.0.0.1',
    }).catch((error: unknown) => {
      if (error instanceof BankFileError) {
        console.error(error.message);
        process.exit(1);
      }
      return exitOnStorageError(error);
    });
    if (cluster.isWorker) process.send?.({ url: server.url });
    else console.log(`Passport for Work API on ${server.url} (${server.services.db.kind})`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => void server.close().then(() => process.exit(0)));
  }
} else {
  console.error(
    'Usage: pfw-server [serve] | pfw-server partner create --name NAME --origin https://… [--origin …] | pfw-server catalogue --partner ID FILE | pfw-server calibrate [--version V] [--partial] | pfw-server rescore --to V',
  );
  process.exit(2);
}
