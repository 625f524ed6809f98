/**
 * Mini-game mechanics as pure functions from trial data to an ordered category (0-3), so a
 * game block is scored by the same IRT machinery as every other item. Correctness is worked
 * out here from what was shown and what was done — never taken from the client — so the server
 * re-scores the raw trials with this same code. No face, voice, emotion or other inference.
 *
 * - sorting (accuracy under time): put each part in the right bin. stimulus "part>bin",
 *   response: the bin chosen. A trial counts when right and within the time limit.
 * - risk (working safely): choose how to do a task. stimulus "situation>safe-option",
 *   response: the option chosen. No time pressure.
 * - planning (planning puzzle): reach the goal in few moves. stimulus "puzzle>optimal-moves",
 *   response: the moves used (or null when given up). A trial counts when solved in at most
 *   optimal + 1 moves.
 */
import type { GameMechanic, GameTrial } from '@pfw/contract';

export interface GameOptions {
  /** Extra time for people who need it: multiplies the time limit of the speed game. */
  timeFactor?: number;
}

/** Time limit per sorting trial before extra time. */
export const SORTING_LIMIT_MS = 4000;

/** "Extra time" (a setting the person chooses) multiplies the time limit by this. */
export const EXTRA_TIME_FACTOR = 1.5;

/** Share of counted trials at which the category goes up (to 1, 2, 3). */
export const CATEGORY_CUTS: Record<GameMechanic, readonly [number, number, number]> = {
  sorting: [0.6, 0.8, 0.95],
  risk: [0.5, 0.75, 0.95],
  planning: [0.34, 0.67, 0.99],
};

export class GameTrialError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field} ${message}`);
    this.name = 'GameTrialError';
  }
}

function validate(trials: readonly GameTrial[]): void {
  if (!Array.isArray(trials) || trials.length === 0) throw new GameTrialError('trials', 'must hold at least one trial');
  trials.forEach((t, i) => {
    if (typeof t.reactionMs !== 'number' || !Number.isFinite(t.reactionMs) || t.reactionMs < 0) {
      throw new GameTrialError(`trials[${i}].reactionMs`, 'must be a finite number of milliseconds, 0 or more');
    }
    if (typeof t.stimulus !== 'string' || !t.stimulus.includes('>')) {
      throw new GameTrialError(`trials[${i}].stimulus`, 'must look like "shown>expected"');
    }
  });
}

/** Whether one trial counts as done well, by the rules of its mechanic. */
export function trialCounts(mechanic: GameMechanic, trial: GameTrial, options: GameOptions = {}): boolean {
  const expected = trial.stimulus.slice(trial.stimulus.indexOf('>') + 1);
  switch (mechanic) {
    case 'sorting':
      return trial.response === expected && trial.reactionMs <= SORTING_LIMIT_MS * (options.timeFactor ?? 1);
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
export function scoreGameBlock(mechanic: GameMechanic, trials: readonly GameTrial[], options: GameOptions = {}): number {
  validate(trials);
  const share = trials.filter((t) => trialCounts(mechanic, t, options)).length / trials.length;
  const cuts = CATEGORY_CUTS[mechanic];
  return cuts.filter((c) => share >= c).length;
}
