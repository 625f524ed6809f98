/**
 * Job coaches (#23). A coach (role `coach`, minted by the partner) makes a one-time code; a job
 * seeker who enters it gives that coach access. The coach then sees their caseload and, per
 * person, the skillprint, the learning path, requests and applications; writes dated notes, sets
 * the next action and confirms learning steps. Every query checks the access is there and not
 * revoked (revoking ends it at once); every read of a person's data is logged in coach_reads,
 * which the person sees (when a coach last looked) and exports.
 */
import type { Hono } from 'hono';
import {
  apiError,
  routes,
  type CaseloadEntry,
  type CaseloadFilter,
  type CoachGrant,
  type LearningPath,
  type MissingData,
} from '@pfw/contract';
import { bind } from '../http/bind.js';
import { newId, randomString, sha256 } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { connectionsOf, latestSkillprint } from '../storage/queries.js';
import { applicationsOf } from './applications.js';
import { currentLearningPath, learningProgressOf, setLearningStep, type LearningProgress } from './learning-path.js';
import { addDays, iso, person } from './shared.js';

/** A code is good for two weeks, once. */
export const COACH_CODE_DAYS = 14;
/** No activity for this long: "inactive" in the caseload. */
export const INACTIVE_DAYS = 28;
/** Letters and digits that cannot be mistaken for one another when read out (no I, O, 0, 1): 32 of them. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** "k7qm4xtp", "K7QM-4XTP" and "k7qm-4xtp" are the same code. */
const normalCode = (code: string) => code.replace('-', '').toUpperCase();

/** What a caseload row is made of: the access, the person, and the facts the coach needs at a glance. */
interface EntryRow {
  person_id: string;
  pseudonym: string;
  called: string | null;
  granted_at: Date;
  next_action: string | null;
  next_action_due: Date | string | null;
  last_activity_at: Date;
  requests_waiting: number;
  has_skillprint: boolean;
  in_pool: boolean;
  holds_papers: boolean;
  goal: { nl: string; en: string } | null;
  steps: number | null;
  steps_done: number | null;
}

const ENTRY_SELECT = `
  SELECT a.person_id, p.pseudonym, a.called, a.granted_at, a.next_action, a.next_action_due,
         GREATEST(p.last_seen_at, a.granted_at,
           (SELECT max(issued_at) FROM skillprints WHERE person_id = p.id),
           (SELECT max(GREATEST(s.started_at, s.done_at)) FROM learning_steps s JOIN learning_paths lp ON lp.id = s.path_id WHERE lp.person_id = p.id),
           (SELECT max(created_at) FROM learning_paths WHERE person_id = p.id),
           (SELECT max(responded_at) FROM connections WHERE candidate_id = p.id),
           (SELECT max(created_at) FROM applications WHERE candidate_id = p.id)) AS last_activity_at,
         (SELECT count(*)::int FROM connections WHERE candidate_id = p.id AND status = 'requested' AND expires_at > now()) AS requests_waiting,
         EXISTS (SELECT 1 FROM skillprints WHERE person_id = p.id) AS has_skillprint,
         EXISTS (SELECT 1 FROM talent_pool WHERE person_id = p.id) AS in_pool,
         EXISTS (SELECT 1 FROM held_requirements WHERE person_id = p.id) AS holds_papers,
         lp.goal_title AS goal,
         (SELECT count(*)::int FROM learning_steps WHERE path_id = lp.id) AS steps,
         (SELECT count(*)::int FROM learning_steps WHERE path_id = lp.id AND status = 'done') AS steps_done
    FROM coach_access a
    JOIN people p ON p.id = a.person_id
    LEFT JOIN learning_paths lp ON lp.person_id = p.id AND lp.ended_at IS NULL
   WHERE a.coach_id = $1 AND a.revoked_at IS NULL`;

/** Each thing that helps a job seeker along, and whether it is there; completeness is the share that is. */
function completenessOf(r: EntryRow): { completeness: number; missing: MissingData[] } {
  const parts: [MissingData, boolean][] = [
    ['skillprint', r.has_skillprint],
    ['talent-pool', r.in_pool],
    ['learning-goal', r.goal !== null],
    ['learning-progress', (r.steps_done ?? 0) > 0 || (r.goal !== null && r.steps === 0)],
    ['hard-requirements', r.holds_papers],
  ];
  const missing = parts.filter(([, there]) => !there).map(([what]) => what);
  return { completeness: Math.round((100 * (parts.length - missing.length)) / parts.length), missing };
}

