/**
 * Planning puzzle: put a job's steps in a right order by swapping neighbours. stimulus
 * "job:start>fewest" (start: the shown order as digits; fewest: the fewest swaps to a right
 * order), response: the moves used (or null when given up). A trial counts when solved in at
 * most fewest + 1 moves. A block shows each job once.
 *
 * Real work often has more than one right order (the water can go into the coffee machine before
 * or after the filter), so each job says, per step, which steps must come before it; every order
 * that keeps those is right.
 */
import type { GameRules } from './rules.js';

/** The jobs, six steps each; a level uses the first 3-6 steps (see PLANNING_BEFORE). */
export const PLANNING_JOBS = ['coffee', 'paint', 'delivery', 'bed', 'tiles', 'shelves'] as const;
/** Planning practice: a job that no scored block has. */
export const PLANNING_PRACTICE_JOBS = ['sandwich'] as const;
export type PlanningJob = (typeof PLANNING_JOBS)[number] | (typeof PLANNING_PRACTICE_JOBS)[number];
export const planningSteps = (level: number): number => Math.min(6, 2 + level);
/** A puzzle starts at least this many swaps away from every right order. */
export const PLANNING_MIN_INVERSIONS = 2;

/**
 * Per job and step: the steps that must be done before it (by index; the widget holds the texts
 * in the same order). Steps are numbered so that the first three of every job have one right
 * order (a level-1 puzzle of three steps needs it to be a puzzle at all); later steps may leave
 * a choice, as the work does.
 */
export const PLANNING_BEFORE: Record<PlanningJob, readonly (readonly number[])[]> = {
  // Wash hands, two slices, butter, cheese, second slice, cut: one way.
  sandwich: [[], [0], [1], [2], [3], [4]],
  // Filter in, coffee in the filter, switch on, water in (before switching on), pour, clean.
  coffee: [[], [0], [1, 3], [], [2], [4]],
  // Primer, paint, wash the brushes, then what comes before the primer in any order: fill the
  // holes, clean the wall, cover the floor.
  paint: [[3, 4, 5], [0], [1], [], [], []],
  // Load, drive, hand over, record it in the app, back to the depot, and check the route before driving.
  delivery: [[], [0, 5], [1], [2], [3], []],
  // Wash hands, old sheet off, clean the mattress, clean sheet on, pillow; the old sheet to the
  // laundry any time after it is off.
  bed: [[], [0], [1], [2], [3], [1]],
  // Level the ground, sand, compact, tiles, joint sand, compact again: one way.
  tiles: [[], [0], [1], [2], [3], [4]],
  // Find empty spots, fetch products, new ones behind the older ones, older ones to the front
  // (after finding the spots, before the new ones go in), clear the boxes, check the price labels.
  shelves: [[], [0], [1, 3], [0], [2], [2]],
};

/** Whether `order` (a level's step numbers) keeps every "before" of the job. */
export function isRightOrder(job: PlanningJob, order: readonly number[]): boolean {
  const before = PLANNING_BEFORE[job];
  const at = new Map(order.map((step, i) => [step, i]));
  return order.every((step, i) => before[step]!.every((b) => !at.has(b) || at.get(b)! < i));
}

/** Every order of the numbers in `items` (at most 6: 720 orders). */
function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((first, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [first, ...rest]),
  );
}

/** The right orders of a job's first n steps; the first is the one the practice shows. */
const rightOrders = new Map<string, number[][]>();
export function rightOrdersOf(job: PlanningJob, n: number): number[][] {
  const key = `${job}:${n}`;
  let orders = rightOrders.get(key);
  if (!orders) {
    orders = permutations([...Array(n).keys()]).filter((order) => isRightOrder(job, order));
    // The one closest to the step numbers first: the job's own order where it has a choice.
    orders.sort((a, b) => inversions(a) - inversions(b));
    rightOrders.set(key, orders);
  }
  return orders;
}

/** Pairs in the wrong order = the fewest neighbour swaps that sort the list. */
export function inversions(order: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (order[j]! < order[i]!) n++;
  return n;
}

/**
 * The fewest neighbour swaps that turn `start` into a right order: each swap changes the order
 * of one pair, so it is the fewest pairs `start` has the other way round than some right order.
 */
export function fewestMoves(job: PlanningJob, start: readonly number[]): number {
  const place = new Map(start.map((step, i) => [step, i]));
  let fewest = Infinity;
  for (const right of rightOrdersOf(job, start.length)) {
    let differ = 0;
    for (let i = 0; i < right.length; i++)
      for (let j = i + 1; j < right.length; j++) if (place.get(right[i]!)! > place.get(right[j]!)!) differ++;
    fewest = Math.min(fewest, differ);
  }
  return fewest;
}

/** The job and the shown order of a trial's screen, or undefined when it is not one of this level's. */
function parse(shown: string, level: number): { job: PlanningJob; order: number[] } | undefined {
  const [job, start = ''] = shown.split(':');
  const order = [...start].map(Number);
  const steps = planningSteps(level);
  const isOrder = order.length === steps && new Set(order).size === steps && order.every((n) => n < steps);
  if (!(PLANNING_JOBS as readonly string[]).includes(job!) || !isOrder) return undefined;
  return { job: job as PlanningJob, order };
}

export const planningRules: GameRules = {
  // Three puzzles give 0-3, one per puzzle solved.
  cuts: [1 / 3, 2 / 3, 1],
  practiceTrials: 1,
  expectedAnswer: (shown, level) => {
    const puzzle = parse(shown, level);
    if (!puzzle) return undefined;
    const fewest = fewestMoves(puzzle.job, puzzle.order);
    return fewest < PLANNING_MIN_INVERSIONS ? undefined : String(fewest);
  },
  // Until 2 December 2026 every job had one right order (the step numbers), so the fewest was
  // the shown order's inversions: answers stored then still score as they did.
  formerAnswers: (shown, level) => {
    const puzzle = parse(shown, level);
    const fewest = puzzle && inversions(puzzle.order);
    return fewest !== undefined && fewest >= PLANNING_MIN_INVERSIONS ? [String(fewest)] : [];
  },
  counts: (trial, expected) => {
    if (trial.response === null) return false;
    const used = Number(trial.response);
    const optimal = Number(expected);
    return Number.isInteger(used) && used >= optimal && used <= optimal + 1;
  },
  onceKey: (shown) => shown.split(':')[0]!,
  sample: (level, trials, good) => {
    const steps = planningSteps(level);
    const reversed = Array.from({ length: steps }, (_, i) => steps - 1 - i);
    return Array.from({ length: trials }, (_, k) => {
      const well = good(k);
      const job = PLANNING_JOBS[k]!;
      // Reversed is far from the job's right orders (at least two swaps at every level: games.test.ts).
      const fewest = fewestMoves(job, reversed);
      return {
        stimulus: `${job}:${reversed.join('')}>${fewest}`,
        response: well ? String(fewest) : null,
        correct: well,
        reactionMs: 20000,
      };
    });
  },
};
