/**
 * Erasure reaches the files (storage/scrub.ts): every table that can hold a person's data is in
 * PERSONAL_TABLES, so a new table cannot be forgotten again (the coach's notes, next action and
 * the name a job seeker gave stayed on disk after DELETE /v1/me), and what a coach wrote about
 * an erased job seeker is not readable in the data folder afterwards.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, routes, type Client, type Role } from '@pfw/contract';
import { createPartner } from './auth/partners.js';
import { startServer } from './start.js';
import type { Database } from './storage/database.js';
import { migrate } from './storage/migrate.js';
import { openPglite } from './storage/pglite.js';
import { queueReminders } from './reminders.js';
import { PERSONAL_TABLES } from './storage/scrub.js';

/** Tables that hold no one's data, and why; every other table that points to a person must be scrubbed. */
const NOT_PERSONAL: Record<string, string> = {
  partners: 'the partner organisation, its settings and webhook',
  partner_keys: 'the partner’s API keys',
  signing_keys: 'the server’s signing keys',
  schema_migrations: 'which migrations ran',
  index_log: 'one number: how far index changes were pruned',
  credential_status: 'revocation bits by list index, kept on purpose after erasure',
  partner_learning_offers: 'the partner’s own learning offers',
  partner_lessons: 'the partner’s own lessons',
  audit_explanations: 'reasons shared by many audit rows; kept with the audit log, removed by the retention purge',
};

/** A column that names a person (a key to people, or a pseudonym or subject without a key). */
const PERSON_COLUMN = /(^|_)(person|candidate|employer|coach|issuer|subject|owner|pseudonym)(_|$)/;

describe('tables scrubbed after an erasure', () => {
  let db: Database;
  before(async () => {
    db = await openPglite();
    await migrate(db);
  });
  after(() => db.close());

  it('lists every table that points to a person, directly or through another table', async () => {
    const keys = await db.query<{ from_table: string; to_table: string }>(
      `SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table
         FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const columns = await db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const tables = new Set(columns.map((c) => c.table_name));
    // A table is personal when it holds a person column, or a key to a personal table (a learning
    // step belongs to a learning path, which belongs to a person).
    const personal = new Set(['people']);
    for (const c of columns) if (PERSON_COLUMN.test(c.column_name)) personal.add(c.table_name);
    for (let grew = true; grew;) {
      grew = false;
      for (const k of keys)
        if (personal.has(k.to_table) && !personal.has(k.from_table)) {
          personal.add(k.from_table);
          grew = true;
        }
    }
    const listed = new Set<string>(PERSONAL_TABLES);
    const missing = [...personal].filter((t) => !listed.has(t) && !(t in NOT_PERSONAL)).sort();
    assert.deepEqual(missing, [], 'tables with a person’s data that erasure does not rewrite (storage/scrub.ts)');
    // And nothing listed that is not there (VACUUM FULL would fail on it).
    assert.deepEqual(
      PERSONAL_TABLES.filter((t) => !tables.has(t)),
      [],
    );
    // Every table is decided on: personal, or said why not.
    assert.deepEqual(
      [...tables].filter((t) => !listed.has(t) && !(t in NOT_PERSONAL)).sort(),
      [],
      'a new table: add it to PERSONAL_TABLES, or to NOT_PERSONAL here with the reason',
    );
  });

  it('leaves nothing a coach wrote about an erased job seeker in the data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pfw-erase-coach-'));
    const server = await startServer({ port: 0, dataDir });
    let closed = false;
    try {
      const keys = await createPartner(server.services.db, {
        name: 'Erase coach',
        origins: ['https://portal.example.nl'],
      });
      const client = (token?: string): Client => createClient({ baseUrl: server.url, credentials: () => ({ token }) });
      const mint = async (role: Role, subject: string) =>
        (await client(keys.secretKey).request(routes.createToken, { body: { role, subject } })).token;

      // The partner takes webhooks: a reminder then waits in the outbox (to an address that is never reached).
      await server.services.db.query(
        "UPDATE partners SET webhook_url = 'https://hooks.example.invalid/pfw', webhook_secret = 'whsec_test' WHERE id = $1",
        [keys.partnerId],
      );
      const seeker = client(await mint('candidate', 'seeker-erase-qx'));
      const coach = client(await mint('coach', 'coach-erase-qx'));
      const called = 'Roosmarijn Qxwillem';
      const note = 'Gesprek over Qxbakkerij gehad';
      const action = 'Bellen over Qxcursus';
      const { code } = await coach.request(routes.createCoachInvite);
      await seeker.request(routes.grantCoach, { body: { code, called } });
      const [entry] = (await coach.request(routes.listCaseload)).items;
      const params = { personId: entry!.personId };
      await coach.request(routes.addCoachNote, { params, body: { text: note } });
      // Due today: the reminder goes into the webhook outbox, with the action's text and the name.
      const due = new Date().toISOString().slice(0, 10);
      await coach.request(routes.setNextAction, { params, body: { text: action, due } });
      await coach.request(routes.getCaseFile, { params });
      assert.equal(await queueReminders(server.services.db), 1);
      const inOutbox = async () =>
        (
          await server.services.db.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM webhook_deliveries WHERE payload->'data'->>'action' = $1",
            [action],
          )
        )[0]!.n;
      assert.equal(await inOutbox(), 1);

      const traces = [called, note, action];
      await server.services.db.exec('CHECKPOINT');
      const files = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
      const found = (trace: string) => files(dataDir).filter((f) => readFileSync(f).includes(trace));
      for (const trace of traces) assert.ok(found(trace).length, `set-up wrote ${trace} to the folder`);

      await seeker.request(routes.eraseMe);
      assert.deepEqual((await coach.request(routes.listCaseload)).items, []);
      assert.equal(await inOutbox(), 0, 'the reminder about them left the outbox');
      for (const trace of traces) assert.deepEqual(found(trace), [], `${trace} is still in the data folder`);
      await server.close();
      closed = true;
      for (const trace of traces) assert.deepEqual(found(trace), [], `${trace} is in the data folder after closing`);
    } finally {
      if (!closed) await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
