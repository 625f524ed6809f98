/**
 * `npm run bench:live-index`: the live ranking indexes (#22) with 100 000 candidates and 10 000
 * published jobs, on PGlite and on PostgreSQL. Prints:
 * - building a partner's indexes from scratch (what every pool change cost before #22), and
 *   the memory they take;
 * - applying one change (a join or leave, a job closed or published) on the instance that made
 *   it: reading the log, re-reading that person or job, and putting or removing its row
 *   (target ≤ 1 ms);
 * - PostgreSQL: how long until a second instance (its own connections, woken by NOTIFY) has
 *   applied a change made through the first (target ≤ 1 s).
 * The changes are the routes' own statements; the people and jobs are picked at random.
 *
 *   BENCH_CANDIDATES=100000 BENCH_JOBS=10000 BENCH_CHANGES=300 BENCH_STORAGE=pglite,postgres
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '@pfw/core/psychometrics';
import { logIndexChange, MatchIndexes } from '../src/match-indexes.js';
import { openDatabase, type Database } from '../src/storage/database.js';
import { migrate } from '../src/storage/migrate.js';
import { seedBench } from './seed.js';
// @ts-expect-error plain ESM helper without types
import { startTestPostgres } from '../../../scripts/postgres.mjs';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 300);
const STORAGES = (process.env.BENCH_STORAGE ?? 'pglite,postgres').split(',');

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`;
};
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** One change as the routes make it: a candidate leaves or joins, or a job is closed or published again. */
async function change(db: Database, partnerId: string, rng: Random, kind: 'candidate' | 'job') {
  if (kind === 'candidate') {
    const id = `per_c${rng.int(CANDIDATES)}`;
    const [inPool] = await db.query('SELECT 1 FROM talent_pool WHERE person_id = $1', [id]);
    await db.transaction(async (tx) => {
      if (inPool) await tx.query('DELETE FROM talent_pool WHERE person_id = $1', [id]);
      else
        await tx.query(
          `INSERT INTO talent_pool (person_id, availability, region, hours_min, hours_max, consent_text_version, consent_given_at)
           VALUES ($1, 'now', 'Eindhoven', 16, 40, '2026-11', now())`,
          [id],
        );
      await logIndexChange(tx, partnerId, 'candidate', [id]);
    });
  } else {
    const id = `job_bench${rng.int(JOBS)}`;
    await db.query(
      "UPDATE job_profiles SET status = CASE status WHEN 'published' THEN 'closed' ELSE 'published' END WHERE id = $1",
      [id],
    );
    await logIndexChange(db, partnerId, 'job', [id]);
  }
}

for (const storage of STORAGES) {
  let pg: { url?: string; error?: string; stop?: () => void } | undefined;
  let dir: string | undefined;
  if (storage === 'postgres') {
    pg = await startTestPostgres();
    if (pg!.error) {
      console.log(`PostgreSQL skipped: ${pg!.error}`);
      continue;
    }
  } else dir = mkdtempSync(join(tmpdir(), 'pfw-bench-live-'));
  const open = () => openDatabase(pg ? { databaseUrl: pg.url! } : { dataDir: dir! });
  const db = await open();
  await migrate(db);
  let started = performance.now();
  const { partnerId } = await seedBench(db, { candidates: CANDIDATES, jobs: JOBS });
  console.log(
    `\n${storage}: ${CANDIDATES} candidates and ${JOBS} jobs seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  const first = new MatchIndexes(db);
  const before = heap();
  started = performance.now();
  await first.candidates(partnerId);
  const poolBuild = performance.now() - started;
  const poolBytes = heap() - before;
  started = performance.now();
  await first.publishedJobs(partnerId);
  const jobsBuild = performance.now() - started;
  const jobsBytes = heap() - before - poolBytes;
  console.log(
    `${storage}: building from scratch: talent pool ${(poolBuild / 1000).toFixed(2)} s (${(poolBytes / 2 ** 20).toFixed(0)} MB), jobs ${(jobsBuild / 1000).toFixed(2)} s (${(jobsBytes / 2 ** 20).toFixed(0)} MB)`,
  );

  // A second instance: its own connections, woken by NOTIFY (PostgreSQL); embedded storage is one process.
  const otherDb = pg ? await open() : undefined;
  const other = otherDb ? new MatchIndexes(otherDb) : undefined;
  if (other && otherDb) {
    await other.candidates(partnerId);
    await other.publishedJobs(partnerId);
    // A long poll: what arrives sooner was woken by the notification.
    await other.startBackground(otherDb, 5000);
  }

  const rng = new Random(7);
  for (const kind of ['candidate', 'job'] as const) {
    const apply: number[] = [];
    const reach: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const seen = other?.applied.changes ?? 0;
      await change(db, partnerId, rng, kind);
      const committed = performance.now();
      await first.catchUp();
      apply.push(performance.now() - committed);
      if (other) {
        while (other.applied.changes === seen && performance.now() - committed < 5000)
          await new Promise((r) => setImmediate(r));
        reach.push(performance.now() - committed);
      }
    }
    const size =
      kind === 'candidate' ? (await first.candidates(partnerId)).size : (await first.publishedJobs(partnerId)).size;
    console.log(
      `${storage}: one ${kind === 'candidate' ? 'pool join or leave' : 'job closed or published'} applied (${CHANGES} changes, ${size} in the index now): ${stats(apply)}`,
    );
    if (other) console.log(`${storage}:   on the second instance, after the commit: ${stats(reach)}`);
  }
  console.log(
    `${storage}: of that, re-reading what changed and putting or removing its row: ${(first.applied.ms / first.applied.changes).toFixed(2)} ms per change (${first.applied.changes} changes)`,
  );
  await other?.stop();
  await otherDb?.close();
  await db.close();
  pg?.stop?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
console.log('\ntargets: one change ≤ 1 ms; a change ranked on every instance ≤ 1 s');
