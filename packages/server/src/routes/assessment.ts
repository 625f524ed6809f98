/**
 * Assessment sessions. The server runs the test (#17): it chooses the steps, sends a few ahead
 * with every answer (so answering never waits on the network), keeps the key (a step carries
 * texts and options, never a category), stores every raw answer once (a retry never counts
 * twice) and, on completion, scores the stored answers and signs the skillprint. Nothing is kept
 * in memory between requests: the test's state is rebuilt from the stored answers and the
 * session's seed, so any instance can serve any request.
 */
import type { Hono } from 'hono';
import { ApiError, apiError, problemType, routes, type AssessmentWithSteps, type TextLang } from '@pfw/contract';
import { ResearchRound, ResponseError, researchForm, type RawAnswer, type ResearchForm } from '@pfw/core/psychometrics';
import { bind } from '../http/bind.js';
import { ResearchCounts } from '../banks/research-counts.js';
import { logIndexChange } from '../match-indexes.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { addDays, iso, person } from './shared.js';
import type { BankRegistry } from '../banks/registry.js';
import { remeasuredSkillprintOf, scoreAnswers, skillprintOf } from '../banks/score.js';
import {
  ANSWER_COLUMNS,
  gameOptions,
  latestSkillprint,
  loadSignedSkillprint,
  toRawAnswer,
  type AnswerRow,
} from '../storage/queries.js';

/** Steps sent ahead with each answer: enough for a short loss of signal. */
const AHEAD = 3;

interface SessionRow {
  id: string;
  person_id: string;
  status: 'active' | 'completed';
  assessment_version: string;
  lang: TextLang;
  extra_time: boolean;
  seed: number | string;
  started_at: Date;
  expires_at: Date;
  skillprint_id: string | null;
  /** A re-measurement: only these skills (null: the whole test). */
  remeasure: string[] | null;
  /** A research round: its form, the test it followed and that test's skillprint (null: no research round). */
  research: (ResearchForm & { basedOn: string; skillprintId: string }) | null;
  response_count?: number | string;
}

/** The administration a session's steps come from: the whole test, its re-measurement, or a research round. */
const administrationOf = (banks: BankRegistry, r: SessionRow) => {
  const bank = banks.get(r.assessment_version)!;
  return r.research ? new ResearchRound(bank.administration.engine, r.research) : bank.administrationFor(r.remeasure);
};

/** Expired: past its date, or begun on a bank version this server no longer has (its steps no longer exist). */
const isExpired = (banks: BankRegistry, r: SessionRow) =>
  r.status === 'active' && (new Date(r.expires_at) < new Date() || !banks.get(r.assessment_version));

async function storedAnswers(db: Queryable, sessionId: string): Promise<RawAnswer[]> {
  const rows = await db.query<AnswerRow>(
    `SELECT ${ANSWER_COLUMNS} FROM item_responses WHERE session_id = $1 ORDER BY stored_at, item_id`,
    [sessionId],
  );
  return rows.map(toRawAnswer);
}

/** The languages a session's items were shown in, the most used first (older answers: the session's). */
async function testLangs(db: Queryable, session: SessionRow): Promise<TextLang[]> {
  const rows = await db.query<{ lang: TextLang }>(
    `SELECT COALESCE(lang, $2) AS lang FROM item_responses WHERE session_id = $1
     GROUP BY COALESCE(lang, $2) ORDER BY count(*) DESC, min(stored_at)`,
    [session.id, session.lang],
  );
  return rows.length ? rows.map((r) => r.lang) : [session.lang];
}

