import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { findKey } from './auth/partners.js';
import { openDatabase } from './storage/database.js';

const run = promisify(execFile);
const main = join(import.meta.dirname, 'main.ts');

describe('pfw-server partner create', () => {
  it('makes a partner whose keys work, and refuses a bad origin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-cli-'));
    try {
      const env = { ...process.env, PFW_DATA_DIR: dir, DATABASE_URL: '' };
      const args = ['--conditions=source', '--import', 'tsx', main, 'partner', 'create'];
      const { stdout } = await run(process.execPath, [...args, '--name', 'Gemeente Test', '--origin', 'https://www.test.nl'], { env });
      const publishable = stdout.match(/pk_[a-z0-9]+/)![0];
      const secret = stdout.match(/sk_[a-z0-9]+/)![0];
      const db = await openDatabase({ dataDir: dir });
      assert.deepEqual((await findKey(db, publishable))?.allowedOrigins, ['https://www.test.nl']);
      assert.equal((await findKey(db, secret))?.kind, 'secret');
      await db.close();
      await assert.rejects(run(process.execPath, [...args, '--name', 'X', '--origin', 'https://x.nl/path'], { env }), /Not an origin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