const dateOnly = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** A stored note as the API gives it. */
const noteOf = (n: { id: string; text: string; written_at: Date }) => ({
  id: n.id,
  text: n.text,
  writtenAt: iso(n.written_at)!,
});

/** The next action of an access row, as the API gives it (nothing when none is set). */
const nextActionOf = (row: { next_action: string | null; next_action_due: Date | string | null }) =>
  row.next_action && row.next_action_due
    ? { nextAction: { text: row.next_action, due: dateOnly(row.next_action_due) } }
    : {};

/**
 * A caseload row; `progress` is how far along the goal the person is, counted as their own plan
 * counts it (learningProgressOf): the steps to go, and the steps said done whose level is not
 * reached (yet) — done is not reached, so "every step done" is not "goal reached" while there are any.
 */
function toEntry(r: EntryRow, progress: Map<string, LearningProgress>): CaseloadEntry {
  const last = new Date(r.last_activity_at);
  const p = r.goal ? progress.get(r.person_id) : undefined;
  const learning = p && { goal: p.goal, steps: p.steps, remaining: p.remaining, notReached: p.notReached };
  return {
    personId: r.person_id,
    pseudonym: r.pseudonym,
    ...(r.called ? { called: r.called } : {}),
    grantedAt: iso(r.granted_at)!,
    lastActivityAt: iso(last)!,
    inactive: Date.now() - last.getTime() >= INACTIVE_DAYS * 86_400_000,
    requestsWaiting: r.requests_waiting,
    ...(learning ? { learning } : {}),
    ...completenessOf(r),
    ...nextActionOf(r),
  };
}

/** The coach's caseload row of one person; a 404 when that person gave them no access (or took it away). */
async function entryOf(db: Queryable, coachId: string, personId: string): Promise<CaseloadEntry> {
  const [row] = await db.query<EntryRow>(`${ENTRY_SELECT} AND a.person_id = $2`, [coachId, personId]);
  if (!row) throw apiError(404, 'This person gave you no access, or took it away.', 'no-coach-access');
  return toEntry(row, await learningProgressOf(db, [personId]));
}

const logRead = (db: Queryable, coachId: string, personId: string, what: string) =>
  db.query('INSERT INTO coach_reads (coach_id, person_id, what) VALUES ($1, $2, $3)', [coachId, personId, what]);

/** The coaches with access now, for the job seeker, with what each wrote about them. */
async function grantsOf(db: Queryable, personId: string): Promise<CoachGrant[]> {
  const [rows, notes] = await Promise.all([
    db.query<{
      coach_id: string;
      name: string;
      granted_at: Date;
      last_read: Date | null;
      reads: number;
      next_action: string | null;
      next_action_due: Date | string | null;
    }>(
      `SELECT a.coach_id, COALESCE(c.display_name, pa.name) AS name, a.granted_at, a.next_action, a.next_action_due,
              (SELECT max(at) FROM coach_reads r WHERE r.coach_id = a.coach_id AND r.person_id = a.person_id AND r.at >= a.granted_at) AS last_read,
              (SELECT count(*)::int FROM coach_reads r WHERE r.coach_id = a.coach_id AND r.person_id = a.person_id AND r.at >= a.granted_at) AS reads
         FROM coach_access a JOIN people c ON c.id = a.coach_id JOIN partners pa ON pa.id = c.partner_id
        WHERE a.person_id = $1 AND a.revoked_at IS NULL ORDER BY a.granted_at`,
      [personId],
    ),
    db.query<{ id: string; coach_id: string; text: string; written_at: Date }>(
      'SELECT id, coach_id, text, written_at FROM coach_notes WHERE person_id = $1 ORDER BY written_at DESC',
      [personId],
    ),
  ]);
  return rows.map((r) => ({
    coachId: r.coach_id,
    coachName: r.name,
    grantedAt: iso(r.granted_at)!,
    ...(r.last_read ? { lastReadAt: iso(r.last_read)! } : {}),
    reads: r.reads,
    notes: notes.filter((n) => n.coach_id === r.coach_id).map(noteOf),
    ...nextActionOf(r),
  }));
}

