/**
 * Storage: one small interface over PostgreSQL, so the same SQL runs on embedded PGlite
 * (a local data folder, no server needed) and on a PostgreSQL server (DATABASE_URL).
 */
export type { Database, Queryable } from './queryable.js';
import type { Database } from './queryable.js';

export interface OpenOptions {
  /** postgres://… to use a PostgreSQL server. */
  databaseUrl?: string;
  /** Folder for embedded storage; omit for in-memory (tests). */
  dataDir?: string;
}

/**
 * Open storage. An embedded data folder is created when missing and is this process's alone until
 * close (data-dir.ts); one that cannot be used throws a StorageError saying, in one line, what is
 * wrong and what to do.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl);
  }
  if (options.dataDir) {
    const { openDataDir } = await import('./data-dir.js');
    return openDataDir(options.dataDir);
  }
  const [{ openPglite }, { emptyDatabaseTemplate }] = await Promise.all([
    import('./pglite.js'),
    import('./database-template.js'),
  ]);
  return openPglite(undefined, await emptyDatabaseTemplate());
}
