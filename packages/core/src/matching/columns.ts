/**
 * The tables ranking reads: a candidate as the probability of being at or above every level of
 * every skill (16 skills × 5 levels), so scoring a requirement is one lookup, and a job compiled
 * to the columns and weights it asks for.
 */
import type { Requirement, SkillScore } from '../domain.js';
import { probabilityAtLeast } from '../psychometrics/norms.js';
import { essentialFactor, fitCeiling, fitOf, type MatchTarget } from './score.js';
import { jobPreferences, type JobPreferences, type PreferenceTable } from './preferences.js';

export const LEVELS = 5;
/** Candidates per block of the column scan (sums stay in the CPU cache). */
export const BLOCK = 2048;

/** The order of skills in every table: fixed per index, from the skill language. */
export class SkillOrder {
  readonly index: ReadonlyMap<string, number>;
  constructor(readonly skillIds: readonly string[]) {
    this.index = new Map(skillIds.map((id, i) => [id, i]));
  }
  get width(): number {
    return this.skillIds.length * LEVELS;
  }
}

/** P(at or above level L) for every skill and level; unmeasured skills use the prior (θ 0, SE 1). */
export function probabilityRow(
  order: SkillOrder,
  scores: readonly SkillScore[],
  into: Float64Array = new Float64Array(order.width),
  offset = 0,
): Float64Array {
  const byId = new Map(scores.map((s) => [s.skillId, s]));
  order.skillIds.forEach((id, s) => {
    const score = byId.get(id);
    for (let level = 1; level <= LEVELS; level++) {
      into[offset + s * LEVELS + level - 1] = score
        ? probabilityAtLeast(score.theta, score.se, level)
        : probabilityAtLeast(0, 1, level);
    }
  });
  return into;
}

/** A job target compiled to column numbers and weights. */
export interface CompiledTarget {
  columns: Int32Array;
  weights: Float64Array;
  essential: Uint8Array;
  totalWeight: number;
  /** Interests and work environment, prepared for the secondary part. */
  preferences: JobPreferences;
  target: MatchTarget;
}

export function compile(order: SkillOrder, target: MatchTarget): CompiledTarget {
  const reqs = target.requirements.filter((r) => order.index.has(r.skillId));
  return {
    columns: Int32Array.from(reqs, (r: Requirement) => order.index.get(r.skillId)! * LEVELS + r.level - 1),
    weights: Float64Array.from(reqs, (r) => r.importance),
    essential: Uint8Array.from(reqs, (r) => (r.essential ? 1 : 0)),
    totalWeight: reqs.reduce((s, r) => s + r.importance, 0),
    preferences: jobPreferences(target),
    target,
  };
}

/**
 * The fit (unrounded score) of one row of probabilities for a compiled job, with the candidate's
 * prepared interests and environment; −1 when it cannot reach `floor` (the secondary part is then
 * not worked out: a ranking of thousands of jobs skips most of them so).
 */
export function fitOfRow(
  table: Float64Array,
  offset: number,
  t: CompiledTarget,
  candidate: PreferenceTable,
  floor = -1,
): number {
  let sum = 0;
  let essentials = 1;
  for (let r = 0; r < t.columns.length; r++) {
    const p = table[offset + t.columns[r]!]!;
    sum += t.weights[r]! * p;
    if (t.essential[r]) essentials *= essentialFactor(p);
  }
  const skills = t.totalWeight ? sum / t.totalWeight : 0;
  if (floor >= 0 && fitCeiling(skills, essentials) < floor) return -1;
  return fitOf(skills, candidate.secondary(t.preferences, 0), essentials);
}
