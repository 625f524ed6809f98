/**
 * Matches, both ways, with the same engine (@pfw/core/matching): jobs for a candidate, and
 * pseudonymous talent-pool candidates for an employer's job profile. What an employer is shown
 * is written to the audit log with rank, score and reason (EU AI Act: candidate ranking is high-risk).
 */
import type { Hono } from 'hono';
import { apiError, routes, type Match, type Skillprint } from '@pfw/contract';
import { explainInOneLine, jobsOpenedBy, match, type MatchResult } from '@pfw/core/matching';
import { learningOffers } from '@pfw/core/skills';
import { bind } from '../http/bind.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import { ownJob } from './job-profiles.js';
import { person } from './shared.js';

const toMatch = (result: MatchResult): Match => ({
  score: result.score,
  essentialsMet: result.essentialsMet,
  requirements: result.requirements.map((r) => ({ ...r, requiredLevel: r.requiredLevel as 1, importance: r.importance as 1 })),
  strengths: result.strengths,
  gaps: result.gaps.map((g) => ({ ...g, requiredLevel: g.requiredLevel as 1, currentLevel: g.currentLevel as 1 })),
  secondary: result.secondary,
});

export function mountMatches(app: Hono, services: Services): void {
  const { db, indexes } = services;

  bind(app, services, routes.listMyMatches, async ({ auth, query }) => {
    const me = person(auth, 'candidate');
    const [latest] = await db.query<{ payload: Skillprint }>('SELECT payload FROM skillprints WHERE person_id = $1 ORDER BY issued_at DESC LIMIT 1', [me.personId]);
    if (!latest) throw apiError(409, 'Make your skillprint first: matches are made from it.', 'no-skillprint');
    const jobs = await indexes.publishedJobs(me.partnerId);
    const offset = query.offset ?? 0;
    const ranked = jobs.rank(latest.payload, offset + (query.limit ?? 20)).slice(offset);
    // Advice first names the offers that would open the most of this partner's jobs.
    const opened = jobsOpenedBy(latest.payload, jobs.essentialGroups(), learningOffers);
    return {
      total: jobs.size,
      items: ranked.map(({ meta }) => ({
        ...toMatch(match(latest.payload, meta.input, learningOffers, opened)),
        jobProfileId: meta.id,
        ...(meta.input.occupationId ? { occupationId: meta.input.occupationId } : {}),
        job: { title: meta.input.title, employerName: meta.employerName, region: meta.input.region, hours: meta.input.hours },
      })),
    };
  });

  bind(app, services, routes.listCandidates, async ({ auth, params, query }) => {
    const me = person(auth, 'employer');
    const job = await ownJob(db, params.id, me.personId);
    const pool = await indexes.candidates(me.partnerId);
    const offset = query.offset ?? 0;
    // Rank all, then read and explain only the page shown.
    const page = pool.rank(job.input, offset + (query.limit ?? 20)).slice(offset);
    const prints = page.length
      ? await db.query<{ person_id: string; payload: Skillprint; region: string; hours_min: number; hours_max: number; availability: 'now' }>(
          // Per person the newest skillprint, by index (a DISTINCT ON over the join can scan the whole pool).
          `SELECT t.person_id, s.payload, t.region, t.hours_min, t.hours_max, t.availability
             FROM talent_pool t
             CROSS JOIN LATERAL (SELECT payload FROM skillprints WHERE person_id = t.person_id ORDER BY issued_at DESC LIMIT 1) s
            WHERE t.person_id = ANY($1)`,
          [page.map((p) => p.meta.personId)],
        )
      : [];
    const printOf = new Map(prints.map((p) => [p.person_id, p.payload]));
    const poolOf = new Map(prints.map((p) => [p.person_id, { region: p.region, hours: { min: p.hours_min, max: p.hours_max }, availability: p.availability }]));
    // Someone erased between ranking and reading is left out.
    const ranked = page
      .filter(({ meta }) => printOf.has(meta.personId))
      .map(({ meta }) => ({ meta, skillprint: printOf.get(meta.personId)!, result: match(printOf.get(meta.personId)!, job.input, learningOffers) }));
    const connections = ranked.length
      ? await db.query<{ id: string; candidate_id: string; status: 'requested' }>(
          'SELECT DISTINCT ON (candidate_id) id, candidate_id, status FROM connections WHERE job_profile_id = $1 AND candidate_id = ANY($2) ORDER BY candidate_id, created_at DESC',
          [job.id, ranked.map((r) => r.meta.personId)],
        )
      : [];
    const byCandidate = new Map(connections.map((c) => [c.candidate_id, c]));
    if (ranked.length) {
      const values: unknown[] = [];
      const rows = ranked.map(({ meta, result }, i) => {
        values.push(newId('aud'), me.partnerId, me.personId, job.id, meta.personId, offset + i + 1, result.score, explainInOneLine(result));
        const b = i * 8;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8})`;
      });
      await db.query(`INSERT INTO audit_log (id, partner_id, employer_id, job_profile_id, candidate_id, rank, score, reason) VALUES ${rows.join(', ')}`, values);
    }
    return {
      total: pool.size,
      items: ranked.map(({ meta, skillprint, result }) => {
        const connection = byCandidate.get(meta.personId);
        return {
          ...toMatch(result),
          jobProfileId: job.id,
          candidate: meta.pseudonym,
          skillprint,
          pool: poolOf.get(meta.personId),
          ...(connection ? { connection: { id: connection.id, status: connection.status } } : {}),
        };
      }),
    };
  });
}
