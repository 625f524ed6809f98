/**
 * The score formula and its constants: one home for the rule, read by `match` (one candidate,
 * explained) and the ranking indexes (many candidates, pruned with the formula's inverse).
 *
 *   fit   = 100 × (0.85 × skills + 0.15 × secondary) × Π over essentials of essentialFactor(p)
 *   score = round(fit)
 *
 * The secondary part (interests, work environment) counts only where both sides have it: what was
 * not measured weighs 0 (fit = 100 × skills × …), never a free half. An essential that is probably
 * met (p ≥ 0.5) costs nothing; below that it takes a share of the score that grows continuously
 * as p falls, to half the score at p = 0: no cliff between "could be" and "is".
 */
import type { EnvironmentValue, HardRequirementNeed, InterestId, Requirement, Sector, SkillScore } from '../domain.js';
import { levelFloor, normalCdf } from '../psychometrics/norms.js';

export const SKILL_WEIGHT = 0.85;
/** What a surely missed essential (p = 0) leaves of the score. */
export const ESSENTIAL_FLOOR = 0.5;
/** A score from here on is "a good match" (the match list marks it so; the builder's preview counts it). */
export const GOOD_MATCH = 70;
/** A requirement counts as met when the candidate is more likely than not at or above its level. */
export const MET_PROBABILITY = 0.5;

export interface MatchTarget {
  requirements: readonly Requirement[];
  interests?: readonly InterestId[];
  environment?: readonly EnvironmentValue[];
  /** The sector of the work (its occupation's): advice names the offers for this sector and those for any work. */
  sector?: Sector;
  /** The certificates, licences and conditions the work asks: advice names an offer for some of them only here. */
  hardRequirements?: readonly HardRequirementNeed[];
}

/**
 * A job as scored for its employer: on skills alone. Interests and work environment are the job
 * seeker's to weigh (they count in the job seeker's own list); in an employer's score they would
 * give them away: a job of one interest area scores everyone who likes it higher by the same step.
 */
export const employerView = <T extends MatchTarget>(job: T): T => {
  if (!job.interests?.length && !job.environment?.length) return job;
  const { interests: _interests, environment: _environment, ...skillsOnly } = job;
  return skillsOnly as T;
};

export interface CandidateProfile {
  scores: readonly SkillScore[];
  interests?: readonly { interestId: InterestId; score: number }[];
  environment?: readonly EnvironmentValue[];
}

export interface RequirementFit {
  skillId: string;
  requiredLevel: number;
  importance: number;
  essential: boolean;
  /** What the skillprint says: its level and the levels it could be (absent when not measured). */
  level?: number;
  range?: readonly [number, number];
  /** P(at or above the required level). */
  probability: number;
  met: boolean;
  /** The points of the score this requirement brings (all requirements and the secondary part sum to `fit`). */
  points: number;
  /** The points it costs: what it would bring if surely met, minus `points`, plus its part of the essentials' penalty. */
  lost: number;
  /** Met: it helped; not met: it cost points. */
  effect: 'helped' | 'hurt';
}

export interface MatchResult {
  score: number;
  /** The unrounded score: ranks equal scores (higher first). */
  fit: number;
  /** What the essentials leave of the score (1: all met; see essentialFactor). */
  essentialFactor: number;
  /** The points of interests and work environment together (0 when neither counts). */
  secondaryPoints: number;
  essentialsMet: boolean;
  requirements: RequirementFit[];
  strengths: string[];
  gaps: { skillId: string; requiredLevel: number; currentLevel: number; offerIds: string[] }[];
  /** Each part's fit 0-1, or null when it was not measured on one side (it then weighs 0). */
  secondary: { interests: number | null; environment: number | null };
}

/** Jobs that share the same essential requirements, counted once (see JobIndex.essentialGroups). */
export interface EssentialGroup {
  requirements: readonly Requirement[];
  jobs: number;
}

/** One key per set of requirements, whatever their order: each skill and level, sorted (groups jobs by their essentials). */
export function requirementsKey(requirements: readonly Requirement[]): string {
  const key = (r: Requirement) => `${r.skillId}:${r.level}`;
  return requirements.length === 1 ? key(requirements[0]!) : requirements.map(key).sort().join('|');
}

/**
 * What one essential leaves of the score: 1 when it is probably met (p ≥ 0.5), else falling in a
 * straight line to ESSENTIAL_FLOOR at p = 0. Continuous and never decreasing in p (so in θ), and
 * a candidate at "4, could be 5" on a level-5 essential (p ≈ 0.35) keeps 85 %.
 */
