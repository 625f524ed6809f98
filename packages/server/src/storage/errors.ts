/**
 * Storage that cannot be opened, said in one line: what is wrong and what to do. The CLI prints
 * only the message (no stack): PGlite's own errors are a 7 kB minified source line or
 * `ErrnoError { errno: 51 }`, which tell a developer nothing.
 */
export type StorageProblem = 'locked' | 'unwritable' | 'full' | 'not-a-folder' | 'missing' | 'damaged' | 'other';

export class StorageError extends Error {
  override name = 'StorageError';
  /** For 'locked': the process that has the data folder open, when known. */
  readonly owner?: { pid: number; host: string };
  constructor(
    message: string,
    readonly problem: StorageProblem,
    options?: { cause?: unknown; owner?: { pid: number; host: string } },
  ) {
    super(message, options);
    this.owner = options?.owner;
  }
}

/** PGlite's file system (Emscripten) reports errno numbers of its own: `{ name: 'ErrnoError', errno: 51 }`. */
const PGLITE_ERRNO: Readonly<Record<number, string>> = {
  2: 'EACCES',
  63: 'EPERM',
  69: 'EROFS',
  51: 'ENOSPC',
  19: 'EDQUOT',
  44: 'ENOENT',
  54: 'ENOTDIR',
  31: 'EISDIR',
  20: 'EEXIST',
};

/** The error's code as Node names it (`EACCES`), for Node's errors and PGlite's alike. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errno, name } = error as { code?: unknown; errno?: unknown; name?: unknown };
  if (typeof code === 'string') return code;
  if (name === 'ErrnoError' && typeof errno === 'number') return PGLITE_ERRNO[errno] ?? `errno ${errno}`;
  return undefined;
}

/** Map an error met while opening the embedded data folder `dataDir` to a StorageError with a one-line message. */
export function dataDirError(error: unknown, dataDir: string): StorageError {
  if (error instanceof StorageError) return error;
  const elsewhere = 'Set PFW_DATA_DIR to a folder you can write to.';
  const make = (problem: StorageProblem, message: string) => new StorageError(message, problem, { cause: error });
  const code = errnoCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return make('unwritable', `Cannot write to the data folder ${dataDir} (permission denied). ${elsewhere}`);
    case 'EROFS':
      return make('unwritable', `Cannot write to the data folder ${dataDir} (read-only file system). ${elsewhere}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return make(
        'full',
        `Cannot write to the data folder ${dataDir}: the disk is full. Free some space, or set PFW_DATA_DIR to a folder on another disk.`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EISDIR':
      return make(
        'not-a-folder',
        `Cannot use ${dataDir} as the data folder: it, or a folder on its path, is a file. ${elsewhere}`,
      );
    case 'ENOENT':
      return make(
        'missing',
        `Cannot create the data folder ${dataDir}: a folder on its path is missing or a broken link. ${elsewhere}`,
      );
  }
  const message = error instanceof Error ? error.message : String(error);
  // PGlite says "PGlite failed to initialize properly" (or aborts) for a folder it cannot read as a database.
  if (/failed to initiali[sz]e|^Aborted\(/i.test(message)) {
    return make(
      'damaged',
      `Cannot open the data folder ${dataDir}: it is not a PGlite data folder, or it is damaged. Set PFW_DATA_DIR to a new folder, or restore this one.`,
    );
  }
  const said =
    (message.split('\n')[0] ?? '').slice(0, 160) ||
    code ||
    (error as { name?: string } | null)?.name ||
    'unknown error';
  return make('other', `Cannot open the data folder ${dataDir}: ${said}`);
}