/** Every coach's access to a person, what they wrote and when they looked (the person's export). */
export async function coachAccessOf(db: Queryable, personId: string) {
  const access = await db.query<{
    coach_id: string;
    name: string;
    granted_at: Date;
    revoked_at: Date | null;
    next_action: string | null;
    next_action_due: Date | string | null;
  }>(
    `SELECT a.*, COALESCE(c.display_name, pa.name) AS name
       FROM coach_access a JOIN people c ON c.id = a.coach_id JOIN partners pa ON pa.id = c.partner_id
      WHERE a.person_id = $1 ORDER BY a.granted_at`,
    [personId],
  );
  const notes = await db.query<{ id: string; coach_id: string; text: string; written_at: Date }>(
    'SELECT * FROM coach_notes WHERE person_id = $1 ORDER BY written_at',
    [personId],
  );
  const reads = await db.query<{ coach_id: string; what: string; at: Date }>(
    'SELECT * FROM coach_reads WHERE person_id = $1 ORDER BY at',
    [personId],
  );
  return access.map((a) => ({
    coachName: a.name,
    grantedAt: iso(a.granted_at)!,
    ...(a.revoked_at ? { revokedAt: iso(a.revoked_at)! } : {}),
    ...nextActionOf(a),
    notes: notes.filter((n) => n.coach_id === a.coach_id).map(noteOf),
    reads: reads.filter((r) => r.coach_id === a.coach_id).map((r) => ({ at: iso(r.at)!, what: r.what })),
  }));
}

