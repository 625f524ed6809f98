/**
 * The learning culture scan (#24). An employer starts a scan and shares its link; employees
 * answer without an account, and a response keeps only its answers (no person, address or time:
 * see migration 25). The report comes from @pfw/core/culture, which gives nothing but the count
 * below five answers — every route reads results through it, so no route can show fewer.
 */
import type { Hono } from 'hono';
import {
  ApiError,
  apiError,
  problemType,
  routes,
  type CultureAnswersInput,
  type CultureReport,
  type CultureScan,
} from '@pfw/contract';
import {
  CULTURE_ANSWERS,
  MIN_EMPLOYEES,
  actionsFor,
  changeOf,
  cultureItems,
  cultureReport,
  dimensionLabels,
  type CultureAnswers,
  type CultureVersion,
} from '@pfw/core/culture';
import type { Sector } from '@pfw/core/domain';
import { bind } from '../http/bind.js';
import { newId, randomString } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { offersFor } from '../storage/learning-offers.js';
import { iso, person } from './shared.js';

/** At most this many answers per scan: a shared link cannot be used to flood it. */
const MAX_RESPONSES = 1000;
/** The weakest this many dimensions carry actions. */
const WITH_ACTIONS = 3;
/** Each of them carries this many actions (the issue: two or three, concrete). */
const ACTIONS_EACH = 3;

interface ScanRow {
  id: string;
  employer_id: string;
  title: string;
  sector: Sector | null;
  repeat_of: string | null;
  share_token: string;
  management: CultureAnswers | null;
  created_at: Date;
  closed_at: Date | null;
  responses: number | string;
}

const SCAN_SELECT = `SELECT s.*, (SELECT count(*) FROM culture_responses r WHERE r.scan_id = s.id) AS responses
  FROM culture_scans s`;

const toScan = (r: ScanRow): CultureScan => ({
  id: r.id,
  title: r.title,
  ...(r.sector ? { sector: r.sector } : {}),
  ...(r.repeat_of ? { repeatOf: r.repeat_of } : {}),
  createdAt: iso(r.created_at)!,
  ...(r.closed_at ? { closedAt: iso(r.closed_at)! } : {}),
  shareToken: r.share_token,
  responses: Number(r.responses),
  managementAnswered: r.management !== null,
});

/** An employer's own scan; another's is "not found", like one that does not exist. */
async function ownScan(db: Queryable, id: string, employerId: string): Promise<ScanRow> {
  const [row] = await db.query<ScanRow>(`${SCAN_SELECT} WHERE s.id = $1 AND s.employer_id = $2`, [id, employerId]);
  if (!row) throw apiError(404, `You have no learning culture scan "${id}".`);
  return row;
}

/** The answers as stored (statement id → 1-5), refusing a statement the scan does not have. */
function answersOf(body: CultureAnswersInput): CultureAnswers {
  const out: Record<string, number> = {};
  body.answers.forEach((a, i) => {
    if (!cultureItems.some((item) => item.id === a.itemId))
      throw new ApiError({
        type: problemType('validation'),
        title: 'The request is not valid',
        status: 400,
        detail: `body.answers[${i}].itemId: "${a.itemId}" is not a statement of the scan.`,
        errors: [
          { path: `body.answers[${i}].itemId`, message: 'is not a statement of the scan', code: 'unknown_item' },
        ],
      });
    out[a.itemId] = a.answer;
  });
  return out;
}

const questions = (title: string, closed: boolean, version: CultureVersion) => ({
  title,
  closed,
  items: cultureItems.map((i) => ({ id: i.id, text: i[version] })),
  answers: [...CULTURE_ANSWERS],
});

/** A scan's answers the report counts, and how many more wait to count (fewer than five). */
async function responsesOf(db: Queryable, scanId: string): Promise<{ counted: CultureAnswers[]; waiting: number }> {
  const rows = await db.query<{ answers: CultureAnswers; counted: boolean }>(
    'SELECT answers, counted FROM culture_responses WHERE scan_id = $1',
    [scanId],
  );
  return {
    counted: rows.filter((r) => r.counted).map((r) => r.answers),
    waiting: rows.filter((r) => !r.counted).length,
  };
}

