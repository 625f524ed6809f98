/**
 * Starting a mini-game block. Each game is its own chunk, loaded when the test first needs it,
 * and gets a small port (GameOptions): its item, its seed, and what it may do to the element.
 * A game's texts in a translated language are a chunk of their own too (i18n/<game>.<lang>.ts),
 * loaded with the game, so a player fetches only the language they read.
 */
import type { GameMechanic, GameTrial, TextLang } from '@pfw/contract';
import type { Catalogue } from '@pfw/core/text';
import type { GameIntro, Playing } from '../phase.js';
import { isTranslated, sayIn, type Say, type Translated } from '../say.js';
import type { CreateGame, GameOptions } from './game.js';

type Load<T> = () => Promise<{ default: T }>;

/** Every game's chunk: one line per game. */
export const GAMES: Record<GameMechanic, () => Promise<{ createGame: CreateGame }>> = {
  sorting: () => import('./sorting.js'),
  risk: () => import('./risk.js'),
  planning: () => import('./planning.js'),
  queue: () => import('./queue.js'),
  team: () => import('./team.js'),
};

/** The games with texts, each in every translated language and A2 Dutch (sorting shows codes only). */
export const GAME_TEXTS: Record<Exclude<GameMechanic, 'sorting'>, Record<Translated | 'a2', Load<Catalogue>>> = {
  risk: {
    ar: () => import('./i18n/risk.ar.js'),
    tr: () => import('./i18n/risk.tr.js'),
    pl: () => import('./i18n/risk.pl.js'),
    uk: () => import('./i18n/risk.uk.js'),
    a2: () => import('./i18n/risk.a2.js'),
  },
  planning: {
    ar: () => import('./i18n/planning.ar.js'),
    tr: () => import('./i18n/planning.tr.js'),
    pl: () => import('./i18n/planning.pl.js'),
    uk: () => import('./i18n/planning.uk.js'),
    a2: () => import('./i18n/planning.a2.js'),
  },
  queue: {
    ar: () => import('./i18n/queue.ar.js'),
    tr: () => import('./i18n/queue.tr.js'),
    pl: () => import('./i18n/queue.pl.js'),
    uk: () => import('./i18n/queue.uk.js'),
    a2: () => import('./i18n/queue.a2.js'),
  },
  team: {
    ar: () => import('./i18n/team.ar.js'),
    tr: () => import('./i18n/team.tr.js'),
    pl: () => import('./i18n/team.pl.js'),
    uk: () => import('./i18n/team.uk.js'),
    a2: () => import('./i18n/team.a2.js'),
  },
};

/**
 * The game's chunk and its texts in `lang` (the browser fetches each once: call this early to
 * load while the instruction is read).
 */
export async function loadGame(mechanic: GameMechanic, lang: TextLang): Promise<{ createGame: CreateGame; say: Say }> {
  const texts = mechanic !== 'sorting' && isTranslated(lang) ? GAME_TEXTS[mechanic][lang] : undefined;
  const [{ createGame }, catalogue] = await Promise.all([GAMES[mechanic](), texts?.().then((m) => m.default)]);
  return { createGame, say: sayIn(lang, catalogue) };
}

/** What the element does for every game. */
export type GameHost = Pick<GameOptions, 'lang' | 'say' | 't' | 'update' | 'announce' | 'focus'>;

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