export function mountCoach(app: Hono, services: Services): void {
  const { db } = services;

  bind(app, services, routes.createCoachInvite, async ({ auth }) => {
    const me = person(auth, 'coach');
    const raw = randomString(8, CODE_ALPHABET);
    const expiresAt = addDays(COACH_CODE_DAYS);
    await db.query('INSERT INTO coach_invites (code_hash, coach_id, expires_at) VALUES ($1, $2, $3)', [
      await sha256(raw),
      me.personId,
      expiresAt,
    ]);
    return { code: `${raw.slice(0, 4)}-${raw.slice(4)}`, expiresAt: iso(expiresAt)! };
  });

  /** The coach behind an open code of the person's own partner. */
  async function inviteOf(code: string, partnerId: string) {
    const [row] = await db.query<{ coach_id: string; name: string; expires_at: Date }>(
      `SELECT i.coach_id, i.expires_at, COALESCE(c.display_name, pa.name) AS name
         FROM coach_invites i JOIN people c ON c.id = i.coach_id JOIN partners pa ON pa.id = c.partner_id
        WHERE i.code_hash = $1 AND i.expires_at > now() AND c.partner_id = $2`,
      [await sha256(normalCode(code)), partnerId],
    );
    if (!row)
      throw apiError(
        404,
        'This code does not work: it is wrong, used or expired. Ask your coach for a new one.',
        'coach-code-unknown',
      );
    return row;
  }

  bind(app, services, routes.getCoachInvite, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const invite = await inviteOf(params.code, me.partnerId);
    return { coachName: invite.name, expiresAt: iso(invite.expires_at)! };
  });

  bind(app, services, routes.grantCoach, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    const invite = await inviteOf(body.code, me.partnerId);
    await db.transaction(async (tx) => {
      // The code works once; giving access again after revoking starts afresh.
      const used = await tx.query('DELETE FROM coach_invites WHERE code_hash = $1 RETURNING coach_id', [
        await sha256(normalCode(body.code)),
      ]);
      if (!used.length)
        throw apiError(404, 'This code was just used. Ask your coach for a new one.', 'coach-code-unknown');
      await tx.query(
        `INSERT INTO coach_access (coach_id, person_id, called) VALUES ($1, $2, $3)
         ON CONFLICT (coach_id, person_id) DO UPDATE SET called = $3, granted_at = now(), revoked_at = NULL`,
        [invite.coach_id, me.personId, body.called ?? null],
      );
    });
    return (await grantsOf(db, me.personId)).find((g) => g.coachId === invite.coach_id)!;
  });

  bind(app, services, routes.listMyCoaches, async ({ auth }) => ({
    items: await grantsOf(db, person(auth, 'candidate').personId),
  }));

  bind(app, services, routes.revokeCoach, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    // What the coach wrote is about the job seeker: stopping takes it away too (a new code starts
    // afresh). When the coach looked stays, for the person's own export.
    await db.transaction(async (tx) => {
      const revoked = await tx.query(
        `UPDATE coach_access SET revoked_at = now(), next_action = NULL, next_action_due = NULL
          WHERE coach_id = $1 AND person_id = $2 AND revoked_at IS NULL RETURNING coach_id`,
        [params.coachId, me.personId],
      );
      if (!revoked.length) throw apiError(404, 'This coach has no access to your data.', 'no-coach-access');
      await tx.query('DELETE FROM coach_notes WHERE coach_id = $1 AND person_id = $2', [params.coachId, me.personId]);
    });
    return undefined;
  });

  bind(app, services, routes.listCaseload, async ({ auth, query }) => {
    const me = person(auth, 'coach');
    const rows = await db.query<EntryRow>(ENTRY_SELECT, [me.personId]);
    const want: Record<CaseloadFilter, (e: CaseloadEntry) => boolean> = {
      inactive: (e) => e.inactive,
      'request-waiting': (e) => e.requestsWaiting > 0,
    };
    const progress = await learningProgressOf(
      db,
      rows.filter((r) => r.goal).map((r) => r.person_id),
    );
    const items = rows
      .map((r) => toEntry(r, progress))
      .filter((e) => !query.filter || want[query.filter](e))
      // Who has waited longest comes first.
      .sort((a, b) => a.lastActivityAt.localeCompare(b.lastActivityAt));
    // The list shows each person's activity and progress: a read of their data, logged.
    if (items.length)
      await db.query("INSERT INTO coach_reads (coach_id, person_id, what) SELECT $1, unnest($2::text[]), 'caseload'", [
        me.personId,
        items.map((e) => e.personId),
      ]);
    return { items };
  });

  bind(app, services, routes.getCaseFile, async ({ auth, params }) => {
    const me = person(auth, 'coach');
    const entry = await entryOf(db, me.personId, params.personId);
    await logRead(db, me.personId, params.personId, 'case-file');
    const [skillprint, learningPath, connections, applications, notes] = await Promise.all([
      latestSkillprint(db, params.personId),
      currentLearningPath(db, params.personId, me.partnerId),
      connectionsOf(db, params.personId),
      applicationsOf(db, params.personId),
      db.query<{ id: string; text: string; written_at: Date }>(
        'SELECT id, text, written_at FROM coach_notes WHERE coach_id = $1 AND person_id = $2 ORDER BY written_at DESC',
        [me.personId, params.personId],
      ),
    ]);
    return {
      entry,
      skillprint: skillprint ?? null,
      learningPath: learningPath ?? null,
      requests: connections.map((c) => ({
        jobTitle: c.jobTitle,
        employerName: c.employerName,
        status: c.status,
        createdAt: c.createdAt,
      })),
      applications: applications.map((a) => ({
        jobTitle: a.jobTitle,
        employerName: a.employerName,
        status: a.status,
        createdAt: a.createdAt,
      })),
      notes: notes.map(noteOf),
    };
  });

  bind(app, services, routes.addCoachNote, async ({ auth, params, body }) => {
    const me = person(auth, 'coach');
    await entryOf(db, me.personId, params.personId);
    const id = newId('note');
    const [row] = await db.query<{ written_at: Date }>(
      'INSERT INTO coach_notes (id, coach_id, person_id, text) VALUES ($1, $2, $3, $4) RETURNING written_at',
      [id, me.personId, params.personId, body.text],
    );
    return { id, text: body.text, writtenAt: iso(row!.written_at)! };
  });

  bind(app, services, routes.setNextAction, async ({ auth, params, body }) => {
    const me = person(auth, 'coach');
    await entryOf(db, me.personId, params.personId);
    await db.query(
      'UPDATE coach_access SET next_action = $3, next_action_due = $4 WHERE coach_id = $1 AND person_id = $2',
      [me.personId, params.personId, body.text, body.due],
    );
    return entryOf(db, me.personId, params.personId);
  });

  bind(app, services, routes.confirmLearningStep, async ({ auth, params }): Promise<LearningPath> => {
    const me = person(auth, 'coach');
    await entryOf(db, me.personId, params.personId);
    const [who] = await db.query<{ name: string }>(
      'SELECT COALESCE(c.display_name, pa.name) AS name FROM people c JOIN partners pa ON pa.id = c.partner_id WHERE c.id = $1',
      [me.personId],
    );
    const done = await setLearningStep(db, params.personId, params.skillId, 'done', undefined, {
      kind: 'coach',
      coachName: who!.name,
    });
    if (!done) throw apiError(404, `Their learning path has no step for the skill "${params.skillId}".`);
    await logRead(db, me.personId, params.personId, 'learning-path');
    return (await currentLearningPath(db, params.personId, me.partnerId))!;
  });
}
