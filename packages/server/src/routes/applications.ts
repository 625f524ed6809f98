/**
 * Applications: "Ik heb interesse" on your score. A job seeker in the talent pool applies to a
 * published vacancy; the employer sees the pseudonym, the fit per requirement and the
 * skillprint, and invites (a connection request: the name only comes once the candidate says
 * yes to it) or declines. The score is computed when the application is read, against the
 * vacancy as it was when applied to: for the job seeker from their newest skillprint, for the
 * employer from the newest one consent lets them see (`employerMaySee`: the one applied with,
 * newer ones only while in the talent pool). A withdrawn application shows the employer nothing.
 */
import type { Hono } from 'hono';
import {
  apiError,
  routes,
  type Application,
  type ApplicationStatus,
  type JobProfileInput,
  type HeldSource,
  type Skillprint,
} from '@pfw/contract';
import { employerView, hardRequirementFits, match } from '@pfw/core/matching';
import { bind } from '../http/bind.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { isUniqueViolation, iso, person, toFits } from './shared.js';
import { sendRequest, withdrawConnectionOf } from './connections.js';
import { enqueueWebhook } from '../webhooks.js';
import { heldColumn, heldMap, visibleSkillprintJoin } from '../storage/queries.js';

interface ApplicationRow {
  id: string;
  job_profile_id: string;
  job_input: JobProfileInput;
  employer_id: string;
  employer_name: string | null;
  candidate_id: string;
  candidate: string;
  status: ApplicationStatus;
  message: string | null;
  created_at: Date;
  responded_at: Date | null;
  connection_id: string | null;
  /** The applicant's newest skillprint: for their own view only. */
  skillprint: Skillprint | null;
  /** The newest skillprint the employer may see of the applicant now (`employerMaySee`). */
  shared_skillprint: Skillprint | null;
  held: Record<string, HeldSource> | null;
}

// The vacancy as it read when applied to (its version); the applicant's newest skillprint, and the
// newest one the employer may see.
const SELECT = `SELECT a.*, v.input AS job_input, j.employer_id, e.display_name AS employer_name, p.pseudonym AS candidate, s.payload AS skillprint,
  vs.payload AS shared_skillprint, ${heldColumn('a.candidate_id')}
  FROM applications a JOIN job_profiles j ON j.id = a.job_profile_id
  JOIN job_profile_versions v ON v.job_profile_id = a.job_profile_id AND v.version = a.job_version
  JOIN people e ON e.id = j.employer_id JOIN people p ON p.id = a.candidate_id
  LEFT JOIN LATERAL (SELECT payload FROM skillprints WHERE person_id = a.candidate_id ORDER BY issued_at DESC LIMIT 1) s ON true
  ${visibleSkillprintJoin('a.candidate_id', 'j.employer_id', 'vs')}`;

function toApplication(r: ApplicationRow, forEmployer: boolean): Application {
  // The employer: only what consent allows, and of a withdrawn application nothing but its status.
  const withdrawn = forEmployer && r.status === 'withdrawn';
  const skillprint = withdrawn ? null : forEmployer ? r.shared_skillprint : r.skillprint;
  // The employer's fit is on skills alone, like its list (employerView).
  const result = skillprint ? match(skillprint, forEmployer ? employerView(r.job_input) : r.job_input) : undefined;
  return {
    id: r.id,
    jobProfileId: r.job_profile_id,
    jobTitle: r.job_input.title,
    employerName: r.employer_name ?? 'Werkgever',
    candidate: r.candidate,
    status: r.status,
    ...(r.message && !withdrawn ? { message: r.message } : {}),
    createdAt: iso(r.created_at)!,
    ...(r.responded_at ? { respondedAt: iso(r.responded_at)! } : {}),
    score: result?.score ?? 0,
    requirements: result ? toFits(result) : [],
    ...(withdrawn ? {} : { hardRequirements: hardRequirementFits(r.job_input.hardRequirements, heldMap(r.held)) }),
    ...(forEmployer && skillprint ? { skillprint } : {}),
    ...(r.connection_id && !withdrawn ? { connectionId: r.connection_id } : {}),
  };
}

const eventOf = (r: ApplicationRow, status: ApplicationStatus) => ({
  applicationId: r.id,
  jobProfileId: r.job_profile_id,
  candidate: r.candidate,
  status,
});

/** A job seeker's applications, newest first (the export; the employer's side never sees withdrawn ones). */
export async function applicationsOf(db: Queryable, personId: string): Promise<Application[]> {
  const rows = await db.query<ApplicationRow>(`${SELECT} WHERE a.candidate_id = $1 ORDER BY a.created_at DESC`, [
    personId,
  ]);
  return rows.map((r) => toApplication(r, false));
}

