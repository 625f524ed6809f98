/**
 * The adaptive test across all soft skills. It shows three kinds of units: forced-choice blocks
 * (three statements of different skills, ranked: "Wat past het best bij jou? En wat het minst?"),
 * work scenes and game blocks.
 * The next unit is the one that shrinks the errors of its skills most per second of the
 * person's time (information at the current estimates), within content rules (a minimum of
 * answers per skill, behaviour — scenes and games — for at least a set share of each skill's
 * evidence, scenes and games spread over the test), exposure control (a random pick among the
 * best few) and a time budget at the person's measured pace. A skill stops when its standard
 * error reaches the target (or its budget is spent).
 *
 * Exposure control is the progressive method (Revuelta & Ponsoda, 1998): a unit's value is part
 * chance and part information, the chance share (1 − time used / budget)³ — all chance for the
 * first unit, a third at 30 % of the time, none at the end. At the start, when every estimate is
 * near 0 and information alone would give everyone the same units, the choice is mostly random.
 * So every scene gets shown (no unit becomes known by heart, and units get the answers a
 * calibration needs: see bank-calibration.ts). The cube keeps the cost small: a linear share
 * left 56 % of 1.25× slower readers with every skill signable, the cube 73 %, none 94 %.
 *
 * The state is a plain JSON object: answers, the unit on screen, and the random generator's
 * state. Store it anywhere; after a reload the test continues identically.
 */
import type { Item, ItemFormat, Statement } from '../domain.js';
import { blockId, blockPairs, blockStatementIds, candidateBlocks, rankings } from './blocks.js';
import {
  behaviourShare,
  emptyEvidence,
  estimatesOf,
  withBlock,
  withItem,
  type Block,
  type Evidence,
  type EvidenceFormat,
} from './evidence.js';
import type { Matrix } from './linalg.js';
import { itemInformation } from './models.js';
import { nextUniform, seedRng, type RngState } from './random.js';
import { tooFastToRead } from './rapid-guess.js';
import { ResponseError } from './responses.js';
import type { Estimate } from './scoring.js';
import { pairInformation } from './thurstonian.js';

export type { Block } from './evidence.js';

export interface AdaptiveConfig {
  /** The skills to measure, in a fixed order (the order of `correlations`). */
  skills: readonly string[];
  /** A skill is done when its standard error is at or below this. */
  targetSe: number;
  /**
   * Every skill first gets to this standard error (the most a signed skillprint allows), then
   * towards targetSe: when time runs out, as many skills as possible can be signed.
   */
  firstSe: number;
  minItemsPerSkill: number;
  maxItemsPerSkill: number;
  /** Formats each skill must be measured with, where the bank has them. */
  minFormatsPerSkill: number;
  /**
   * At least this share of each skill's evidence (test information at θ = 0) comes from
   * behaviour — scenes and games — while the bank has some left for it: no skill rests on
   * self-description alone.
   */
  minBehaviourShare: number;
  /** The whole test stays within this many seconds at the person's measured pace… */
  timeBudgetSeconds: number;
  /**
   * Seconds of the session outside this test at the assumed pace (the preference questions and
   * the practice rounds, which the budget leaves out): a slower person takes longer there too, and
   * that comes off the budget, so the whole session ends within its time (#17).
   */
  outsideSeconds: number;
  /** …plus at most this many for skills not yet at firstSe (so a skillprint can be signed). */
  overtimeSeconds: number;
  /** Exposure control: pick at random among this many best units. */
  randomesque: number;
  /** Exposure control by the progressive method (see the top of this file). */
  progressive: boolean;
  /** Blocks keyed both ways each skill gets first (they anchor its level); later blocks are keyed alike. */
  anchorBlocks: number;
  /** Statements per forced-choice block: 3 (ranked) where the bank has partners, else 2. */
  blockSize: number;
  /** At most this many units of one kind (block, scene, game) in a row: the test stays varied. */
  maxRunOfOneKind: number;
  /**
   * Items of a format the whole test includes, spread evenly over its time: the n-th of m is due
   * at (n−1)/m of the time budget (the first at once; or once every skill is done). Scenes and games make the test
   * varied.
   */
  formatMinimums: Partial<Record<ItemFormat, number>>;
  /** Correlations between the skills for a multivariate prior; leave out for independent N(0, 1) priors. */
  correlations?: Matrix;
  /**
   * Measure only these skills (a re-measurement, see growth.ts). The others stay in the model, so
   * their statements can partner these in forced-choice blocks (and the prior's correlations
   * count), but they get no steps of their own and do not decide when the test ends.
   */
  focus?: readonly string[];
}

