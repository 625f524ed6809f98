/** Job profiles: an employer's vacancies in the skill language; draft → published → closed. */
import type { Hono } from 'hono';
import { apiError, canonicalJson, routes, type JobProfileInput } from '@pfw/contract';
import { GOOD_MATCH, employerView } from '@pfw/core/matching';
import { environment, findOccupation, findSkill } from '@pfw/core/skills';
import { bind } from '../http/bind.js';
import { logIndexChange } from '../match-indexes.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import { checkHardRequirement, isUniqueViolation, person } from './shared.js';
import { JOB_SELECT, ownJob, requireMatchingOn, toJobProfile, type JobRow } from '../storage/queries.js';

const FACET_IDS = new Set(environment.map((f) => f.id));

/** Every skill, facet, hard requirement and the occupation must exist in the skill language: a 400 naming the field otherwise. */
function checkReferences(
  input: Pick<JobProfileInput, 'requirements' | 'occupationId' | 'hardRequirements' | 'environment'>,
): void {
  input.requirements.forEach((r, i) => {
    if (!findSkill(r.skillId))
      throw apiError(
        400,
        `body.requirements[${i}].skillId "${r.skillId}" is not a skill of the skill language.`,
        'unknown-skill',
      );
  });
  input.environment?.forEach((e, i) => {
    if (!FACET_IDS.has(e.facetId))
      throw apiError(
        400,
        `body.environment[${i}].facetId "${e.facetId}" is not a work-environment facet of the skill language.`,
        'unknown-facet',
      );
  });
  input.hardRequirements?.forEach((h, i) => checkHardRequirement(h.id, `body.hardRequirements[${i}].id`));
  if (input.occupationId && !findOccupation(input.occupationId)) {
    throw apiError(
      400,
      `body.occupationId "${input.occupationId}" is not an occupation of the skill language.`,
      'unknown-occupation',
    );
  }
}