/** The report of a scan, read through cultureReport (nothing below five answers), with actions and the change since the scan it repeats. */
async function reportOf(db: Queryable, scan: ScanRow, partnerId: string): Promise<CultureReport> {
  const { counted, waiting } = await responsesOf(db, scan.id);
  const report = cultureReport(counted, scan.management ?? undefined, waiting);
  const base = {
    scanId: scan.id,
    respondents: report.respondents,
    managementAnswered: scan.management !== null,
    ...(report.shown && report.waiting ? { waiting: report.waiting } : {}),
  };
  if (!report.shown) return { ...base, shown: false, needed: report.needed };
  const previousScan = scan.repeat_of
    ? await ownScan(db, scan.repeat_of, scan.employer_id).catch(() => undefined)
    : undefined;
  const before =
    previousScan &&
    cultureReport((await responsesOf(db, previousScan.id)).counted, previousScan.management ?? undefined);
  const offers = await offersFor(db, partnerId);
  const jobs = await db.query<{ id: string; title: string; occupation_id: string | null }>(
    "SELECT id, input->>'title' AS title, input->>'occupationId' AS occupation_id FROM job_profiles WHERE employer_id = $1 AND status = 'published' ORDER BY created_at DESC LIMIT 5",
    [scan.employer_id],
  );
  // Onboarding shared by employers of the partner, for the occupations of these vacancies.
  const shared = await db.query<{ id: string; title: string; members: number | string }>(
    `SELECT p.id, p.title, (SELECT count(*) FROM community_path_members m WHERE m.path_id = p.id) AS members
       FROM community_paths p WHERE p.partner_id = $1 AND p.occupation_id = ANY($2) ORDER BY p.created_at LIMIT 3`,
    [partnerId, jobs.map((j) => j.occupation_id).filter((id): id is string => Boolean(id))],
  );
  // The weakest few, and any that reads the same score as the last of them: two parts at "56 van
  // 100" get the same advice, not one of them by a decimal nobody sees.
  const cut = Math.round(report.dimensions.at(-WITH_ACTIONS)!.mean);
  const weakest = report.dimensions.filter((d) => Math.round(d.mean) <= cut).map((d) => d.dimension);
  return {
    ...base,
    shown: true,
    index: { mean: report.index.mean, low: report.index.low, high: report.index.high },
    ...(before?.shown && previousScan
      ? {
          previous: {
            scanId: previousScan.id,
            createdAt: iso(previousScan.created_at)!,
            index: { mean: before.index.mean, low: before.index.low, high: before.index.high },
          },
        }
      : {}),
    dimensions: report.dimensions.map((d) => {
      const earlier = before?.shown ? before.dimensions.find((x) => x.dimension === d.dimension) : undefined;
      return {
        dimension: d.dimension,
        label: dimensionLabels[d.dimension],
        mean: d.mean,
        low: d.low,
        high: d.high,
        rank: d.rank,
        ...(d.management === undefined ? {} : { management: d.management, gap: d.gap! }),
        reliable: d.reliability.enough,
        ...(d.reliability.because && { unreliableBecause: d.reliability.because }),
        actions: weakest.includes(d.dimension)
          ? actionsFor(d.dimension, scan.sector ?? undefined, ACTIONS_EACH, { hasJobProfiles: jobs.length > 0 }).map(
              (a) => {
                const linked = offers
                  .filter((o) => o.develops.some((x) => a.skillIds?.includes(x.skillId)))
                  .slice(0, 2);
                return {
                  id: a.id,
                  text: a.text,
                  effort: a.effort,
                  costEur: a.costEur,
                  ...(linked.length
                    ? { offers: linked.map((o) => ({ id: o.id, title: o.title, ...(o.url ? { url: o.url } : {}) })) }
                    : {}),
                  ...(a.jobProfiles && jobs.length
                    ? { jobProfiles: jobs.map((j) => ({ id: j.id, title: j.title })) }
                    : {}),
                  ...(a.jobProfiles && shared.length
                    ? { communityPaths: shared.map((p) => ({ id: p.id, title: p.title, members: Number(p.members) })) }
                    : {}),
                };
              },
            )
          : [],
        ...(earlier ? { change: changeOf(earlier, d), before: earlier.mean } : {}),
      };
    }),
  };
}

/** An employer's scans, newest first (their export). */
export async function cultureScansOf(db: Queryable, employerId: string): Promise<CultureScan[]> {
  const rows = await db.query<ScanRow>(`${SCAN_SELECT} WHERE s.employer_id = $1 ORDER BY s.created_at DESC`, [
    employerId,
  ]);
  return rows.map(toScan);
}