export const DEFAULT_ADAPTIVE: Omit<AdaptiveConfig, 'skills'> = {
  targetSe: 0.4,
  firstSe: 0.6,
  minItemsPerSkill: 3,
  // The time budget is the real limit; this only keeps one hard-to-measure skill from eating the test.
  maxItemsPerSkill: 20,
  minFormatsPerSkill: 1,
  minBehaviourShare: 0.4,
  timeBudgetSeconds: 12 * 60,
  outsideSeconds: 0,
  overtimeSeconds: 3 * 60,
  randomesque: 3,
  progressive: true,
  anchorBlocks: 0,
  blockSize: 3,
  maxRunOfOneKind: 6,
  formatMinimums: { game: 3, sjt: 6 },
};

export interface Answer {
  /** An item's id, or a block's (see blocks.ts). */
  itemId: string;
  /** Scored category (after game scoring: see responses.ts); for a block its ranking (see blocks.ts). */
  category: number;
  /** Seconds it took. */
  seconds: number;
}

export interface AdaptiveState {
  version: 2;
  bankVersion: string;
  rng: RngState;
  answers: Answer[];
  /** The unit on screen, not answered yet: a reload shows it again. */
  pending: string | null;
  finished: boolean;
  /**
   * Answers of the session outside this test so far (the preference questions): their time and
   * the time expected for them. They tell the person's pace too, and what they took beyond their
   * expected time is no longer there for the test (see budget()).
   */
  outside?: OutsideAnswers;
}

export interface OutsideAnswers {
  answers: number;
  seconds: number;
  expectedSeconds: number;
}

const NO_OUTSIDE: OutsideAnswers = { answers: 0, seconds: 0, expectedSeconds: 0 };

/** The outside answers with `answers` more that took `seconds` where `expectedSeconds` were expected. */
export function addOutside(
  outside: OutsideAnswers | undefined,
  seconds: number,
  expectedSeconds: number,
  answers = 1,
): OutsideAnswers {
  const { answers: n, seconds: taken, expectedSeconds: expected } = outside ?? NO_OUTSIDE;
  return { answers: n + answers, seconds: taken + seconds, expectedSeconds: expected + expectedSeconds };
}

/** What the test shows next: an item (scene or game block) or a forced-choice block. */
export type Unit = { kind: 'item'; id: string; item: Item } | { kind: 'block'; id: string; block: Block };

export interface SkillEstimate extends Estimate {
  skillId: string;
  /** Answers that touch the skill (a block counts for both its skills). */
  items: number;
  formats: EvidenceFormat[];
  /** Share of the skill's evidence (information at θ = 0) from scenes and games. */
  behaviourShare: number;
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

/** A candidate unit with the skills it informs. */
interface Candidate {
  unit: Unit;
  skills: number[];
  seconds: number;
  value: number;
}

export class AdaptiveEngine {
  readonly config: AdaptiveConfig;
  private readonly items: ReadonlyMap<string, Item>;
  private readonly statements: ReadonlyMap<string, Statement>;
  private readonly skillIndex: ReadonlyMap<string, number>;
  private readonly formatsAvailable: number[];
  private readonly bySkill: Item[][];
  private readonly cache = new WeakMap<readonly Answer[], Evidence>();
  /** The skills measured (all, unless config.focus names some). */
  private readonly inFocus: (s: number) => boolean;

