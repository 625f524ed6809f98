/**
 * Starting a mini-game block. Each game is its own chunk, loaded when the test first needs it,
 * and gets a small port (GameOptions): its item, its seed, and what it may do to the element.
 * A game's texts in a translated language (or A2 Dutch) are a chunk of their own too
 * (i18n/<game>.<lang>.ts, listed in the game's chunk as TEXTS), loaded with the game, so a player
 * fetches only the language they read and the test's entry carries none of it.
 */
import type { GameMechanic, GameTrial, TextLang } from '@pfw/contract';
import type { GameIntro, Playing } from '../phase.js';
import { sayFrom, type Catalogues, type Say } from '../say.js';
import type { CreateGame, GameOptions } from './game.js';

/** A game's chunk: how to play it, and (a game with texts) where its texts are in each language. */
export interface GameModule {
  createGame: CreateGame;
  TEXTS?: Catalogues;
}

/** Every game's chunk: one line per game. */
export const GAMES: Record<GameMechanic, () => Promise<GameModule>> = {
  sorting: () => import('./sorting.js'),
  risk: () => import('./risk.js'),
  planning: () => import('./planning.js'),
  queue: () => import('./queue.js'),
  team: () => import('./team.js'),
};

/**
 * The game's chunk and its texts in `lang` (the browser fetches each once: call this early to
 * load while the instruction is read). `sayNow` says a text in the language read at that moment:
 * after a switch mid-game, in the new language as soon as its texts have come (`loaded`).
 */
export async function loadGame(
  mechanic: GameMechanic,
  lang: TextLang,
): Promise<{ createGame: CreateGame; sayNow(now: () => TextLang, loaded: () => void): Say }> {
  const { createGame, TEXTS } = await GAMES[mechanic]();
  await TEXTS?.load(lang);
  return { createGame, sayNow: (now, loaded) => sayFrom(TEXTS, now, loaded) };
}

/** What the element does for every game. */
export type GameHost = Pick<GameOptions, 'lang' | 'say' | 't' | 'update' | 'announce' | 'focus'>;

/**
 * A scored block goes on after a reload where it was: the trials played before it, kept on the
 * device (none for a new block or a practice round). Its instruction screen says so too.
 */
export const playedBefore = ({ run: { saved }, item, practice }: GameIntro): readonly GameTrial[] =>
  !practice && saved.gameTrials?.itemId === item.id ? saved.gameTrials.trials : [];

/** The game of this instruction screen, started: the phase to show now. */
export function playing(
  intro: GameIntro,
  createGame: CreateGame,
  host: GameHost,
  done: (phase: Playing, trials: GameTrial[]) => void,
  save: () => void,
): Playing {
  const { saved } = intro.run;
  const { id: itemId } = intro.item;
  const resume = playedBefore(intro);
  const phase: Playing = {
    ...intro,
    kind: 'game',
    // The host's getters stay getters (a language switch mid-game reaches the game): not spread.
    game: createGame(
      Object.assign(Object.create(host) as GameHost, {
        item: intro.item,
        practice: intro.practice,
        // The same block after a reload. Practice shows content of its own (each game takes it from core).
        seed: saved.seed + saved.responses.length + (intro.practice ? 1 : 0),
        done: (trials: GameTrial[]) => done(phase, trials),
        resume,
        trialDone: (trials: readonly GameTrial[]) => {
          if (intro.practice) return;
          saved.gameTrials = { itemId, trials: [...trials] };
          save();
        },
      }),
    ),
    shownAt: performance.now(),
  };
  return phase;
}
