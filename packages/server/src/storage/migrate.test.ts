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

  it('gives every foreign key an index that leads with its column (erasure never scans a whole table)', async () => {
    // Deleting a row makes PostgreSQL find what points to it; without such an index, every
    // cascade or "set null" reads the whole referencing table (the audit log grows fastest).
    const unindexed = await db.query<{ key: string }>(
      `SELECT c.conrelid::regclass || '.' || a.attname AS key
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f'
          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
        ORDER BY 1`,
    );
    assert.deepEqual(
      unindexed.map((r) => r.key),
      [],
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