  constructor(
    readonly bank: readonly Item[],
    config: Partial<AdaptiveConfig> & Pick<AdaptiveConfig, 'skills'>,
    readonly bankVersion = 'unversioned',
    statements: readonly Statement[] = [],
  ) {
    this.config = { ...DEFAULT_ADAPTIVE, ...config };
    this.skillIndex = new Map(this.config.skills.map((s, i) => [s, i]));
    this.items = new Map(bank.filter((i) => this.skillIndex.has(i.skillId)).map((i) => [i.id, i]));
    this.statements = new Map(statements.filter((s) => this.skillIndex.has(s.skillId)).map((s) => [s.id, s]));
    this.bySkill = this.config.skills.map((s) => [...this.items.values()].filter((i) => i.skillId === s));
    this.formatsAvailable = this.config.skills.map((s, k) => {
      const formats = new Set<EvidenceFormat>(this.bySkill[k]!.map((i) => i.format));
      if ([...this.statements.values()].some((st) => st.skillId === s)) formats.add('block');
      return formats.size;
    });
    if (this.config.correlations && this.config.correlations.length !== this.config.skills.length) {
      throw new Error('correlations must have one row and column per skill');
    }
    const focus = this.config.focus && new Set(this.config.focus.map((id) => this.skillIndex.get(id)));
    if (focus?.has(undefined)) throw new Error('focus names a skill the test does not measure');
    this.inFocus = (s) => !focus || focus.has(s);
  }

