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
 * Many jobs' requirements in flat arrays, a fixed stride per job, so ranking every job for one
 * candidate reads memory front to back instead of following an object per job (the job list's
 * loop was bound by memory). A slot is written whole (set) or moved (move); its interests and
 * environment stay an object, read only for a job that can still enter the list.
 */
export class TargetTable {
  private stride = 16;
  private columns = new Int32Array(0);
  private weights = new Float64Array(0);
  private essential = new Uint8Array(0);
  private counts = new Int32Array(0);
  private totals = new Float64Array(0);
  private readonly preferences: JobPreferences[] = [];

  /** Write a compiled job into a slot (the next free one, or one in use). */
  set(slot: number, t: CompiledTarget): void {
    const capacity = this.counts.length;
    if (t.columns.length > this.stride) this.resize(capacity, Math.max(t.columns.length, 2 * this.stride));
    if (slot >= capacity) this.resize(Math.max(1024, 2 * capacity, slot + 1), this.stride);
    const at = slot * this.stride;
    this.columns.set(t.columns, at);
    this.weights.set(t.weights, at);
    this.essential.set(t.essential, at);
    this.counts[slot] = t.columns.length;
    this.totals[slot] = t.totalWeight;
    this.preferences[slot] = t.preferences;
  }

  /** Copy slot `from` into slot `to` (a removal moves the last job into the gap). */
  move(from: number, to: number): void {
    const { stride } = this;
    this.columns.copyWithin(to * stride, from * stride, (from + 1) * stride);
    this.weights.copyWithin(to * stride, from * stride, (from + 1) * stride);
    this.essential.copyWithin(to * stride, from * stride, (from + 1) * stride);
    this.counts[to] = this.counts[from]!;
    this.totals[to] = this.totals[from]!;
    this.preferences[to] = this.preferences[from]!;
  }

  private resize(capacity: number, stride: number): void {
    const columns = new Int32Array(capacity * stride);
    const weights = new Float64Array(capacity * stride);
    const essential = new Uint8Array(capacity * stride);
    const before = this.counts.length; // only ever grows
    for (let j = 0; j < before; j++) {
      const n = this.counts[j]!;
      columns.set(this.columns.subarray(j * this.stride, j * this.stride + n), j * stride);
      weights.set(this.weights.subarray(j * this.stride, j * this.stride + n), j * stride);
      essential.set(this.essential.subarray(j * this.stride, j * this.stride + n), j * stride);
    }
    const counts = new Int32Array(capacity);
    counts.set(this.counts);
    const totals = new Float64Array(capacity);
    totals.set(this.totals);
    this.columns = columns;
    this.weights = weights;
    this.essential = essential;
    this.counts = counts;
    this.totals = totals;
    this.stride = stride;
  }

  /**
   * The fit (unrounded score) of the job in `slot` for one candidate's row of probabilities and
   * prepared interests and environment; −1 when it cannot reach `floor` (the secondary part is
   * then not worked out: a ranking of thousands of jobs skips most of them so).
   */
  fit(slot: number, row: Float64Array, candidate: PreferenceTable, floor = -1): number {
    const at = slot * this.stride;
    const end = at + this.counts[slot]!;
    const { columns, weights, essential } = this;
    let sum = 0;
    let essentials = 1;
    for (let r = at; r < end; r++) {
      const p = row[columns[r]!]!;
      sum += weights[r]! * p;
      if (essential[r]) essentials *= essentialFactor(p);
    }
    const total = this.totals[slot]!;
    const skills = total ? sum / total : 0;
    if (floor >= 0 && fitCeiling(skills, essentials) < floor) return -1;
    return fitOf(skills, candidate.secondary(this.preferences[slot]!, 0), essentials);
  }
}
