/**
 * Learning paths (#23): a job seeker picks a goal, gets the steps to it from their newest
 * skillprint (@pfw/core/matching planLearningPath), and says what they started and finished.
 * Whether a step's level is reached is read from the newest skillprint every time: measured,
 * never taken from what the person said.
 */
import type { Hono } from 'hono';
import {
  apiError,
  measuredIn,
  measurementsOf,
  routes,
  type LearningGoalKind,
  type LearningPath,
  type LearningProof,
  type HeldSource,
  type LearningStepStatus,
  type LocalizedText,
  type Skillprint,
} from '@pfw/contract';
import type { Level } from '@pfw/core/domain';
import {
  hardRequirementFits,
  levelNow,
  match,
  pathProgress,
  planLearningPath,
  reaches,
  type LearningPathProgress,
  type MatchTarget,
  type PlannedStep,
} from '@pfw/core/matching';
import { isProvisional, levelRange } from '@pfw/core/norms';
import { growthOf } from '@pfw/core/psychometrics';
import { findOccupation, withSector } from '@pfw/core/skills';
import { lessonsFor, offersFor } from '../storage/learning-offers.js';
import { bind } from '../http/bind.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { JOB_SELECT, heldColumn, heldMap, latestSkillprint, type JobRow } from '../storage/queries.js';
import { communityTarget, partnerCommunityPath, type CommunityPathRow } from './community.js';
import { invalid, iso, person } from './shared.js';

interface PathRow {
  id: string;
  person_id: string;
  goal_kind: LearningGoalKind;
  goal_id: string;
  goal_title: LocalizedText;
  created_at: Date;
  ended_at: Date | null;
}

interface StepRow {
  path_id: string;
  skill_id: string;
  required_level: number;
  start_level: number;
  essential: boolean;
  opens: number;
  blocks: number;
  offer_ids: string[];
  status: LearningStepStatus;
  offer_id: string | null;
  started_at: Date | null;
  done_at: Date | null;
  proof: LearningProof | null;
  lesson_done_at: Date | null;
  workplace_note: string | null;
}

/** A published vacancy of the person's own partner (a goal may only be one they could apply to). */
async function publishedJob(db: Queryable, id: string, partnerId: string): Promise<JobRow | undefined> {
  const [row] = await db.query<JobRow>(
    `${JOB_SELECT} WHERE j.id = $1 AND p.partner_id = $2 AND j.status = 'published'`,
    [id, partnerId],
  );
  return row;
}

/** The goal's requirements now (undefined when a vacancy was closed or a community path ended since). */
async function goalTarget(db: Queryable, path: PathRow, partnerId: string): Promise<MatchTarget | undefined> {
  if (path.goal_kind === 'occupation') return findOccupation(path.goal_id);
  if (path.goal_kind === 'community') {
    const community = await partnerCommunityPath(db, path.goal_id, partnerId);
    return community && communityTarget(community);
  }
  const job = await publishedJob(db, path.goal_id, partnerId);
  return job && withSector(job.input);
}

/** A planned step, with what the workplace does in it when the goal is a community path. */
type PlannedStepWithNote = PlannedStep & { workplaceNote?: string };

/**
 * A community path's steps from the plan to its skills: in the path's order, the employers'
 * offers first, and what the workplace does. The plan holds only the skills not yet reached.
 */
function followCommunityPath(planned: PlannedStep[], community: CommunityPathRow): PlannedStepWithNote[] {
  return community.steps.flatMap((step) => {
    const plan = planned.find((p) => p.skillId === step.skillId);
    if (!plan) return [];
    const others = plan.offerIds.filter((id) => !step.offerIds.includes(id));
    return [{ ...plan, offerIds: [...step.offerIds, ...others], workplaceNote: step.note }];
  });
}

/** A person's skillprints, oldest first, with when each was stored. */
async function skillprintsOf(db: Queryable, personId: string) {
  return db.query<{ payload: Skillprint; issued_at: Date }>(
    'SELECT payload, issued_at FROM skillprints WHERE person_id = $1 ORDER BY issued_at',
    [personId],
  );
}

/**
 * How one skill was measured since a plan was made: the skillprint it was made from and every
 * one after that measured it (a retake measures every skill again, a re-measurement a few), each with the levels it could be; and whether
 * it grew, only claimed when the first and the newest 80 % ranges no longer overlap (growthOf).
 */