export function mountJobProfiles(app: Hono, services: Services): void {
  const { db, indexes } = services;

  /** A status change, and its entry in the ranking indexes' log, in one transaction. */
  const setStatus = (job: JobRow, sql: string, params: unknown[]) =>
    db.transaction(async (tx) => {
      await tx.query(sql, params);
      await logIndexChange(tx, job.partner_id, 'job', [job.id]);
    });
  /** The profile as its owner sees it after a change. */
  const changed = async (job: JobRow, employerId: string) => toJobProfile(await ownJob(db, job.id, employerId), true);

  /** Publish: the draft (or a new profile's fields) becomes the next version, live for matching. */
  const publish = async (id: string, employerId: string) => {
    const job = await ownJob(db, id, employerId);
    if (job.status === 'closed' && job.draft_input === null && job.version > 0) {
      // A closed profile opens again as it was last published.
      await setStatus(job, "UPDATE job_profiles SET status = 'published', updated_at = now() WHERE id = $1", [id]);
      return changed(job, employerId);
    }
    if (job.status === 'published' && job.draft_input === null)
      throw apiError(409, 'This job profile is already published and has no changes to publish.', 'wrong-status');
    const input = job.draft_input ?? job.input;
    checkReferences(input);
    const next = job.version + 1;
    try {
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO job_profile_versions (job_profile_id, version, input) VALUES ($1, $2, $3)', [
          id,
          next,
          JSON.stringify(input),
        ]);
        await tx.query(
          "UPDATE job_profiles SET status = 'published', input = $2, draft_input = NULL, version = $3, updated_at = now() WHERE id = $1",
          [id, JSON.stringify(input), next],
        );
        await logIndexChange(tx, job.partner_id, 'job', [id]);
      });
    } catch (error) {
      // Two publishes at once: the first made this version.
      if (isUniqueViolation(error)) throw apiError(409, 'These changes were just published.', 'wrong-status');
      throw error;
    }
    return changed(job, employerId);
  };

  const close = async (id: string, employerId: string) => {
    const job = await ownJob(db, id, employerId);
    if (job.status === 'closed') throw apiError(409, 'This job profile is already closed.', 'wrong-status');
    await setStatus(job, "UPDATE job_profiles SET status = 'closed', updated_at = now() WHERE id = $1", [id]);
    return changed(job, employerId);
  };

  bind(app, services, routes.createJobProfile, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    checkReferences(body);
    const id = newId('job');
    await db.query('INSERT INTO job_profiles (id, employer_id, status, input) VALUES ($1, $2, $3, $4)', [
      id,
      me.personId,
      'draft',
      JSON.stringify(body),
    ]);
    return toJobProfile(await ownJob(db, id, me.personId), true);
  });

  // Counts only, from the partner's in-memory ranking index (one column scan, no sorting, no
  // skillprint read): fast enough to call while an employer types. Nothing is logged or saved,
  // and no candidate is identified, so this is not a ranking shown to anyone.
  bind(app, services, routes.previewJobProfile, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    checkReferences(body);
    await requireMatchingOn(db, me.partnerId);
    const pool = await indexes.candidates(me.partnerId);
    // Counted as the employer's list scores: on skills alone (see employerView).
    const { atLeast, essentialsMet } = pool.count(employerView(body), GOOD_MATCH);
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
    const rows = await db.query<JobRow>(
      `${JOB_SELECT} WHERE ${where} ORDER BY j.updated_at DESC, j.id LIMIT ${limit} OFFSET ${offset}`,
      args,
    );
    const [{ total }] = (await db.query<{ total: string }>(
      `SELECT count(*) AS total FROM job_profiles j JOIN people p ON p.id = j.employer_id WHERE ${where}`,
      args,
    )) as [{ total: string }];
    return { items: rows.map((r) => toJobProfile(r, r.employer_id === me.personId)), total: Number(total) };
  });

  bind(app, services, routes.getJobProfile, async ({ auth, params, query }) => {
    const me = person(auth);
    // Visible: your own, a published one of your partner, or one you were asked about (a candidate
    // reads the version the request was sent for, even after the job changed or closed).
    const [row] = await db.query<JobRow>(
      `${JOB_SELECT} WHERE j.id = $1 AND p.partner_id = $2 AND (j.employer_id = $3 OR j.status = 'published'
         OR EXISTS (SELECT 1 FROM connections c WHERE c.job_profile_id = j.id AND c.candidate_id = $3))`,
      [params.id, me.partnerId, me.personId],
    );
    if (!row) throw apiError(404, `There is no job profile "${params.id}" for you.`);
    const owner = row.employer_id === me.personId;
    if (query.version === undefined || query.version === row.version) return toJobProfile(row, owner);
    const [old] = await db.query<{ input: JobProfileInput }>(
      'SELECT input FROM job_profile_versions WHERE job_profile_id = $1 AND version = $2',
      [params.id, query.version],
    );
    if (!old) throw apiError(404, `Job profile "${params.id}" has no version ${query.version}.`);
    return toJobProfile({ ...row, input: old.input, version: query.version, draft_input: null }, owner);
  });

  // A draft changes in place. A published profile stays as it is for candidates and matching: the
  // edits wait as its draft until the employer publishes them (a new version).
  bind(app, services, routes.updateJobProfile, async ({ auth, params, body }) => {
    const me = person(auth, 'employer');
    const job = await ownJob(db, params.id, me.personId);
    if (job.status === 'closed') throw apiError(409, 'A closed job profile cannot change.', 'wrong-status');
    checkReferences(body);
    // Edited back to what is live: no changes wait any more.
    const unchanged = job.status === 'published' && canonicalJson(body) === canonicalJson(job.input);
    const column = job.status === 'draft' ? 'input' : 'draft_input';
    await db.query(`UPDATE job_profiles SET ${column} = $2, updated_at = now() WHERE id = $1`, [
      params.id,
      unchanged ? null : JSON.stringify(body),
    ]);
    return toJobProfile(await ownJob(db, params.id, me.personId), true);
  });

  bind(app, services, routes.publishJobProfile, ({ auth, params }) =>
    publish(params.id, person(auth, 'employer').personId),
  );
  bind(app, services, routes.closeJobProfile, ({ auth, params }) =>
    close(params.id, person(auth, 'employer').personId),
  );

  bind(app, services, routes.deleteJobProfile, async ({ auth, params }) => {
    const job = await ownJob(db, params.id, person(auth, 'employer').personId);
    if (job.status !== 'draft')
      throw apiError(409, 'Only a draft can be deleted; close a published job profile instead.', 'wrong-status');
    await db.query('DELETE FROM job_profiles WHERE id = $1', [params.id]);
    return undefined;
  });
}
