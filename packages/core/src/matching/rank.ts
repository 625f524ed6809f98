/**
 * Ranking at scale: one job profile against every talent-pool candidate, or one candidate
 * against every job. Each candidate is kept as a row of a Float64Array: for every skill and
 * level, the probability of being at or above it (16 skills × 5 levels). Scoring a requirement
 * is then one lookup, so ranking 100 000 candidates is a scan of a few hundred thousand numbers;
 * only the top k are explained, with `match`.
 */
import type { InterestId, Requirement, SkillScore } from '@pfw/contract';
import { probabilityAtLeast } from '../psychometrics/norms.js';
import { MET_PROBABILITY, combineScore, environmentFit, interestFit, type CandidateProfile, type MatchTarget } from './index.js';

const LEVELS = 5;

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
export function probabilityRow(order: SkillOrder, scores: readonly SkillScore[], into: Float64Array = new Float64Array(order.width), offset = 0): Float64Array {
  const byId = new Map(scores.map((s) => [s.skillId, s]));
  order.skillIds.forEach((id, s) => {
    const score = byId.get(id);
    for (let level = 1; level <= LEVELS; level++) {
      into[offset + s * LEVELS + level - 1] = score ? probabilityAtLeast(score.theta, score.se, level) : probabilityAtLeast(0, 1, level);
    }
  });
  return into;
}

/** A job target compiled to column numbers and weights. */
interface CompiledTarget {
  columns: Int32Array;
  weights: Float64Array;
  essential: Uint8Array;
  totalWeight: number;
  interests?: readonly InterestId[];
  target: MatchTarget;
}

function compile(order: SkillOrder, target: MatchTarget): CompiledTarget {
  const reqs = target.requirements.filter((r) => order.index.has(r.skillId));
  return {
    columns: Int32Array.from(reqs, (r: Requirement) => order.index.get(r.skillId)! * LEVELS + r.level - 1),
    weights: Float64Array.from(reqs, (r) => r.importance),
    essential: Uint8Array.from(reqs, (r) => (r.essential ? 1 : 0)),
    totalWeight: reqs.reduce((s, r) => s + r.importance, 0),
    interests: target.interests,
    target,
  };
}

function scoreRow(table: Float64Array, offset: number, t: CompiledTarget, secondary: number): number {
  let sum = 0;
  let essentialsMet = true;
  for (let r = 0; r < t.columns.length; r++) {
    const p = table[offset + t.columns[r]!]!;
    sum += t.weights[r]! * p;
    if (t.essential[r] && p < MET_PROBABILITY) essentialsMet = false;
  }
  return combineScore(t.totalWeight ? sum / t.totalWeight : 0, secondary, essentialsMet);
}

/** Keep the best k of a stream of (score, index), best first; ties keep the earlier index. */
class TopK {
  private readonly scores: number[] = [];
  private readonly indexes: number[] = [];
  constructor(private readonly k: number) {}
  offer(score: number, index: number): void {
    const n = this.scores.length;
    if (n === this.k && score <= this.scores[n - 1]!) return;
    let i = n === this.k ? n - 1 : n;
    while (i > 0 && this.scores[i - 1]! < score) {
      this.scores[i] = this.scores[i - 1]!;
      this.indexes[i] = this.indexes[i - 1]!;
      i--;
    }
    this.scores[i] = score;
    this.indexes[i] = index;
    if (this.scores.length > this.k) {
      this.scores.length = this.k;
      this.indexes.length = this.k;
    }
  }
  result(): { index: number; score: number }[] {
    return this.indexes.map((index, i) => ({ index, score: this.scores[i]! }));
  }
}

/** Many candidates, one row each; rank them for a job. */
export class CandidateIndex<Meta = unknown> {
  private table: Float64Array;
  private readonly meta: Meta[] = [];
  private readonly profiles: CandidateProfile[] = [];

  constructor(readonly order: SkillOrder, capacity = 1024) {
    this.table = new Float64Array(order.width * capacity);
  }

  get size(): number {
    return this.meta.length;
  }

  add(profile: CandidateProfile, meta: Meta): void {
    const offset = this.meta.length * this.order.width;
    if (offset + this.order.width > this.table.length) {
      const bigger = new Float64Array(this.table.length * 2);
      bigger.set(this.table);
      this.table = bigger;
    }
    probabilityRow(this.order, profile.scores, this.table, offset);
    this.meta.push(meta);
    this.profiles.push(profile);
  }

  /** The best k for a job, best first, with their profiles (explain them with `match`). */
  rank(target: MatchTarget, k: number): { meta: Meta; profile: CandidateProfile; score: number }[] {
    const t = compile(this.order, target);
    const top = new TopK(k);
    const w = this.order.width;
    for (let c = 0; c < this.meta.length; c++) {
      const profile = this.profiles[c]!;
      const secondary = (interestFit(t.interests, profile.interests) + environmentFit(target.environment, profile.environment)) / 2;
      top.offer(scoreRow(this.table, c * w, t, secondary), c);
    }
    return top.result().map(({ index, score }) => ({ meta: this.meta[index]!, profile: this.profiles[index]!, score }));
  }
}

/** Many jobs, compiled once; rank them for one candidate. */
export class JobIndex<Meta = unknown> {
  private readonly targets: CompiledTarget[] = [];
  private readonly meta: Meta[] = [];

  constructor(readonly order: SkillOrder) {}

  get size(): number {
    return this.meta.length;
  }

  add(target: MatchTarget, meta: Meta): void {
    this.targets.push(compile(this.order, target));
    this.meta.push(meta);
  }

  rank(candidate: CandidateProfile, k: number): { meta: Meta; target: MatchTarget; score: number }[] {
    const row = probabilityRow(this.order, candidate.scores);
    const top = new TopK(k);
    for (let j = 0; j < this.targets.length; j++) {
      const t = this.targets[j]!;
      const secondary = (interestFit(t.interests, candidate.interests) + environmentFit(t.target.environment, candidate.environment)) / 2;
      top.offer(scoreRow(row, 0, t, secondary), j);
    }
    return top.result().map(({ index, score }) => ({ meta: this.meta[index]!, target: this.targets[index]!.target, score }));
  }
}
