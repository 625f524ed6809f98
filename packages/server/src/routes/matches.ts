/**
 * Matches, both ways, with the same engine (@pfw/core/matching): jobs for a candidate, and
 * pseudonymous talent-pool candidates for an employer's job profile. What an employer is shown
 * is written to the audit log with rank, score and reason (EU AI Act: candidate ranking is high-risk).
 */
import type { Hono } from 'hono';
import {
  apiError,
  MAX_VACANCIES_PER_CAREER,
  routes,
  type Availability,
  type Career,
  type ConnectionStatus,
  type HeldSource,
  type Match,
  type Skillprint,
  type Vacancy,
} from '@pfw/contract';
import {
  employerView,
  explain,
  hardRequirementFits,
  holdsAll,
  jobsOpenedBy,
  match,
  preferenceReasons,
  type Explanation,
  type MatchResult,
} from '@pfw/core/matching';
import { learningOffers, skillLabel, withSector } from '@pfw/core/skills';
import { isProvisional } from '@pfw/core/norms';
import { bind } from '../http/bind.js';
import { unknownPerson, type PersonPrincipal } from '../http/auth.js';
import { newId } from '../ids.js';
import { logShown } from '../storage/audit.js';
import type { Services } from '../services.js';
import { checkHardRequirement, person, toFits } from './shared.js';
import {
  REJECTION_SELECT,
  ownJob,
  employerRankingStartOf,
  heldColumn,
  heldMap,
  matchingOff,
  noJobOfYours,
  rankingStartOf,
  toRejection,
  withdrewFrom,
  type RejectionRow,
} from '../storage/queries.js';

const toMatch = (result: MatchResult, skillprint: Pick<Skillprint, 'assessmentVersion'>): Match => ({
  provisional: isProvisional(skillprint.assessmentVersion),
  score: result.score,
  fit: result.fit,
  essentialFactor: result.essentialFactor,
  secondaryPoints: result.secondaryPoints,
  essentialsMet: result.essentialsMet,
  requirements: toFits(result),
  strengths: result.strengths,
  gaps: result.gaps.map((g) => ({ ...g, requiredLevel: g.requiredLevel as 1, currentLevel: g.currentLevel as 1 })),
});

/**
 * A job seeker's own match: the explanation, and how their interests and work environment fit the
 * job (the shares, and the words behind them for a job that asks either: empty lists say they were
 * not measured). Only theirs: an employer's list never says what someone likes.
 */
function seekerMatch(result: MatchResult, skillprint: Skillprint, job: Parameters<typeof preferenceReasons>[0]) {
  return {
    ...toMatch(result, skillprint),
    secondary: result.secondary,
    ...(job.interests?.length || job.environment?.length ? { preferences: preferenceReasons(job, skillprint) } : {}),
  };
}

/** What the audit log keeps of a match to explain it later, in any language. */
const auditExplanation = (result: MatchResult): Explanation => ({
  fit: result.fit,
  essentialFactor: result.essentialFactor,
  secondaryPoints: result.secondaryPoints,
  requirements: result.requirements,
});

