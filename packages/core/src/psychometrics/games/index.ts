/**
 * Mini-game mechanics as pure functions from trial data to an ordered category (0-3), so a
 * game block is scored by the same IRT machinery as every other item. Correctness is worked
 * out here from what was shown and what was done — never taken from the client: the expected
 * half of every stimulus must be what the rules derive from the shown half, and the shown half
 * must be something the game can show at that level. The server re-scores the raw trials with
 * this same code. No face, voice, emotion or other inference.
 *
 * Each mechanic is a file of its own (content ids and `GameRules`); `GAME_RULES` lists them.
 *
 * No game scores speed: every category depends on correctness alone. So "extra time" (a
 * setting the person chooses) changes no parameter and no score; `timeFactor` and
 * `EXTRA_TIME_FACTOR` are still passed by the widget and the server but no rule reads them.
 *
 * Practice rounds (before a mechanic's first scored block) use content of their own, which no
 * scored block can show: `expectedAnswer` refuses it at every level, so practice never returns
 * in a scored block and a client cannot send its practice as a scored block.
 *
 * The ids are what the games can show; the texts live with the widget's games.
 */
import type { GameMechanic, GameTrial } from '../../domain.js';
import { planningRules } from './planning.js';
import { queueRules } from './queue.js';
import { riskRules } from './risk.js';
import type { GameRules } from './rules.js';
import { sortingRules } from './sorting.js';
import { teamRules } from './team.js';

export * from './planning.js';
export * from './queue.js';
export * from './risk.js';
export * from './sorting.js';
export * from './team.js';
export type { GameRules } from './rules.js';

/** Every mechanic's rules: one line per game. */
export const GAME_RULES: Readonly<Record<GameMechanic, GameRules>> = {
  sorting: sortingRules,
  risk: riskRules,
  planning: planningRules,
  queue: queueRules,
  team: teamRules,
};

export interface GameOptions {
  /**
   * Extra time for people who need it. No scoring rule reads it any more (no game is timed);
   * the widget and the server still pass it, so the option stays.
   */
  timeFactor?: number;
  /** The block's level (1-4); checks the stimuli against what that level shows. */
  level?: number;
}

const byMechanic = <T>(pick: (rules: GameRules) => T) =>
  Object.fromEntries(Object.entries(GAME_RULES).map(([m, rules]) => [m, pick(rules)])) as Record<GameMechanic, T>;

/** Trials of a practice round per mechanic; each mechanic's practice content covers them. */
export const PRACTICE_TRIALS: Readonly<Record<GameMechanic, number>> = byMechanic((r) => r.practiceTrials);

/**
 * Share of counted trials at which the category goes up (to 1, 2, 3). Every category must be
 * reachable with the block's number of trials (bank.test.ts enumerates them).
 */
export const CATEGORY_CUTS: Readonly<Record<GameMechanic, readonly [number, number, number]>> = byMechanic(
  (r) => r.cuts,
);

/** "Extra time" (a setting the person chooses). No game is timed now, so it changes no score. */
export const EXTRA_TIME_FACTOR = 1.5;

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
  return GAME_RULES[mechanic].expectedAnswer(shown, level);
}

function validate(mechanic: GameMechanic, trials: readonly GameTrial[], level: number | undefined): void {
  if (!Array.isArray(trials) || trials.length === 0) throw new GameTrialError('trials', 'must hold at least one trial');
  const { onceKey } = GAME_RULES[mechanic];
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
    const former = GAME_RULES[mechanic].formerAnswers?.(shown, level) ?? [];
    if (expectedAnswer(mechanic, shown, level) !== expected && !former.includes(expected)) {
      throw new GameTrialError(
        `trials[${i}].stimulus`,
        `is not something this ${mechanic} game shows at level ${level}`,
      );
    }
    if (!onceKey) return;
    const what = onceKey(shown);
    if (seen.has(what)) throw new GameTrialError(`trials[${i}].stimulus`, `shows "${what}" a second time`);
    seen.add(what);
  });
}

/** Whether one trial counts as done well, by the rules of its mechanic: correctness only, never speed. */
export function trialCounts(mechanic: GameMechanic, trial: GameTrial): boolean {
  return GAME_RULES[mechanic].counts(trial, halves(trial.stimulus)[1]);
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
