/**
 * The adaptive test across all soft skills. The next item is the one that shrinks the error of
 * its skill most per second of the person's time (information at the current estimate), within
 * content rules (a minimum of items and of formats per skill, game blocks spread over the test),
 * exposure control (a random pick among the best few) and a time budget. A skill stops when its
 * standard error reaches the target (or its item budget is spent).
 *
 * The state is a plain JSON object: answers, the item on screen, and the random generator's
 * state. Store it anywhere; after a reload the test continues identically.
 */
import type { Item, ItemFormat } from '../domain.js';
import type { Matrix } from './linalg.js';
import { itemInformation, logCategoryProbability } from './models.js';
import { collateralPriors, likelihoodFromPosterior } from './multidim.js';
import { nextUniform, seedRng, type RngState } from './random.js';
import { ResponseError } from './responses.js';
import { QUADRATURE, STANDARD_NORMAL, eapFromLogLikelihood, type Estimate } from './scoring.js';

export interface AdaptiveConfig {
  /** The skills to measure, in a fixed order (the order of `correlations`). */
  skills: readonly string[];
  /** A skill is done when its standard error is at or below this. */
  targetSe: number;
  minItemsPerSkill: number;
  maxItemsPerSkill: number;
  /** Formats each skill must be measured with, where the bank has them. */
  minFormatsPerSkill: number;
  /** The whole test stays within this many seconds of expected answer time. */
  timeBudgetSeconds: number;
  /** Exposure control: pick at random among this many best items. */
  randomesque: number;
  /**
   * Items of a format the whole test includes, spread evenly over its time: the n-th of m is due
   * at n/(m+1) of the time budget (or once every skill is done). Scenes and games make the test
   * varied and keep it from resting on self-report alone.
   */
  formatMinimums: Partial<Record<ItemFormat, number>>;
  /** Correlations between the skills for a multivariate prior; leave out for independent N(0, 1) priors. */
  correlations?: Matrix;
}

export const DEFAULT_ADAPTIVE: Omit<AdaptiveConfig, 'skills'> = {
  targetSe: 0.4,
  minItemsPerSkill: 3,
  // The time budget is the real limit; this only keeps one hard-to-measure skill from eating the test.
  maxItemsPerSkill: 20,
  minFormatsPerSkill: 1,
  timeBudgetSeconds: 20 * 60,
  randomesque: 3,
  formatMinimums: { game: 3, sjt: 6 },
};

export interface Answer {
  itemId: string;
  /** Scored category (after reverse keying and game scoring: see responses.ts). */
  category: number;
  /** Seconds it took. */
  seconds: number;
}

export interface AdaptiveState {
  version: 1;
  bankVersion: string;
  rng: RngState;
  answers: Answer[];
  /** The item on screen, not answered yet: a reload shows it again. */
  pending: string | null;
  finished: boolean;
}

export interface SkillEstimate extends Estimate {
  skillId: string;
  items: number;
  formats: ItemFormat[];
  done: boolean;
}

export interface Progress {
  /** 0-100, never 100 before the end. */
  percent: number;
  skillsStarted: number;
  skillsDone: number;
  skills: number;
  elapsedSeconds: number;
}

interface Scored {
  logLik: Float64Array[];
  counts: number[];
  formats: Set<ItemFormat>[];
  estimates?: Estimate[];
}

export class AdaptiveEngine {
  readonly config: AdaptiveConfig;
  private readonly items: ReadonlyMap<string, Item>;
  private readonly skillIndex: ReadonlyMap<string, number>;
  private readonly formatsAvailable: number[];
  private readonly bySkill: Item[][];
  private readonly cache = new WeakMap<readonly Answer[], Scored>();

  constructor(
    readonly bank: readonly Item[],
    config: Partial<AdaptiveConfig> & Pick<AdaptiveConfig, 'skills'>,
    readonly bankVersion = 'unversioned',
  ) {
    this.config = { ...DEFAULT_ADAPTIVE, ...config };
    this.skillIndex = new Map(this.config.skills.map((s, i) => [s, i]));
    this.items = new Map(bank.filter((i) => this.skillIndex.has(i.skillId)).map((i) => [i.id, i]));
    this.bySkill = this.config.skills.map((s) => [...this.items.values()].filter((i) => i.skillId === s));
    this.formatsAvailable = this.bySkill.map((items) => new Set(items.map((i) => i.format)).size);
    if (this.config.correlations && this.config.correlations.length !== this.config.skills.length) {
      throw new Error('correlations must have one row and column per skill');
    }
  }

  start(seed: number): AdaptiveState {
    return {
      version: 1,
      bankVersion: this.bankVersion,
      rng: seedRng(seed),
      answers: [],
      pending: null,
      finished: false,
    };
  }

  item(id: string): Item | undefined {
    return this.items.get(id);
  }

