import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { migrate, splitStatements } from './migrate.js';
import { MIGRATIONS } from './migrations.js';

describe('migrations', () => {
  let db: Database;
  before(async () => {
    // Not openDatabase(): that starts from a template with every migration applied.
    db = await openPglite();
  });
  after(() => db.close());

  it('applies every migration once, in order', async () => {
    const all = MIGRATIONS.map((m) => m.version);
    assert.deepEqual(await migrate(db), all);
    assert.deepEqual(await migrate(db), []);
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(
      rows.map((r) => r.version),
      all,
    );
  });

  it('rolls a failing migration back whole', async () => {
    const bad = [
      { version: 999, name: 'bad', sql: 'CREATE TABLE half_done (id int);\nSELECT no_such_column FROM half_done;' },
    ];
    await assert.rejects(migrate(db, bad));
    const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    assert.equal(tables.length, 0);
  });

  it('splits statements and drops comments', () => {
    assert.deepEqual(splitStatements('-- hi\nCREATE TABLE a (x int);\n\nCREATE TABLE b (y int);\n'), [
      'CREATE TABLE a (x int)',
      'CREATE TABLE b (y int)',
    ]);
  });
});