/** The next steps and the progress; every step sent is recorded, so its answer will be taken. */
async function ahead(db: Queryable, banks: BankRegistry, r: SessionRow, answers: readonly RawAnswer[]) {
  if (r.status !== 'active' || isExpired(banks, r))
    return { next: [], progress: { percent: 100, skillsDone: 0, skills: 0 } };
  const seed = Number(r.seed);
  const sent = await db.query<{ item_id: string }>(
    'SELECT item_id FROM assessment_steps_sent WHERE session_id = $1 ORDER BY n',
    [r.id],
  );
  const { next, progress } = administrationOf(banks, r).ahead(
    seed,
    answers,
    AHEAD,
    sent.map((s) => s.item_id),
    gameOptions(r),
  );
  const fresh = next.filter((step) => !sent.some((s) => s.item_id === step.id));
  if (fresh.length) {
    const values = fresh.map((_, i) => `($1, $${2 * i + 2}, $${2 * i + 3})`).join(', ');
    await db.query(
      `INSERT INTO assessment_steps_sent (session_id, item_id, n) VALUES ${values} ON CONFLICT DO NOTHING`,
      [r.id, ...fresh.flatMap((step, i) => [step.id, sent.length + i])],
    );
  }
  return { next, progress };
}

async function toSession(db: Queryable, banks: BankRegistry, r: SessionRow): Promise<AssessmentWithSteps> {
  const answers = await storedAnswers(db, r.id);
  return {
    id: r.id,
    status: isExpired(banks, r) ? 'expired' : r.status,
    assessmentVersion: r.assessment_version,
    lang: r.lang,
    startedAt: iso(r.started_at)!,
    expiresAt: iso(r.expires_at)!,
    responseCount: answers.length,
    ...(r.skillprint_id ? { skillprintId: r.skillprint_id } : {}),
    ...(r.remeasure ? { remeasure: r.remeasure } : {}),
    ...(r.research ? { research: true as const } : {}),
    ...(await ahead(db, banks, r, answers)),
  };
}

async function ownSession(db: Queryable, id: string, personId: string): Promise<SessionRow> {
  const [row] = await db.query<SessionRow>('SELECT * FROM assessment_sessions WHERE id = $1 AND person_id = $2', [
    id,
    personId,
  ]);
  // Someone else's session is "not found": we do not tell that it exists.
  if (!row) throw apiError(404, `There is no assessment "${id}" of yours.`);
  return row;
}

/** A ResponseError from the scorer as a 400 naming the field of the body. */
function asProblem(error: unknown): unknown {
  if (!(error instanceof ResponseError)) return error;
  return new ApiError({
    type: problemType('validation'),
    title: 'The request is not valid',
    status: 400,
    detail: `body.${error.message}`,
    errors: [
      { path: `body.${error.field}`, message: error.message.slice(error.field.length + 1), code: 'invalid_response' },
    ],
  });
}