  /** The item to show now (the same one again while it is not answered), or null at the end. */
  next(state: AdaptiveState): { state: AdaptiveState; item: Item | null } {
    this.checkState(state);
    if (state.finished) return { state, item: null };
    if (state.pending) return { state, item: this.items.get(state.pending)! };
    const rng: RngState = [...state.rng];
    const chosen = this.choose(state, rng);
    if (!chosen) return { state: { ...state, rng, finished: true, pending: null }, item: null };
    return { state: { ...state, rng, pending: chosen.id }, item: chosen };
  }

  /** Record the answer to the pending item. Throws a ResponseError naming the field on bad input. */
  answer(state: AdaptiveState, itemId: string, category: number, seconds?: number): AdaptiveState {
    this.checkState(state);
    const item = this.items.get(itemId);
    if (!item) throw new ResponseError('itemId', `"${itemId}" is not an item of this test`);
    if (state.pending !== itemId) throw new ResponseError('itemId', `"${itemId}" is not the item on screen`);
    if (!Number.isInteger(category) || category < 0 || category > item.thresholds.length) {
      throw new ResponseError('category', `must be a whole number from 0 to ${item.thresholds.length}`);
    }
    const took = seconds ?? item.expectedSeconds;
    if (!Number.isFinite(took) || took < 0) throw new ResponseError('seconds', 'must be a finite number, 0 or more');
    const answers = [...state.answers, { itemId, category, seconds: took }];
    const before = this.cache.get(state.answers);
    if (before) this.cache.set(answers, this.extend(before, item, category));
    return { ...state, answers, pending: null };
  }

  /** Per skill: estimate, standard error, items used, formats used, done or not. */
  estimates(state: AdaptiveState): SkillEstimate[] {
    const scored = this.scored(state.answers);
    const estimates = this.estimatesOf(scored);
    const used = usedIds(state);
    return this.config.skills.map((skillId, s) => ({
      skillId,
      ...estimates[s]!,
      items: scored.counts[s]!,
      formats: [...scored.formats[s]!],
      done: this.isDone(scored, estimates, s, used),
    }));
  }

  progress(state: AdaptiveState): Progress {
    const list = this.estimates(state);
    const { targetSe, timeBudgetSeconds } = this.config;
    const need = 1 / (targetSe * targetSe) - 1;
    const perSkill = list.map((e) => (e.done ? 1 : Math.min(0.95, Math.max(0, (1 / (e.se * e.se) - 1) / need))));
    const elapsedSeconds = elapsed(state);
    const share = Math.max(perSkill.reduce((a, b) => a + b, 0) / list.length, elapsedSeconds / timeBudgetSeconds);
    return {
      percent: state.finished ? 100 : Math.min(99, Math.floor(100 * share)),
      skillsStarted: list.filter((e) => e.items > 0).length,
      skillsDone: list.filter((e) => e.done).length,
      skills: list.length,
      elapsedSeconds,
    };
  }

  private checkState(state: AdaptiveState): void {
    if (state?.version !== 1 || !Array.isArray(state.answers) || !Array.isArray(state.rng)) {
      throw new ResponseError('state', 'is not an adaptive test state');
    }
  }

  private emptyScored(): Scored {
    const n = this.config.skills.length;
    return {
      logLik: Array.from({ length: n }, () => new Float64Array(QUADRATURE.length)),
      counts: new Array<number>(n).fill(0),
      formats: Array.from({ length: n }, () => new Set<ItemFormat>()),
    };
  }

  private extend(previous: Scored, item: Item, category: number): Scored {
    const s = this.skillIndex.get(item.skillId)!;
    const logLik = [...previous.logLik];
    const row = Float64Array.from(previous.logLik[s]!);
    for (let q = 0; q < QUADRATURE.length; q++) row[q]! += logCategoryProbability(item, QUADRATURE[q]!, category);
    logLik[s] = row;
    const counts = [...previous.counts];
    counts[s]!++;
    const formats = [...previous.formats];
    formats[s] = new Set([...previous.formats[s]!, item.format]);
    return { logLik, counts, formats };
  }

  private scored(answers: readonly Answer[]): Scored {
    let scored = this.cache.get(answers);
    if (!scored) {
      scored = this.emptyScored();
      for (const a of answers) {
        const item = this.items.get(a.itemId);
        if (!item) throw new ResponseError('itemId', `"${a.itemId}" is not an item of this test`);
        scored = this.extend(scored, item, a.category);
      }
      this.cache.set(answers, scored);
    }
    return scored;
  }

  private estimatesOf(scored: Scored): Estimate[] {
    if (scored.estimates) return scored.estimates;
    const independent = scored.logLik.map((l) => eapFromLogLikelihood(l, STANDARD_NORMAL));
    let result = independent;
    if (this.config.correlations) {
      const priors = collateralPriors(this.config.correlations, independent.map(likelihoodFromPosterior));
      result = scored.logLik.map((l, s) => eapFromLogLikelihood(l, priors[s]));
    }
    scored.estimates = result;
    return result;
  }