export function essentialFactor(p: number): number {
  return p >= MET_PROBABILITY ? 1 : ESSENTIAL_FLOOR + ((1 - ESSENTIAL_FLOOR) * p) / MET_PROBABILITY;
}

/** The one formula, shared by `match` and the ranking indexes: the unrounded score 0-100. */
export function fitOf(skills: number, secondary: number | null, essentials: number): number {
  return 100 * essentials * (secondary === null ? skills : SKILL_WEIGHT * skills + (1 - SKILL_WEIGHT) * secondary);
}

/**
 * The most a fit can be, whatever the secondary part turns out to be (0-1, or none): a ranking
 * passes over anyone below its cut without working the secondary part out. fitOf rises with the
 * secondary part (also in floating point), and the max covers "none".
 */
export function fitCeiling(skills: number, essentials: number): number {
  return Math.max(fitOf(skills, 1, essentials), fitOf(skills, null, essentials));
}

/** The score shown: the fit rounded to a whole number. */
export function combineScore(skills: number, secondary: number | null, essentials: number): number {
  return Math.round(fitOf(skills, secondary, essentials));
}

/** The secondary part: the mean of the parts measured on both sides, null when neither was. */
export function secondaryPart(interests: number | null, environment: number | null): number | null {
  if (interests === null) return environment;
  return environment === null ? interests : (interests + environment) / 2;
}

/**
 * A profile is "too strict" when fewer than 1 in 20 people of the norm group would meet all
 * its essentials at level 4 or 5. The levels are cut at fixed percentiles of the norm group
 * (10 % reach level 5, 30 % level 4: see norms.ts). Skills correlate, so the share is not a
 * product of the single shares: it is computed under the same provisional correlations the
 * assessment scores with (0.30 between skills, 0.45 within one ESCO group; multidim.ts), read as
 * factors — θ = √0.30·G + √0.15·H(group) + √0.55·e — so the share is a two-level integral over
 * G and each group's H, done on a fine grid: exact to about 1e-6, the same on every device.
 * Two essentials at level 5: 2.2 % (independence said 1 %); three at level 4 in different
 * groups: 6.6 %, no warning (independence said 2.7 %); two at level 4 and one at 5: 2.9 %.
 */
export const STRICT_SHARE = 0.05;

/** The provisional correlations as factor loadings: general, within a group, own (squared: 0.30, 0.15, 0.55). */
const BETWEEN = 0.3;
const WITHIN = 0.45;
/** A grid over N(0, 1) for the factors: points and normalised weights. */
const GRID = (() => {
  const points = Array.from({ length: 97 }, (_, i) => -6 + (12 * i) / 96);
  const raw = points.map((x) => Math.exp((-x * x) / 2));
  const total = raw.reduce((a, b) => a + b, 0);
  return { points, weights: raw.map((w) => w / total) };
})();

/**
 * The share of the norm group that meets every essential at level 4 or 5, and how many such
 * essentials. `groupOf` names each skill's ESCO group (skills of one group correlate more);
 * without it every skill counts as its own group.
 */
export function essentialsShare(
  requirements: readonly Requirement[],
  groupOf: (skillId: string) => string = (id) => id,
): { share: number; count: number } {
  const high = requirements.filter((r) => r.essential && r.level >= 4);
  const groups = new Map<string, number[]>();
  for (const r of high) {
    const group = groupOf(r.skillId);
    groups.set(group, [...(groups.get(group) ?? []), levelFloor(r.level)]);
  }
  const g = Math.sqrt(BETWEEN);
  const h = Math.sqrt(WITHIN - BETWEEN);
  const own = Math.sqrt(1 - WITHIN);
  const { points, weights } = GRID;
  let share = 0;
  for (let i = 0; i < points.length; i++) {
    let all = 1;
    for (const cuts of groups.values()) {
      // Within a group, given G: integrate over the group's own factor H.
      let inGroup = 0;
      for (let j = 0; j < points.length; j++) {
        let p = 1;
        for (const cut of cuts) p *= 1 - normalCdf((cut - g * points[i]! - h * points[j]!) / own);
        inGroup += weights[j]! * p;
      }
      all *= inGroup;
    }
    share += weights[i]! * all;
  }
  return { share: high.length ? share : 1, count: high.length };
}

/** The builder's warning: more than one demanding essential, met all together by under STRICT_SHARE of people. */
export function tooStrict(
  requirements: readonly Requirement[],
  groupOf?: (skillId: string) => string,
): { share: number; count: number } | undefined {
  const found = essentialsShare(requirements, groupOf);
  return found.count > 1 && found.share < STRICT_SHARE ? found : undefined;
}
