/** Partner admin: the programme's figures and the audit log. */
import type { Hono } from 'hono';
import { ApiError, measurementsOf, problemType, routes, type WebhookEventType } from '@pfw/contract';
import { newWebhookSecret, publicAddressProblem } from '../webhooks.js';
import { bind } from '../http/bind.js';
import type { Services } from '../services.js';
import { explain } from '@pfw/core/matching';
import { skillLabel } from '@pfw/core/skills';
import { growthOf } from '@pfw/core/psychometrics';
import type { Skillprint } from '@pfw/contract';
import type { Queryable } from '../storage/database.js';
import { iso, person, toFits } from './shared.js';
import { measurementQuality } from '../quality.js';
import { REJECTION_SELECT, matchingState, toRejection, type RejectionRow } from '../storage/queries.js';
import { auditRows, purgeAudit } from '../storage/audit.js';

/**
 * Totals: active users = job seekers seen in the last 12 months; skillprints completed; people in
 * the talent pool; employers; accepted connections (what the original programme counted as a
 * match). The series gives, per month of the last 12, the running totals at that month's end
 * (active users there: job seekers who had started by then).
 */
const COUNTS = `
  SELECT
    (SELECT count(*) FROM people WHERE partner_id = $1 AND role = 'candidate' AND last_seen_at >= $2 AND created_at < $3) AS active_users,
    (SELECT count(*) FROM skillprints s JOIN people p ON p.id = s.person_id WHERE p.partner_id = $1 AND s.issued_at < $3) AS skillprints,
    (SELECT count(*) FROM talent_pool t JOIN people p ON p.id = t.person_id WHERE p.partner_id = $1 AND t.consent_given_at < $3) AS talent_pool,
    (SELECT count(*) FROM people WHERE partner_id = $1 AND role = 'employer' AND created_at < $3) AS employers,
    (SELECT count(*) FROM connections c JOIN people p ON p.id = c.employer_id WHERE p.partner_id = $1 AND c.status = 'accepted' AND c.responded_at < $3) AS accepted`;

