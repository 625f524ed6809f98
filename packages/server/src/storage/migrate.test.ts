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

  it('gives an application made before migration 33 the skillprint it shared: the newest of its moment', async () => {
    const old = await openPglite();
    try {
      await migrate(
        old,
        MIGRATIONS.filter((m) => m.version < 33),
      );
      // An employer, a candidate with three skillprints, and an application between the second and third.
      await old.exec(`
        INSERT INTO partners (id, name) VALUES ('pa', 'Gemeente');
        INSERT INTO people (id, partner_id, role, pseudonym) VALUES ('emp', 'pa', 'employer', 'Eik-1'), ('cand', 'pa', 'candidate', 'Berk-2');
        INSERT INTO job_profiles (id, employer_id, status, input) VALUES ('job', 'emp', 'published', '{}');`);
      for (const [id, at] of [
        ['sp-before', '2026-11-01'],
        ['sp-at', '2026-11-10'],
        ['sp-after', '2026-11-20'],
      ]) {
        await old.query(
          `INSERT INTO assessment_sessions (id, person_id, status, assessment_version, lang, expires_at)
             VALUES ($1, 'cand', 'completed', 'v', 'nl', $2)`,
          [id, at],
        );
        await old.query(
          "INSERT INTO skillprints (id, person_id, session_id, payload, signature, issued_at) VALUES ($1, 'cand', $1, '{}', 'sig', $2)",
          [id, at],
        );
      }
      await old.query(
        "INSERT INTO applications (id, job_profile_id, job_version, candidate_id, status, created_at) VALUES ('app', 'job', 1, 'cand', 'open', '2026-11-15')",
      );
      await migrate(old);
      const [row] = await old.query<{ skillprint_id: string }>(
        "SELECT skillprint_id FROM applications WHERE id = 'app'",
      );
      assert.equal(row!.skillprint_id, 'sp-at');
    } finally {
      await old.close();
    }
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
