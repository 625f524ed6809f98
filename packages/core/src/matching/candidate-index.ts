/** Ranking one job against every talent-pool candidate (see docs/matching.md). */
import {
  ESSENTIAL_FLOOR,
  MET_PROBABILITY,
  fitCeiling,
  fitOf,
  leastSkillShareFor,
  type CandidateProfile,
  type MatchTarget,
} from './score.js';
import { PreferenceTable, hasPreferences } from './preferences.js';
import { BLOCK, SkillOrder, probabilityRow, compile, type CompiledTarget } from './columns.js';
import { TopK } from './top-k.js';

/**
 * Many candidates, stored by column: for every (skill, level) one Float64Array over all
 * candidates. Ranking reads only the columns a job asks for, front to back — a few MB for
 * 100 000 candidates instead of the whole table. Once the top k is full, a candidate whose
 * weighted sum cannot reach its lowest score is passed over without the rest of the formula.
 *
 * Equal fits are ordered by each candidate's tie key (given to add(); lower first): the server
 * gives a hash of the person's id, the same on every request and favouring nobody.
 */
export class CandidateIndex<Meta = unknown> {
  private columns: Float64Array[];
  private capacity: number;
  private readonly meta: Meta[] = [];
  /** Where each keyed candidate is (put, remove), and the key in each slot. */
  private readonly slotOf = new Map<string, number>();
  private readonly keyAt: (string | undefined)[] = [];
  /**
   * Each slot's interests and environment, in one flat table: the index keeps no objects per
   * candidate, so 100 000 candidates add little for the garbage collector to walk.
   */
  private readonly preferences: PreferenceTable;
  /** 1 when a candidate has interests or environment preferences. */
  private hasSecondary: Uint8Array;
  /** Each candidate's tie key: lower first among equal fits. */
  private ties: Float64Array;
  private readonly row: Float64Array;
  /** Scratch space reused by every ranking: the weighted sums, the essentials' factors, the fits offered, the top k. */
  private sums = new Float64Array(0);
  private factors = new Float64Array(0);
  private fits = new Float64Array(0);
  private readonly top = new TopK(0);

  constructor(
    readonly order: SkillOrder,
    capacity = 1024,
  ) {
    this.capacity = capacity;
    this.columns = Array.from({ length: order.width }, () => new Float64Array(capacity));
    this.ties = new Float64Array(capacity);
    this.hasSecondary = new Uint8Array(capacity);
    this.preferences = new PreferenceTable(capacity);
    this.row = new Float64Array(order.width);
  }

  get size(): number {
    return this.meta.length;
  }

  add(profile: CandidateProfile, meta: Meta, tie: number = this.meta.length): void {
    const c = this.meta.length;
    if (c === this.capacity) this.grow();
    this.write(c, profile, meta, tie);
  }

  /** Whether a candidate was put under this key. */
  has(key: string): boolean {
    return this.slotOf.has(key);
  }

  /** The keys of the candidates put under one. */
  keys(): string[] {
    return [...this.slotOf.keys()];
  }

  /**
   * Add a candidate under a key (a person's id), or replace the one under it: a live talent pool
   * changes one person at a time. The ranking is the same as for an index built afresh.
   */
  put(key: string, profile: CandidateProfile, meta: Meta, tie: number): void {
    const slot = this.slotOf.get(key);
    if (slot !== undefined) return this.write(slot, profile, meta, tie);
    this.add(profile, meta, tie);
    this.slotOf.set(key, this.meta.length - 1);
    this.keyAt[this.meta.length - 1] = key;
  }

  /** Take out the candidate under this key: the last one moves into its place (order is the tie key's). */
  remove(key: string): boolean {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return false;
    const last = this.meta.length - 1;
    if (slot !== last) {
      for (const column of this.columns) column[slot] = column[last]!;
      this.ties[slot] = this.ties[last]!;
      this.hasSecondary[slot] = this.hasSecondary[last]!;
      this.preferences.move(last, slot);
      this.meta[slot] = this.meta[last]!;
      const moved = this.keyAt[last];
      this.keyAt[slot] = moved;
      if (moved !== undefined) this.slotOf.set(moved, slot);
    }
    this.hasSecondary[last] = 0;
    this.meta.pop();
    this.keyAt.length = last;
    this.slotOf.delete(key);
    return true;
  }

  private grow(): void {
    this.capacity *= 2;
    this.columns = this.columns.map((col) => {
      const bigger = new Float64Array(this.capacity);
      bigger.set(col);
      return bigger;
    });
    const flags = new Uint8Array(this.capacity);
    flags.set(this.hasSecondary);
    this.hasSecondary = flags;
    this.preferences.grow(this.capacity);
    const ties = new Float64Array(this.capacity);
    ties.set(this.ties);
    this.ties = ties;
  }

  /** One candidate's row into slot c. */
  private write(c: number, profile: CandidateProfile, meta: Meta, tie: number): void {
    probabilityRow(this.order, profile.scores, this.row);
    for (let k = 0; k < this.row.length; k++) {
      this.columns[k]![c] = this.row[k]!;
    }
    this.ties[c] = tie;
    this.hasSecondary[c] = profile.interests?.length || profile.environment?.length ? 1 : 0;
    this.preferences.set(c, profile);
    this.meta[c] = meta;
  }