function historyOf(prints: { payload: Skillprint; issued_at: Date }[], since: Date, skillId: string) {
  const measured = prints.filter((p) => measuredIn(p.payload, skillId));
  const from = Math.max(
    0,
    measured.findLastIndex((p) => new Date(p.issued_at) <= since),
  );
  const scores = measurementsOf(
    measured.slice(from).map((p) => p.payload),
    skillId,
  );
  const history = scores.map(({ at, score }) => {
    const [low, high] = levelRange(score);
    return { at, level: score.level, low, high };
  });
  return scores.length >= 2 ? { history, growth: growthOf(scores[0]!.score, scores.at(-1)!.score) } : { history };
}

/**
 * What a step says of itself against the person's skillprints: reached by the newest, when it was
 * said done, and its measurements since the plan (what stepProgress and pathProgress read).
 */
function stepState(s: StepRow, pathCreatedAt: Date, prints: { payload: Skillprint; issued_at: Date }[]) {
  const latest = prints.at(-1)?.payload;
  return {
    skillId: s.skill_id,
    status: s.status,
    reached: latest ? reaches(latest, s.skill_id, s.required_level) : false,
    ...(s.done_at ? { doneAt: iso(s.done_at)! } : {}),
    ...historyOf(prints, pathCreatedAt, s.skill_id),
  };
}

/** The goal's gaps the plan has no step for (a newer test found them), as the path says them. */
function newGapsOf(fit: { gaps: { skillId: string }[] } | undefined, steps: { skillId: string }[]) {
  const planned = new Set(steps.map((s) => s.skillId));
  const gaps = fit?.gaps.map((g) => g.skillId).filter((id) => !planned.has(id)) ?? [];
  return gaps.length ? { newGaps: gaps } : {};
}

/** Paths with their steps, read against the person's skillprints (the newest decides what is reached). */
async function toPaths(
  db: Queryable,
  paths: PathRow[],
  partnerId: string,
  prints: { payload: Skillprint; issued_at: Date }[],
): Promise<LearningPath[]> {
  if (!paths.length) return [];
  const latest = prints.at(-1)?.payload;
  const steps = await db.query<StepRow>(
    'SELECT * FROM learning_steps WHERE path_id = ANY($1::text[]) ORDER BY path_id, position',
    [paths.map((p) => p.id)],
  );
  const offers = new Map((await offersFor(db, partnerId)).map((o) => [o.id, o]));
  const lessonOf = await lessonsFor(db, partnerId);
  // What the person holds of the certificates, licences and physical work (their own paths: one person).
  const [{ held } = { held: null }] = await db.query<{ held: Record<string, HeldSource> | null }>(
    `SELECT ${heldColumn('$1')}`,
    [paths[0]!.person_id],
  );
  const out: LearningPath[] = [];
  for (const path of paths) {
    const target = path.ended_at ? undefined : await goalTarget(db, path, partnerId);
    const fit = target && latest ? match(latest, target) : undefined;
    const hard = target && hardRequirementFits(target.hardRequirements, heldMap(held));
    // What leads to a paper the goal asks and the person lacks: a plan of skills does not bring it.
    const lacking = new Set(hard?.filter((h) => !h.held).map((h) => h.id));
    const certificateOffers = [...offers.values()].filter((o) => o.leadsTo?.some((id) => lacking.has(id)));
    const mine = steps
      .filter((s) => s.path_id === path.id)
      .map((s) => {
        const lesson = lessonOf.forSkill(s.skill_id);
        return {
          ...stepState(s, new Date(path.created_at), prints),
          requiredLevel: s.required_level as Level,
          startLevel: s.start_level as Level,
          currentLevel: latest ? levelNow(latest, s.skill_id) : (s.start_level as Level),
          essential: s.essential,
          opens: s.opens,
          blocks: s.blocks,
          offers: s.offer_ids.flatMap((id) => offers.get(id) ?? []),
          ...(s.offer_id ? { offerId: s.offer_id } : {}),
          ...(s.started_at ? { startedAt: iso(s.started_at)! } : {}),
          ...(s.proof ? { proof: s.proof } : {}),
          ...(lesson && { lesson: { id: lesson.id, title: lesson.title, minutes: lesson.minutes } }),
          ...(s.lesson_done_at ? { lessonDoneAt: iso(s.lesson_done_at)! } : {}),
          ...(s.workplace_note ? { workplaceNote: s.workplace_note } : {}),
        };
      });
    out.push({
      id: path.id,
      goal: { kind: path.goal_kind, id: path.goal_id, title: path.goal_title },
      createdAt: iso(path.created_at)!,
      ...(path.ended_at ? { endedAt: iso(path.ended_at)! } : {}),
      steps: mine,
      // Said done and measured since, still below the level: still to take (pathProgress).
      remaining: pathProgress(mine).remaining,
      ...(fit ? { score: fit.score } : {}),
      provisional: latest ? isProvisional(latest.assessmentVersion) : true,
      ...(hard ? { hardRequirements: hard } : {}),
      ...newGapsOf(fit, mine),
      ...(certificateOffers.length ? { certificateOffers } : {}),
    });
  }
  return out;
}

