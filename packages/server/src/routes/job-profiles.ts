/** Job profiles: an employer's vacancies in the skill language; draft → published → closed. */
import type { Hono } from 'hono';
import { apiError, routes, type JobProfile, type JobProfileInput, type JobStatus } from '@pfw/contract';
import { GOOD_MATCH } from '@pfw/core/matching';
import { findOccupation, findSkill } from '@pfw/core/skills';
import { bind } from '../http/bind.js';
import { bumpVersion } from '../match-indexes.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { iso, person } from './shared.js';

export interface JobRow {
  id: string;
  employer_id: string;
  employer_name: string | null;
  partner_id: string;
  status: JobStatus;
  input: JobProfileInput;
  created_at: Date;
  updated_at: Date;
}

export const JOB_SELECT = `SELECT j.*, p.display_name AS employer_name, p.partner_id FROM job_profiles j JOIN people p ON p.id = j.employer_id`;

export const toJobProfile = (r: JobRow): JobProfile => ({
  ...r.input,
  id: r.id,
  employerId: r.employer_id,
  employerName: r.employer_name ?? 'Werkgever',
  status: r.status,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

/** Every skill and the occupation must exist in the skill language: a 400 naming the field otherwise. */
function checkReferences(input: Pick<JobProfileInput, 'requirements' | 'occupationId'>): void {
  input.requirements.forEach((r, i) => {
    if (!findSkill(r.skillId)) throw apiError(400, `body.requirements[${i}].skillId "${r.skillId}" is not a skill of the skill language.`, 'unknown-skill');
  });
  if (input.occupationId && !findOccupation(input.occupationId)) {
    throw apiError(400, `body.occupationId "${input.occupationId}" is not an occupation of the skill language.`, 'unknown-occupation');
  }
}

export async function ownJob(db: Queryable, id: string, employerId: string): Promise<JobRow> {
  const [row] = await db.query<JobRow>(`${JOB_SELECT} WHERE j.id = $1 AND j.employer_id = $2`, [id, employerId]);
  if (!row) throw apiError(404, `There is no job profile "${id}" of yours.`);
  return row;
}

export function mountJobProfiles(app: Hono, services: Services): void {
  const { db, indexes } = services;

  const setStatus = async (id: string, employerId: string, from: JobStatus[], to: JobStatus) => {
    const job = await ownJob(db, id, employerId);
    if (!from.includes(job.status)) throw apiError(409, `A ${job.status} job profile cannot become ${to}.`, 'wrong-status');
    await db.query('UPDATE job_profiles SET status = $2, updated_at = now() WHERE id = $1', [id, to]);
    await bumpVersion(db, job.partner_id, 'jobs_version');
    return toJobProfile(await ownJob(db, id, employerId));
  };

  bind(app, services, routes.createJobProfile, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    checkReferences(body);
    const id = newId('job');
    await db.query('INSERT INTO job_profiles (id, employer_id, status, input) VALUES ($1, $2, $3, $4)', [id, me.personId, 'draft', JSON.stringify(body)]);
    return toJobProfile(await ownJob(db, id, me.personId));
  });

  // Counts only, from the partner's in-memory ranking index (one column scan, no sorting, no
  // skillprint read): fast enough to call while an employer types. Nothing is logged or saved,
  // and no candidate is identified, so this is not a ranking shown to anyone.
  bind(app, services, routes.previewJobProfile, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    checkReferences(body);
    const pool = await indexes.candidates(me.partnerId);
    const { atLeast, essentialsMet } = pool.count(body, GOOD_MATCH);
    return { strong: atLeast, essentialsMet, total: pool.size, goodMatch: GOOD_MATCH };
  });

  bind(app, services, routes.listJobProfiles, async ({ auth, query }) => {
    const me = person(auth);
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const [where, args] =
      me.role === 'employer'
        ? ['j.employer_id = $1', [me.personId]]
        : ["p.partner_id = $1 AND j.status = 'published'", [me.partnerId]];
    const rows = await db.query<JobRow>(`${JOB_SELECT} WHERE ${where} ORDER BY j.updated_at DESC, j.id LIMIT ${limit} OFFSET ${offset}`, args);
    const [{ total }] = (await db.query<{ total: string }>(`SELECT count(*) AS total FROM job_profiles j JOIN people p ON p.id = j.employer_id WHERE ${where}`, args)) as [
      { total: string },
    ];
    return { items: rows.map(toJobProfile), total: Number(total) };
  });

  bind(app, services, routes.getJobProfile, async ({ auth, params }) => {
    const me = person(auth);
    const [row] = await db.query<JobRow>(
      `${JOB_SELECT} WHERE j.id = $1 AND p.partner_id = $2 AND (j.employer_id = $3 OR j.status = 'published')`,
      [params.id, me.partnerId, me.personId],
    );
    if (!row) throw apiError(404, `There is no job profile "${params.id}" for you.`);
    return toJobProfile(row);
  });

  bind(app, services, routes.updateJobProfile, async ({ auth, params, body }) => {
    const me = person(auth, 'employer');
    const job = await ownJob(db, params.id, me.personId);
    if (job.status === 'closed') throw apiError(409, 'A closed job profile cannot change.', 'wrong-status');
    checkReferences(body);
    await db.query('UPDATE job_profiles SET input = $2, updated_at = now() WHERE id = $1', [params.id, JSON.stringify(body)]);
    await bumpVersion(db, me.partnerId, 'jobs_version');
    return toJobProfile(await ownJob(db, params.id, me.personId));
  });

  bind(app, services, routes.publishJobProfile, ({ auth, params }) => setStatus(params.id, person(auth, 'employer').personId, ['draft', 'closed'], 'published'));
  bind(app, services, routes.closeJobProfile, ({ auth, params }) => setStatus(params.id, person(auth, 'employer').personId, ['draft', 'published'], 'closed'));

  bind(app, services, routes.deleteJobProfile, async ({ auth, params }) => {
    const job = await ownJob(db, params.id, person(auth, 'employer').personId);
    if (job.status !== 'draft') throw apiError(409, 'Only a draft can be deleted; close a published job profile instead.', 'wrong-status');
    await db.query('DELETE FROM job_profiles WHERE id = $1', [params.id]);
    await bumpVersion(db, job.partner_id, 'jobs_version');
    return undefined;
  });
}
