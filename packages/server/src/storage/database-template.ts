/**
 * A new PGlite database costs seconds: initdb (about 5 s, in WASM), then every migration. Loading
 * a dump of one that is done costs about 1 s. So every new embedded database in Node (a first
 * `npm start`, each test's in-memory storage) starts from such a dump: an empty database with
 * the current schema, made once per PGlite version and set of migrations, on the first new
 * database, and kept in node_modules/.cache (also as a folder, which a new data folder copies).
 * Without a writable cache, in-memory storage makes the dump each time and a new data folder is
 * made from nothing.
 * migrate() still runs on the copy (and finds nothing to do); PostgreSQL is not touched by this.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS } from './migrations.js';
import { migrate } from './migrate.js';
import { asDatabase } from './pglite.js';

const PREFIX = 'empty-database-';

function templateFile(): string {
  // The package's folder: up from its entry (its package.json is not among its exports).
  let folder = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
  const schema = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 12);
  // …/node_modules/@electric-sql/pglite → …/node_modules/.cache
  return join(folder, '..', '..', '.cache', 'pfw-pglite', `${PREFIX}${version}-${schema}.tar`);
}

/** A dump of an empty database with every migration applied, or undefined when none can be had. */
export async function emptyDatabaseTemplate(): Promise<Blob | undefined> {
  let file: string;
  try {
    file = templateFile();
    if (existsSync(file)) return new Blob([readFileSync(file)]);
  } catch {
    return undefined;
  }
  const empty = await PGlite.create();
  await migrate(asDatabase(empty));
  // Not compressed (about 40 MB): loading it then takes half the time.
  const dump = await empty.dumpDataDir('none');
  await empty.close();
  try {
    // Written aside and renamed: processes that make it at once never read half a file. Dumps
    // of older schemas go: each is 40 MB.
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true });
    const aside = `${file}.${process.pid}`;
    writeFileSync(aside, Buffer.from(await dump.arrayBuffer()));
    renameSync(aside, file);
    const current = basename(file, '.tar');
    for (const old of readdirSync(folder)) {
      if (old.startsWith(PREFIX) && !old.startsWith(current))
        rmSync(join(folder, old), { recursive: true, force: true });
    }
  } catch {
    // No writable cache: this dump serves this once.
  }
  return dump;
}

/**
 * The same empty database as a data folder, for a new data folder to be a copy of: copying and
 * opening takes about 1 s, loading the dump into a folder about 2.5 s. Undefined without a cache.
 */
export async function emptyDataDirTemplate(): Promise<string | undefined> {
  let folder: string;
  try {
    folder = templateFile().replace(/\.tar$/, '');
    if (existsSync(folder)) return folder;
  } catch {
    return undefined;
  }
  const dump = await emptyDatabaseTemplate();
  if (!dump) return undefined;
  const aside = `${folder}.${process.pid}`;
  try {
    const made = await PGlite.create({ dataDir: aside, loadDataDir: dump });
    await made.close();
    renameSync(aside, folder);
    return folder;
  } catch {
    rmSync(aside, { recursive: true, force: true });
    // Made by another process meanwhile, or no writable cache.
    return existsSync(folder) ? folder : undefined;
  }
}