export function mountAssessment(app: Hono, services: Services): void {
  const { db, banks } = services;
  /** Where the research rounds' answers are missing (read every ten minutes at most). */
  const researchCounts = new ResearchCounts(db);

  /**
   * A research round's form: for someone with the research consent, after their latest whole test
   * on the version in use (calibration puts the two together), of its units not shown in that test,
   * of a skill where answers are missing (researchForm with the counts).
   */
  async function researchRoundFor(personId: string, seed: number) {
    const [consent] = await db.query('SELECT 1 FROM research_profiles WHERE person_id = $1', [personId]);
    if (!consent)
      throw apiError(409, 'The research round is only for those who gave the research consent.', 'no-research-consent');
    const [test] = await db.query<{ id: string; skillprint_id: string }>(
      `SELECT id, skillprint_id FROM assessment_sessions
        WHERE person_id = $1 AND status = 'completed' AND skillprint_id IS NOT NULL
          AND remeasure IS NULL AND research IS NULL AND assessment_version = $2
        ORDER BY started_at DESC LIMIT 1`,
      [personId, banks.current.assessmentVersion],
    );
    if (!test)
      throw apiError(
        409,
        'The research round comes after the whole test on this version of the test: take the test first.',
        'no-skillprint',
      );
    // Not what the test showed, nor an earlier round after it: one answer per unit and person.
    const seen = await db.query<{ item_id: string }>(
      `SELECT item_id FROM item_responses WHERE session_id = $1
          OR session_id IN (SELECT id FROM assessment_sessions WHERE person_id = $2 AND research->>'basedOn' = $1)`,
      [test.id, personId],
    );
    return {
      ...researchForm(
        banks.current.administration.engine,
        seen.map((r) => r.item_id),
        seed,
        await researchCounts.of(banks.current.assessmentVersion),
      ),
      basedOn: test.id,
      skillprintId: test.skillprint_id,
    };
  }

  bind(app, services, routes.startAssessment, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    if (body.research && body.remeasure)
      throw new ApiError({
        type: problemType('validation'),
        title: 'The request is not valid',
        status: 400,
        detail: 'body.research: a research round re-measures nothing; leave out remeasure.',
        errors: [{ path: 'body.research', message: 'cannot come with remeasure', code: 'not_with_remeasure' }],
      });
    const remeasure = body.remeasure && [...new Set(body.remeasure)];
    if (remeasure) {
      const unknown = remeasure.filter((skillId) => !banks.current.bank.skills.includes(skillId));
      if (unknown.length)
        throw new ApiError({
          type: problemType('unknown-skill'),
          title: 'The request is not valid',
          status: 400,
          detail: `body.remeasure: the test does not measure ${unknown.join(', ')}.`,
          errors: [
            {
              path: 'body.remeasure',
              message: `not measured by the test: ${unknown.join(', ')}`,
              code: 'unknown_skill',
            },
          ],
        });
      if (!(await latestSkillprint(db, me.personId)))
        throw apiError(409, 'Re-measuring needs a skillprint: take the whole test first.', 'no-skillprint');
    }
    const id = newId('ses');
    const seed = Math.floor(Math.random() * 2 ** 31);
    const research = body.research && (await researchRoundFor(me.personId, seed));
    await db.query(
      'INSERT INTO assessment_sessions (id, person_id, status, assessment_version, lang, extra_time, expires_at, seed, remeasure, research) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [
        id,
        me.personId,
        'active',
        banks.current.assessmentVersion,
        body.lang,
        body.extraTime ?? false,
        addDays(services.settings.sessionDays),
        seed,
        remeasure ? JSON.stringify(remeasure) : null,
        research ? JSON.stringify(research) : null,
      ],
    );
    await db.query('UPDATE people SET last_seen_at = now() WHERE id = $1', [me.personId]);
    return toSession(db, banks, await ownSession(db, id, me.personId));
  });

  bind(app, services, routes.getAssessment, async ({ auth, params }) =>
    toSession(db, banks, await ownSession(db, params.id, person(auth).personId)),
  );

  bind(app, services, routes.putResponse, async ({ auth, params, body }) => {
    const session = await ownSession(db, params.id, person(auth).personId);
    if (body.itemId !== params.itemId)
      throw apiError(400, `body.itemId must equal the item in the address ("${params.itemId}").`);
    if (session.status === 'completed')
      throw apiError(409, 'This assessment is finished: answers can no longer change.', 'assessment-completed');
    if (isExpired(banks, session)) {
      throw apiError(
        409,
        'This assessment has expired. Your answers are kept; start a new assessment to go on.',
        'assessment-expired',
      );
    }
    const [sent] = await db.query('SELECT 1 FROM assessment_steps_sent WHERE session_id = $1 AND item_id = $2', [
      session.id,
      body.itemId,
    ]);
    if (!sent) throw asProblem(new ResponseError('itemId', `"${body.itemId}" was not sent to this assessment`));
    const answer: RawAnswer = {
      itemId: body.itemId,
      ...(body.choice === undefined ? {} : { choice: body.choice }),
      ...(body.least === undefined ? {} : { least: body.least }),
      ...(body.trials ? { trials: body.trials } : {}),
      durationMs: body.durationMs,
    };
    try {
      // Refuse what cannot be scored (not expired, so its bank is loaded).
      administrationOf(banks, session).category(Number(session.seed), answer, gameOptions(session));
    } catch (error) {
      throw asProblem(error);
    }
    const inserted = await db.query(
      `INSERT INTO item_responses (session_id, item_id, choice, least, trials, duration_ms, answered_at, lang)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (session_id, item_id) DO NOTHING RETURNING item_id`,
      [
        session.id,
        body.itemId,
        body.choice ?? null,
        body.least ?? null,
        body.trials ? JSON.stringify(body.trials) : null,
        body.durationMs,
        body.answeredAt,
        body.lang ?? session.lang,
      ],
    );
    const answers = await storedAnswers(db, session.id);
    return {
      stored: inserted.length === 1,
      responseCount: answers.length,
      ...(await ahead(db, banks, session, answers)),
    };
  });

  bind(app, services, routes.completeAssessment, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const session = await ownSession(db, params.id, me.personId);
    if (session.skillprint_id) return (await loadSignedSkillprint(db, 'id', session.skillprint_id))!;
    if (session.research) {
      // For calibration only: the skillprint stays the one of the test it followed.
      const followed = await loadSignedSkillprint(db, 'id', session.research.skillprintId);
      if (!followed) throw apiError(404, 'The skillprint this research round followed is no longer there.');
      await db.query("UPDATE assessment_sessions SET status = 'completed', skillprint_id = $2 WHERE id = $1", [
        session.id,
        session.research.skillprintId,
      ]);
      return followed;
    }
    const answers = await storedAnswers(db, session.id);
    // Scored with the bank the session's steps came from, and saying so.
    const bank = banks.get(session.assessment_version);
    if (!bank)
      throw apiError(
        409,
        'This assessment was taken on a version of the test this server no longer has. Start a new assessment.',
        'assessment-expired',
      );
    const administration = bank.administrationFor(session.remeasure);
    const scored = scoreAnswers(administration, Number(session.seed), answers, gameOptions(session));
    const scores = scored.scores.filter((s) => !session.remeasure || session.remeasure.includes(s.skillId));
    const unmeasured = scored.unmeasured.filter((id) => !session.remeasure || session.remeasure.includes(id));
    // Only skills measured well enough are signed. While the test has steps left, finish them first;
    // when it has none (its time is used up), the skillprint lists the others as not measured. With
    // none measured at all, there is nothing to sign: the answers came too fast to count (rapid
    // guesses, see isRapidGuess), and only a new test can say something.
    if (scored.finished && !scores.length) {
      throw apiError(
        409,
        'The test is over and no skill could be measured: the answers came too fast to have been read. Start a new assessment.',
        'assessment-unmeasured',
      );
    }
    if (unmeasured.length && !scored.finished) {
      throw apiError(
        409,
        `Not finished yet: ${unmeasured.length} skill(s) need more answers (${unmeasured.join(', ')}).`,
        'assessment-incomplete',
      );
    }
    const meta = {
      id: newId('sp'),
      owner: me.pseudonym,
      assessmentVersion: session.assessment_version,
      issuedAt: new Date().toISOString(),
      testLangs: await testLangs(db, session),
    };
    // A re-measurement copies the other scores from the newest skillprint (erased since: none to copy).
    const base = session.remeasure && (await latestSkillprint(db, me.personId));
    if (session.remeasure && !base)
      throw apiError(409, 'Re-measuring needs a skillprint: take the whole test first.', 'no-skillprint');
    const skillprint = base
      ? remeasuredSkillprintOf(scored, session.remeasure!, base, meta)!
      : skillprintOf(scored, meta);
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
      await logIndexChange(tx, me.partnerId, 'candidate', [me.personId]); // ranked by the newest skillprint
      return { skillprint, signature };
    });
    return stored ?? (await loadSignedSkillprint(db, 'session_id', session.id))!;
  });
}
