/**
 * Sorting (measures accuracy): a box with a code appears; tap the bin with exactly that code.
 * Higher levels have more bins with codes that look alike. Only a right bin counts; there is
 * no time limit and no clock on screen, because speed is not what this game measures (the
 * reaction time goes with each trial as data and is never scored). Every bin is a button, so
 * the game works by touch, keyboard and screen reader alike. Practice uses bins of its own,
 * which no scored block shows.
 */
import { html } from 'lit';
import { PRACTICE_TRIALS, SORTING_PRACTICE_BINS, sortingBins } from '@pfw/core/runtime';
import { practiceFeedback, resumed, seeded, shuffle, type CreateGame } from './game.js';

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const bins = shuffle(o.practice ? SORTING_PRACTICE_BINS : sortingBins(o.item.game!.level), random);
  const count = o.practice ? PRACTICE_TRIALS.sorting : o.item.game!.trials;
  const parts = Array.from({ length: count }, () => bins[Math.floor(random() * bins.length)]!);
  const trials = resumed(o);
  let shownAt = performance.now();
  /** Practice only: the feedback on the box just sorted, shown instead of the bins until "Verder". */
  let feedback = '';
  // Each new box gets a ring that fades (.part.odd/.even in the styles: a new class starts it
  // again), so a scored tap, which says nothing about right or wrong, is seen to count, also when
  // the next box has the same code. A fade, not a movement; the text keeps its contrast.

  const next = (focus = false) => {
    feedback = '';
    if (trials.length === count) return o.done(trials);
    shownAt = performance.now();
    o.announce(o.t.sortingPart(parts[trials.length]!));
    o.update();
    // After "Verder" that button is gone: the focus goes to the new box (a scored answer keeps it on the bins).
    if (focus) o.focus('.sorting .part');
  };

  const answer = (bin: string) => {
    if (feedback || trials.length === count) return;
    const part = parts[trials.length]!;
    trials.push({
      stimulus: `${part}>${part}`,
      response: bin,
      correct: bin === part,
      reactionMs: Math.round(performance.now() - shownAt),
    });
    o.trialDone?.(trials);
    if (!o.practice) return next();
    // Practice: every try, the last one too, is explained and waits for "Verder", as in the other games.
    feedback = bin === part ? o.t.right : o.t.wrong(part);
    o.announce(feedback);
    o.update();
    o.focus('.sorting .feedback');
  };

  queueMicrotask(next);
  return {
    render: () => {
      // While feedback shows: the box it is about.
      const n = Math.min(feedback ? trials.length - 1 : trials.length, count - 1);
      return html`
        <div class="game sorting">
          <p class="trial-count">${o.t.trial(n + 1, count)}</p>
          <p class="part ${n % 2 ? 'odd' : 'even'}" part="game-stimulus" tabindex="-1">${o.t.sortingPart(parts[n]!)}</p>
          ${
            feedback
              ? practiceFeedback(o, feedback, () => next(true))
              : html`<div class="bins" role="group" aria-label=${o.t.sortingBins}>
                  ${bins.map((bin) => html`<button type="button" class="bin" @click=${() => answer(bin)}>${bin}</button>`)}
                </div>`
          }
        </div>
      `;
    },
    dispose: () => undefined,
  };
};
