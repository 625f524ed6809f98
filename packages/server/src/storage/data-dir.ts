/**
 * The embedded data folder: created when missing, locked to one process, opened with PGlite.
 *
 * One process per folder: PGlite does not lock it, and a second process on it (`pfw-server
 * partner create` while the server runs) writes into files the first keeps in memory, so one
 * side's writes are lost. The folder holds a lock file, created atomically (`wx`), with the owner's
 * pid and host; it is removed on close (and on exit), and a lock whose process is gone (a crash,
 * kill -9) is taken over.
 *
 * A folder that cannot be used throws a StorageError with a one-line message (errors.ts).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Database } from './queryable.js';
import { StorageError, dataDirError, errnoCode } from './errors.js';
import { openPglite } from './pglite.js';
import { emptyDataDirTemplate } from './database-template.js';

/** Open PGlite on the folder `path` (created when missing) for this process alone, until close. */
export async function openDataDir(path: string): Promise<Database> {
  const dataDir = resolve(path);
  let unlock: (() => void) | undefined;
  try {
    const isNew = !existsSync(dataDir) || readdirSync(dataDir).length === 0;
    makeFolder(dataDir);
    unlock = lockDataDir(dataDir);
    // A new folder is a copy of an empty, migrated one (database-template.ts), when there is one;
    // without a cache for it, PGlite makes the database from nothing.
    const template = isNew ? await emptyDataDirTemplate() : undefined;
    if (template) cpSync(template, dataDir, { recursive: true });
    const db = await openPglite(dataDir);
    const release = unlock;
    return { ...db, close: () => db.close().finally(release) };
  } catch (error) {
    unlock?.();
    throw dataDirError(error, dataDir);
  }
}

/**
 * mkdir -p, with the real reason when it fails: Node's recursive mkdir says ENOENT where it could
 * not create a folder on a read-only disk, so the first missing folder is made on its own to learn why.
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
    let missing = dir;
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    try {
      mkdirSync(missing);
    } catch (real) {
      throw errnoCode(real) === 'EEXIST' ? error : real; // EEXIST: a broken link, which ENOENT describes
    }
    mkdirSync(dir, { recursive: true });
  }
}

export const LOCK_FILE = 'pfw-server.lock';

interface Owner {
  pid: number;
  host: string;
}

/** Lock files this process holds (a second open in the same process is refused too). */
const held = new Set<string>();

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Create `file` with `content` unless it exists; other errors (EACCES, EROFS, ENOSPC…) are thrown. */
function create(file: string, content: string): boolean {
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The file's text, or undefined when it is gone. */
function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parse(text: string): Owner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<Owner>;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
}

/** Is the lock's owner still there? A process on another host cannot be checked: assume it is. */
function alive(owner: Owner, file: string): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return held.has(file);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Read the lock: its text and owner. A file just created by another process may be empty for a
 * moment (`wx` creates, then writes), so an unreadable one is read again before it counts as stale.
 */
function readLock(file: string): { text: string; owner: Owner | undefined } | undefined {
  for (let i = 0; ; i++) {
    const text = read(file);
    if (text === undefined) return undefined;
    const owner = parse(text);
    if (owner || i === 5) return { text, owner };
    sleep(20);
  }
}

/**
 * Remove a stale lock, but only while holding `<lock>.takeover`, and only if it still is the stale
 * one: two processes that both found it stale cannot both take it (the second would otherwise
 * remove the first one's fresh lock).
 */
function removeStale(file: string, staleText: string, me: string): void {
  const guard = `${file}.takeover`;
  if (!create(guard, me)) {
    const rival = readLock(guard);
    if (rival && (!rival.owner || !alive(rival.owner, guard))) rmSync(guard, { force: true });
    return;
  }
  try {
    if (read(file) === staleText) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Take the lock of the data folder `dataDir` (which exists) or throw a StorageError
 * ('locked') naming the process that has it. Returns the function that releases it.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(realpathSync(dataDir), LOCK_FILE);
  const me = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; !create(file, me); attempt++) {
    const lock = readLock(file);
    if (!lock) continue; // released in the meantime: try again
    if ((lock.owner && alive(lock.owner, file)) || attempt === 50) throw lockedError(dataDir, lock.owner);
    removeStale(file, lock.text, me);
    sleep(20);
  }
  held.add(file);
  const release = () => {
    held.delete(file);
    try {
      if (read(file) === me) rmSync(file, { force: true });
    } catch {
      // The folder is gone or unreadable: nothing to release.
    }
  };
  process.on('exit', release);
  return () => {
    process.off('exit', release);
    release();
  };
}

function lockedError(dataDir: string, owner: Owner | undefined): StorageError {
  const who = !owner
    ? 'another process'
    : owner.host === hostname()
      ? `process ${owner.pid}`
      : `process ${owner.pid} on ${owner.host}`;
  return new StorageError(
    `The data folder ${dataDir} is in use by ${who}, probably a running server. Stop it first: one process at a time may open embedded storage.`,
    'locked',
    { owner },
  );
}
