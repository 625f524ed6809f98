/**
 * Mini-game mechanics as pure functions from trial data to an ordered category (0-3), so a
 * game block is scored by the same IRT machinery as every other item. Correctness is worked
 * out here from what was shown and what was done — never taken from the client: the expected
 * half of every stimulus must be what the rules derive from the shown half, and the shown half
 * must be something the game can show at that level. The server re-scores the raw trials with
 * this same code. No face, voice, emotion or other inference.
 *
 * - sorting (accuracy): put each part in the bin with its code. stimulus "code>code",
 *   response: the bin chosen. A trial counts when it is right; there is no time limit. The
 *   reaction time is kept with the trial as data and never scored.
 * - risk (working safely): choose how to act in a situation. stimulus "situation>0" (the safe
 *   option is option 0; the widget shuffles how they are shown), response: the option chosen.
 *   No time pressure. Each level has situations of its own, subtler as the level goes up; a
 *   block shows each situation once.
 * - planning (planning puzzle): put a job's steps in order by swapping neighbours. stimulus
 *   "job:start>fewest" (start: the shown order as digits; fewest: its inversions), response:
 *   the moves used (or null when given up). A trial counts when solved in at most fewest + 1
 *   moves. A block shows each job once.
 *
 * No game scores speed: every category depends on correctness alone. So "extra time" (a
 * setting the person chooses) changes no parameter and no score; `timeFactor` and
 * `EXTRA_TIME_FACTOR` are still passed by the widget and the server but no rule reads them.
 *
 * Practice rounds (before a mechanic's first scored block) use content of their own, which no
 * scored block can show: `expectedAnswer` refuses it at every level, so practice never returns
 * in a scored block and a client cannot send its practice as a scored block.
 *
 * The ids below are what the games can show; the texts live with the widget's games.
 */
import type { GameMechanic, GameTrial } from '../domain.js';

export interface GameOptions {
  /**
   * Extra time for people who need it. No scoring rule reads it any more (no game is timed);
   * the widget and the server still pass it, so the option stays.
   */
  timeFactor?: number;
  /** The block's level (1-4); checks the stimuli against what that level shows. */
  level?: number;
}

/** Sorting: bin codes per level — the higher the level, the closer they look. */
const SORTING_BINS: Readonly<Record<number, readonly string[]>> = {
  1: ['A', 'B', 'C'],
  2: ['A1', 'B1', 'A7', 'B7'],
  3: ['A12', 'A21', 'B12', 'B21'],
  4: ['AB-12', 'AB-21', 'BA-12', 'BA-21', 'AB-11'],
};
export const sortingBins = (level: number): readonly string[] => SORTING_BINS[level] ?? SORTING_BINS[4]!;
/** Sorting practice: bins that no scored level has. */
export const SORTING_PRACTICE_BINS = ['X', 'Y', 'Z'] as const;

/**
 * Working safely: each level its own situations, each with three options of which option 0 is
 * the safe one. Level 1: obvious hazards. Level 2: the unsafe options sound careful ("I walk
 * around it"). Level 3: half measures that sound reasonable (gloves against a needle, coffee
 * against tiredness). Level 4: the safe option costs time or goes against a colleague or the
 * boss ("it's only a minute"). A level has at least as many situations as its block has trials.
 */
export const RISK_SITUATIONS = {
  1: ['fire', 'knife', 'ladder', 'cable', 'box', 'gloves'],
  2: ['lamp', 'spill', 'road', 'roof', 'patient', 'forklift', 'ears', 'sun'],
  3: ['dust', 'mix', 'jam', 'hair', 'tired', 'ice', 'gas', 'needle', 'reach', 'bottle'],
  4: [
    'minute',
    'licence',
    'guard',
    'phone',
    'harness',
    'queue',
    'test-run',
    'hoist',
    'shortcut',
    'dizzy',
    'torn',
    'exit',
  ],
} as const;
/** Risk practice: situations that no scored level has. */
export const RISK_PRACTICE = ['glass', 'stairs'] as const;
export type RiskSituation =
  (typeof RISK_SITUATIONS)[keyof typeof RISK_SITUATIONS][number] | (typeof RISK_PRACTICE)[number];
export const riskSituations = (level: number): readonly RiskSituation[] =>
  RISK_SITUATIONS[level as keyof typeof RISK_SITUATIONS] ?? RISK_SITUATIONS[4];

/** Planning: the jobs, each with six steps in order; a level uses the first 3-6 steps. */
export const PLANNING_JOBS = ['coffee', 'paint', 'delivery', 'bed', 'tiles', 'shelves'] as const;
/** Planning practice: a job that no scored block has. */
export const PLANNING_PRACTICE_JOBS = ['sandwich'] as const;
export type PlanningJob = (typeof PLANNING_JOBS)[number] | (typeof PLANNING_PRACTICE_JOBS)[number];
export const planningSteps = (level: number): number => Math.min(6, 2 + level);
/** A puzzle starts with at least this many pairs in the wrong order. */
export const PLANNING_MIN_INVERSIONS = 2;