  start(seed: number): AdaptiveState {
    return {
      version: 2,
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

  /** The unit with this id: an item, or a block of two or three statements of different skills. */
  unit(id: string): Unit | undefined {
    const item = this.items.get(id);
    if (item) return { kind: 'item', id, item };
    const statements = (blockStatementIds(id) ?? []).map((part) => this.statements.get(part));
    if (!statements.length || !statements.every((st) => st !== undefined)) return undefined;
    if (new Set(statements.map((st) => st.skillId)).size !== statements.length) return undefined;
    return { kind: 'block', id, block: { id, statements, expectedSeconds: blockSeconds(statements) } };
  }

  /** The unit to show now (the same one again while it is not answered), or null at the end. */
  next(state: AdaptiveState): { state: AdaptiveState; unit: Unit | null } {
    this.checkState(state);
    if (state.finished) return { state, unit: null };
    if (state.pending) return { state, unit: this.unit(state.pending)! };
    const rng: RngState = [...state.rng];
    const chosen = this.choose(state, usedIds(state), rng);
    if (!chosen) return { state: { ...state, rng, finished: true, pending: null }, unit: null };
    return { state: { ...state, rng, pending: chosen.id }, unit: chosen };
  }

  /**
   * The next `count` units after these answers, each chosen as if the ones before it were
   * shown but not yet answered: what a server sends ahead, so answering never waits on the
   * network. Fewer (or none: the test is over) when nothing more is worth showing.
   */
  plan(state: AdaptiveState, count: number, ahead: readonly string[] = []): Unit[] {
    this.checkState(state);
    if (state.finished) return [];
    const rng: RngState = [...state.rng];
    const used = usedIds(state);
    const out: Unit[] = [];
    // Units sent before and not answered yet come first, as promised; nothing is chosen twice.
    for (const id of [...(state.pending ? [state.pending] : []), ...ahead]) {
      const unit = this.unit(id);
      if (!unit || state.answers.some((a) => a.itemId === id) || out.some((u) => u.id === id)) continue;
      out.push(unit);
      for (const part of unitUses(unit)) used.add(part);
    }
    while (out.length < count) {
      const chosen = this.choose(state, used, rng, out);
      if (!chosen) break;
      out.push(chosen);
      for (const id of unitUses(chosen)) used.add(id);
    }
    return out;
  }

  /** Record the answer to the pending unit. Throws a ResponseError naming the field on bad input. */
  answer(state: AdaptiveState, itemId: string, category: number, seconds?: number): AdaptiveState {
    this.checkState(state);
    const unit = this.unit(itemId);
    if (!unit) throw new ResponseError('itemId', `"${itemId}" is not an item of this test`);
    if (state.pending !== itemId) throw new ResponseError('itemId', `"${itemId}" is not the item on screen`);
    return this.record(state, unit, category, seconds);
  }

  /**
   * Record an answer to a unit that need not be the pending one (a server takes the answers to
   * the units it sent ahead in the order they arrive). Each unit counts once.
   */
  record(state: AdaptiveState, unit: Unit, category: number, seconds?: number): AdaptiveState {
    const top = unit.kind === 'block' ? rankings(unit.block.statements.length).length - 1 : unit.item.thresholds.length;
    if (!Number.isInteger(category) || category < 0 || category > top) {
      throw new ResponseError('category', `must be a whole number from 0 to ${top}`);
    }
    if (state.answers.some((a) => a.itemId === unit.id)) throw new ResponseError('itemId', 'is answered already');
    const took = seconds ?? unitSeconds(unit);
    if (!Number.isFinite(took) || took < 0) throw new ResponseError('seconds', 'must be a finite number, 0 or more');
    const answers = [...state.answers, { itemId: unit.id, category, seconds: took }];
    const before = this.cache.get(state.answers);
    if (before) this.cache.set(answers, isRapidGuess(unit, took) ? before : this.extend(before, unit, category));
    return { ...state, answers, pending: state.pending === unit.id ? null : state.pending };
  }

  /** Per skill: estimate, standard error, answers used, formats used, behaviour share, done or not. */
  estimates(state: AdaptiveState): SkillEstimate[] {
    const evidence = this.evidence(state.answers);
    const estimates = this.estimatesOf(evidence);
    const used = usedIds(state);
    return this.config.skills.map((skillId, s) => ({
      skillId,
      ...estimates[s]!,
      items: evidence.counts[s]!,
      formats: [...evidence.formats[s]!],
      behaviourShare: behaviourShare(evidence, s),
      done: this.isDone(evidence, estimates, s, used),
    }));
  }

  progress(state: AdaptiveState): Progress {
    // A re-measurement's progress is that of the skills it measures.
    const list = this.estimates(state).filter((_, s) => this.inFocus(s));
    const { targetSe } = this.config;
    const need = 1 / (targetSe * targetSe) - 1;
    const perSkill = list.map((e) => (e.done ? 1 : Math.min(0.95, Math.max(0, (1 / (e.se * e.se) - 1) / need))));
    const elapsedSeconds = elapsed(state);
    // Time counts against the budget plus the overtime the skills not yet signable may still
    // need (about a minute each: a block and a scene), so the bar does not sit at 99 % through
    // the overtime.
    const unsigned = list.filter((e) => e.se > this.config.firstSe).length;
    const expectedEnd =
      this.budget(state) + Math.min(this.config.overtimeSeconds, unsigned * OVERTIME_SECONDS_PER_SKILL);
    const share = Math.max(perSkill.reduce((a, b) => a + b, 0) / list.length, this.spent(state) / expectedEnd);
    return {
      percent: state.finished ? 100 : Math.min(99, Math.floor(100 * share)),
      skillsStarted: list.filter((e) => e.items > 0).length,
      skillsDone: list.filter((e) => e.done).length,
      skills: list.length,
      elapsedSeconds,
    };
  }

  /**
   * Seconds of the budget used: each answer counts its time, but never less than expected, so a
   * quick tapper gets the same test as everyone (sooner), not a longer one.
   */
  spent(state: AdaptiveState): number {
    return state.answers.reduce((sum, a) => {
      const unit = this.unit(a.itemId);
      return sum + Math.max(a.seconds, unit ? unitSeconds(unit) : 0);
    }, 0);
  }

  /**
   * Seconds this person's test may take: the budget, less what their pace adds to the part of
   * the session outside it (outsideSeconds). The same as the budget at the assumed pace.
   */
  budget(state: AdaptiveState, speed = this.pace(state)): number {
    const { timeBudgetSeconds, outsideSeconds } = this.config;
    const done = state.outside ?? NO_OUTSIDE;
    // What the answers outside took beyond their time, and the rest of the outside at this pace.
    const taken = Math.max(0, done.seconds - done.expectedSeconds);
    const ahead = Math.max(0, outsideSeconds - done.expectedSeconds) * (speed - 1);
    return Math.max(0, timeBudgetSeconds - taken - ahead);
  }

  /** This person's pace against the units' expected times, the answers outside the test included (see `pace`). */
  pace(state: AdaptiveState, priorAnswers = PACE_PRIOR_ANSWERS): number {
    return pace(
      state,
      (id) => {
        const unit = this.unit(id);
        return unit ? unitSeconds(unit) : undefined;
      },
      state.outside,
      priorAnswers,
    );
  }

  private checkState(state: AdaptiveState): void {
    if (state?.version !== 2 || !Array.isArray(state.answers) || !Array.isArray(state.rng)) {
      throw new ResponseError('state', 'is not an adaptive test state');
    }
  }

  private extend(previous: Evidence, unit: Unit, category: number): Evidence {
    if (unit.kind === 'item') return withItem(previous, this.skillIndex.get(unit.item.skillId)!, unit.item, category);
    const skills = unit.block.statements.map((st) => this.skillIndex.get(st.skillId)!);
    return withBlock(previous, skills, unit.block, category);
  }

  private evidence(answers: readonly Answer[]): Evidence {
    let evidence = this.cache.get(answers);
    if (!evidence) {
      evidence = emptyEvidence(this.config.skills.length);
      for (const a of answers) {
        const unit = this.unit(a.itemId);
        if (!unit) throw new ResponseError('itemId', `"${a.itemId}" is not an item of this test`);
        if (!isRapidGuess(unit, a.seconds)) evidence = this.extend(evidence, unit, a.category);
      }
      this.cache.set(answers, evidence);
    }
    return evidence;
  }

  private estimatesOf(evidence: Evidence): Estimate[] {
    return estimatesOf(evidence, this.config.skills, this.config.correlations);
  }

  /** Whether the bank still has a scene or game for skill s that is not used. */
  private behaviourLeft(s: number, used: ReadonlySet<string>): boolean {
    return this.bySkill[s]!.some((i) => !used.has(i.id));
  }

  private isDone(evidence: Evidence, estimates: readonly Estimate[], s: number, used: ReadonlySet<string>): boolean {
    const { minItemsPerSkill, maxItemsPerSkill, targetSe, minFormatsPerSkill, minBehaviourShare } = this.config;
    if (!this.inFocus(s)) return true;
    const count = evidence.counts[s]!;
    if (count >= maxItemsPerSkill) return true;
    const left = this.bySkill[s]!.some((i) => !used.has(i.id)) || this.statementsLeft(s, used);
    if (!left) return true;
    const formatsOk = evidence.formats[s]!.size >= Math.min(minFormatsPerSkill, this.formatsAvailable[s]!);
    const behaviourOk = behaviourShare(evidence, s) >= minBehaviourShare || !this.behaviourLeft(s, used);
    return count >= minItemsPerSkill && formatsOk && behaviourOk && estimates[s]!.se <= targetSe;
  }

  private statementsLeft(s: number, used: ReadonlySet<string>): boolean {
    const skill = this.config.skills[s];
    for (const st of this.statements.values()) if (st.skillId === skill && !used.has(st.id)) return true;
    return false;
  }

  /**
   * The estimates as they will be once the planned units are answered: each shrinks the
   * variance of its skills by its information at the current estimate (v' = v / (1 + vI)), so
   * units chosen together do not all go to the same skills.
   */
  private anticipate(estimates: readonly Estimate[], planned: readonly Unit[]): readonly Estimate[] {
    if (!planned.length) return estimates;
    const out = estimates.map((e) => ({ ...e }));
    const shrink = (s: number, info: number) => {
      const v = out[s]!.se ** 2;
      out[s]!.se = Math.sqrt(v / (1 + v * info));
    };
    for (const unit of planned) {
      if (unit.kind === 'item') {
        const s = this.skillIndex.get(unit.item.skillId)!;
        shrink(s, itemInformation(unit.item, out[s]!.theta));
        continue;
      }
      const skills = unit.block.statements.map((st) => this.skillIndex.get(st.skillId)!);
      const info = this.blockInformation(unit.block.statements, skills, out);
      skills.forEach((k, i) => shrink(k, info[i]!));
    }
    return out;
  }

  private choose(
    state: AdaptiveState,
    used: ReadonlySet<string>,
    rng: RngState,
    planned: readonly Unit[] = [],
  ): Unit | null {
    const { config } = this;
    const evidence = this.evidence(state.answers);
    const estimates = this.anticipate(this.estimatesOf(evidence), planned);
    const done = config.skills.map((_, s) => this.isDone(evidence, estimates, s, used));
    // Project each unit's time at this person's measured pace: a slow reader gets a shorter test
    // that ends within its budget (with wider errors), not one that runs over.
    const speed = this.pace(state);
    const plannedTime = plannedSeconds(this, state, used);
    const spentSoFar = this.spent(state);
    const spent = spentSoFar + plannedTime * speed;
    const budget = this.budget(state, speed);
    // Past the budget, only skills not yet at firstSe get more, for at most overtimeSeconds. That
    // hard end is kept at the pace as measured, not shrunk towards the assumed one, so a slow
    // reader's last unit does not run past it (the shrunk pace projects it short).
    const unsigned = (s: number) => this.inFocus(s) && estimates[s]!.se > config.firstSe;
    const measured = Math.max(speed, this.pace(state, 0));
    const hardSpent = spentSoFar + plannedTime * measured;
    const hardEnd = this.budget(state, measured) + config.overtimeSeconds;
    const fits = (seconds: number, skills: readonly number[]) => {
      if (spent + seconds * speed <= budget) return true;
      return hardSpent + seconds * measured <= hardEnd && skills.some(unsigned);
    };
    const openItems = [...this.items.values()].filter(
      (i) => !used.has(i.id) && fits(i.expectedSeconds, [this.skillIndex.get(i.skillId)!]),
    );
    const overtime = spent >= budget;
    // The progressive method's chance share (see the top of this file).
    const explore = config.progressive ? Math.max(0, 1 - spent / budget) ** 3 : 0;
    const last = state.answers.at(-1);
    const lastUnit = last ? this.unit(last.itemId) : undefined;
    const lastSkills = new Set(lastUnit ? unitSkills(lastUnit) : []);

    // Formats with a minimum are spread over the test; the most overdue one goes first.
    let forced: Item[] | undefined;
    let mostOverdue = 0;
    for (const [format, minimum = 0] of Object.entries(config.formatMinimums) as [ItemFormat, number][]) {
      const played = [...used].filter((id) => this.items.get(id)?.format === format);
      if (played.length >= minimum) continue;
      // The first at once (a scene or a game early makes the start a game, not a questionnaire).
      const due = played.length / minimum;
      const overdue = done.every((d) => d) ? 1 : spent / budget - due;
      if (overdue < 0 || overdue < mostOverdue) continue;
      let pool = openItems.filter(
        (i) => i.format === format && evidence.counts[this.skillIndex.get(i.skillId)!]! < config.maxItemsPerSkill,
      );
      // Variety: a game mechanic not played yet, a skill that has no item of this format yet.
      const mechanics = new Set(played.map((id) => this.items.get(id)!.game?.mechanic));
      const fresh = pool.filter(
        (i) => !mechanics.has(i.game?.mechanic) && !evidence.formats[this.skillIndex.get(i.skillId)!]!.has(format),
      );
      if (fresh.length) pool = fresh;
      if (!pool.length) continue;
      forced = pool;
      mostOverdue = overdue;
    }

    if (overtime) forced = undefined; // overtime serves the unsigned skills, whatever the format

    const gain = (s: number, info: number) => {
      const v = estimates[s]!.se ** 2;
      return (v * v * info) / (1 + v * info);
    };
    const candidates: Candidate[] = [];
    for (const item of forced ?? openItems.filter((i) => !done[this.skillIndex.get(i.skillId)!])) {
      const s = this.skillIndex.get(item.skillId)!;
      let value = gain(s, itemInformation(item, estimates[s]!.theta)) / item.expectedSeconds;
      if (evidence.counts[s]! < config.minItemsPerSkill || estimates[s]!.se > config.firstSe) value *= 3;
      const formatsNeeded = Math.min(config.minFormatsPerSkill, this.formatsAvailable[s]!);
      if (evidence.formats[s]!.size < formatsNeeded && !evidence.formats[s]!.has(item.format)) value *= 2;
      if (behaviourShare(evidence, s) < config.minBehaviourShare && !overtime) value *= 2;
      candidates.push({ unit: { kind: 'item', id: item.id, item }, skills: [s], seconds: item.expectedSeconds, value });
    }
    if (!forced)
      candidates.push(...this.blockCandidates(evidence, estimates, done, used, fits, gain, overtime, explore, rng));
    // Variety: after a run of one kind, another kind where there is one.
    const recent = [...state.answers.map((a) => this.unit(a.itemId)), ...planned].slice(-config.maxRunOfOneKind);
    const kinds = new Set(recent.map((u) => (u ? unitKind(u) : undefined)));
    if (recent.length === config.maxRunOfOneKind && kinds.size === 1) {
      const [kind] = kinds;
      const others = candidates.filter((c) => unitKind(c.unit) !== kind);
      if (others.length) candidates.splice(0, candidates.length, ...others);
    }
    if (!candidates.length) return null;
    for (const c of candidates) if (c.skills.some((s) => lastSkills.has(config.skills[s]!))) c.value *= 0.3; // interleave skills
    const byValue = (a: Candidate, b: Candidate) => b.value - a.value || (a.unit.id < b.unit.id ? -1 : 1);
    candidates.sort(byValue);
    // Information decides the kind (block or item); within it, the progressive mix decides which.
    const kind = candidates[0]!.unit.kind;
    const pool = candidates.filter((c) => c.unit.kind === kind);
    if (explore > 0) {
      const best = pool[0]!.value;
      // The chance part is per second of answer time too, like the information: a long unit (a
      // five-minute game block) is drawn less often than a short one, and the test does not open
      // with the longest game there is.
      const typical = pool.map((c) => c.seconds).sort((a, b) => a - b)[pool.length >> 1]!;
      for (const c of pool)
        c.value = (1 - explore) * c.value + explore * nextUniform(rng) * best * Math.min(1, typical / c.seconds);
      pool.sort(byValue);
    }
    const top = pool.slice(0, Math.max(1, config.randomesque));
    return top[Math.floor(nextUniform(rng) * top.length)]!.unit;
  }

  /** Per statement of a block: the information its comparisons give about its skill at these estimates. */
  private blockInformation(
    statements: readonly Statement[],
    skills: readonly number[],
    estimates: readonly Estimate[],
  ) {
    const info = statements.map(() => 0);
    const belief = (k: number) => ({ mean: estimates[k]!.theta, sd: estimates[k]!.se });
    for (const { i, j, pair } of blockPairs(statements)) {
      const [a, b] = [skills[i]!, skills[j]!];
      info[i]! += pairInformation(pair, 'first', estimates[a]!.theta, belief(b));
      info[j]! += pairInformation(pair, 'second', estimates[b]!.theta, belief(a));
    }
    return info;
  }

  /** The best few forced-choice blocks among skills not done, valued like items (every statement's skill counts). */
  private blockCandidates(
    evidence: Evidence,
    estimates: readonly Estimate[],
    done: readonly boolean[],
    used: ReadonlySet<string>,
    fits: (seconds: number, skills: readonly number[]) => boolean,
    gain: (s: number, info: number) => number,
    overtime: boolean,
    explore: number,
    rng: RngState,
  ): Candidate[] {
    const { config } = this;
    const need = (skillId: string) => {
      const s = this.skillIndex.get(skillId)!;
      // Out of focus: never first in a block, but a partner for a skill in focus.
      if (!this.inFocus(s)) return 1e-9;
      return done[s] ? 0 : estimates[s]!.se ** 2;
    };
    const out: Candidate[] = [];
    const wantsAnchor = (skillId: string) => evidence.anchors[this.skillIndex.get(skillId)!]! < config.anchorBlocks;
    for (const statements of candidateBlocks(
      [...this.statements.values()],
      {
        need,
        shown: used,
        wantsAnchor,
        size: config.blockSize,
        explore: { share: explore, draw: () => nextUniform(rng) },
      },
      2 * config.randomesque,
    )) {
      const seconds = blockSeconds(statements);
      const skills = statements.map((st) => this.skillIndex.get(st.skillId)!);
      if (!fits(seconds, skills)) continue;
      const info = this.blockInformation(statements, skills, estimates);
      let value = 0;
      skills.forEach((k, i) => {
        let part = gain(k, info[i]!);
        if (evidence.counts[k]! < config.minItemsPerSkill || estimates[k]!.se > config.firstSe) part *= 3;
        // Self-description may not crowd out behaviour where the bank still has scenes or games:
        // below its share a skill gains nothing from a block. In overtime (skills not yet
        // signable) the quickest evidence wins.
        const short = behaviourShare(evidence, k) < config.minBehaviourShare && this.behaviourLeft(k, used);
        if ((short && !overtime) || !this.inFocus(k)) part = 0;
        value += part;
      });
      // With a focus, a block that tells nothing about it is not worth a step.
      if (config.focus && value <= 0) continue;
      const id = blockId(...statements);
      out.push({
        unit: { kind: 'block', id, block: { id, statements, expectedSeconds: seconds } },
        skills,
        seconds,
        value: value / seconds,
      });
    }
    return out;
  }
}

/** Every statement is read; each carries 1.5 s of choosing (bank/build.ts): a pair one tap, three statements two. */
const blockSeconds = (statements: readonly Statement[]) => statements.reduce((sum, st) => sum + st.expectedSeconds, 0);

export const unitSeconds = (unit: Unit): number =>
  unit.kind === 'item' ? unit.item.expectedSeconds : unit.block.expectedSeconds;

export { RAPID_GUESS_MAX_SECONDS, RAPID_GUESS_SHARE } from './rapid-guess.js';

/** An answer too fast to have been read (rapid-guess.ts): no evidence. A game block never is. */
export function isRapidGuess(unit: Unit, seconds: number): boolean {
  if (unit.kind === 'item' && unit.item.format === 'game') return false;
  return tooFastToRead(seconds, unitSeconds(unit));
}

/** The ids a unit uses up: an item's own id; a block's id and its statements. */
function unitUses(unit: Unit): string[] {
  return unit.kind === 'item' ? [unit.id] : [unit.id, ...unit.block.statements.map((st) => st.id)];
}

/** A unit's kind for the test's rhythm: a block, a scene or a game. */
const unitKind = (unit: Unit): EvidenceFormat => (unit.kind === 'block' ? 'block' : unit.item.format);

function unitSkills(unit: Unit): string[] {
  return unit.kind === 'item' ? [unit.item.skillId] : unit.block.statements.map((st) => st.skillId);
}

/** What a skill not yet signable at the end of the budget is expected to need of the overtime (for the bar). */
const OVERTIME_SECONDS_PER_SKILL = 60;

/** Expected seconds of units planned (used) but not answered yet, so a plan keeps to the budget. */
function plannedSeconds(engine: AdaptiveEngine, state: AdaptiveState, used: ReadonlySet<string>): number {
  const answered = new Set(state.answers.map((a) => a.itemId));
  let seconds = 0;
  for (const id of used) {
    if (answered.has(id)) continue;
    const unit = engine.unit(id);
    if (unit) seconds += unitSeconds(unit);
  }
  return seconds;
}

/** Ids shown: every answered or pending unit, and the statements of every block among them. */
function usedIds(state: AdaptiveState): Set<string> {
  const used = new Set<string>();
  for (const id of [...state.answers.map((a) => a.itemId), ...(state.pending ? [state.pending] : [])]) {
    used.add(id);
    for (const part of blockStatementIds(id) ?? []) used.add(part);
  }
  return used;
}

export function elapsed(state: AdaptiveState): number {
  return state.answers.reduce((s, a) => s + a.seconds, 0);
}

/** Answers at the assumed pace the measured pace starts from, so two quick taps do not decide it. */
const PACE_PRIOR_ANSWERS = 5;

/**
 * How much slower than the items' expected times this person answers (1 = as expected or
 * faster): measured time over expected time, shrunk towards 1 by a few answers at the assumed
 * pace, and at most 3 (a pause or a distraction must not end the test at once).
 */
export function pace(
  state: AdaptiveState,
  expectedSecondsOf: (id: string) => number | undefined,
  outside: OutsideAnswers = NO_OUTSIDE,
  priorAnswers = PACE_PRIOR_ANSWERS,
): number {
  let taken = outside.seconds;
  let expected = outside.expectedSeconds;
  for (const a of state.answers) {
    const seconds = expectedSecondsOf(a.itemId);
    if (seconds === undefined) continue;
    taken += a.seconds;
    expected += seconds;
  }
  const n = state.answers.length + outside.answers;
  const prior = n ? (priorAnswers * expected) / n : 1;
  if (expected + prior <= 0) return 1;
  return Math.min(3, Math.max(1, (taken + prior) / (expected + prior)));
}
