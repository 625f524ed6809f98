/** What every mini-game offers the assessment. Each game is its own lazy chunk. */
import type { TemplateResult } from 'lit';
import type { GameTrial, Lang, Step } from '@pfw/contract';
import type { Messages } from '../i18n/nl.js';
import { nextUniform, seedRng } from '@pfw/core/runtime';

export interface GameOptions {
  item: Step;
  lang: Lang;
  t: Messages;
  /** Practice rounds give feedback and are not sent. */
  practice: boolean;
  /** Makes the content of a block repeatable (the same block after a reload). */
  seed: number;
  /** Redraw the host. */
  update(): void;
  /** Something to read out now (a polite live region). */
  announce(text: string): void;
  /** Put the keyboard focus on this element of the game after the next render. */
  focus(selector: string): void;
  /** The block is over. */
  done(trials: GameTrial[]): void;
}

export interface Game {
  render(): TemplateResult;
  /** Stop timers (the element left the page). */
  dispose(): void;
}

export type CreateGame = (options: GameOptions) => Game;

/** A seeded generator (core's sfc32): the same seed gives the same block after a reload. */
export function seeded(seed: number): () => number {
  const state = seedRng(seed);
  return () => nextUniform(state);
}

export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