export function mountCulture(app: Hono, services: Services): void {
  const { db } = services;

  bind(app, services, routes.createCultureScan, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    if (body.repeatOf) await ownScan(db, body.repeatOf, me.personId);
    const id = newId('cs');
    await db.query(
      'INSERT INTO culture_scans (id, employer_id, title, sector, repeat_of, share_token) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, me.personId, body.title, body.sector ?? null, body.repeatOf ?? null, randomString(24)],
    );
    return toScan(await ownScan(db, id, me.personId));
  });

  bind(app, services, routes.listCultureScans, async ({ auth }) => {
    return { items: await cultureScansOf(db, person(auth, 'employer').personId) };
  });

  bind(app, services, routes.getCultureReport, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    return reportOf(db, await ownScan(db, params.id, me.personId), me.partnerId);
  });

  bind(app, services, routes.getCultureManagementQuestions, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    const scan = await ownScan(db, params.id, me.personId);
    return questions(scan.title, scan.closed_at !== null, 'management');
  });

  bind(app, services, routes.putCultureManagementAnswers, async ({ auth, params, body }) => {
    const me = person(auth, 'employer');
    const scan = await ownScan(db, params.id, me.personId);
    await db.query('UPDATE culture_scans SET management = $2 WHERE id = $1', [
      scan.id,
      JSON.stringify(answersOf(body)),
    ]);
    return toScan(await ownScan(db, scan.id, me.personId));
  });

  bind(app, services, routes.closeCultureScan, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    const scan = await ownScan(db, params.id, me.personId);
    await db.query('UPDATE culture_scans SET closed_at = COALESCE(closed_at, now()) WHERE id = $1', [scan.id]);
    return toScan(await ownScan(db, scan.id, me.personId));
  });

  const byToken = async (token: string) => {
    const [row] = await db.query<{ id: string; title: string; closed_at: Date | null }>(
      'SELECT id, title, closed_at FROM culture_scans WHERE share_token = $1',
      [token],
    );
    if (!row) throw apiError(404, 'There is no learning culture scan with this link.');
    return row;
  };

  bind(app, services, routes.getCultureQuestions, async ({ params }) => {
    const scan = await byToken(params.token);
    return questions(scan.title, scan.closed_at !== null, 'employee');
  });

  bind(app, services, routes.postCultureAnswers, async ({ params, body }) => {
    const scan = await byToken(params.token);
    if (scan.closed_at) throw apiError(409, 'This scan is closed: it takes no more answers.', 'wrong-status');
    const answers = answersOf(body);
    const key = body.responseKey ?? null;
    const stored = await db.transaction(async (tx) => {
      // One answer of a scan at a time: two at once could each count too few new ones to mark.
      await tx.query('SELECT 1 FROM culture_scans WHERE id = $1 FOR UPDATE', [scan.id]);
      const inserted = await tx.query(
        `INSERT INTO culture_responses (id, scan_id, answers, response_key)
         SELECT $1, $2, $3, $5 WHERE (SELECT count(*) FROM culture_responses WHERE scan_id = $2) < $4
         ON CONFLICT (scan_id, response_key) WHERE response_key IS NOT NULL DO NOTHING RETURNING id`,
        [newId('cr'), scan.id, JSON.stringify(answers), MAX_RESPONSES, key],
      );
      // Five new answers count together: a report then never changes by fewer than five people,
      // so no one's answers show in a difference.
      await tx.query(
        `UPDATE culture_responses SET counted = true WHERE scan_id = $1 AND NOT counted
           AND (SELECT count(*) FROM culture_responses WHERE scan_id = $1 AND NOT counted) >= $2`,
        [scan.id, MIN_EMPLOYEES],
      );
      return inserted;
    });
    // Nothing stored: these answers came before (the same key), or the scan is full.
    const before =
      !stored.length &&
      key !== null &&
      (await db.query('SELECT 1 FROM culture_responses WHERE scan_id = $1 AND response_key = $2', [scan.id, key]))
        .length > 0;
    if (!stored.length && !before) throw apiError(409, 'This scan has all the answers it can take.', 'wrong-status');
    return { stored: true as const };
  });
}
