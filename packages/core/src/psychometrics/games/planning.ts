/**
 * Planning puzzle: put a job's steps in order by swapping neighbours. stimulus
 * "job:start>fewest" (start: the shown order as digits; fewest: its inversions), response: the
 * moves used (or null when given up). A trial counts when solved in at most fewest + 1 moves.
 * A block shows each job once.
 */
import type { GameRules } from './rules.js';

/** The jobs, each with six steps in order; a level uses the first 3-6 steps. */
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

export const planningRules: GameRules = {
  // Three puzzles give 0-3, one per puzzle solved.
  cuts: [1 / 3, 2 / 3, 1],
  practiceTrials: 1,
  expectedAnswer: (shown, level) => {
    const [job, start = ''] = shown.split(':');
    const order = [...start].map(Number);
    const steps = planningSteps(level);
    const isOrder = order.length === steps && new Set(order).size === steps && order.every((n) => n < steps);
    const fewest = isOrder ? inversions(order) : 0;
    if (!(PLANNING_JOBS as readonly string[]).includes(job!) || !isOrder || fewest < PLANNING_MIN_INVERSIONS)
      return undefined;
    return String(fewest);
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
    const order = Array.from({ length: steps }, (_, i) => steps - 1 - i); // reversed: the most swaps
    const fewest = inversions(order);
    return Array.from({ length: trials }, (_, k) => {
      const well = good(k);
      const shown = `${PLANNING_JOBS[k]!}:${order.join('')}`;
      return {
        stimulus: `${shown}>${fewest}`,
        response: well ? String(fewest) : null,
        correct: well,
        reactionMs: 20000,
      };
    });
  },
};
