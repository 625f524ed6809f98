/**
 * Bench data, written straight to storage (the API would take minutes for 100 000 people):
 * a partner with employers, published jobs from the occupation templates, and a talent pool of
 * simulated skillprints. Shared by `bench:api` and `bench/profile.ts`.
 */
import type { Skillprint } from '@pfw/contract';
import { Random, levelOf, percentileOf } from '@pfw/core/psychometrics';
import { environment, interests, occupations, skills } from '@pfw/core/skills';
import { createPartner } from '../src/auth/partners.js';
import type { Database } from '../src/storage/database.js';

export const EMPLOYERS = 200;
const soft = skills.filter((s) => s.kind === 'soft').map((s) => s.id);

async function insertRows(db: Database, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(', ')})`);
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

/** Seed a partner; jobs go round robin over the employers (`per_emp<j % EMPLOYERS>`). */
export async function seedBench(db: Database, { candidates, jobs }: { candidates: number; jobs: number }) {
  const partner = await createPartner(db, { name: 'Bench', origins: ['http://localhost'] });
  const rng = new Random(1);
  const now = new Date();
  const employers = Array.from({ length: EMPLOYERS }, (_, e) => [
    `per_emp${e}`,
    partner.partnerId,
    'employer',
    `emp-${e}`,
    `werkgever-${e}`,
    `Werkgever ${e}`,
  ]);
  await insertRows(db, 'people', ['id', 'partner_id', 'role', 'subject', 'pseudonym', 'display_name'], employers);
  // Every job starts from a template and is then tuned by its employer (levels ±1), so no two
  // rankings are alike and nothing can be reused between jobs.
  const jobRows = Array.from({ length: jobs }, (_, j) => {
    const o = occupations[j % occupations.length]!;
    const requirements = o.requirements.map((r) => ({
      ...r,
      level: Math.min(5, Math.max(1, r.level + rng.int(3) - 1)),
    }));
    // With the template's interests and work environment, as the builder starts a job from it.
    const input = {
      title: o.title.nl,
      occupationId: o.id,
      requirements,
      interests: o.interests,
      environment: o.environment,
      region: 'Eindhoven',
      hours: { min: 24, max: 40 },
    };
    return [`job_bench${j}`, `per_emp${j % EMPLOYERS}`, 'published', JSON.stringify(input)];
  });
  await insertRows(db, 'job_profiles', ['id', 'employer_id', 'status', 'input'], jobRows);
  for (let start = 0; start < candidates; start += 5000) {
    const n = Math.min(5000, candidates - start);
    const people: unknown[][] = [];
    const sessions: unknown[][] = [];
    const prints: unknown[][] = [];
    const pool: unknown[][] = [];
    for (let i = start; i < start + n; i++) {
      const skillprint: Skillprint = {
        id: `sp_bench${i}`,
        owner: `kandidaat-b${i}`,
        assessmentVersion: 'bench',
        issuedAt: now.toISOString(),
        scores: soft.map((skillId) => {
          const theta = Math.round(rng.normal() * 1000) / 1000;
          return { skillId, theta, se: 0.35, level: levelOf(theta), percentile: percentileOf(theta), itemsUsed: 8 };
        }),
        // Measured interests and work environment, as every skillprint of the test has: ranking
        // then works out the secondary part for every pair (the slow path).
        interests: interests.map((i) => ({ interestId: i.id, score: rng.int(101) })),
        environment: environment.map((f) => ({ facetId: f.id, value: rng.int(5) - 2 })),
      };
      people.push([`per_c${i}`, partner.partnerId, 'candidate', `c-${i}`, `kandidaat-b${i}`]);
      sessions.push([
        `ses_bench${i}`,
        `per_c${i}`,
        'completed',
        'bench',
        'nl',
        new Date(now.getTime() + 86_400_000),
        `sp_bench${i}`,
      ]);
      prints.push([`sp_bench${i}`, `per_c${i}`, `ses_bench${i}`, JSON.stringify(skillprint), 'bench.unsigned.x', now]);
      pool.push([`per_c${i}`, 'now', 'Eindhoven', 16, 40, '2026-11', now]);
    }
    await insertRows(db, 'people', ['id', 'partner_id', 'role', 'subject', 'pseudonym'], people);
    await insertRows(
      db,
      'assessment_sessions',
      ['id', 'person_id', 'status', 'assessment_version', 'lang', 'expires_at', 'skillprint_id'],
      sessions,
    );
    await insertRows(db, 'skillprints', ['id', 'person_id', 'session_id', 'payload', 'signature', 'issued_at'], prints);
    await insertRows(
      db,
      'talent_pool',
      ['person_id', 'availability', 'region', 'hours_min', 'hours_max', 'consent_text_version', 'consent_given_at'],
      pool,
    );
  }
  return partner;
}
