import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LOCK_FILE, lockDataDir } from './data-dir.js';
import { openDatabase } from './database.js';
import { StorageError } from './errors.js';

const locked = (error: unknown) => error instanceof StorageError && error.problem === 'locked';

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('the embedded data folder is one process’s at a time', () => {
  let dir: string;
  let lock: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pfw-lock-'));
    lock = join(dir, LOCK_FILE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const writeLock = (owner: object) => writeFileSync(lock, JSON.stringify(owner));

  it('refuses a second open until the first closes', async () => {
    const db = await openDatabase({ dataDir: dir });
    try {
      assert.deepEqual(JSON.parse(readFileSync(lock, 'utf8')).pid, process.pid);
      await assert.rejects(
        openDatabase({ dataDir: dir }),
        (error: Error) =>
          locked(error) &&
          /^The data folder .+ is in use by process \d+, probably a running server\. Stop it first/.test(error.message),
      );
      assert.deepEqual((await db.query<{ one: number }>('SELECT 1 AS one'))[0], { one: 1 }, 'the first keeps working');
    } finally {
      await db.close();
    }
    assert.equal(existsSync(lock), false, 'close removes the lock');
    await (await openDatabase({ dataDir: dir })).close();
  });

  it('refuses a lock held by a live process, or by any process on another host', () => {
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      writeLock({ pid: live.pid, host: hostname() });
      assert.throws(
        () => lockDataDir(dir),
        (error: Error) => locked(error) && error.message.includes(`in use by process ${live.pid},`),
      );
      writeLock({ pid: 1, host: 'elsewhere.example' });
      assert.throws(
        () => lockDataDir(dir),
        (error: Error) => locked(error) && error.message.includes('in use by process 1 on elsewhere.example'),
      );
    } finally {
      live.kill();
      rmSync(lock, { force: true });
    }
  });

  it('takes over a stale lock: its process is gone, or the file was left empty or unreadable', async () => {
    for (const stale of [JSON.stringify({ pid: await deadPid(), host: hostname() }), '', 'not json']) {
      writeFileSync(lock, stale);
      const release = lockDataDir(dir);
      assert.equal(JSON.parse(readFileSync(lock, 'utf8')).pid, process.pid);
      release();
      assert.equal(existsSync(lock), false);
    }
  });

  it('leaves a lock alone that is no longer its own', () => {
    const release = lockDataDir(dir);
    writeLock({ pid: 1, host: 'elsewhere.example' }); // someone removed ours and took the folder
    release();
    assert.equal(JSON.parse(readFileSync(lock, 'utf8')).host, 'elsewhere.example');
    rmSync(lock);
  });
});
