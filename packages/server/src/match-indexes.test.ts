/**
 * Live indexes (#22): after any sequence of joins, leaves, re-measurements, certificate changes,
 * erasures and job publications, changes and closings, the index an instance kept up to date
 * from the change log ranks exactly like one built from scratch — on PGlite and PostgreSQL.
 * Property-based (fast-check): the writes are the routes' own statements, in short. Erasure
 * leaves no trace in the log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { JobProfileInput, Skillprint } from '@pfw/contract';
import { toSkillScore } from '@pfw/core/norms';
import { measuredSkills, occupations } from '@pfw/core/skills';
import { createPartner } from './auth/partners.js';
import { forgetInIndexLog, logIndexChange, MatchIndexes, pruneIndexLog } from './match-indexes.js';
import { openDatabase, type Database } from './storage/database.js';
import { migrate } from './storage/migrate.js';
import type { Queryable } from './storage/queryable.js';
import { testStorages } from './testing.js';

// Few people and jobs, so that changes meet: a join after a measurement, a leave after a join.
const PEOPLE = 3;
const EMPLOYERS = 2;
const JOBS = 3;
const templates = occupations.slice(0, 8);

const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      do: fc.constant('measure' as const),
      who: fc.nat(PEOPLE - 1),
      thetas: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 16, maxLength: 16 }),
      likes: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('join' as const), who: fc.nat(PEOPLE - 1) }) },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('leave' as const), who: fc.nat(PEOPLE - 1) }) },
  fc.record({
    do: fc.constant('holds' as const),
    who: fc.nat(PEOPLE - 1),
    ids: fc.subarray(['vca-basis', 'rijbewijs-b', 'zwaar-tillen']),
  }),
  fc.record({ do: fc.constant('erase' as const), who: fc.nat(PEOPLE - 1) }),
  {
    weight: 3,
    arbitrary: fc.record({
      do: fc.constant('publish' as const),
      job: fc.nat(JOBS - 1),
      by: fc.nat(EMPLOYERS - 1),
      template: fc.nat(templates.length - 1),
    }),
  },
  { weight: 2, arbitrary: fc.record({ do: fc.constant('close' as const), job: fc.nat(JOBS - 1) }) },
  fc.record({ do: fc.constant('draft' as const), job: fc.nat(JOBS - 1), template: fc.nat(templates.length - 1) }),
  fc.record({
    do: fc.constant('rename' as const),
    by: fc.nat(EMPLOYERS - 1),
    name: fc.constantFrom('Bouw BV', 'Zorg'),
  }),
  { weight: 2, arbitrary: fc.record({ do: fc.constant('check' as const) }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

let run = 0;

/** One sequence on a partner of its own: the writes, then (and at each "check") live against fresh. */
async function play(db: Database, ops: Op[]): Promise<string> {
  const tag = `r${run++}x${Math.random().toString(36).slice(2, 8)}`;
  const { partnerId } = await createPartner(db, { name: tag, origins: [] });
  const person = (i: number) => `${tag}p${i}`;
  const employer = (i: number) => `${tag}e${i}`;
  const job = (i: number) => `${tag}j${i}`;
  const ensurePerson = (id: string, role: string) =>
    db.query(
      `INSERT INTO people (id, partner_id, role, pseudonym, display_name) VALUES ($1, $2, $3, $1, $4)
       ON CONFLICT (id) DO NOTHING`,
      [id, partnerId, role, role === 'employer' ? 'Werkgever' : null],
    );
  for (let i = 0; i < EMPLOYERS; i++) await ensurePerson(employer(i), 'employer');

  const live = new MatchIndexes(db);
  const pool = await live.candidates(partnerId);
  const jobs = await live.publishedJobs(partnerId);
  let clock = Date.UTC(2026, 0, 1);

  const compare = async () => {
    const fresh = new MatchIndexes(db);
    const [a, b] = [await live.candidates(partnerId), await fresh.candidates(partnerId)];
    // Kept up to date in place: never built again for a handful of changes.
    assert.equal(a, pool);
    assert.equal(a.size, b.size);
    for (const target of templates.slice(0, 3)) {
      assert.deepEqual(a.rank(target, 50), b.rank(target, 50));
      assert.deepEqual(a.count(target, 40), b.count(target, 40));
    }
    const [x, y] = [await live.publishedJobs(partnerId), await fresh.publishedJobs(partnerId)];
    assert.equal(x, jobs);
    const someone = { scores: measuredSkills.map((s, i) => toSkillScore(s.id, (i % 5) - 2, 0.4, 8)) };
    assert.deepEqual(x.rank(someone, 10), y.rank(someone, 10));
  };

  for (const o of ops) {
    switch (o.do) {
      case 'measure': {
        const id = person(o.who);
        await ensurePerson(id, 'candidate');
        const session = `${id}s${clock}`;
        const skillprint: Skillprint = {
          id: `${session}sp`,
          owner: id,
          assessmentVersion: 'test',
          issuedAt: new Date(clock).toISOString(),
          scores: measuredSkills.map((s, i) => toSkillScore(s.id, o.thetas[i]!, 0.4, 8)),
          interests: o.likes ? [{ interestId: 'realistic', score: 80 }] : [],
          environment: [],
        };
        await db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO assessment_sessions (id, person_id, status, assessment_version, lang, expires_at)
             VALUES ($1, $2, 'completed', 'test', 'nl', now())`,
            [session, id],
          );
          await tx.query(
            `INSERT INTO skillprints (id, person_id, session_id, payload, signature, issued_at) VALUES ($1, $2, $3, $4, 'x', $5)`,
            [skillprint.id, id, session, JSON.stringify(skillprint), new Date(clock)],
          );
          await logIndexChange(tx, partnerId, 'candidate', [id]);
        });
        clock += 1000;
        break;
      }
      case 'join': {
        const id = person(o.who);
        await ensurePerson(id, 'candidate');
        await db.query(
          `INSERT INTO talent_pool (person_id, availability, region, hours_min, hours_max, consent_text_version, consent_given_at)
           VALUES ($1, 'now', 'Eindhoven', 8, 40, '2026-11', now()) ON CONFLICT (person_id) DO UPDATE SET updated_at = now()`,
          [id],
        );
        await logIndexChange(db, partnerId, 'candidate', [id]);
        break;
      }
      case 'leave':
        await db.transaction(async (tx) => {
          await tx.query('DELETE FROM talent_pool WHERE person_id = $1', [person(o.who)]);
          await logIndexChange(tx, partnerId, 'candidate', [person(o.who)]);
        });
        break;
      case 'holds': {
        const id = person(o.who);
        await ensurePerson(id, 'candidate');
        await db.transaction(async (tx) => {
          await tx.query('DELETE FROM held_requirements WHERE person_id = $1', [id]);
          for (const r of o.ids)
            await tx.query(
              `INSERT INTO held_requirements (person_id, requirement_id, source) VALUES ($1, $2, 'self')`,
              [id, r],
            );
          await logIndexChange(tx, partnerId, 'candidate', [id]);
        });
        break;
      }
      case 'erase':
        await db.transaction(async (tx) => {
          await tx.query('DELETE FROM people WHERE id = $1', [person(o.who)]);
          await forgetInIndexLog(tx, partnerId, person(o.who));
        });
        break;
      case 'publish': {
        const input = { ...templates[o.template]!, title: `Vacature ${o.job}` } as unknown as JobProfileInput;
        await db.query(
          `INSERT INTO job_profiles (id, employer_id, status, input) VALUES ($1, $2, 'published', $3)
           ON CONFLICT (id) DO UPDATE SET status = 'published', input = $3, draft_input = NULL`,
          [job(o.job), employer(o.by), JSON.stringify(input)],
        );
        await logIndexChange(db, partnerId, 'job', [job(o.job)]);
        break;
      }
      case 'close':
        await db.query("UPDATE job_profiles SET status = 'closed' WHERE id = $1", [job(o.job)]);
        await logIndexChange(db, partnerId, 'job', [job(o.job)]);
        break;
      case 'draft':
        // An autosaved draft: what ranking sees does not change, and nothing is logged.
        await db.query('UPDATE job_profiles SET draft_input = $2 WHERE id = $1', [
          job(o.job),
          JSON.stringify(templates[o.template]),
        ]);
        break;
      case 'rename': {
        await db.query('UPDATE people SET display_name = $2 WHERE id = $1', [employer(o.by), o.name]);
        const ids = await db.query<{ id: string }>(
          "SELECT id FROM job_profiles WHERE employer_id = $1 AND status = 'published'",
          [employer(o.by)],
        );
        await logIndexChange(
          db,
          partnerId,
          'job',
          ids.map((r) => r.id),
        );
        break;
      }
      case 'check':
        await compare();
    }
  }
  await compare();
  return tag;
}

for (const [label, databaseUrl] of testStorages()) {
  describe(`live ranking indexes (${label})`, () => {
    let db: Database;
    before(async () => {
      db = await openDatabase(databaseUrl ? { databaseUrl } : {});
      await migrate(db);
    });
    after(() => db.close());

    it('after any sequence of changes, the live index ranks like one built from scratch', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 30, size: 'max' }), async (ops) => {
          await play(db, ops);
        }),
        { numRuns: label === 'PGlite' ? 60 : 30 },
      );
    });

    it('applies each change one by one, not by building the index again', async () => {
      const { partnerId } = await createPartner(db, { name: 'counted', origins: [] });
      const live = new MatchIndexes(db);
      await live.candidates(partnerId);
      const before = live.applied.changes;
      await logIndexChange(db, partnerId, 'candidate', ['nobody-1', 'nobody-2']);
      await live.candidates(partnerId);
      assert.equal(live.applied.changes - before, 2);
    });

    it('a job list does not wait while the talent pool catches up', async () => {
      const { partnerId } = await createPartner(db, { name: 'apart', origins: [] });
      // Storage that holds back re-reading pool members until released.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let holding = false;
      const slow: Queryable = {
        query: async <T>(sql: string, params?: unknown[]) => {
          if (holding && sql.includes('t.person_id = ANY')) await held;
          return db.query<T>(sql, params);
        },
      };
      const live = new MatchIndexes(slow);
      await live.candidates(partnerId);
      await live.publishedJobs(partnerId);
      const before = live.applied.changes;
      await logIndexChange(db, partnerId, 'candidate', ['someone-joining']);
      await logIndexChange(db, partnerId, 'job', ['a-job-closing']);
      holding = true;
      const pool = live.candidates(partnerId);
      const jobs = live.publishedJobs(partnerId);
      let timer!: ReturnType<typeof setTimeout>;
      const first = await Promise.race([
        jobs.then(() => 'jobs'),
        pool.then(() => 'pool'),
        new Promise((resolve) => (timer = setTimeout(() => resolve('neither within 5 s'), 5000))),
      ]);
      clearTimeout(timer);
      assert.equal(first, 'jobs', 'the job index is up to date while the pool is still being read');
      assert.equal(live.applied.changes - before, 1, 'the job change is in');
      release();
      await pool;
      assert.equal(live.applied.changes - before, 2, 'and then the pool change');
    });

    it('while notifications are heard, a ranking reads the log only when something may have changed', async () => {
      const { partnerId } = await createPartner(db, { name: 'quiet', origins: [] });
      let reads = 0;
      const counting: Queryable = {
        query: <T>(sql: string, params?: unknown[]) => {
          if (sql.includes('FROM index_log l')) reads++;
          return db.query<T>(sql, params);
        },
      };
      // Notifications arrive only when the test says so (as if late), and the poll is far off.
      let notify!: () => void;
      const heard: Database = {
        ...db,
        listen: async (_channel, onNotify) => ((notify = onNotify), async () => undefined),
      };
      const live = new MatchIndexes(counting);
      await live.candidates(partnerId);
      await live.startBackground(heard, 60_000);
      try {
        await live.candidates(partnerId);
        const before = { reads, changes: live.applied.changes };
        await live.candidates(partnerId);
        await live.candidates(partnerId);
        assert.equal(reads, before.reads, 'nothing happened: no read');

        // A change this process commits is ranked by its next request, before any notification.
        await db.transaction((tx) => logIndexChange(tx, partnerId, 'candidate', ['joined-here']));
        await live.candidates(partnerId);
        assert.equal(live.applied.changes, before.changes + 1, 'its own change is in');

        // One made by another instance (written without this process knowing) waits for its notification.
        await db.query(
          `INSERT INTO index_changes (partner_id, kind, subject_id) VALUES ($1, 'candidate', 'joined-elsewhere')`,
          [partnerId],
        );
        await live.candidates(partnerId);
        assert.equal(live.applied.changes, before.changes + 1, 'not read without a notification');
        notify();
        await live.candidates(partnerId);
        assert.equal(live.applied.changes, before.changes + 2, 'read once notified');
      } finally {
        await live.stop();
      }
    });

    it('an erased person leaves no row in the log, and leaves every index', async () => {
      const ops: Op[] = [
        { do: 'measure', who: 0, thetas: Array<number>(16).fill(1), likes: false },
        { do: 'join', who: 0 },
        { do: 'check' },
        { do: 'erase', who: 0 },
      ];
      const tag = await play(db, ops);
      const traces = await db.query('SELECT 1 FROM index_changes WHERE subject_id = $1', [`${tag}p0`]);
      assert.equal(traces.length, 0);
    });

    it('an instance away longer than the log keeps changes builds its indexes again', async () => {
      const { partnerId } = await createPartner(db, { name: 'away', origins: [] });
      const live = new MatchIndexes(db);
      const pool = await live.candidates(partnerId);
      await logIndexChange(db, partnerId, 'candidate', ['someone-gone']);
      // As if a day had passed: the change is pruned before this instance read it.
      await db.query(`UPDATE index_changes SET at = now() - interval '2 days' WHERE subject_id = 'someone-gone'`);
      await pruneIndexLog(db);
      assert.equal((await db.query(`SELECT 1 FROM index_changes WHERE subject_id = 'someone-gone'`)).length, 0);
      const again = await live.candidates(partnerId);
      assert.notEqual(again, pool, 'built again');
      assert.equal(await live.candidates(partnerId), again, 'and then kept');
    });

    it('a change made elsewhere reaches an instance in the background, without a request', async () => {
      const { partnerId } = await createPartner(db, { name: 'background', origins: [] });
      const live = new MatchIndexes(db);
      const pool = await live.candidates(partnerId);
      await live.startBackground(db, 100);
      try {
        const applied = live.applied.changes;
        await logIndexChange(db, partnerId, 'candidate', ['nobody-3']);
        const until = Date.now() + 1000;
        while (live.applied.changes === applied && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
        assert.equal(live.applied.changes, applied + 1, 'applied within a second');
        assert.equal(await live.candidates(partnerId), pool);
      } finally {
        await live.stop();
      }
    });
  });
}
