/** Ranking one job against every talent-pool candidate (see docs/matching.md). */
import {
  ESSENTIAL_FLOOR,
  MET_PROBABILITY,
  SKILL_WEIGHT,
  essentialFactor,
  fitOf,
  type CandidateProfile,
  type MatchTarget,
} from './score.js';
import { PreferenceTable, hasPreferences } from './preferences.js';
import { BLOCK, SkillOrder, probabilityRow, compile, type CompiledTarget } from './columns.js';
import { TopK } from './top-k.js';

/** The byte ceilings' scale: a probability p is kept as ⌈255 p⌉. */
const CEILING = 255;
/** What an essential leaves of the score at each byte ceiling (essentialFactor of q / 255). */
const FACTOR_OF_CEILING = Float64Array.from({ length: CEILING + 1 }, (_, q) => essentialFactor(q / CEILING));
/** Factors of a row that is no essential: 1 at every ceiling. */
const NO_FACTOR = new Float64Array(CEILING + 1).fill(1);

/**
 * Many candidates, stored by column: for every (skill, level) one Float64Array over all
 * candidates. Ranking reads only the columns a job asks for, front to back — a few MB for
 * 100 000 candidates instead of the whole table. Ranking bounds every candidate's fit from byte
 * copies of the columns and works out the exact fit only where the bound reaches the list (rank).
 *
 * Equal fits are ordered by each candidate's tie key (given to add(); lower first): the server
 * gives a hash of the person's id, the same on every request and favouring nobody.
 */
export class CandidateIndex<Meta = unknown> {
  private columns: Float64Array[];
  /**
   * The same probabilities rounded up to 255ths, one byte each: ranking first works out from
   * these the most each candidate could score (8 times less memory to read than the exact
   * columns), and the exact score only for those who could still enter the list.
   */
  private ceilings: Uint8Array[];
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
  /** Ranking's scratch for one block: the most each candidate's weighted sum and essentials' factor could be. */
  private readonly bounds = { sums: new Float64Array(BLOCK), factors: new Float64Array(BLOCK) };

  constructor(
    readonly order: SkillOrder,
    capacity = 1024,
  ) {
    this.capacity = capacity;
    this.columns = Array.from({ length: order.width }, () => new Float64Array(capacity));
    this.ceilings = Array.from({ length: order.width }, () => new Uint8Array(capacity));
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
      for (const column of this.ceilings) column[slot] = column[last]!;
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
    this.ceilings = this.ceilings.map((col) => {
      const bigger = new Uint8Array(this.capacity);
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
      // Rounded up, with a hair to spare for the rounding of p × 255 itself.
      this.ceilings[k]![c] = Math.min(CEILING, Math.ceil(this.row[k]! * CEILING + 1e-9));
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
   *
   * Block by block (the block's bounds stay in the CPU cache): first the most each candidate could
   * score, from the byte ceilings, every probability rounded up and interests and environment
   * counted as a full match; then, only for a candidate whose most reaches the lowest fit kept,
   * the exact fit from the exact columns. Once the list is full almost everyone stops at the first
   * step, and the result is exactly that of scoring everyone.
   */
  rank(
    target: MatchTarget,
    k: number,
    include?: (meta: Meta) => boolean,
  ): { meta: Meta; score: number; fit: number }[] {
    const t = compile(this.order, target);
    const size = this.meta.length;
    if (this.fits.length < size) this.fits = new Float64Array(this.capacity);
    const { fits, meta } = this;
    const { sums, factors } = this.bounds;
    // Essentials first, then the rest: the exact sums add up in the order count's scan does.
    const rows = [...t.columns.keys()].sort((a, b) => t.essential[b]! - t.essential[a]!);
    const exact = rows.map((r) => this.columns[t.columns[r]!]!);
    const ceilings = rows.map((r) => this.ceilings[t.columns[r]!]!);
    const weights = rows.map((r) => t.weights[r]!);
    const essentials = rows.filter((r) => t.essential[r]).length;
    const floor = ESSENTIAL_FLOOR;
    const slope = (1 - ESSENTIAL_FLOOR) / MET_PROBABILITY;
    // Interests and environment only count when both sides have them.
    const jobHasSecondary = hasPreferences(t.preferences);
    const top = this.top.reset(k);
    const scale = t.totalWeight ? 1 / t.totalWeight : 0;
    // The bounds read their rows in groups, each group in one pass over the block (one read and
    // write of the block's sums for the whole group): essentials two at a time, the rest four at a
    // time. A group short of rows repeats its first row at weight 0 (and, for an essential, factor 1).
    const group = (from: number, to: number, size: number) => {
      const groups: { rows: Uint8Array[]; weights: number[]; factors: Float64Array[] }[] = [];
      for (let e = from; e < to; e += size) {
        const at = Array.from({ length: size }, (_, k) => (e + k < to ? e + k : -1));
        groups.push({
          rows: at.map((r) => ceilings[r < 0 ? e : r]!),
          weights: at.map((r) => (r < 0 ? 0 : weights[r]! / CEILING)),
          factors: at.map((r) => (r < 0 ? NO_FACTOR : FACTOR_OF_CEILING)),
        });
      }
      return groups;
    };
    const essentialPairs = group(0, essentials, 2);
    const otherFours = group(essentials, rows.length, 4);
    let threshold = -1;
    for (let start = 0; start < size; start += BLOCK) {
      const end = Math.min(size, start + BLOCK);
      const n = end - start;
      factors.fill(1, 0, n);
      sums.fill(0, 0, n);
      for (const {
        rows: [a, b],
        weights: [wa, wb],
        factors: [fa, fb],
      } of essentialPairs) {
        for (let i = 0; i < n; i++) {
          const qa = a![start + i]!;
          const qb = b![start + i]!;
          sums[i]! += wa! * qa + wb! * qb;
          factors[i]! *= fa![qa]! * fb![qb]!;
        }
      }
      for (const {
        rows: [a, b, c, d],
        weights: [wa, wb, wc, wd],
      } of otherFours) {
        for (let i = 0; i < n; i++)
          sums[i]! += wa! * a![start + i]! + wb! * b![start + i]! + wc! * c![start + i]! + wd! * d![start + i]!;
      }
      for (let i = 0; i < n; i++) {
        const c = start + i;
        const special = jobHasSecondary && this.hasSecondary[c] === 1;
        // fitCeiling and fitOf, inlined (this runs for every candidate): the most the fit can be.
        const skills = sums[i]! * scale;
        const most =
          100 * factors[i]! * (special ? Math.max(skills, SKILL_WEIGHT * skills + 1 - SKILL_WEIGHT) : skills);
        // The hair covers the rounding of the bound's own sum.
        if (most + 1e-9 < threshold) continue;
        if (include && !include(meta[c]!)) continue;
        // The secondary part reads one row of a small table; the exact fit every asked column at
        // this candidate (a cache miss each). With the real secondary part the bound is tight
        // again: most stop here (about 200 of 4 000 go on, for the templates).
        const secondary = special ? this.secondary(c, t) : null;
        if (special && fitOf(skills, secondary, factors[i]!) + 1e-9 < threshold) continue;
        let sum = 0;
        let factor = 1;
        for (let e = 0; e < rows.length; e++) {
          const p = exact[e]![c]!;
          sum += weights[e]! * p;
          if (e < essentials) factor *= Math.min(1, floor + slope * p);
        }
        const fit = fitOf(sum * scale, secondary, factor);
        if (fit < threshold) continue;
        fits[c] = fit;
        top.offer(fit, c);
        threshold = top.threshold;
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
