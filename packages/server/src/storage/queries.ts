/**
 * Reads that several routes share, and the mapping of their rows to the contract's shapes: one
 * SQL statement each, so a column or a rule of visibility changes in one place.
 */
import { withCovered } from '@pfw/core/hard-requirements';
import {
  apiError,
  type Connection,
  type HeldRequirement,
  type HeldSource,
  type ItemResponse,
  type Identity,
  type JobProfile,
  type JobProfileInput,
  type JobStatus,
  type MatchingState,
  type PoolDetails,
  type Rejection,
  type ResearchProfile,
  type Skillprint,
} from '@pfw/contract';
import { EXTRA_TIME_FACTOR, type RawAnswer } from '@pfw/core/psychometrics';
import type { Queryable } from './database.js';

/** A timestamp column as the API writes it (ISO 8601), or undefined for NULL. */
export const iso = (value: Date | string | null | undefined): string | undefined =>
  value === null || value === undefined ? undefined : new Date(value).toISOString();

// ── Skillprints ─────────────────────────────────────────────────────────────

/** A skillprint with its signature, by its own id or by the assessment session that made it. */
export async function loadSignedSkillprint(db: Queryable, where: 'id' | 'session_id', value: string) {
  const [row] = await db.query<{ payload: Skillprint; signature: string }>(
    `SELECT payload, signature FROM skillprints WHERE ${where} = $1`,
    [value],
  );
  return row && { skillprint: row.payload, signature: row.signature };
}

/** A person's newest skillprint, the one matching and the talent pool use. */
export async function latestSkillprint(db: Queryable, personId: string): Promise<Skillprint | undefined> {
  const [row] = await db.query<{ payload: Skillprint }>(
    'SELECT payload FROM skillprints WHERE person_id = $1 ORDER BY issued_at DESC LIMIT 1',
    [personId],
  );
  return row?.payload;
}

// ── Share links ──

export interface LinkRow {
  id: string;
  skillprint_id: string;
  token_hint: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  purpose: 'link' | 'print';
}

/** The token is shown once, at creation; a list shows only its start. */
export const toLink = (r: LinkRow, token?: string) => ({
  id: r.id,
  skillprintId: r.skillprint_id,
  token: token ?? `${r.token_hint}…`.padEnd(16, '·'),
  createdAt: iso(r.created_at)!,
  expiresAt: iso(r.expires_at)!,
  ...(r.revoked_at ? { revokedAt: iso(r.revoked_at)! } : {}),
  purpose: r.purpose,
});

// ── Job profiles ────────────────────────────────────────────────────────────

