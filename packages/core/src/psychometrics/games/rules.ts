/**
 * What a mini-game mechanic is to the scorer: the rules that turn trials into a category. One
 * file per mechanic holds its content ids and these rules; `index.ts` lists them. Adding a game
 * is a new file here, one line in the list, its items in the bank and its screen in the widget.
 */
import type { GameTrial } from '../../domain.js';

export interface GameRules {
  /** Share of counted trials at which the category goes up to 1, 2 and 3. */
  cuts: readonly [number, number, number];
  /** Trials of the practice round (covered by the mechanic's practice content). */
  practiceTrials: number;
  /**
   * The expected answer to what was shown, by the game's rules; undefined when the game cannot
   * show it at this level (practice content included: it never counts in a scored block).
   */
  expectedAnswer(shown: string, level: number): string | undefined;
  /**
   * Expected answers an earlier version of the rules gave for the same screen: answers stored
   * then are scored again on every request and must still score as they did.
   */
  formerAnswers?(shown: string, level: number): string[];
  /** Whether a trial counts as done well: correctness only, never speed. */
  counts(trial: GameTrial, expected: string): boolean;
  /** What may be shown only once per block (undefined: anything may come back, as sorting's bins). */
  onceKey?(shown: string): string;
  /** Valid trials of a block at this level, trial k done well when `good(k)` (simulations, scripted players). */
  sample(level: number, trials: number, good: (k: number) => boolean): GameTrial[];
}
