/** Each data folder has its own demo partner, and the partner the pages get is always one their storage knows. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findKey, migrate, openDatabase, type Database } from '@pfw/server';
import { DemoPartnerError, demoPartner, demoPartnerFile } from './demo-partner.js';

const origins = ['http://localhost:5173'];

describe('the demo partner', () => {
  let parent: string;
  // In-memory storage standing in for each data folder's (the files are real).
  const storage: Database[] = [];
  const open = async () => {
    const db = await openDatabase();
    await migrate(db);
    storage.push(db);
    return db;
  };
  before(() => {
    parent = mkdtempSync(join(tmpdir(), 'pfw-demo-partner-'));
  });
  after(async () => {
    await Promise.all(storage.map((db) => db.close()));
    rmSync(parent, { recursive: true, force: true });
  });

  it('is kept inside its own data folder: two folders in one parent get two partners', async () => {
    const [a, b] = [{ dataDir: join(parent, 'a') }, { dataDir: join(parent, 'b') }];
    assert.equal(demoPartnerFile(a), join(parent, 'a', 'demo-partner.json'));
    assert.equal(demoPartnerFile(b), join(parent, 'b', 'demo-partner.json'));
    const [dbA, dbB] = [await open(), await open()];
    const first = await demoPartner(dbA, a, origins);
    const second = await demoPartner(dbB, b, origins);
    assert.notEqual(first.partner.partnerId, second.partner.partnerId);
    assert.equal((await findKey(dbA, first.partner.secretKey))?.partnerId, first.partner.partnerId);
    assert.equal(
      (await findKey(dbB, second.partner.secretKey))?.partnerId,
      second.partner.partnerId,
      'b signs in with its own key',
    );
    assert.equal(existsSync(join(parent, 'demo-partner.json')), false, 'nothing shared in the parent');
    assert.deepEqual(await demoPartner(dbA, a, origins), first, 'a restart reads the same partner');
  });

  it('never reads another storage’s partner from the old shared file beside the folders, but takes over its own', async () => {
    const [c, d] = [{ dataDir: join(parent, 'c') }, { dataDir: join(parent, 'd') }];
    const [dbC, dbD] = [await open(), await open()];
    const old = await demoPartner(dbC, c, origins);
    writeFileSync(join(parent, 'demo-partner.json'), JSON.stringify(old.partner)); // where it used to be
    rmSync(old.file);
    const fresh = await demoPartner(dbD, d, origins);
    assert.notEqual(fresh.partner.partnerId, old.partner.partnerId);
    assert.equal((await findKey(dbD, fresh.partner.secretKey))?.partnerId, fresh.partner.partnerId);
    const adopted = await demoPartner(dbC, c, origins);
    assert.deepEqual(adopted, old, 'c keeps its partner (and sample data) after the move');
  });

  it('says so in one line when the storage has the demo partner but its file is gone', async () => {
    const e = { dataDir: join(parent, 'e') };
    const db = await open();
    const made = await demoPartner(db, e, origins);
    rmSync(made.file);
    await assert.rejects(
      demoPartner(db, e, origins),
      (error: Error) => error instanceof DemoPartnerError && !error.message.includes('\n'),
    );
  });

  it('on PostgreSQL, is named after the database', () => {
    const dataDir = join(parent, 'pglite');
    const one = demoPartnerFile({ dataDir, databaseUrl: 'postgres://localhost/one' });
    const two = demoPartnerFile({ dataDir, databaseUrl: 'postgres://localhost/two' });
    assert.notEqual(one, two);
    assert.match(one, /demo-partner\.postgres-[0-9a-f]{12}\.json$/);
  });
});
