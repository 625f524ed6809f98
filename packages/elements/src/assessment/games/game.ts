/** What every mini-game offers the assessment. Each game is its own lazy chunk. */
import { html, type TemplateResult } from 'lit';
import type { GameTrial, TextLang, Step } from '@pfw/contract';
import type { Messages } from '../i18n/nl.js';
import type { Say } from '../say.js';
import { tagOf } from '../../base/locale.js';
import { nextUniform, seedRng } from '@pfw/core/runtime';

export interface GameOptions {
  item: Step;
  lang: TextLang;
  /** The game's texts in `lang` (i18n/<game>.<lang>.ts for a translated language). */
  say: Say;
  t: Messages;
  /** Practice rounds give feedback and are not sent. */
  practice: boolean;
  /** Makes the content of a block repeatable (the same block after a reload). */
  seed: number;
  /** The block's trials played before a reload: the game goes on from the next one. */
  resume?: readonly GameTrial[];
  /** A trial was played (all so far): kept on the device, so a reload loses none. */
  trialDone?(trials: readonly GameTrial[]): void;
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

/**
 * The trials to start from: those played before a reload (none for a new block or a practice
 * round: play.ts). A block that was played to its end then is over at once.
 */
export function resumed(o: GameOptions): GameTrial[] {
  const trials = [...(o.resume ?? [])];
  if (trials.length && trials.length >= o.item.game!.trials) queueMicrotask(() => o.done(trials));
  return trials;
}

/** A seeded generator (core's sfc32): the same seed gives the same block after a reload. */
export function seeded(seed: number): () => number {
  const state = seedRng(seed);
  return () => nextUniform(state);
}

/**
 * A sentence of the game's texts inside another one, after a colon ("Beter was: een vrouw met
 * …"): lower case in the language's own way (Turkish İ → i), except English "I".
 */
export const inSentence = (text: string, lang: TextLang): string =>
  lang === 'en' && /^I\b/.test(text) ? text : text.charAt(0).toLocaleLowerCase(tagOf(lang)) + text.slice(1);

export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A round of situations, each answered by choosing one option (see choiceRound). */
export interface ChoiceRound {
  /** The situation in view: while practice feedback shows, the one just answered. */
  readonly index: number;
  /** Practice only: the feedback on the last answer, shown until "Go on". */
  readonly feedback: string;
  /** Record the choice (its reaction time is measured here); `feedback` is asked for in practice only. */
  choose(event: Event, trial: Omit<GameTrial, 'reactionMs'>, feedback: () => string): void;
  /** Practice feedback and its "Go on" button. */
  renderFeedback(): TemplateResult;
}

/**
 * The shared core of the games where one option is chosen per situation (risk, queue, team):
 * it keeps the trials and their reaction times, shows practice feedback until "Go on", moves
 * the focus to the next situation (the buttons under the keyboard or finger now mean other
 * things) and ignores the second tap of a double tap, which would answer a situation nobody
 * read. `game` is the class of the game's root; `announce` the words for situation n.
 */
export function choiceRound(o: GameOptions, count: number, game: string, announce: (n: number) => string): ChoiceRound {
  const trials = resumed(o);
  let shownAt = performance.now();
  let feedback = '';
  const show = () => {
    shownAt = performance.now();
    o.announce(announce(trials.length));
    o.update();
    o.focus(`.${game} .situation`);
  };
  const goOn = () => {
    feedback = '';
    if (trials.length === count) return o.done(trials);
    show();
  };
  return {
    get index() {
      return Math.min(feedback ? trials.length - 1 : trials.length, count - 1);
    },
    get feedback() {
      return feedback;
    },
    choose(event, trial, feedbackOf) {
      // A click's detail counts the clicks in a row on one spot: 2 and more is a double tap.
      if ((event as MouseEvent).detail > 1 || feedback || trials.length === count) return;
      trials.push({ ...trial, reactionMs: Math.round(performance.now() - shownAt) });
      o.trialDone?.(trials);
      if (!o.practice) return trials.length === count ? o.done(trials) : show();
      feedback = feedbackOf();
      o.announce(feedback);
      o.update();
      o.focus(`.${game} .feedback`);
    },
    renderFeedback: () => practiceFeedback(o, feedback, goOn),
  };
}

/**
 * Practice feedback and its "Go on" button, in place of the answers: every game waits here
 * after each practice try, the last one too, so the feedback is read before the scored part.
 * The feedback takes the focus (`.<game> .feedback`) and is announced by the game.
 */
export const practiceFeedback = (o: GameOptions, feedback: string, goOn: () => void): TemplateResult =>
  html`<p class="feedback" tabindex="-1">${feedback}</p>
    <div class="actions">
      <button type="button" class="primary next" @click=${goOn}>${o.t.goOn}</button>
    </div>`;
