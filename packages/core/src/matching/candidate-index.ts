/** Ranking one job against every talent-pool candidate (see docs/matching.md). */
import {
  ESSENTIAL_CAP,
  MET_PROBABILITY,
  combineScore,
  leastSkillShareAbove,
  environmentFit,
  interestFit,
  secondaryPart,
  type CandidateProfile,
  type MatchTarget,
} from './score.js';
import { BLOCK, SkillOrder, probabilityRow, compile, type CompiledTarget } from './columns.js';
import { TopK } from './top-k.js';

/**
 * Many candidates, stored by column: for every (skill, level) one Float64Array over all
 * candidates. Ranking reads only the columns a job asks for, front to back — a few MB for
 * 100 000 candidates instead of the whole table.
 *
 * Beside each column a bitset marks who meets that level (p ≥ MET_PROBABILITY). Someone who
 * misses an essential scores at most ESSENTIAL_CAP, so once k people who meet every essential
 * score above it, nobody else can enter the top k: ranking then scores only the AND of the
 * essentials' bitsets (typically a fifth of the pool), and falls back to the full scan otherwise.
 */
export class CandidateIndex<Meta = unknown> {
  private columns: Float64Array[];
  private capacity: number;
  private readonly meta: Meta[] = [];
  /**
   * Interests and environment, only for the candidates who have them. The index keeps no other
   * objects per candidate, so 100 000 candidates add little for the garbage collector to walk.
   */
  private readonly secondaryOf = new Map<number, Pick<CandidateProfile, 'interests' | 'environment'>>();
  /** 1 when a candidate has interests or environment preferences. */
  private hasSecondary: Uint8Array;
  /** Per column, bit c set when candidate c meets that skill level. */
  private meets: Uint32Array[];
  private readonly row: Float64Array;
  /** Scratch space reused by every ranking. */
  private sums = new Float64Array(0);
  private met = new Uint8Array(0);
  private both = new Uint32Array(0);

  constructor(
    readonly order: SkillOrder,
    capacity = 1024,
  ) {
    this.capacity = capacity;
    this.columns = Array.from({ length: order.width }, () => new Float64Array(capacity));
    this.meets = Array.from({ length: order.width }, () => new Uint32Array(Math.ceil(capacity / 32)));
    this.hasSecondary = new Uint8Array(capacity);
    this.row = new Float64Array(order.width);
  }

  get size(): number {
    return this.meta.length;
  }

  add(profile: CandidateProfile, meta: Meta): void {
    const c = this.meta.length;
    if (c === this.capacity) {
      this.capacity *= 2;
      this.columns = this.columns.map((col) => {
        const bigger = new Float64Array(this.capacity);
        bigger.set(col);
        return bigger;
      });
      const flags = new Uint8Array(this.capacity);
      flags.set(this.hasSecondary);
      this.hasSecondary = flags;
      this.meets = this.meets.map((bits) => {
        const bigger = new Uint32Array(Math.ceil(this.capacity / 32));
        bigger.set(bits);
        return bigger;
      });
    }
    probabilityRow(this.order, profile.scores, this.row);
    for (let k = 0; k < this.row.length; k++) {
      this.columns[k]![c] = this.row[k]!;
      if (this.row[k]! >= MET_PROBABILITY) this.meets[k]![c >>> 5]! |= 1 << (c & 31);
    }
    if (profile.interests?.length || profile.environment?.length) {
      this.hasSecondary[c] = 1;
      this.secondaryOf.set(c, { interests: profile.interests, environment: profile.environment });
    }
    this.meta.push(meta);
  }

  /**
   * Score everyone who meets every essential, in ascending order (so ties keep the earlier
   * candidate, as in the full scan); returns how many there were, or null when the job has no essentials.
   */
  private scoreMeetingEssentials(t: CompiledTarget, each: (score: number, c: number) => void): number | null {
    const essentials: number[] = [];
    t.columns.forEach((column, r) => t.essential[r] && essentials.push(column));
    if (!essentials.length) return null;
    const words = Math.ceil(this.meta.length / 32);
    if (this.both.length < words) this.both = new Uint32Array(Math.ceil(this.capacity / 32));
    const both = this.both;
    both.set(this.meets[essentials[0]!]!.subarray(0, words));
    for (const column of essentials.slice(1)) {
      const bits = this.meets[column]!;
      for (let w = 0; w < words; w++) both[w]! &= bits[w]!;
    }
    const scale = t.totalWeight ? 1 / t.totalWeight : 0;
    const jobHasSecondary = Boolean(t.target.interests?.length || t.target.environment?.length);
    const columns = Array.from(t.columns, (column) => this.columns[column]!);
    const weights = t.weights;
    let found = 0;
    for (let w = 0; w < words; w++) {
      let word = both[w]!;
      while (word !== 0) {
        const low = word & -word;
        const c = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        found++;
        let sum = 0;
        for (let r = 0; r < columns.length; r++) sum += weights[r]! * columns[r]![c]!;
        const secondary = jobHasSecondary && this.hasSecondary[c] === 1 ? this.secondary(c, t, t.target) : null;
        each(combineScore(sum * scale, secondary, true), c);
      }
    }
    return found;
  }