  private isDone(scored: Scored, estimates: readonly Estimate[], s: number, used: ReadonlySet<string>): boolean {
    const { minItemsPerSkill, maxItemsPerSkill, targetSe, minFormatsPerSkill } = this.config;
    const count = scored.counts[s]!;
    if (count >= maxItemsPerSkill) return true;
    if (!this.bySkill[s]!.some((i) => !used.has(i.id))) return true;
    const formatsOk = scored.formats[s]!.size >= Math.min(minFormatsPerSkill, this.formatsAvailable[s]!);
    return count >= minItemsPerSkill && formatsOk && estimates[s]!.se <= targetSe;
  }

  private choose(state: AdaptiveState, rng: RngState): Item | null {
    const { config } = this;
    const scored = this.scored(state.answers);
    const estimates = this.estimatesOf(scored);
    const used = usedIds(state);
    const done = config.skills.map((_, s) => this.isDone(scored, estimates, s, used));
    const spent = elapsed(state);
    // Project each item's time at this person's measured pace: a slow reader gets a shorter test
    // that ends within its budget (with wider errors), not one that runs over.
    const speed = pace(state, this.items);
    const fits = (i: Item) => spent + i.expectedSeconds * speed <= config.timeBudgetSeconds;
    const open = [...this.items.values()].filter((i) => !used.has(i.id) && fits(i));
    const last = state.answers.at(-1);
    const lastSkill = last ? this.items.get(last.itemId)?.skillId : undefined;
    // Formats with a minimum are spread over the test; the most overdue one goes first.
    let candidates = open.filter((i) => !done[this.skillIndex.get(i.skillId)!]);
    let mostOverdue = 0;
    for (const [format, minimum = 0] of Object.entries(config.formatMinimums) as [ItemFormat, number][]) {
      const played = state.answers.filter((a) => this.items.get(a.itemId)?.format === format);
      if (played.length >= minimum) continue;
      const due = (played.length + 1) / (minimum + 1);
      const overdue = done.every((d) => d) ? 1 : spent / config.timeBudgetSeconds - due;
      if (overdue < 0 || overdue < mostOverdue) continue;
      let pool = open.filter(
        (i) => i.format === format && scored.counts[this.skillIndex.get(i.skillId)!]! < config.maxItemsPerSkill,
      );
      // Variety: a game mechanic not played yet, a skill that has no item of this format yet.
      const mechanics = new Set(played.map((a) => this.items.get(a.itemId)!.game?.mechanic));
      const fresh = pool.filter(
        (i) => !mechanics.has(i.game?.mechanic) && !scored.formats[this.skillIndex.get(i.skillId)!]!.has(format),
      );
      if (fresh.length) pool = fresh;
      if (!pool.length) continue;
      candidates = pool;
      mostOverdue = overdue;
    }
    if (!candidates.length) return null;

    const scoredItems = candidates.map((item) => {
      const s = this.skillIndex.get(item.skillId)!;
      const { theta, se } = estimates[s]!;
      const v = se * se;
      const info = itemInformation(item, theta);
      let value = (v * v * info) / (1 + v * info) / item.expectedSeconds;
      if (scored.counts[s]! < config.minItemsPerSkill) value *= 3;
      const formatsNeeded = Math.min(config.minFormatsPerSkill, this.formatsAvailable[s]!);
      if (scored.formats[s]!.size < formatsNeeded && !scored.formats[s]!.has(item.format)) value *= 2;
      if (item.skillId === lastSkill) value *= 0.3; // interleave skills: it feels less like a test
      return { item, value };
    });
    scoredItems.sort((a, b) => b.value - a.value || (a.item.id < b.item.id ? -1 : 1));
    const top = scoredItems.slice(0, Math.max(1, config.randomesque));
    return top[Math.floor(nextUniform(rng) * top.length)]!.item;
  }
}

function usedIds(state: AdaptiveState): Set<string> {
  const used = new Set(state.answers.map((a) => a.itemId));
  if (state.pending) used.add(state.pending);
  return used;
}

export function elapsed(state: AdaptiveState): number {
  return state.answers.reduce((s, a) => s + a.seconds, 0);
}

/** Answers at the assumed pace the measured pace starts from, so two quick taps do not decide it. */
const PACE_PRIOR_ANSWERS = 5;

/**
 * How much slower (> 1) or faster (< 1) than the items' expected times this person answers:
 * measured time over expected time, shrunk towards 1 by a few answers at the assumed pace, and
 * kept within 0.5-3 (a pause or a distraction must not end the test at once).
 */
export function pace(state: AdaptiveState, items: ReadonlyMap<string, Item>): number {
  let taken = 0;
  let expected = 0;
  for (const a of state.answers) {
    const item = items.get(a.itemId);
    if (!item) continue;
    taken += a.seconds;
    expected += item.expectedSeconds;
  }
  const n = state.answers.length;
  const prior = n ? (PACE_PRIOR_ANSWERS * expected) / n : 1;
  return Math.min(3, Math.max(0.5, (taken + prior) / (expected + prior)));
}
