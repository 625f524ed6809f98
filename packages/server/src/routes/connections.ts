/**
 * Connections: an employer asks a pseudonymous candidate about a job; the candidate accepts or
 * declines. Name and contact details travel to the employer only with an acceptance, and only
 * the details the candidate typed in then.
 */
import type { Hono } from 'hono';
import { apiError, routes, type Connection } from '@pfw/contract';
import { bind } from '../http/bind.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { addDays, isUniqueViolation, person, toFits } from './shared.js';
import { enqueueWebhook, type WebhookData } from '../webhooks.js';
import {
  CONNECTION_SELECT,
  connectionSkillprint,
  connectionsOf,
  heldMap,
  ownJob,
  toConnection,
  withdrewFrom,
  type ConnectionRow,
} from '../storage/queries.js';
import { employerView, hardRequirementFits, match } from '@pfw/core/matching';

/** Requests nobody answered in time lapse (done on read: no background job needed). */
async function expireOld(db: Queryable): Promise<void> {
  await db.query("UPDATE connections SET status = 'expired' WHERE status = 'requested' AND expires_at < now()");
}

/** What a new request needs: the job's version, both people, and the pseudonym the webhook names. */
export interface NewRequest {
  partnerId: string;
  jobProfileId: string;
  jobVersion: number;
  employerId: string;
  candidateId: string;
  candidate: string;
  message?: string;
  /** When it answers an application ("Nodig uit"). */
  applicationId?: string;
}

/**
 * Send a connection request inside the caller's transaction, with its webhook event; returns its
 * id. A request already open for this person and job is a 409 (already-requested).
 */
