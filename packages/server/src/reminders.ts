/**
 * Reminders through the partner's webhook (#23): a learning step started two weeks ago and not
 * done yet ("learning.reminder", again every two weeks while it stays so), and a coach's next
 * action that is due ("coach.action-due", once per date). Each is marked in the same statement
 * that finds it, so two API instances never send one twice; the events go through the outbox
 * like every other. The partner knows its people by its own `subject` and writes the message.
 */
import type { Database, Queryable } from './storage/database.js';
import { enqueueWebhook } from './webhooks.js';

/** A started step is reminded of after this many days without being done, and again after as many. */
export const REMIND_AFTER_DAYS = 14;

/** Queue what is due now, marked and queued in one transaction (both, or neither); returns how many. */
export function queueReminders(db: Database): Promise<number> {
  return db.transaction(queueIn);
}

async function queueIn(db: Queryable): Promise<number> {
  let queued = 0;
  const steps = await db.query<{
    partner_id: string;
    subject: string | null;
    goal_id: string;
    skill_id: string;
    offer_id: string | null;
    started_at: Date;
  }>(
    `UPDATE learning_steps s SET reminded_at = now()
       FROM learning_paths lp JOIN people p ON p.id = lp.person_id
      WHERE lp.id = s.path_id AND lp.ended_at IS NULL AND s.status = 'started'
        AND s.started_at <= now() - make_interval(days => $1)
        AND (s.reminded_at IS NULL OR s.reminded_at <= now() - make_interval(days => $1))
      RETURNING p.partner_id, p.subject, lp.goal_id, s.skill_id, s.offer_id, s.started_at`,
    [REMIND_AFTER_DAYS],
  );
  for (const s of steps) {
    // An anonymous job seeker has no subject: the partner could not reach them.
    if (!s.subject) continue;
    await enqueueWebhook(db, s.partner_id, 'learning.reminder', {
      subject: s.subject,
      goal: s.goal_id,
      skillId: s.skill_id,
      ...(s.offer_id ? { offerId: s.offer_id } : {}),
      startedAt: new Date(s.started_at).toISOString(),
    });
    queued++;
  }
  const actions = await db.query<{
    partner_id: string;
    coach: string | null;
    participant: string;
    action: string;
    due: Date | string;
  }>(
    `UPDATE coach_access a SET reminded_due = a.next_action_due
       FROM people c, people p
      WHERE c.id = a.coach_id AND p.id = a.person_id AND a.revoked_at IS NULL
        AND a.next_action_due IS NOT NULL AND a.next_action_due <= CURRENT_DATE
        AND a.reminded_due IS DISTINCT FROM a.next_action_due
      RETURNING c.partner_id, c.subject AS coach, COALESCE(a.called, p.pseudonym) AS participant,
                a.next_action AS action, a.next_action_due AS due`,
  );
  for (const a of actions) {
    if (!a.coach) continue;
    const due = typeof a.due === 'string' ? a.due.slice(0, 10) : a.due.toISOString().slice(0, 10);
    await enqueueWebhook(db, a.partner_id, 'coach.action-due', {
      coach: a.coach,
      participant: a.participant,
      action: a.action,
      due,
    });
    queued++;
  }
  return queued;
}

/** Look for due reminders now and then (every 10 minutes by default); stop() ends it. */
export function startReminders(db: Database, everyMs = 10 * 60_000): { stop(): void } {
  const tick = () => void queueReminders(db).catch((error: unknown) => console.error('reminders:', error));
  tick();
  const timer = setInterval(tick, everyMs);
  (timer as { unref?: () => void }).unref?.();
  return { stop: () => clearInterval(timer) };
}