/** Pairs in the wrong order = the fewest neighbour swaps that sort the list. */
export function inversions(order: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[j]! < order[i]!) n++;
  return n;
}

/** Trials of a practice round per mechanic; the practice content above covers them. */
export const PRACTICE_TRIALS: Readonly<Record<GameMechanic, number>> = { sorting: 2, risk: 2, planning: 1 };

/** "Extra time" (a setting the person chooses). No game is timed now, so it changes no score. */
export const EXTRA_TIME_FACTOR = 1.5;

/**
 * Share of counted trials at which the category goes up (to 1, 2, 3). Every category must be
 * reachable with the block's number of trials (bank.test.ts enumerates them): planning's three
 * puzzles give 0-3 one per puzzle solved.
 */
export const CATEGORY_CUTS: Record<GameMechanic, readonly [number, number, number]> = {
  sorting: [0.6, 0.8, 0.95],
  risk: [0.5, 0.75, 0.95],
  planning: [1 / 3, 2 / 3, 1],
};

/** The category of `counted` good trials out of `trials` (a hair of tolerance, so 2/3 reaches a cut of 2/3). */
export function gameCategory(mechanic: GameMechanic, counted: number, trials: number): number {
  const share = counted / trials;
  return CATEGORY_CUTS[mechanic].filter((cut) => share >= cut - 1e-9).length;
}

export class GameTrialError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
    this.name = 'GameTrialError';
  }
}

/** A stimulus "shown>expected" in its two halves. */
function halves(stimulus: string): [shown: string, expected: string] {
  const at = stimulus.indexOf('>');
  return [stimulus.slice(0, at), stimulus.slice(at + 1)];
}

/** The expected answer to what was shown, by the game's rules; undefined when the game cannot show it at this level. */
export function expectedAnswer(mechanic: GameMechanic, shown: string, level: number): string | undefined {
  switch (mechanic) {
    case 'sorting':
      return sortingBins(level).includes(shown) ? shown : undefined;
    case 'risk':
      return (riskSituations(level) as readonly string[]).includes(shown) ? '0' : undefined;
    case 'planning': {
      const [job, start = ''] = shown.split(':');
      const order = [...start].map(Number);
      const steps = planningSteps(level);
      const isOrder = order.length === steps && new Set(order).size === steps && order.every((n) => n < steps);
      const fewest = isOrder ? inversions(order) : 0;
      if (!(PLANNING_JOBS as readonly string[]).includes(job!) || !isOrder || fewest < PLANNING_MIN_INVERSIONS)
        return undefined;
      return String(fewest);
    }
  }
}

function validate(mechanic: GameMechanic, trials: readonly GameTrial[], level: number | undefined): void {
  if (!Array.isArray(trials) || trials.length === 0) throw new GameTrialError('trials', 'must hold at least one trial');
  const seen = new Set<string>();
  trials.forEach((t, i) => {
    if (typeof t.reactionMs !== 'number' || !Number.isFinite(t.reactionMs) || t.reactionMs < 0) {
      throw new GameTrialError(`trials[${i}].reactionMs`, 'must be a finite number of milliseconds, 0 or more');
    }
    if (typeof t.stimulus !== 'string' || !t.stimulus.includes('>')) {
      throw new GameTrialError(`trials[${i}].stimulus`, 'must look like "shown>expected"');
    }
    if (level === undefined) return;
    const [shown, expected] = halves(t.stimulus);
    if (expectedAnswer(mechanic, shown, level) !== expected) {
      throw new GameTrialError(
        `trials[${i}].stimulus`,
        `is not something this ${mechanic} game shows at level ${level}`,
      );
    }
    // Risk and planning show each situation or job once per block; sorting repeats its bins.
    const what = mechanic === 'planning' ? shown.split(':')[0]! : shown;
    if (mechanic !== 'sorting' && seen.has(what))
      throw new GameTrialError(`trials[${i}].stimulus`, `shows "${what}" a second time`);
    seen.add(what);
  });
}

/** Whether one trial counts as done well, by the rules of its mechanic: correctness only, never speed. */
export function trialCounts(mechanic: GameMechanic, trial: GameTrial): boolean {
  const [, expected] = halves(trial.stimulus);
  switch (mechanic) {
    case 'sorting':
    case 'risk':
      return trial.response === expected;
    case 'planning': {
      if (trial.response === null) return false;
      const used = Number(trial.response);
      const optimal = Number(expected);
      return Number.isInteger(used) && used >= optimal && used <= optimal + 1;
    }
  }
}

/** The ordered category 0-3 of a block of trials. */
export function scoreGameBlock(
  mechanic: GameMechanic,
  trials: readonly GameTrial[],
  options: GameOptions = {},
): number {
  validate(mechanic, trials, options.level);
  return gameCategory(mechanic, trials.filter((t) => trialCounts(mechanic, t)).length, trials.length);
}
