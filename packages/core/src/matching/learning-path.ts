/**
 * A learning path (#23): the gaps between a skillprint and one goal (an occupation or a job),
 * as steps in the order that opens the most work, each with one or two learning offers.
 */
import type { Level, LearningOffer } from '../domain.js';
import { levelOf, probabilityAtLeast } from '../psychometrics/norms.js';
import { match, missingEssentials, openedBy } from './match.js';
import { MET_PROBABILITY, type CandidateProfile, type EssentialGroup, type MatchTarget } from './score.js';

/** At most this many offers per step: a choice, not a catalogue. */
export const OFFERS_PER_STEP = 2;

export interface PlannedStep {
  skillId: string;
  requiredLevel: Level;
  /** The level the skillprint says now. */
  currentLevel: Level;
  /** The goal cannot do without it (an essential requirement). */
  essential: boolean;
  /** Jobs of the market that this step alone would open (all they miss is this skill, at most this level). */
  opens: number;
  /** Jobs of the market this skill stands in the way of (one of what they miss). */
  blocks: number;
  /** The best offers for it: the most jobs opened, then the shortest, then the cheapest. */
  offerIds: string[];
}

/**
 * The steps from a skillprint to a goal: every requirement of the goal that is probably not met,
 * first the one that opens the most jobs of `market` on its own, then the one that stands in the
 * way of the most, then the goal's own order (essentials, then by importance). `market` is where
 * the person could work: the occupations of the skill language and the partner's vacancies.
 */
export function planLearningPath(
  candidate: CandidateProfile,
  goal: MatchTarget,
  market: Iterable<MatchTarget | EssentialGroup>,
  offers: readonly LearningOffer[],
): PlannedStep[] {
  const groups = missingEssentials(candidate, market);
  const byOffer = openedBy(groups, offers);
  const result = match(candidate, goal, offers, byOffer);
  const steps = result.gaps.map((gap, order) => {
    const develops = [{ skillId: gap.skillId, toLevel: gap.requiredLevel as Level }];
    const blocks = groups
      .filter((g) => g.missing.some((r) => r.skillId === gap.skillId && r.level <= gap.requiredLevel))
      .reduce((n, g) => n + g.jobs, 0);
    const step: PlannedStep = {
      skillId: gap.skillId,
      requiredLevel: gap.requiredLevel as Level,
      currentLevel: gap.currentLevel as Level,
      essential: result.requirements.some((r) => r.skillId === gap.skillId && r.essential),
      opens: openedBy(groups, [{ id: gap.skillId, develops }]).get(gap.skillId) ?? 0,
      blocks,
      offerIds: gap.offerIds.slice(0, OFFERS_PER_STEP),
    };
    return { step, order };
  });
  steps.sort((a, b) => b.step.opens - a.step.opens || b.step.blocks - a.step.blocks || a.order - b.order);
  return steps.map((s) => s.step);
}

/** Whether a skillprint now probably reaches a step's level (the same rule as a met requirement). */
export function reaches(candidate: CandidateProfile, skillId: string, level: number): boolean {
  const s = candidate.scores.find((x) => x.skillId === skillId);
  // Not measured: the population's prior, as `match` reads it.
  return (s ? probabilityAtLeast(s.theta, s.se, level) : probabilityAtLeast(0, 1, level)) >= MET_PROBABILITY;
}

/** The level a skillprint says for one skill (the middle level when it was not measured). */
export function levelNow(candidate: CandidateProfile, skillId: string): Level {
  return candidate.scores.find((x) => x.skillId === skillId)?.level ?? levelOf(0);
}

/** What a step of a learning path says of itself (the contract's LearningStep has these fields). */
export interface LearningStepState {
  status: 'todo' | 'started' | 'done';
  /** The newest skillprint probably reaches the step's level. */
  reached: boolean;
  /** When the person said it was done (ISO 8601). */
  doneAt?: string;
  /** The skill's measurements since the plan was made, oldest first. */
  history?: readonly { at: string }[];
}

/**
 * Where a step is. `reached`: measured at the level. `to-measure`: said done, not measured since.
 * `below`: said done, measured since, and still below the level (not reached: practise more).
 * Else `started` or `todo`.
 */
export type LearningStepProgress = 'reached' | 'to-measure' | 'below' | 'started' | 'todo';

export function stepProgress(step: LearningStepState): LearningStepProgress {
  if (step.reached) return 'reached';
  if (step.status !== 'done') return step.status;
  const last = step.history?.at(-1)?.at;
  return last && step.doneAt && Date.parse(last) > Date.parse(step.doneAt) ? 'below' : 'to-measure';
}

/** How far a person got on a path: one count for the plan, its progress bar and the coach desk. */
export interface LearningPathProgress {
  steps: number;
  /** Reached, or said done and not measured since: what the progress bar fills. */
  done: number;
  reached: number;
  /** Said done, not measured since: measure again to see if the level grew. */
  toMeasure: number;
  /** Said done, measured since, still below the level. */
  below: number;
  /** Still to take: to do, started, or still below: "nog 2 stappen tot stratenmaker". */
  remaining: number;
}

export function pathProgress(steps: readonly LearningStepState[]): LearningPathProgress {
  const count = (p: LearningStepProgress) => steps.filter((s) => stepProgress(s) === p).length;
  const reached = count('reached');
  const toMeasure = count('to-measure');
  const below = count('below');
  const done = reached + toMeasure;
  return { steps: steps.length, done, reached, toMeasure, below, remaining: steps.length - done };
}