  /** Column sums (importance-weighted probabilities) and essentials met, for every candidate. */
  private scan(t: CompiledTarget): { sums: Float64Array; met: Uint8Array } {
    const size = this.meta.length;
    if (this.sums.length < size) {
      this.sums = new Float64Array(this.capacity);
      this.met = new Uint8Array(this.capacity);
    }
    const sums = this.sums;
    const met = this.met;
    const essentials: number[] = [];
    const others: number[] = [];
    t.columns.forEach((_, r) => (t.essential[r] ? essentials : others).push(r));
    // Blocks that fit the CPU cache: each pass over a column touches the same few kB of sums.
    for (let start = 0; start < size; start += BLOCK) {
      const end = Math.min(size, start + BLOCK);
      met.fill(1, start, end);
      sums.fill(0, start, end);
      for (const r of essentials) {
        const column = this.columns[t.columns[r]!]!;
        const weight = t.weights[r]!;
        for (let c = start; c < end; c++) {
          const p = column[c]!;
          sums[c]! += weight * p;
          if (p < MET_PROBABILITY) met[c] = 0;
        }
      }
      for (const r of others) {
        const column = this.columns[t.columns[r]!]!;
        const weight = t.weights[r]!;
        for (let c = start; c < end; c++) sums[c]! += weight * column[c]!;
      }
    }
    return { sums, met };
  }

  /** Secondary part (interests, environment) of one candidate for a job; null when neither is on both sides. */
  private secondary(c: number, t: CompiledTarget, target: MatchTarget): number | null {
    if (this.hasSecondary[c] !== 1 || !(target.interests?.length || target.environment?.length)) return null;
    const mine = this.secondaryOf.get(c)!;
    return secondaryPart(
      interestFit(t.interests, mine.interests),
      environmentFit(target.environment, mine.environment),
    );
  }

  /**
   * How many candidates would score at least `minScore` for a job, and how many meet every
   * essential: the same scan as `rank`, without sorting or explaining (the job-profile builder's
   * live preview).
   */
  count(target: MatchTarget, minScore: number): { atLeast: number; essentialsMet: number } {
    const t = compile(this.order, target);
    if (minScore > ESSENTIAL_CAP) {
      // Only those who meet every essential can score above the cap.
      let atLeast = 0;
      const essentialsMet = this.scoreMeetingEssentials(t, (score) => score >= minScore && atLeast++);
      if (essentialsMet !== null) return { atLeast, essentialsMet };
    }
    const { sums, met } = this.scan(t);
    const scale = t.totalWeight ? 1 / t.totalWeight : 0;
    let atLeast = 0;
    let essentialsMet = 0;
    for (let c = 0; c < this.meta.length; c++) {
      if (met[c] === 1) essentialsMet++;
      if (combineScore(sums[c]! * scale, this.secondary(c, t, target), met[c] === 1) >= minScore) atLeast++;
    }
    return { atLeast, essentialsMet };
  }

  /** The best k for a job, best first (explain them with `match`). */
  rank(target: MatchTarget, k: number): { meta: Meta; score: number }[] {
    const t = compile(this.order, target);
    const size = this.meta.length;
    const best = new TopK(k);
    this.scoreMeetingEssentials(t, (score, c) => best.offer(score, c));
    if (best.threshold > ESSENTIAL_CAP) return this.results(best);
    const { sums, met } = this.scan(t);
    // Interests and environment only cost time when both sides have them.
    const jobHasSecondary = Boolean(target.interests?.length || target.environment?.length);
    const top = new TopK(k);
    const scale = t.totalWeight ? 1 / t.totalWeight : 0;
    // Once the list is full, most candidates are ruled out by their raw sum alone (no rounding,
    // no secondary): `need` is the least sum that can still beat the k-th score.
    let threshold = -1;
    let need = -Infinity;
    for (let c = 0; c < size; c++) {
      const special = jobHasSecondary && this.hasSecondary[c] === 1;
      if (!special && (sums[c]! < need || (met[c] === 0 && threshold >= ESSENTIAL_CAP))) continue;
      const secondary = special ? this.secondary(c, t, target) : null;
      const score = combineScore(sums[c]! * scale, secondary, met[c] === 1);
      if (score > threshold) {
        top.offer(score, c);
        if (top.threshold !== threshold) {
          threshold = top.threshold;
          // The raw sum is the skill share before scaling: divide the share by scale.
          need = threshold < 0 || !scale ? -Infinity : leastSkillShareAbove(threshold) / scale;
        }
      }
    }
    return this.results(top);
  }

  private results(top: TopK): { meta: Meta; score: number }[] {
    return top.result().map(({ index, score }) => ({ meta: this.meta[index]!, score }));
  }
}
