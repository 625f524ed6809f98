/**
 * Starting a mini-game block. Each game is its own chunk, loaded when the test first needs it,
 * and gets a small port (GameOptions): its item, its seed, and what it may do to the element.
 */
import type { GameMechanic, GameTrial } from '@pfw/contract';
import type { GameIntro, Playing } from '../phase.js';
import type { CreateGame, GameOptions } from './game.js';

/** Every game's chunk: one line per game. */
export const GAMES: Record<GameMechanic, () => Promise<{ createGame: CreateGame }>> = {
  sorting: () => import('./sorting.js'),
  risk: () => import('./risk.js'),
  planning: () => import('./planning.js'),
  queue: () => import('./queue.js'),
  team: () => import('./team.js'),
};

/** The game's chunk (the browser fetches it once: call this early to load while the instruction is read). */
export const loadGame = (mechanic: GameMechanic): Promise<{ createGame: CreateGame }> => GAMES[mechanic]();

/** What the element does for every game. */
export type GameHost = Pick<GameOptions, 'lang' | 't' | 'update' | 'announce' | 'focus'>;

/** The game of this instruction screen, started: the phase to show now. */
export function playing(
  intro: GameIntro,
  createGame: CreateGame,
  host: GameHost,
  done: (phase: Playing, trials: GameTrial[]) => void,
): Playing {
  const { saved } = intro.run;
  const phase: Playing = {
    ...intro,
    kind: 'game',
    game: createGame({
      ...host,
      item: intro.item,
      practice: intro.practice,
      // The same block after a reload. Practice shows content of its own (each game takes it from core).
      seed: saved.seed + saved.responses.length + (intro.practice ? 1 : 0),
      done: (trials) => done(phase, trials),
    }),
    shownAt: performance.now(),
  };
  return phase;
}