export type LearningProgress = LearningPathProgress & { goal: LocalizedText; notReached: string[] };

/**
 * How far each person got on their current learning path, counted as their own plan counts it
 * (pathProgress: a step said done but measured below its level since is still to take), with the
 * goal; no entry for a person without a current path. For the coach desk's caseload: three
 * queries for the whole list, however many people are on it.
 */
export async function learningProgressOf(db: Queryable, personIds: string[]): Promise<Map<string, LearningProgress>> {
  const out = new Map<string, LearningProgress>();
  if (!personIds.length) return out;
  const paths = await db.query<PathRow>(
    'SELECT * FROM learning_paths WHERE person_id = ANY($1::text[]) AND ended_at IS NULL',
    [personIds],
  );
  if (!paths.length) return out;
  const [prints, steps] = await Promise.all([
    db.query<{ person_id: string; payload: Skillprint; issued_at: Date }>(
      'SELECT person_id, payload, issued_at FROM skillprints WHERE person_id = ANY($1::text[]) ORDER BY issued_at',
      [paths.map((p) => p.person_id)],
    ),
    db.query<StepRow>('SELECT * FROM learning_steps WHERE path_id = ANY($1::text[]) ORDER BY position', [
      paths.map((p) => p.id),
    ]),
  ]);
  // Grouped once (Node 20 has no Map.groupBy): each person's skillprints, each path's steps.
  const printsOf = new Map<string, typeof prints>();
  for (const p of prints) (printsOf.get(p.person_id) ?? printsOf.set(p.person_id, []).get(p.person_id)!).push(p);
  const stepsOf = new Map<string, StepRow[]>();
  for (const s of steps) (stepsOf.get(s.path_id) ?? stepsOf.set(s.path_id, []).get(s.path_id)!).push(s);
  for (const path of paths) {
    const states = (stepsOf.get(path.id) ?? []).map((s) =>
      stepState(s, new Date(path.created_at), printsOf.get(path.person_id) ?? []),
    );
    // Said done, level not reached (yet): waiting to be measured, or measured below it.
    const notReached = states.filter((s) => s.status === 'done' && !s.reached).map((s) => s.skillId);
    out.set(path.person_id, { goal: path.goal_title, ...pathProgress(states), notReached });
  }
  return out;
}

/** Every learning path of a person, newest first (the export). */
export async function learningPathsOf(db: Queryable, personId: string, partnerId: string): Promise<LearningPath[]> {
  const paths = await db.query<PathRow>('SELECT * FROM learning_paths WHERE person_id = $1 ORDER BY created_at DESC', [
    personId,
  ]);
  return toPaths(db, paths, partnerId, await skillprintsOf(db, personId));
}

/** A person's current learning path, read against their newest skillprint (undefined when they have none). */
export async function currentLearningPath(
  db: Queryable,
  personId: string,
  partnerId: string,
): Promise<LearningPath | undefined> {
  const [path] = await db.query<PathRow>('SELECT * FROM learning_paths WHERE person_id = $1 AND ended_at IS NULL', [
    personId,
  ]);
  return path && (await toPaths(db, [path], partnerId, await skillprintsOf(db, personId)))[0];
}

/**
 * Set a step of a person's current path to todo, started or done (a done step keeps when it was
 * started; a proof goes only with done). False when there is no such step.
 */
export async function setLearningStep(
  db: Queryable,
  personId: string,
  skillId: string,
  status: LearningStepStatus,
  offerId: string | undefined,
  proof: LearningProof | undefined,
): Promise<boolean> {
  const updated = await db.query(
    `UPDATE learning_steps s SET
       status = $3,
       offer_id = COALESCE($4, s.offer_id),
       started_at = CASE WHEN $3 = 'todo' THEN NULL ELSE COALESCE(s.started_at, now()) END,
       done_at = CASE WHEN $3 = 'done' THEN COALESCE(s.done_at, now()) ELSE NULL END,
       proof = CASE WHEN $3 = 'done' THEN COALESCE($5::jsonb, s.proof) ELSE NULL END
      FROM learning_paths p
     WHERE p.id = s.path_id AND p.person_id = $1 AND p.ended_at IS NULL AND s.skill_id = $2
     RETURNING s.skill_id`,
    [personId, skillId, status, offerId ?? null, proof ? JSON.stringify(proof) : null],
  );
  return updated.length > 0;
}