export function mountMatches(app: Hono, services: Services): void {
  const { db, indexes } = services;

  /**
   * What a job seeker's list starts from, read while the jobs index catches up with the log (two
   * round trips at once, not five in a row): their skillprint, what they hold, matching on.
   */
  async function rankingStart(me: PersonPrincipal, noSkillprint: string) {
    const [start, jobs] = await Promise.all([
      rankingStartOf(db, me.personId, me.partnerId),
      indexes.publishedJobs(me.partnerId),
    ]);
    if (!start) throw unknownPerson();
    if (!start.skillprint) throw apiError(409, noSkillprint, 'no-skillprint');
    if (!start.matchingOn) throw matchingOff();
    return { latest: start.skillprint, held: start.held, jobs };
  }

  bind(
    app,
    services,
    routes.listMyMatches,
    async ({ auth, query }) => {
      const me = person(auth, 'candidate');
      const { latest, held, jobs } = await rankingStart(me, 'Make your skillprint first: matches are made from it.');
      const offset = query.offset ?? 0;
      const ranked = jobs.rank(latest, offset + (query.limit ?? 20)).slice(offset);
      // Advice first names the offers that would open the most of this partner's jobs.
      const opened = jobsOpenedBy(latest, jobs.essentialGroups(), learningOffers);
      return {
        total: jobs.size,
        items: ranked.map(({ meta }) => ({
          ...seekerMatch(match(latest, withSector(meta.input), learningOffers, opened), latest, meta.input),
          hardRequirements: hardRequirementFits(meta.input.hardRequirements, held),
          jobProfileId: meta.id,
          ...(meta.input.occupationId ? { occupationId: meta.input.occupationId } : {}),
          job: {
            title: meta.input.title,
            employerName: meta.employerName,
            region: meta.input.region,
            hours: meta.input.hours,
          },
        })),
      };
    },
    // rankingStart reads the person with the rest.
    { personKnownByHandler: true },
  );

  bind(
    app,
    services,
    routes.listMyCareers,
    async ({ auth, query }) => {
      const me = person(auth, 'candidate');
      const { latest, held, jobs } = await rankingStart(me, 'Make your skillprint first: careers are matched to it.');
      const careers = indexes.occupations();
      const offset = query.offset ?? 0;
      // Every occupation of the skill language, whatever sector the person worked in before.
      const ranked = careers.rank(latest, offset + (query.limit ?? 20)).slice(offset);
      // Advice first names the offers that would open the most occupations.
      const opened = jobsOpenedBy(latest, careers.essentialGroups(), learningOffers);
      // The partner's published vacancies of the occupations on this page, scored in one scan, best first.
      const shown = new Set(ranked.map(({ meta }) => meta.id));
      const vacancies = new Map<string, { items: Vacancy[]; count: number }>();
      for (const { meta, score } of ranked.length && jobs.size ? jobs.rank(latest, jobs.size) : []) {
        const occupationId = meta.input.occupationId;
        if (!occupationId || !shown.has(occupationId)) continue;
        const entry = vacancies.get(occupationId) ?? { items: [], count: 0 };
        vacancies.set(occupationId, entry);
        entry.count++;
        if (entry.items.length < MAX_VACANCIES_PER_CAREER)
          entry.items.push({
            jobProfileId: meta.id,
            title: meta.input.title,
            employerName: meta.employerName,
            region: meta.input.region,
            hours: meta.input.hours,
            score,
          });
      }
      return {
        total: careers.size,
        items: ranked.map(({ meta }): Career => {
          return {
            ...seekerMatch(match(latest, meta, learningOffers, opened), latest, meta),
            hardRequirements: hardRequirementFits(meta.hardRequirements, held),
            occupationId: meta.id,
            title: meta.title,
            sector: meta.sector,
            vacancies: vacancies.get(meta.id)?.items ?? [],
            vacancyCount: vacancies.get(meta.id)?.count ?? 0,
          };
        }),
      };
    },
    { personKnownByHandler: true },
  );

  bind(
    app,
    services,
    routes.listCandidates,
    async ({ auth, params, query }) => {
      const me = person(auth, 'employer');
      // Three reads at once (the person, job and switch in one; the pool's catch-up; the candidates
      // set aside for this job or who took back what they shared with this employer, who leave its
      // list), used only once the job is known to be theirs.
      const [start, pool, setAsideRows] = await Promise.all([
        employerRankingStartOf(db, params.id, me.personId),
        indexes.candidates(me.partnerId),
        db.query<{ candidate_id: string }>(
          `SELECT candidate_id FROM match_rejections WHERE job_profile_id = $1 UNION ${withdrewFrom('$2')}`,
          [params.id, me.personId],
        ),
      ]);
      if (!start.known) throw unknownPerson();
      if (!start.job) throw noJobOfYours(params.id);
      if (!start.matchingOn) throw matchingOff();
      // Scored on skills alone: an employer's score must not give away what people like.
      const job = { ...start.job, input: employerView(start.job.input) };
      // The employer's filter: only candidates who hold every hard requirement named.
      const wanted = query.holds ? [...new Set(query.holds.split(','))] : [];
      wanted.forEach((id) => checkHardRequirement(id, 'query.holds'));
      const offset = query.offset ?? 0;
      const setAside = new Set(setAsideRows.map((r) => r.candidate_id));
      const include =
        wanted.length || setAside.size
          ? (m: { personId: string; holds: readonly string[] }) =>
              !setAside.has(m.personId) && holdsAll(m.holds, wanted)
          : undefined;
      // Rank all, then read and explain only the page shown.
      const page = pool.rank(job.input, offset + (query.limit ?? 20), include).slice(offset);
      // Per person on the page: the newest skillprint, the pool entry and the newest connection for
      // this job, each by index (a DISTINCT ON over the join could scan the whole pool).
      const rows = page.length
        ? await db.query<{
            person_id: string;
            payload: Skillprint;
            region: string;
            hours_min: number;
            hours_max: number;
            availability: Availability;
            connection_id: string | null;
            connection_status: ConnectionStatus | null;
            held: Record<string, HeldSource> | null;
          }>(
            `SELECT t.person_id, s.payload, t.region, t.hours_min, t.hours_max, t.availability, c.id AS connection_id, c.status AS connection_status,
                    ${heldColumn('t.person_id')}
             FROM talent_pool t
             CROSS JOIN LATERAL (SELECT payload FROM skillprints WHERE person_id = t.person_id ORDER BY issued_at DESC LIMIT 1) s
             LEFT JOIN LATERAL (SELECT id, status FROM connections WHERE job_profile_id = $2 AND candidate_id = t.person_id ORDER BY created_at DESC LIMIT 1) c ON true
            WHERE t.person_id = ANY($1)`,
            [page.map((p) => p.meta.personId), job.id],
          )
        : [];
      const byPerson = new Map(rows.map((r) => [r.person_id, r]));
      // Someone erased between ranking and reading is left out.
      const ranked = page
        .filter(({ meta }) => byPerson.has(meta.personId))
        .map(({ meta }) => {
          const row = byPerson.get(meta.personId)!;
          return { meta, row, result: match(row.payload, withSector(job.input), learningOffers) };
        });
      await logShown(
        db,
        ranked.map(({ meta, result }, i) => ({
          id: newId('aud'),
          partnerId: me.partnerId,
          employerId: me.personId,
          jobProfileId: job.id,
          jobTitle: job.input.title,
          candidateId: meta.personId,
          rank: offset + i + 1,
          score: result.score,
          // The reason as the employer read it (Dutch); the explanation as data, for any reader's language.
          reason: explain(result, 'nl', skillLabel('nl')),
          explanation: auditExplanation(result),
        })),
      );
      return {
        total: pool.countWhere(include),
        items: ranked.map(({ meta, row, result }) => ({
          ...toMatch(result, row.payload),
          hardRequirements: hardRequirementFits(job.input.hardRequirements, heldMap(row.held)),
          jobProfileId: job.id,
          candidate: meta.pseudonym,
          pool: {
            region: row.region,
            hours: { min: row.hours_min, max: row.hours_max },
            availability: row.availability,
          },
          ...(row.connection_id ? { connection: { id: row.connection_id, status: row.connection_status! } } : {}),
        })),
      };
    },
    // employerRankingStartOf reads the person with the job.
    { personKnownByHandler: true },
  );

  bind(app, services, routes.rejectCandidate, async ({ auth, params, body }) => {
    const me = person(auth, 'employer');
    const job = await ownJob(db, params.id, me.personId);
    const [candidate] = await db.query<{ id: string }>(
      // Not someone who took back what they shared with this employer: they left its lists, and an
      // answer here would tell it whether they are still in the pool.
      `SELECT p.id FROM people p JOIN talent_pool t ON t.person_id = p.id
        WHERE p.pseudonym = $1 AND p.partner_id = $2 AND p.id NOT IN (${withdrewFrom('$3')})`,
      [body.candidate, me.partnerId, me.personId],
    );
    if (!candidate) throw apiError(404, `There is no candidate "${body.candidate}" in your talent pool.`);
    await db.query(
      `INSERT INTO match_rejections (id, partner_id, employer_id, job_profile_id, candidate_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (job_profile_id, candidate_id) DO UPDATE SET reason = $6, created_at = now(), employer_id = $3`,
      [newId('rej'), me.partnerId, me.personId, job.id, candidate.id, body.reason],
    );
    const [row] = await db.query<RejectionRow>(
      `${REJECTION_SELECT} WHERE r.job_profile_id = $1 AND r.candidate_id = $2`,
      [job.id, candidate.id],
    );
    return toRejection(row!);
  });

  bind(app, services, routes.undoRejection, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    const job = await ownJob(db, params.id, me.personId);
    const undone = await db.query(
      'DELETE FROM match_rejections WHERE job_profile_id = $1 AND candidate_id = (SELECT id FROM people WHERE pseudonym = $2 AND partner_id = $3) RETURNING id',
      [job.id, params.candidate, me.partnerId],
    );
    if (!undone.length) throw apiError(404, `No candidate "${params.candidate}" is set aside for this job.`);
    return undefined;
  });
}