  /**
   * Column sums (importance-weighted probabilities) and the essentials' factor, for every
   * candidate. A factor of 1 means every essential is met (p ≥ 0.5 leaves 1, less leaves less).
   */
  private scan(t: CompiledTarget): { sums: Float64Array; factors: Float64Array } {
    const size = this.meta.length;
    if (this.sums.length < size) {
      this.sums = new Float64Array(this.capacity);
      this.factors = new Float64Array(this.capacity);
      this.fits = new Float64Array(this.capacity);
    }
    const { sums, factors } = this;
    const essentials: number[] = [];
    const others: number[] = [];
    t.columns.forEach((_, r) => (t.essential[r] ? essentials : others).push(r));
    // Locals, not the imported constants: a module binding is read through its module object.
    const floor = ESSENTIAL_FLOOR;
    const slope = (1 - ESSENTIAL_FLOOR) / MET_PROBABILITY;
    // Blocks that fit the CPU cache: each pass over a column touches the same few kB of sums.
    for (let start = 0; start < size; start += BLOCK) {
      const end = Math.min(size, start + BLOCK);
      factors.fill(1, start, end);
      sums.fill(0, start, end);
      for (const r of essentials) {
        const column = this.columns[t.columns[r]!]!;
        const weight = t.weights[r]!;
        for (let c = start; c < end; c++) {
          const p = column[c]!;
          sums[c]! += weight * p;
          // essentialFactor(p), inlined and without a branch: this loop runs for every candidate.
          factors[c]! *= Math.min(1, floor + slope * p);
        }
      }
      for (const r of others) {
        const column = this.columns[t.columns[r]!]!;
        const weight = t.weights[r]!;
        for (let c = start; c < end; c++) sums[c]! += weight * column[c]!;
      }
    }
    return { sums, factors };
  }

  /** Secondary part (interests, environment) of one candidate for a job; null when neither is on both sides. */
  private secondary(c: number, t: CompiledTarget): number | null {
    return this.hasSecondary[c] === 1 ? this.preferences.secondary(t.preferences, c) : null;
  }

  /**
   * How many candidates would score at least `minScore` for a job, and how many meet every
   * essential: the same scan as `rank`, without sorting or explaining (the job-profile builder's
   * live preview).
   */
  count(target: MatchTarget, minScore: number): { atLeast: number; essentialsMet: number } {
    const t = compile(this.order, target);
    const { sums, factors } = this.scan(t);
    const scale = t.totalWeight ? 1 / t.totalWeight : 0;
    let atLeast = 0;
    let essentialsMet = 0;
    for (let c = 0; c < this.meta.length; c++) {
      if (factors[c] === 1) essentialsMet++;
      if (Math.round(fitOf(sums[c]! * scale, this.secondary(c, t), factors[c]!)) >= minScore) atLeast++;
    }
    return { atLeast, essentialsMet };
  }

  /**
   * The best k for a job, best first (explain them with `match`): by score, then fit, then tie key.
   * `include`, when given, leaves out the candidates it refuses (an employer's filter).
   */
  rank(
    target: MatchTarget,
    k: number,
    include?: (meta: Meta) => boolean,
  ): { meta: Meta; score: number; fit: number }[] {
    const t = compile(this.order, target);
    const size = this.meta.length;
    const { sums, factors } = this.scan(t);
    const meta = this.meta;
    const fits = this.fits;
    // Interests and environment only cost time when both sides have them.
    const jobHasSecondary = hasPreferences(t.preferences);
    const top = this.top.reset(k);
    const scale = t.totalWeight ? 1 / t.totalWeight : 0;
    // Once the list is full, most candidates are ruled out by their raw sum alone (no factor,
    // no secondary): `need` is the least sum that can still reach the lowest fit kept.
    let threshold = -1;
    let need = -Infinity;
    for (let c = 0; c < size; c++) {
      const special = jobHasSecondary && this.hasSecondary[c] === 1;
      if (!special && sums[c]! < need) continue;
      // With interests and environment: not even a full match on both reaches the lowest fit kept.
      if (special && fitCeiling(sums[c]! * scale, factors[c]!) < threshold) continue;
      if (include && !include(meta[c]!)) continue;
      const fit = fitOf(sums[c]! * scale, special ? this.secondary(c, t) : null, factors[c]!);
      if (fit < threshold) continue;
      fits[c] = fit;
      top.offer(fit, c);
      if (top.threshold !== threshold) {
        threshold = top.threshold;
        // The raw sum is the skill share before scaling: divide the share by scale.
        need = threshold < 0 || !scale ? -Infinity : leastSkillShareFor(threshold) / scale;
      }
    }
    return top
      .result(
        (c) => fits[c]!,
        (c) => this.ties[c]!,
      )
      .map(({ index, score }) => ({ meta: meta[index]!, score, fit: fits[index]! }));
  }

  /** How many candidates `include` lets through (all when it is absent). */
  countWhere(include?: (meta: Meta) => boolean): number {
    return include ? this.meta.filter(include).length : this.meta.length;
  }
}