/** A plan's steps, in order, numbered from `from`. */
async function insertSteps(tx: Queryable, pathId: string, steps: PlannedStepWithNote[], from: number): Promise<void> {
  for (const [i, s] of steps.entries()) {
    await tx.query(
      `INSERT INTO learning_steps (path_id, position, skill_id, required_level, start_level, essential, opens, blocks, offer_ids, workplace_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        pathId,
        from + i,
        s.skillId,
        s.requiredLevel,
        s.currentLevel,
        s.essential,
        s.opens,
        s.blocks,
        JSON.stringify(s.offerIds),
        s.workplaceNote ?? null,
      ],
    );
  }
}

export function mountLearningPath(app: Hono, services: Services): void {
  const { db, indexes } = services;

  async function current(personId: string, partnerId: string, tx: Queryable = db): Promise<LearningPath> {
    const path = await currentLearningPath(tx, personId, partnerId);
    if (!path) throw apiError(404, 'You have no learning path yet. Choose a goal first.', 'no-learning-path');
    return path;
  }

  bind(app, services, routes.getMyLearningPath, async ({ auth }) => {
    const me = person(auth, 'candidate');
    return current(me.personId, me.partnerId);
  });

  bind(app, services, routes.putMyLearningPath, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    const latest = await latestSkillprint(db, me.personId);
    if (!latest) throw apiError(409, 'Make your skillprint first: a plan starts from it.', 'no-skillprint');
    let target: MatchTarget;
    let title: LocalizedText;
    let community: CommunityPathRow | undefined;
    if (body.kind === 'occupation') {
      const occupation = findOccupation(body.id);
      if (!occupation) throw invalid('body.id', `is not an occupation of the skill language ("${body.id}")`);
      target = occupation;
      title = occupation.title;
    } else if (body.kind === 'job') {
      const job = await publishedJob(db, body.id, me.partnerId);
      if (!job) throw invalid('body.id', `is not a published vacancy here ("${body.id}")`);
      target = withSector(job.input);
      title = { nl: job.input.title, en: job.input.title };
    } else {
      community = await partnerCommunityPath(db, body.id, me.partnerId);
      if (!community) throw apiError(404, `There is no community path "${body.id}" here.`);
      target = communityTarget(community);
      title = { nl: community.title, en: community.title };
    }
    // Where the person could work: every occupation, and the partner's vacancies.
    const market = [
      ...indexes.occupations().essentialGroups(),
      ...(await indexes.publishedJobs(me.partnerId)).essentialGroups(),
    ];
    const planned = planLearningPath(latest, target, market, await offersFor(db, me.partnerId));
    const steps: PlannedStepWithNote[] = community ? followCommunityPath(planned, community) : planned;
    return db.transaction(async (tx) => {
      const [held] = await tx.query<PathRow>(
        'SELECT * FROM learning_paths WHERE person_id = $1 AND ended_at IS NULL FOR UPDATE',
        [me.personId],
      );
      const sameGoal = held?.goal_kind === body.kind && held.goal_id === body.id;
      // The same goal again keeps the path and its progress; a community path its employers changed
      // since is planned again (below: what was done on the same skills goes along).
      const changed = community && held && new Date(community.updated_at) > new Date(held.created_at);
      if (sameGoal && !changed) {
        // A newer test found gaps the plan has no step for (newGaps): they join it after its steps.
        const had = await tx.query<{ skill_id: string; position: number }>(
          'SELECT skill_id, position FROM learning_steps WHERE path_id = $1',
          [held.id],
        );
        const known = new Set(had.map((s) => s.skill_id));
        const next = had.reduce((n, s) => Math.max(n, s.position + 1), 0);
        await insertSteps(
          tx,
          held.id,
          steps.filter((s) => !known.has(s.skillId)),
          next,
        );
        return current(me.personId, me.partnerId, tx);
      }
      if (held) await tx.query('UPDATE learning_paths SET ended_at = now() WHERE id = $1', [held.id]);
      const id = newId('lp');
      await tx.query(
        'INSERT INTO learning_paths (id, person_id, goal_kind, goal_id, goal_title) VALUES ($1, $2, $3, $4, $5)',
        [id, me.personId, body.kind, body.id, JSON.stringify(title)],
      );
      await insertSteps(tx, id, steps, 0);
      if (sameGoal)
        await tx.query(
          `UPDATE learning_steps n SET status = o.status, offer_id = o.offer_id, started_at = o.started_at,
             done_at = o.done_at, proof = o.proof, lesson_id = o.lesson_id, lesson_done_at = o.lesson_done_at,
             reminded_at = o.reminded_at
            FROM learning_steps o WHERE n.path_id = $1 AND o.path_id = $2 AND o.skill_id = n.skill_id`,
          [id, held!.id],
        );
      return current(me.personId, me.partnerId, tx);
    });
  });

  bind(app, services, routes.updateMyLearningStep, async ({ auth, params, body }) => {
    const me = person(auth, 'candidate');
    if (body.proof && body.status !== 'done') throw invalid('body.proof', 'may only be sent with status "done"');
    if (body.proof?.kind === 'certificate' && !body.proof.note)
      throw invalid('body.proof.note', 'is needed for a certificate: say in a few words what it is');
    if (body.proof?.kind === 'coach')
      throw invalid('body.proof.kind', 'cannot be "coach": only your coach can confirm a step');
    if (body.proof?.kind === 'open-badge' && !body.proof.skillClaimId)
      throw invalid('body.proof.skillClaimId', 'is needed for an Open Badge: the skill claim it became');
    // The partner's catalogue is read only when an offer was chosen.
    const offer = body.offerId && (await offersFor(db, me.partnerId)).find((o) => o.id === body.offerId);
    if (body.offerId && !(offer && offer.develops.some((d) => d.skillId === params.skillId)))
      throw invalid('body.offerId', `is not a learning offer for the skill "${params.skillId}"`);
    if (body.proof?.kind === 'open-badge') {
      const [claim] = await db.query('SELECT 1 FROM skill_claims WHERE id = $1 AND holder_id = $2', [
        body.proof.skillClaimId,
        me.personId,
      ]);
      if (!claim) throw invalid('body.proof.skillClaimId', 'is not a skill claim you accepted');
    }
    // Only what the proof kind uses is kept.
    const proof: LearningProof | undefined =
      body.proof &&
      (body.proof.kind === 'certificate'
        ? { kind: 'certificate', note: body.proof.note }
        : body.proof.kind === 'open-badge'
          ? { kind: 'open-badge', skillClaimId: body.proof.skillClaimId }
          : { kind: 'none' });
    const updated = await setLearningStep(db, me.personId, params.skillId, body.status, body.offerId, proof);
    if (!updated) throw apiError(404, `Your learning path has no step for the skill "${params.skillId}".`);
    return current(me.personId, me.partnerId);
  });

  bind(app, services, routes.getMyLesson, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const lesson = (await lessonsFor(db, me.partnerId)).byId(params.id);
    if (!lesson) throw apiError(404, `There is no lesson "${params.id}".`);
    return lesson;
  });

  bind(app, services, routes.completeMyLesson, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const lesson = (await lessonsFor(db, me.partnerId)).forSkill(params.skillId);
    if (!lesson) throw apiError(404, `There is no lesson for the skill "${params.skillId}".`);
    // A lesson begins a step to do; it does not finish it (the test says when a level is reached).
    const updated = await db.query(
      `UPDATE learning_steps s SET
         lesson_id = $3, lesson_done_at = now(),
         status = CASE WHEN s.status = 'todo' THEN 'started' ELSE s.status END,
         started_at = COALESCE(s.started_at, now())
        FROM learning_paths p
       WHERE p.id = s.path_id AND p.person_id = $1 AND p.ended_at IS NULL AND s.skill_id = $2
       RETURNING s.skill_id`,
      [me.personId, params.skillId, lesson.id],
    );
    if (!updated.length) throw apiError(404, `Your learning path has no step for the skill "${params.skillId}".`);
    return current(me.personId, me.partnerId);
  });

  bind(app, services, routes.stopMyLearningPath, async ({ auth }) => {
    const me = person(auth, 'candidate');
    await db.query('UPDATE learning_paths SET ended_at = now() WHERE person_id = $1 AND ended_at IS NULL', [
      me.personId,
    ]);
    return undefined;
  });
}
