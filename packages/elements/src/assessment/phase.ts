/**
 * Where a test is, as one value: each kind of screen carries exactly what it needs, so nothing
 * is an optional field read on trust. The screens of a test under way carry its run.
 */
import type { GameMechanic, Step } from '@pfw/contract';
import type { Run } from './run.js';
import type { SavedTest } from './saved-test.js';
import type { Game } from './games/game.js';

export type Phase =
  | { kind: 'welcome' }
  | { kind: 'loading' }
  /** A step with options; `best`: in a block of three, the statement picked as most like you (then the least is asked). */
  | { kind: 'item'; run: Run; item: Step; shownAt: number; best?: number }
  /** A game's instruction; `practice` until the person has practised this mechanic. */
  | { kind: 'game-intro'; run: Run; item: Step; mechanic: GameMechanic; practice: boolean }
  | { kind: 'game'; run: Run; item: Step; mechanic: GameMechanic; practice: boolean; game: Game; shownAt: number }
  /** After a scored game block: how many went well, said positively. */
  | { kind: 'game-result'; run: Run; mechanic: GameMechanic; good: number; total: number }
  /** Halfway, before the preference questions in the middle: a short break (everything is kept). */
  | { kind: 'break'; run: Run }
  /** The person paused on a question or a game's instruction; `at`: when (paused time is not answer time). */
  | { kind: 'paused'; run: Run; resume: Question | GameIntro; at: number }
  /** Every step on the device is answered: waiting for the server to send the next ones. */
  | { kind: 'waiting'; run: Run }
  /** Waiting for the server to sign the skillprint. */
  | { kind: 'finishing'; run: Run }
  | { kind: 'done'; skillprintId: string }
  /** The session or token expired: a new session goes on with the same answers. */
  | { kind: 'expired'; saved: SavedTest }
  /** The test is over and no skill could be measured: every answer came too fast to have been read. */
  | { kind: 'unmeasured' }
  | { kind: 'error'; message: string };

export type Question = Extract<Phase, { kind: 'item' }>;
export type GameIntro = Extract<Phase, { kind: 'game-intro' }>;
export type Playing = Extract<Phase, { kind: 'game' }>;

/** The screens of a test under way show its progress bar. */
export const showsProgress = (phase: Phase): phase is Extract<Phase, { run: Run }> =>
  'run' in phase && phase.kind !== 'finishing' && phase.kind !== 'waiting';

/**
 * What takes the focus when a screen appears: its heading, but on a question the visible question
 * itself (its heading is hidden, and a keyboard user would see no focus). A screen reader reads the
 * question first either way.
 */
export const focusTarget = (phase: Phase): string => (phase.kind === 'item' ? '.card .prompt' : 'h2');