/** Lifelong development of a partner's job seekers: learning paths, retakes and coaches (see ProgrammeStats). */
async function developmentOf(db: Queryable, partnerId: string) {
  const [paths] = await db.query<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM learning_paths lp JOIN people p ON p.id = lp.person_id WHERE p.partner_id = $1) AS started,
       (SELECT count(*)::int FROM learning_paths lp JOIN people p ON p.id = lp.person_id WHERE p.partner_id = $1
          AND EXISTS (SELECT 1 FROM learning_steps s WHERE s.path_id = lp.id)
          AND NOT EXISTS (SELECT 1 FROM learning_steps s WHERE s.path_id = lp.id AND s.status <> 'done')) AS completed,
       (SELECT count(*)::int FROM learning_steps s JOIN learning_paths lp ON lp.id = s.path_id JOIN people p ON p.id = lp.person_id
          WHERE p.partner_id = $1 AND s.status = 'done') AS steps_done,
       (SELECT count(*)::int FROM learning_steps s JOIN learning_paths lp ON lp.id = s.path_id JOIN people p ON p.id = lp.person_id
          WHERE p.partner_id = $1 AND s.status = 'done' AND s.proof->>'kind' = 'coach') AS by_coach,
       (SELECT count(DISTINCT a.coach_id)::int FROM coach_access a JOIN people c ON c.id = a.coach_id WHERE c.partner_id = $1 AND a.revoked_at IS NULL) AS coaches,
       (SELECT count(DISTINCT a.person_id)::int FROM coach_access a JOIN people c ON c.id = a.coach_id WHERE c.partner_id = $1 AND a.revoked_at IS NULL) AS coached,
       (SELECT COALESCE(max(n), 0)::int FROM (SELECT count(*) AS n FROM coach_access a JOIN people c ON c.id = a.coach_id
          WHERE c.partner_id = $1 AND a.revoked_at IS NULL GROUP BY a.coach_id) caseloads) AS largest`,
    [partnerId],
  );
  // A retake measures every skill again, a re-measurement some: per skill, its first measurement against its newest.
  const prints = await db.query<{ person_id: string; payload: Skillprint }>(
    `SELECT s.person_id, s.payload FROM skillprints s JOIN people p ON p.id = s.person_id
      WHERE p.partner_id = $1 AND s.person_id IN (SELECT person_id FROM skillprints GROUP BY person_id HAVING count(*) > 1)
      ORDER BY s.person_id, s.issued_at`,
    [partnerId],
  );
  const byPerson = new Map<string, Skillprint[]>();
  for (const row of prints) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row.payload]);
  let remeasured = 0;
  let grown = 0;
  for (const mine of byPerson.values()) {
    for (const skillId of new Set(mine.flatMap((p) => p.scores.map((s) => s.skillId)))) {
      const measurements = measurementsOf(mine, skillId);
      if (measurements.length < 2) continue;
      remeasured++;
      if (growthOf(measurements[0]!.score, measurements.at(-1)!.score) === 'grew') grown++;
    }
  }
  const p = paths!;
  return {
    pathsStarted: p.started!,
    pathsCompleted: p.completed!,
    stepsDone: p.steps_done!,
    stepsConfirmedByCoach: p.by_coach!,
    skillsRemeasured: remeasured,
    skillsGrown: grown,
    coaches: p.coaches!,
    coachedPeople: p.coached!,
    largestCaseload: p.largest!,
  };
}

interface CountRow {
  active_users: string;
  skillprints: string;
  talent_pool: string;
  employers: string;
  accepted: string;
}

export function mountAdmin(app: Hono, services: Services): void {
  const { db } = services;

  bind(app, services, routes.getStats, async ({ auth }) => {
    const { partnerId } = person(auth, 'partner-admin');
    const now = new Date();
    const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
    const [totals] = (await db.query<CountRow>(COUNTS, [partnerId, yearAgo, now])) as [CountRow];
    const series = [];
    for (let back = 11; back >= 0; back--) {
      const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1));
      const [row] = (await db.query<CountRow>(COUNTS, [partnerId, new Date(0), end < now ? end : now])) as [CountRow];
      series.push({
        month: start.toISOString().slice(0, 7),
        activeUsers: Number(row.active_users),
        skillprintsCompleted: Number(row.skillprints),
        talentPool: Number(row.talent_pool),
        employers: Number(row.employers),
        acceptedConnections: Number(row.accepted),
      });
    }
    return {
      activeUsers: Number(totals.active_users),
      skillprintsCompleted: Number(totals.skillprints),
      talentPool: Number(totals.talent_pool),
      employers: Number(totals.employers),
      acceptedConnections: Number(totals.accepted),
      since: yearAgo.toISOString(),
      development: await developmentOf(db, partnerId),
      series,
    };
  });

  bind(app, services, routes.getMeasurementQuality, async ({ auth }) => {
    const { partnerId } = person(auth, 'partner-admin');
    return measurementQuality(db, partnerId, services.banks);
  });

  bind(app, services, routes.listAuditLog, async ({ auth, query }) => {
    const { partnerId } = person(auth, 'partner-admin');
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    // Rows past the retention period go first (the privacy page states it); erased people show without a pseudonym.
    await purgeAudit(db, partnerId, services.settings.auditRetentionDays);
    const rows = await auditRows(db, partnerId, limit, offset);
    const [{ total }] = (await db.query<{ total: string }>(
      'SELECT count(*) AS total FROM audit_log WHERE partner_id = $1',
      [partnerId],
    )) as [{ total: string }];
    return {
      total: Number(total),
      items: rows.map((r) => ({
        id: r.id,
        at: iso(r.at)!,
        ...(r.employer_id ? { employerId: r.employer_id } : {}),
        ...(r.job_profile_id ? { jobProfileId: r.job_profile_id } : {}),
        jobTitle: r.job_title ?? '—',
        ...(r.pseudonym ? { candidate: r.pseudonym } : {}),
        rank: r.rank,
        score: r.score,
        // Explained again in the reader's language; entries from before the explanation was kept keep their reason.
        reason: r.explanation ? explain(r.explanation, query.lang ?? 'nl', skillLabel(query.lang ?? 'nl')) : r.reason,
        ...(r.explanation && {
          explanation: {
            fit: r.explanation.fit,
            essentialFactor: r.explanation.essentialFactor,
            secondaryPoints: r.explanation.secondaryPoints,
            requirements: toFits(r.explanation),
          },
        }),
      })),
    };
  });

  const webhook = async (partnerId: string, secret?: string) => {
    const [partner] = await db.query<{ webhook_url: string | null }>('SELECT webhook_url FROM partners WHERE id = $1', [
      partnerId,
    ]);
    const deliveries = await db.query<{
      id: string;
      type: WebhookEventType;
      created_at: Date;
      attempts: number;
      delivered_at: Date | null;
      failed_at: Date | null;
      last_error: string | null;
    }>(
      'SELECT id, type, created_at, attempts, delivered_at, failed_at, last_error FROM webhook_deliveries WHERE partner_id = $1 ORDER BY created_at DESC LIMIT 20',
      [partnerId],
    );
    return {
      url: partner?.webhook_url ?? null,
      ...(secret && { secret }),
      deliveries: deliveries.map((d) => ({
        id: d.id,
        type: d.type,
        createdAt: iso(d.created_at)!,
        attempts: d.attempts,
        status: d.delivered_at ? ('delivered' as const) : d.failed_at ? ('failed' as const) : ('pending' as const),
        ...(!d.delivered_at && d.last_error ? { lastError: d.last_error } : {}),
      })),
    };
  };

  bind(app, services, routes.getWebhook, async ({ auth }) => webhook(person(auth, 'partner-admin').partnerId));

  // A new address comes with a new secret: the old one stops signing at once.
  bind(app, services, routes.putWebhook, async ({ auth, body }) => {
    const { partnerId } = person(auth, 'partner-admin');
    // Where the address leads is checked before it is saved (the sender checks again before each
    // delivery): a partner admin may not probe this server's own network through it.
    const problem = await publicAddressProblem(body.url, services.webhooks.addressOptions);
    if (problem)
      throw new ApiError({
        type: problemType('validation'),
        title: 'The request is not valid',
        status: 400,
        detail: `body.url ${problem}`,
        errors: [{ path: 'body.url', message: problem, code: 'custom' }],
      });
    const secret = newWebhookSecret();
    await db.query('UPDATE partners SET webhook_url = $2, webhook_secret = $3 WHERE id = $1', [
      partnerId,
      body.url,
      secret,
    ]);
    return webhook(partnerId, secret);
  });

  bind(app, services, routes.getMatching, async ({ auth }) =>
    matchingState(db, person(auth, 'partner-admin').partnerId),
  );

  bind(app, services, routes.putMatching, async ({ auth, body }) => {
    const me = person(auth, 'partner-admin');
    await db.query(
      'UPDATE partners SET matching_enabled = $2, matching_changed_at = now(), matching_changed_by = $3 WHERE id = $1',
      [me.partnerId, body.enabled, me.personId],
    );
    return matchingState(db, me.partnerId);
  });

  bind(app, services, routes.listRejections, async ({ auth, query }) => {
    const { partnerId } = person(auth, 'partner-admin');
    const rows = await db.query<RejectionRow>(
      `${REJECTION_SELECT} WHERE r.partner_id = $1 ORDER BY r.created_at DESC LIMIT $2 OFFSET $3`,
      [partnerId, query.limit ?? 100, query.offset ?? 0],
    );
    const [{ total }] = (await db.query<{ total: string }>(
      'SELECT count(*) AS total FROM match_rejections WHERE partner_id = $1',
      [partnerId],
    )) as [{ total: string }];
    return { total: Number(total), items: rows.map(toRejection) };
  });
}
