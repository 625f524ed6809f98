/**
 * Sorting (accuracy): put each part in the bin with its code. stimulus "code>code", response:
 * the bin chosen. A trial counts when it is right; there is no time limit. The higher the level,
 * the more bins and the closer their codes look.
 */
import type { GameRules } from './rules.js';

const SORTING_BINS: Readonly<Record<number, readonly string[]>> = {
  1: ['A', 'B', 'C'],
  2: ['A1', 'B1', 'A7', 'B7'],
  3: ['A12', 'A21', 'B12', 'B21'],
  4: ['AB-12', 'AB-21', 'BA-12', 'BA-21', 'AB-11'],
};
export const sortingBins = (level: number): readonly string[] => SORTING_BINS[level] ?? SORTING_BINS[4]!;
/** Sorting practice: bins that no scored level has. */
export const SORTING_PRACTICE_BINS = ['X', 'Y', 'Z'] as const;

export const sortingRules: GameRules = {
  cuts: [0.6, 0.8, 0.95],
  practiceTrials: 2,
  expectedAnswer: (shown, level) => (sortingBins(level).includes(shown) ? shown : undefined),
  counts: (trial, expected) => trial.response === expected,
  sample: (level, trials, good) => {
    const bins = sortingBins(level);
    return Array.from({ length: trials }, (_, k) => {
      const bin = bins[k % bins.length]!;
      const well = good(k);
      return {
        stimulus: `${bin}>${bin}`,
        response: well ? bin : bins[(k + 1) % bins.length]!,
        correct: well,
        reactionMs: 2500,
      };
    });
  },
};