export interface JobRow {
  id: string;
  employer_id: string;
  employer_name: string | null;
  partner_id: string;
  status: JobStatus;
  /** The live version's fields (a draft's fields before its first publication). */
  input: JobProfileInput;
  /** Edits of a published profile that are not published yet. */
  draft_input: JobProfileInput | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const JOB_SELECT = `SELECT j.*, p.display_name AS employer_name, p.partner_id FROM job_profiles j JOIN people p ON p.id = j.employer_id`;

/** A job profile as its reader may see it: unpublished edits only for its owner. */
export const toJobProfile = (r: JobRow, owner = false): JobProfile => ({
  ...r.input,
  id: r.id,
  employerId: r.employer_id,
  employerName: r.employer_name ?? 'Werkgever',
  status: r.status,
  version: r.version,
  ...(owner && r.draft_input ? { draft: r.draft_input } : {}),
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

export async function ownJob(db: Queryable, id: string, employerId: string): Promise<JobRow> {
  const [row] = await db.query<JobRow>(`${JOB_SELECT} WHERE j.id = $1 AND j.employer_id = $2`, [id, employerId]);
  if (!row) throw noJobOfYours(id);
  return row;
}

/** The answer when a job profile is not the asker's (or not there). */
export const noJobOfYours = (id: string) => apiError(404, `There is no job profile "${id}" of yours.`);

/**
 * What an employer's list of candidates starts from, in one round trip instead of three: whether
 * the employer is still there, their job profile (undefined: none of theirs), and whether their
 * partner has matching on.
 */
export async function employerRankingStartOf(
  db: Queryable,
  jobId: string,
  employerId: string,
): Promise<{ known: boolean; job?: JobRow; matchingOn: boolean }> {
  const [row] = await db.query<Partial<JobRow> & { known: boolean; matching_enabled: boolean | null }>(
    `SELECT me.id IS NOT NULL AS known, pa.matching_enabled, j.*, e.display_name AS employer_name, e.partner_id
       FROM (SELECT 1) one
       LEFT JOIN people me ON me.id = $2
       LEFT JOIN partners pa ON pa.id = me.partner_id
       LEFT JOIN job_profiles j ON j.id = $1 AND j.employer_id = $2
       LEFT JOIN people e ON e.id = j.employer_id`,
    [jobId, employerId],
  );
  const { known, matching_enabled, ...job } = row!;
  return { known, ...(job.id ? { job: job as JobRow } : {}), matchingOn: matching_enabled ?? true };
}

// ── Connections ─────────────────────────────────────────────────────────────

export interface ConnectionRow {
  id: string;
  job_profile_id: string;
  job_version: number;
  job_title: string;
  employer_name: string | null;
  employer_id: string;
  candidate_id: string;
  candidate: string;
  status: Connection['status'];
  message: string | null;
  created_at: Date;
  expires_at: Date;
  responded_at: Date | null;
  identity: Identity | null;
  /** The job profile as that version read. */
  job_input: JobProfileInput;
  /** The candidate's newest skillprint (null once erased): for the candidate's own view only. */
  skillprint: Skillprint | null;
  /** The newest skillprint the employer may see whole now (`employerMaySee`), or null. */
  shared_skillprint: Skillprint | null;
  /** Whether the candidate is in the talent pool now. */
  in_pool: boolean;
  /** The candidate's talent pool entry (null when not in the pool). */
  pool_region: string | null;
  pool_hours_min: number | null;
  pool_hours_max: number | null;
  pool_availability: PoolDetails['availability'] | null;
  /** The hard requirements the candidate holds: id → source (null: none). */
  held: Record<string, HeldSource> | null;
}

/** A column of the hard requirements a person holds, as id → source (for `heldMap`). */
export const heldColumn = (personColumn: string) =>
  `(SELECT json_object_agg(requirement_id, source) FROM held_requirements WHERE person_id = ${personColumn}) AS held`;

/** The `held` column read back as a map. */
export const heldMap = (held: Record<string, HeldSource> | null): Map<string, HeldSource> =>
  withCovered(new Map(Object.entries(held ?? {})));

// ── Consent: what an employer may see of a candidate ──

/** SQL: whether the person in column `personColumn` is in the talent pool now. */
export const inPool = (personColumn: string) =>
  `EXISTS (SELECT 1 FROM talent_pool consent_t WHERE consent_t.person_id = ${personColumn})`;

/**
 * SQL condition, the one rule of docs/privacy.md ("Access follows consent") for applications,
 * connections and GET /v1/skillprints/{id}: the candidate's skillprint in alias `s` is one the
 * employer (SQL expression `employer`) may see whole, now. A candidate shares a skillprint with an
 * employer by applying to one of their vacancies or by accepting their request: the skillprint of
 * that moment, and newer ones only while the candidate stays in the talent pool. Withdrawing the
 * application, or the connection (also the one that answered an application), takes it back.
 * A request not (yet) accepted, or a ranked list, shares nothing whole.
 */
export const employerMaySee = (s: string, employer: string) => `EXISTS (
  SELECT 1 FROM (
    SELECT consent_c.skillprint_id AS shared FROM connections consent_c
     WHERE consent_c.employer_id = ${employer} AND consent_c.candidate_id = ${s}.person_id AND consent_c.status = 'accepted'
    UNION ALL
    SELECT consent_a.skillprint_id
      FROM applications consent_a JOIN job_profiles consent_j ON consent_j.id = consent_a.job_profile_id
      LEFT JOIN connections consent_ac ON consent_ac.id = consent_a.connection_id
     WHERE consent_j.employer_id = ${employer} AND consent_a.candidate_id = ${s}.person_id
       AND consent_a.status <> 'withdrawn' AND consent_ac.status IS DISTINCT FROM 'withdrawn'
  ) consent_g JOIN skillprints consent_s ON consent_s.id = consent_g.shared
  WHERE consent_s.id = ${s}.id OR (consent_s.issued_at <= ${s}.issued_at AND ${inPool(`${s}.person_id`)}))`;

/**
 * SQL: a lateral join giving, as `alias`.payload, the newest skillprint of `candidate` that
 * `employer` may see whole now (`employerMaySee`); NULL when none.
 */
export const visibleSkillprintJoin = (candidate: string, employer: string, alias: string) =>
  `LEFT JOIN LATERAL (SELECT vis.payload FROM skillprints vis WHERE vis.person_id = ${candidate} AND ${employerMaySee('vis', employer)}
    ORDER BY vis.issued_at DESC LIMIT 1) ${alias} ON true`;

/**
 * SQL: the people whose newest connection with `employer` they withdrew: a yes taken back, or a
 * request still open (also one that came with an application they withdrew). That employer may
 * know who hides behind the pseudonym, and they said they want no more of it: its lists leave
 * them out and it cannot ask again; they can still show interest in its jobs themselves.
 */
export const withdrewFrom = (employer: string) =>
  `SELECT w.candidate_id FROM (SELECT DISTINCT ON (candidate_id) candidate_id, status FROM connections
     WHERE employer_id = ${employer} ORDER BY candidate_id, created_at DESC) w WHERE w.status = 'withdrawn'`;

// ── Connections (continued) ──

// The job as it was when the request was sent (its version), not as it reads today.
// With the candidate's newest skillprint (their own view) and the one the employer may see.
export const CONNECTION_SELECT = `SELECT c.*, v.input->>'title' AS job_title, v.input AS job_input, e.display_name AS employer_name, p.pseudonym AS candidate, s.payload AS skillprint,
  vs.payload AS shared_skillprint, ${inPool('c.candidate_id')} AS in_pool,
  tp.region AS pool_region, tp.hours_min AS pool_hours_min, tp.hours_max AS pool_hours_max, tp.availability AS pool_availability,
  ${heldColumn('c.candidate_id')}
  FROM connections c JOIN job_profile_versions v ON v.job_profile_id = c.job_profile_id AND v.version = c.job_version
  JOIN people e ON e.id = c.employer_id JOIN people p ON p.id = c.candidate_id
  LEFT JOIN LATERAL (SELECT payload FROM skillprints WHERE person_id = c.candidate_id ORDER BY issued_at DESC LIMIT 1) s ON true
  ${visibleSkillprintJoin('c.candidate_id', 'c.employer_id', 'vs')}
  LEFT JOIN talent_pool tp ON tp.person_id = c.candidate_id`;

/**
 * The skillprint a connection's fit is computed from, for the one who reads it: the candidate
 * their newest; the employer, while the request is open, the newest (the candidate is in the
 * talent pool, where a ranked list shows the same fit), once accepted the one they may see
 * (`employerMaySee`), and after a decline, withdrawal or expiry none.
 */
export function connectionSkillprint(r: ConnectionRow, viewerId: string): Skillprint | null {
  if (r.candidate_id === viewerId) return r.skillprint;
  if (r.status === 'requested') return r.in_pool ? r.skillprint : null;
  if (r.status === 'accepted') return r.shared_skillprint;
  return null;
}

export const toConnection = (r: ConnectionRow): Connection => ({
  id: r.id,
  jobProfileId: r.job_profile_id,
  jobVersion: r.job_version,
  jobTitle: r.job_title,
  employerName: r.employer_name ?? 'Werkgever',
  candidate: r.candidate,
  status: r.status,
  ...(r.message ? { message: r.message } : {}),
  createdAt: iso(r.created_at)!,
  expiresAt: iso(r.expires_at)!,
  ...(r.responded_at ? { respondedAt: iso(r.responded_at)! } : {}),
  ...(r.status === 'accepted' && r.identity ? { identity: r.identity } : {}),
  job: {
    title: r.job_input.title,
    region: r.job_input.region,
    hours: r.job_input.hours,
    ...(r.job_input.startDate && { startDate: r.job_input.startDate }),
    ...(r.job_input.description && { description: r.job_input.description }),
  },
});

/** Every request a person sent or received, newest first, each made a Connection by `as`. */
export async function connectionsOf(
  db: Queryable,
  personId: string,
  as: (row: ConnectionRow) => Connection = toConnection,
): Promise<Connection[]> {
  const rows = await db.query<ConnectionRow>(
    `${CONNECTION_SELECT} WHERE c.employer_id = $1 OR c.candidate_id = $1 ORDER BY c.created_at DESC`,
    [personId],
  );
  return rows.map(as);
}

// ── Talent pool ─────────────────────────────────────────────────────────────

export interface PoolRow {
  availability: 'now' | 'within-month' | 'within-three-months' | 'not-now';
  region: string;
  hours_min: number;
  hours_max: number;
  consent_text_version: string;
  consent_given_at: Date;
  updated_at: Date;
}

export const toPoolEntry = (r: PoolRow, pseudonym: string) => ({
  candidate: pseudonym,
  availability: r.availability,
  region: r.region,
  hours: { min: r.hours_min, max: r.hours_max },
  consentTextVersion: r.consent_text_version,
  consentGivenAt: iso(r.consent_given_at)!,
  updatedAt: iso(r.updated_at)!,
});

/** One person's held requirements, as the API shows them. */
export async function heldRequirementsOf(db: Queryable, personId: string): Promise<HeldRequirement[]> {
  const rows = await db.query<{ requirement_id: string; source: HeldSource; since: Date | string }>(
    'SELECT requirement_id, source, since FROM held_requirements WHERE person_id = $1 ORDER BY requirement_id',
    [personId],
  );
  return rows.map((r) => ({ id: r.requirement_id, source: r.source, since: iso(r.since)! }));
}

// ── Assessments ─────────────────────────────────────────────────────────────

/** Game scoring options of a session (extra time for those who asked for it). */
export const gameOptions = (r: { extra_time: boolean }) => ({ timeFactor: r.extra_time ? EXTRA_TIME_FACTOR : 1 });

/** The stored answer columns, as read back. */
export const ANSWER_COLUMNS = 'item_id, choice, least, trials, duration_ms';

export interface AnswerRow {
  item_id: string;
  choice: number | null;
  least: number | null;
  trials: ItemResponse['trials'] | null;
  duration_ms: number;
}

export const toRawAnswer = (r: AnswerRow): RawAnswer => ({
  itemId: r.item_id,
  ...(r.choice === null ? {} : { choice: r.choice }),
  ...(r.least === null ? {} : { least: r.least }),
  ...(r.trials ? { trials: r.trials } : {}),
  durationMs: r.duration_ms,
});

/** What a person gave for fairness research, or null. Read only for the export and the aggregate report. */
export async function researchProfileOf(db: Queryable, personId: string): Promise<ResearchProfile | null> {
  const [row] = await db.query<{
    consent_text_version: string;
    age_band: ResearchProfile['ageBand'] | null;
    gender: ResearchProfile['gender'] | null;
    migration_background: ResearchProfile['migrationBackground'] | null;
    education_level: ResearchProfile['educationLevel'] | null;
    test_disability: ResearchProfile['testDisability'] | null;
    given_at: Date | string;
  }>('SELECT * FROM research_profiles WHERE person_id = $1', [personId]);
  if (!row) return null;
  return {
    consentTextVersion: row.consent_text_version,
    ...(row.age_band && { ageBand: row.age_band }),
    ...(row.gender && { gender: row.gender }),
    ...(row.migration_background && { migrationBackground: row.migration_background }),
    ...(row.education_level && { educationLevel: row.education_level }),
    ...(row.test_disability && { testDisability: row.test_disability }),
    givenAt: iso(row.given_at)!,
  };
}

// ── Human oversight ─────────────────────────────────────────────────────────

/** Whether matching is on for a partner, and when and by whom it was last switched. */
export async function matchingState(db: Queryable, partnerId: string): Promise<MatchingState> {
  const [row] = await db.query<{
    matching_enabled: boolean;
    matching_changed_at: Date | null;
    matching_changed_by: string | null;
  }>('SELECT matching_enabled, matching_changed_at, matching_changed_by FROM partners WHERE id = $1', [partnerId]);
  return {
    enabled: row?.matching_enabled ?? true,
    ...(row?.matching_changed_at ? { changedAt: iso(row.matching_changed_at)! } : {}),
    ...(row?.matching_changed_by ? { changedBy: row.matching_changed_by } : {}),
  };
}

/** What a job seeker's ranked lists start from (see rankingStartOf). */
export interface RankingStart {
  skillprint?: Skillprint;
  held: Map<string, HeldSource>;
  matchingOn: boolean;
}

/**
 * What a job seeker's ranked lists start from, in one round trip instead of four: that the person
 * is still there (undefined when not: the caller answers 401), their newest skillprint, the hard
 * requirements they hold, and whether their partner has matching on.
 */
export async function rankingStartOf(
  db: Queryable,
  personId: string,
  partnerId: string,
): Promise<RankingStart | undefined> {
  const [row] = await db.query<{
    matching_enabled: boolean | null;
    payload: Skillprint | null;
    held: Record<string, HeldSource> | null;
  }>(
    `SELECT pa.matching_enabled,
            (SELECT s.payload FROM skillprints s WHERE s.person_id = p.id ORDER BY s.issued_at DESC LIMIT 1) AS payload,
            ${heldColumn('p.id')}
       FROM people p LEFT JOIN partners pa ON pa.id = p.partner_id
      WHERE p.id = $1 AND p.partner_id = $2`,
    [personId, partnerId],
  );
  if (!row) return undefined;
  return {
    ...(row.payload ? { skillprint: row.payload } : {}),
    held: heldMap(row.held),
    matchingOn: row.matching_enabled ?? true,
  };
}

/** Refuse a ranked list while the partner has matching switched off. */
export async function requireMatchingOn(db: Queryable, partnerId: string): Promise<void> {
  if (!(await matchingState(db, partnerId)).enabled) throw matchingOff();
}

/** The answer while a partner has matching switched off. */
export const matchingOff = () =>
  apiError(
    409,
    'Matching is switched off by your organisation: no ranked lists are made until it is on again.',
    'matching-off',
  );

export interface RejectionRow {
  job_profile_id: string;
  job_title: string;
  pseudonym: string;
  reason: string;
  created_at: Date | string;
}

export const REJECTION_SELECT = `SELECT r.job_profile_id, j.input->>'title' AS job_title, p.pseudonym, r.reason, r.created_at
  FROM match_rejections r JOIN job_profiles j ON j.id = r.job_profile_id JOIN people p ON p.id = r.candidate_id`;

export const toRejection = (r: RejectionRow): Rejection => ({
  jobProfileId: r.job_profile_id,
  jobTitle: r.job_title,
  candidate: r.pseudonym,
  reason: r.reason,
  createdAt: iso(r.created_at)!,
});