export function mountApplications(app: Hono, services: Services): void {
  const { db } = services;

  const one = async (tx: Queryable, id: string, side: 'j.employer_id' | 'a.candidate_id', personId: string) => {
    const [row] = await tx.query<ApplicationRow>(`${SELECT} WHERE a.id = $1 AND ${side} = $2`, [id, personId]);
    if (!row) throw apiError(404, `There is no application "${id}" for you.`);
    return row;
  };
  const open = (row: ApplicationRow) => {
    if (row.status !== 'open')
      throw apiError(409, `This application is ${row.status}: it can no longer be answered.`, 'wrong-status');
  };

  bind(app, services, routes.applyToJob, async ({ auth, params, body }) => {
    const me = person(auth, 'candidate');
    const [job] = await db.query<{ id: string; version: number; partner_id: string }>(
      `SELECT j.id, j.version, e.partner_id FROM job_profiles j JOIN people e ON e.id = j.employer_id
        WHERE j.id = $1 AND j.status = 'published' AND e.partner_id = $2`,
      [params.id, me.partnerId],
    );
    if (!job) throw apiError(404, `There is no published vacancy "${params.id}".`);
    const [ready] = await db.query<{ in_pool: boolean; has_skillprint: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM talent_pool WHERE person_id = $1) AS in_pool,
              EXISTS (SELECT 1 FROM skillprints WHERE person_id = $1) AS has_skillprint`,
      [me.personId],
    );
    if (!ready!.has_skillprint) throw apiError(409, 'Make your skillprint first: you apply on it.', 'no-skillprint');
    if (!ready!.in_pool)
      throw apiError(409, 'Join the talent pool first: employers find your application there.', 'not-in-pool');
    const id = newId('app');
    try {
      await db.transaction(async (tx) => {
        // The skillprint of this moment is the one the application shares (employerMaySee).
        await tx.query(
          `INSERT INTO applications (id, job_profile_id, job_version, candidate_id, status, message, skillprint_id)
           VALUES ($1, $2, $3, $4, $5, $6,
             (SELECT id FROM skillprints WHERE person_id = $4 ORDER BY issued_at DESC LIMIT 1))`,
          [id, job.id, job.version, me.personId, 'open', body.message ?? null],
        );
        await enqueueWebhook(
          tx,
          me.partnerId,
          'application.created',
          eventOf(await one(tx, id, 'a.candidate_id', me.personId), 'open'),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw apiError(409, 'You already showed interest in this vacancy.', 'already-applied');
      throw error;
    }
    services.webhooks.deliverDue().catch(() => undefined);
    return toApplication(await one(db, id, 'a.candidate_id', me.personId), false);
  });

  bind(app, services, routes.listMyApplications, async ({ auth }) => {
    return { items: await applicationsOf(db, person(auth, 'candidate').personId) };
  });

  bind(app, services, routes.listApplications, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    const [job] = await db.query('SELECT 1 FROM job_profiles WHERE id = $1 AND employer_id = $2', [
      params.id,
      me.personId,
    ]);
    if (!job) throw apiError(404, `There is no job profile "${params.id}" of yours.`);
    // Withdrawn applications are gone for the employer: the job seeker changed their mind.
    const rows = await db.query<ApplicationRow>(
      `${SELECT} WHERE a.job_profile_id = $1 AND a.status <> 'withdrawn' ORDER BY a.created_at`,
      [params.id],
    );
    const items = rows.map((r) => toApplication(r, true));
    // Best fit first; equal scores keep the order they came in.
    return { items: items.sort((a, b) => b.score - a.score) };
  });

  bind(app, services, routes.inviteApplicant, async ({ auth, params, body }) => {
    const me = person(auth, 'employer');
    const row = await one(db, params.id, 'j.employer_id', me.personId);
    open(row);
    await db.transaction(async (tx) => {
      const [job] = await tx.query<{ version: number }>('SELECT version FROM job_profiles WHERE id = $1', [
        row.job_profile_id,
      ]);
      const connectionId = await sendRequest(tx, services, {
        partnerId: me.partnerId,
        jobProfileId: row.job_profile_id,
        jobVersion: job!.version,
        employerId: me.personId,
        candidateId: row.candidate_id,
        candidate: row.candidate,
        message: body.message,
        applicationId: row.id,
      });
      await tx.query(
        "UPDATE applications SET status = 'invited', responded_at = now(), connection_id = $2 WHERE id = $1",
        [row.id, connectionId],
      );
    });
    services.webhooks.deliverDue().catch(() => undefined);
    return toApplication(await one(db, params.id, 'j.employer_id', me.personId), true);
  });

  bind(app, services, routes.declineApplicant, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    const row = await one(db, params.id, 'j.employer_id', me.personId);
    open(row);
    await db.transaction(async (tx) => {
      await tx.query("UPDATE applications SET status = 'declined', responded_at = now() WHERE id = $1", [row.id]);
      await enqueueWebhook(tx, me.partnerId, 'application.declined', eventOf(row, 'declined'));
    });
    services.webhooks.deliverDue().catch(() => undefined);
    return toApplication(await one(db, params.id, 'j.employer_id', me.personId), true);
  });

  // A job seeker withdraws their interest at any time (also once invited or declined), and with it
  // the skillprint it shared; the request an invitation sent goes with it, name and all.
  bind(app, services, routes.withdrawApplication, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const row = await one(db, params.id, 'a.candidate_id', me.personId);
    if (row.status === 'withdrawn') throw apiError(409, 'This application is withdrawn already.', 'wrong-status');
    await db.transaction(async (tx) => {
      await tx.query(
        "UPDATE applications SET status = 'withdrawn', responded_at = COALESCE(responded_at, now()) WHERE id = $1",
        [row.id],
      );
      await enqueueWebhook(tx, me.partnerId, 'application.withdrawn', eventOf(row, 'withdrawn'));
      if (row.connection_id) await withdrawConnectionOf(tx, me.partnerId, row.connection_id);
    });
    services.webhooks.deliverDue().catch(() => undefined);
    return toApplication(await one(db, params.id, 'a.candidate_id', me.personId), false);
  });
}