export async function sendRequest(tx: Queryable, services: Services, r: NewRequest): Promise<string> {
  const id = newId('con');
  try {
    await tx.query(
      `INSERT INTO connections (id, job_profile_id, job_version, employer_id, candidate_id, status, message, expires_at)
       VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7)`,
      [
        id,
        r.jobProfileId,
        r.jobVersion,
        r.employerId,
        r.candidateId,
        r.message ?? null,
        addDays(services.settings.connectionDays),
      ],
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw apiError(409, 'You already asked this candidate about this job; wait for the answer.', 'already-requested');
    throw error;
  }
  await enqueueWebhook(tx, r.partnerId, 'connection.requested', {
    connectionId: id,
    ...(r.applicationId && { applicationId: r.applicationId }),
    jobProfileId: r.jobProfileId,
    candidate: r.candidate,
    status: 'requested',
  });
  return id;
}

/** A connection as a webhook tells it: ids, the pseudonym and the new status, never who the person is. */
const eventOf = (
  row: Pick<ConnectionRow, 'id' | 'job_profile_id' | 'candidate'>,
  status: Connection['status'],
): WebhookData => ({
  connectionId: row.id,
  jobProfileId: row.job_profile_id,
  candidate: row.candidate,
  status,
});

/**
 * A request with how the candidate fits its vacancy, as the reader (`viewerId`) may see it: what
 * both sides decide on. The candidate sees their newest skillprint's fit; the employer only what
 * consent allows (`connectionSkillprint`): after a withdrawal, no fit at all.
 */
const withFit = (row: ConnectionRow, viewerId: string): Connection => {
  const connection = toConnection(row);
  const skillprint = connectionSkillprint(row, viewerId);
  if (!skillprint) return connection;
  // The employer's fit is on skills alone, like its list (employerView); the candidate's own counts their likes.
  const result = match(skillprint, viewerId === row.candidate_id ? row.job_input : employerView(row.job_input));
  const hardRequirements = hardRequirementFits(row.job_input.hardRequirements, heldMap(row.held));
  // After a yes, the employer gets the skillprint they may open and, while the candidate is in the
  // talent pool, where and when they can work (what a ranked list showed them before).
  const shared = row.status === 'accepted' && viewerId === row.employer_id;
  return {
    ...connection,
    ...(shared && { skillprintId: skillprint.id }),
    ...(shared &&
      row.pool_region !== null && {
        pool: {
          region: row.pool_region,
          hours: { min: row.pool_hours_min!, max: row.pool_hours_max! },
          availability: row.pool_availability!,
        },
      }),
    fit: { score: result.score, requirements: toFits(result), hardRequirements },
  };
};

/** The candidate withdrew a connection: the application it answered (if any) is withdrawn with it. */
async function withdrawApplicationsOf(tx: Queryable, partnerId: string, row: ConnectionRow): Promise<void> {
  const withdrawn = await tx.query<{ id: string }>(
    "UPDATE applications SET status = 'withdrawn', responded_at = COALESCE(responded_at, now()) WHERE connection_id = $1 AND status <> 'withdrawn' RETURNING id",
    [row.id],
  );
  for (const { id } of withdrawn)
    await enqueueWebhook(tx, partnerId, 'application.withdrawn', {
      applicationId: id,
      jobProfileId: row.job_profile_id,
      candidate: row.candidate,
      status: 'withdrawn',
    });
}

/**
 * Withdraw, inside the caller's transaction, the connection an application led to (a candidate
 * withdrawing the application): name, contact details and skillprint are hidden from then on.
 * Only a request still open or accepted; returns whether one was withdrawn.
 */
export async function withdrawConnectionOf(tx: Queryable, partnerId: string, connectionId: string): Promise<boolean> {
  const [row] = await tx.query<Pick<ConnectionRow, 'id' | 'job_profile_id' | 'candidate'>>(
    `UPDATE connections c SET status = 'withdrawn', responded_at = now(), identity = NULL, skillprint_id = NULL
       FROM people p WHERE c.id = $1 AND c.status IN ('requested', 'accepted') AND p.id = c.candidate_id
     RETURNING c.id, c.job_profile_id, p.pseudonym AS candidate`,
    [connectionId],
  );
  if (!row) return false;
  await enqueueWebhook(tx, partnerId, 'connection.withdrawn', eventOf(row, 'withdrawn'));
  return true;
}

export function mountConnections(app: Hono, services: Services): void {
  const { db } = services;

  const one = async (id: string, column: 'employer_id' | 'candidate_id', personId: string) => {
    await expireOld(db);
    const [row] = await db.query<ConnectionRow>(`${CONNECTION_SELECT} WHERE c.id = $1 AND c.${column} = $2`, [
      id,
      personId,
    ]);
    if (!row) throw apiError(404, `There is no connection "${id}" for you.`);
    return row;
  };

  bind(app, services, routes.requestConnection, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    const job = await ownJob(db, body.jobProfileId, me.personId);
    if (job.status !== 'published')
      throw apiError(409, 'Publish the job profile before you contact candidates.', 'wrong-status');
    const [candidate] = await db.query<{ id: string }>(
      `SELECT p.id FROM people p JOIN talent_pool t ON t.person_id = p.id WHERE p.pseudonym = $1 AND p.partner_id = $2
          AND p.id NOT IN (${withdrewFrom('$3')})`,
      [body.candidate, me.partnerId, me.personId],
    );
    // Someone who took back what they shared with this employer is not there for it (withdrewFrom).
    if (!candidate) throw apiError(404, `There is no candidate "${body.candidate}" in the talent pool.`);
    await expireOld(db);
    const id = await db.transaction((tx) =>
      sendRequest(tx, services, {
        partnerId: me.partnerId,
        jobProfileId: job.id,
        jobVersion: job.version,
        employerId: me.personId,
        candidateId: candidate.id,
        candidate: body.candidate,
        message: body.message,
      }),
    );
    services.webhooks.deliverDue().catch(() => undefined);
    return withFit(await one(id, 'employer_id', me.personId), me.personId);
  });

  bind(app, services, routes.listConnections, async ({ auth }) => {
    await expireOld(db);
    const me = person(auth);
    return { items: await connectionsOf(db, me.personId, (row) => withFit(row, me.personId)) };
  });

  bind(app, services, routes.answerConnection, async ({ auth, params, body }) => {
    const me = person(auth, 'candidate');
    const row = await one(params.id, 'candidate_id', me.personId);
    if (row.status !== 'requested')
      throw apiError(409, `This request is ${row.status}: it can no longer be answered.`, 'wrong-status');
    // Accepting shares the newest skillprint as it is now; later ones only while in the talent pool.
    const status = body.accept ? 'accepted' : 'declined';
    await db.transaction(async (tx) => {
      await tx.query(
        `UPDATE connections SET status = $2, responded_at = now(), identity = $3,
           skillprint_id = CASE WHEN $2 = 'accepted' THEN (SELECT id FROM skillprints WHERE person_id = $4 ORDER BY issued_at DESC LIMIT 1) END
         WHERE id = $1`,
        [row.id, status, body.accept ? JSON.stringify(body.identity) : null, me.personId],
      );
      await enqueueWebhook(tx, me.partnerId, `connection.${status}`, eventOf(row, status));
    });
    services.webhooks.deliverDue().catch(() => undefined);
    return withFit(await one(params.id, 'candidate_id', me.personId), me.personId);
  });

  // An employer withdraws a request not yet answered; a candidate withdraws their consent at any
  // time, and with it the name, contact details and skillprint the employer could see: also the
  // application the request answered, which would otherwise go on sharing the skillprint.
  bind(app, services, routes.withdrawConnection, async ({ auth, params }) => {
    const me = person(auth, 'employer', 'candidate');
    const side = me.role === 'employer' ? 'employer_id' : 'candidate_id';
    const row = await one(params.id, side, me.personId);
    const open: Connection['status'][] = me.role === 'employer' ? ['requested'] : ['requested', 'accepted'];
    if (!open.includes(row.status))
      throw apiError(409, `This request is ${row.status}: it can no longer be withdrawn.`, 'wrong-status');
    await db.transaction(async (tx) => {
      await tx.query(
        "UPDATE connections SET status = 'withdrawn', responded_at = now(), identity = NULL, skillprint_id = NULL WHERE id = $1",
        [row.id],
      );
      await enqueueWebhook(tx, me.partnerId, 'connection.withdrawn', eventOf(row, 'withdrawn'));
      if (me.role === 'candidate') await withdrawApplicationsOf(tx, me.partnerId, row);
    });
    services.webhooks.deliverDue().catch(() => undefined);
    return withFit(await one(params.id, side, me.personId), me.personId);
  });
}
