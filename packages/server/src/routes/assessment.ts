/**
 * Assessment sessions. The browser runs the adaptive test; the server stores every raw answer
 * once (a retry never counts twice) and, on completion, re-scores the stored answers with the
 * same engine and signs the skillprint. Only the server's score counts.
 */
import type { Hono } from 'hono';
import {
  ApiError,
  apiError,
  problemType,
  routes,
  type AssessmentSession,
  type ItemResponse,
  type Skillprint,
} from '@pfw/contract';
import {
  ASSESSMENT_VERSION,
  EXTRA_TIME_FACTOR,
  ResponseError,
  categoryOf,
  createAssessmentEngine,
  indexItems,
  itemBank,
  skillScores,
  type AdaptiveState,
} from '@pfw/core/psychometrics';
import { bind } from '../http/bind.js';
import { bumpVersion } from '../match-indexes.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { addDays, iso, person } from './shared.js';
import { loadSignedSkillprint } from '../storage/queries.js';

const engine = createAssessmentEngine();
const items = indexItems(itemBank);

interface SessionRow {
  id: string;
  person_id: string;
  status: 'active' | 'completed';
  assessment_version: string;
  lang: 'nl' | 'en';
  extra_time: boolean;
  started_at: Date;
  expires_at: Date;
  skillprint_id: string | null;
  response_count?: number | string;
}

const toSession = (r: SessionRow): AssessmentSession => ({
  id: r.id,
  status: r.status === 'active' && new Date(r.expires_at) < new Date() ? 'expired' : r.status,
  assessmentVersion: r.assessment_version,
  lang: r.lang,
  startedAt: iso(r.started_at)!,
  expiresAt: iso(r.expires_at)!,
  responseCount: Number(r.response_count ?? 0),
  ...(r.skillprint_id ? { skillprintId: r.skillprint_id } : {}),
});

async function ownSession(db: Queryable, id: string, personId: string): Promise<SessionRow> {
  const [row] = await db.query<SessionRow>(
    `SELECT s.*, (SELECT count(*) FROM item_responses r WHERE r.session_id = s.id) AS response_count
       FROM assessment_sessions s WHERE s.id = $1 AND s.person_id = $2`,
    [id, personId],
  );
  // Someone else's session is "not found": we do not tell that it exists.
  if (!row) throw apiError(404, `There is no assessment "${id}" of yours.`);
  return row;
}

/** The scored category of a stored answer, or a 400 naming the field. */
function scoredCategory(response: Pick<ItemResponse, 'itemId' | 'choice' | 'trials'>, extraTime: boolean): number {
  try {
    return categoryOf(items, response, { timeFactor: extraTime ? EXTRA_TIME_FACTOR : 1 });
  } catch (error) {
    if (error instanceof ResponseError) {
      throw new ApiError({
        type: problemType('validation'),
        title: 'The request is not valid',
        status: 400,
        detail: `body.${error.message}`,
        errors: [
          {
            path: `body.${error.field}`,
            message: error.message.slice(error.field.length + 1),
            code: 'invalid_response',
          },
        ],
      });
    }
    throw error;
  }
}

export function mountAssessment(app: Hono, services: Services): void {
  const { db } = services;
  const bankDocument = { version: ASSESSMENT_VERSION, items: [...itemBank] };

  bind(app, services, routes.getItemBank, () => bankDocument);

  bind(app, services, routes.startAssessment, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    const id = newId('ses');
    await db.query(
      'INSERT INTO assessment_sessions (id, person_id, status, assessment_version, lang, extra_time, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [
        id,
        me.personId,
        'active',
        ASSESSMENT_VERSION,
        body.lang,
        body.extraTime ?? false,
        addDays(services.settings.sessionDays),
      ],
    );
    await db.query('UPDATE people SET last_seen_at = now() WHERE id = $1', [me.personId]);
    return toSession(await ownSession(db, id, me.personId));
  });

  bind(app, services, routes.getAssessment, async ({ auth, params }) =>
    toSession(await ownSession(db, params.id, person(auth).personId)),
  );

  bind(app, services, routes.putResponse, async ({ auth, params, body }) => {
    const session = await ownSession(db, params.id, person(auth).personId);
    if (body.itemId !== params.itemId)
      throw apiError(400, `body.itemId must equal the item in the address ("${params.itemId}").`);
    if (session.status === 'completed')
      throw apiError(409, 'This assessment is finished: answers can no longer change.', 'assessment-completed');
    if (new Date(session.expires_at) < new Date()) {
      throw apiError(
        409,
        'This assessment has expired. Your answers are kept; start a new assessment to go on.',
        'assessment-expired',
      );
    }
    scoredCategory(body, session.extra_time); // refuse what cannot be scored before storing it
    const inserted = await db.query(
      `INSERT INTO item_responses (session_id, item_id, choice, trials, duration_ms, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id, item_id) DO NOTHING RETURNING item_id`,
      [
        session.id,
        body.itemId,
        body.choice ?? null,
        body.trials ? JSON.stringify(body.trials) : null,
        body.durationMs,
        body.answeredAt,
      ],
    );
    const [{ count }] = (await db.query<{ count: string | number }>(
      'SELECT count(*) AS count FROM item_responses WHERE session_id = $1',
      [session.id],
    )) as [{ count: string | number }];
    return { stored: inserted.length === 1, responseCount: Number(count) };
  });

  bind(app, services, routes.completeAssessment, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const session = await ownSession(db, params.id, me.personId);
    if (session.skillprint_id) return (await loadSignedSkillprint(db, 'id', session.skillprint_id))!;
    const rows = await db.query<{
      item_id: string;
      choice: number | null;
      trials: ItemResponse['trials'] | null;
      duration_ms: number;
    }>(
      'SELECT item_id, choice, trials, duration_ms FROM item_responses WHERE session_id = $1 ORDER BY stored_at, item_id',
      [session.id],
    );
    const state: AdaptiveState = {
      ...engine.start(0),
      answers: rows.map((r) => ({
        itemId: r.item_id,
        category: scoredCategory(
          { itemId: r.item_id, choice: r.choice ?? undefined, trials: r.trials ?? undefined },
          session.extra_time,
        ),
        seconds: r.duration_ms / 1000,
      })),
    };
    const scores = skillScores(engine, state);
    const missing = scores.filter((s) => s.itemsUsed === 0).length;
    if (missing) throw apiError(409, `Not finished yet: ${missing} skill(s) have no answer.`, 'assessment-incomplete');

    const skillprint: Skillprint = {
      id: newId('sp'),
      owner: me.pseudonym,
      assessmentVersion: session.assessment_version,
      issuedAt: new Date().toISOString(),
      scores,
      interests: [],
      environment: [],
    };
    const signature = await services.signer.signSkillprint(skillprint);
    const stored = await db.transaction(async (tx) => {
      // Completing twice at once: the unique session_id keeps one skillprint.
      const inserted = await tx.query(
        'INSERT INTO skillprints (id, person_id, session_id, payload, signature, issued_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id) DO NOTHING RETURNING id',
        [skillprint.id, me.personId, session.id, JSON.stringify(skillprint), signature, skillprint.issuedAt],
      );
      if (!inserted.length) return undefined;
      await tx.query("UPDATE assessment_sessions SET status = 'completed', skillprint_id = $2 WHERE id = $1", [
        session.id,
        skillprint.id,
      ]);
      await bumpVersion(tx, me.partnerId, 'pool_version'); // a new skillprint may change the pool
      return { skillprint, signature };
    });
    return stored ?? (await loadSignedSkillprint(db, 'session_id', session.id))!;
  });
}
