import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from './database.js';
import { dataDirError, StorageError, type StorageProblem } from './errors.js';

/** What PGlite's file system throws: an Emscripten ErrnoError, with an errno of its own and no message. */
const pgliteErrno = (errno: number) => Object.assign(new Error(), { name: 'ErrnoError', errno });
const nodeError = (code: string) => Object.assign(new Error(`${code}: something, open '/x/file'`), { code });

const writeElsewhere = 'Set PFW_DATA_DIR to a folder you can write to.';
const cases: [unknown, StorageProblem, string][] = [
  [nodeError('EACCES'), 'unwritable', `Cannot write to the data folder /x (permission denied). ${writeElsewhere}`],
  [pgliteErrno(2), 'unwritable', `Cannot write to the data folder /x (permission denied). ${writeElsewhere}`],
  [nodeError('EROFS'), 'unwritable', `Cannot write to the data folder /x (read-only file system). ${writeElsewhere}`],
  [pgliteErrno(69), 'unwritable', `Cannot write to the data folder /x (read-only file system). ${writeElsewhere}`],
  [
    nodeError('ENOSPC'),
    'full',
    'Cannot write to the data folder /x: the disk is full. Free some space, or set PFW_DATA_DIR to a folder on another disk.',
  ],
  [
    pgliteErrno(51),
    'full',
    'Cannot write to the data folder /x: the disk is full. Free some space, or set PFW_DATA_DIR to a folder on another disk.',
  ],
  [
    nodeError('ENOTDIR'),
    'not-a-folder',
    `Cannot use /x as the data folder: it, or a folder on its path, is a file. ${writeElsewhere}`,
  ],
  [
    nodeError('ENOENT'),
    'missing',
    `Cannot create the data folder /x: a folder on its path is missing or a broken link. ${writeElsewhere}`,
  ],
  [
    new Error('PGlite failed to initialize properly'),
    'damaged',
    'Cannot open the data folder /x: it is not a PGlite data folder, or it is damaged. Set PFW_DATA_DIR to a new folder, or restore this one.',
  ],
  [
    new Error('Aborted(). Build with -sASSERTIONS for more info.'),
    'damaged',
    'Cannot open the data folder /x: it is not a PGlite data folder, or it is damaged. Set PFW_DATA_DIR to a new folder, or restore this one.',
  ],
  [new Error(`something new\n${'minified;'.repeat(800)}`), 'other', 'Cannot open the data folder /x: something new'],
  [pgliteErrno(29), 'other', 'Cannot open the data folder /x: errno 29'],
];

describe('a data folder that cannot be used', () => {
  it('is said in one short line: what is wrong and what to do', () => {
    for (const [error, problem, message] of cases) {
      const mapped = dataDirError(error, '/x');
      assert.ok(mapped instanceof StorageError);
      assert.deepEqual({ problem: mapped.problem, message: mapped.message }, { problem, message });
      assert.equal(mapped.cause, error, 'the original stays as the cause');
      assert.ok(mapped.message.length < 300 && !mapped.message.includes('\n'));
    }
  });

  it('is reported by openDatabase as a StorageError: a path through a file, a folder PGlite cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-storage-error-'));
    try {
      writeFileSync(join(dir, 'file'), '');
      await assert.rejects(openDatabase({ dataDir: join(dir, 'file', 'data') }), {
        name: 'StorageError',
        problem: 'not-a-folder',
      });
      await assert.rejects(openDatabase({ dataDir: join(dir, 'file') }), {
        name: 'StorageError',
        problem: 'not-a-folder',
      });
      mkdirSync(join(dir, 'half'));
      writeFileSync(join(dir, 'half', 'PG_VERSION'), '17\n');
      await assert.rejects(openDatabase({ dataDir: join(dir, 'half') }), { name: 'StorageError', problem: 'damaged' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
