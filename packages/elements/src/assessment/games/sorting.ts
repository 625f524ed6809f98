/**
 * Sorting (measures accuracy): a box with a code appears; tap the bin with exactly that code,
 * within a time limit. Higher levels have more bins with codes that look alike. Every bin is a
 * button, so the game works by touch, keyboard and screen reader alike; "extra time" stretches
 * the limit (the server applies the same factor when it scores).
 */
import { html } from 'lit';
import type { GameTrial } from '@pfw/contract';
import { SORTING_LIMIT_MS, sortingBins } from '@pfw/core/runtime';
import { seeded, shuffle, type CreateGame } from './game.js';

const PRACTICE_TRIALS = 2;

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const bins = shuffle(sortingBins(o.item.game!.level), random);
  const count = o.practice ? PRACTICE_TRIALS : o.item.game!.trials;
  const parts = Array.from({ length: count }, () => bins[Math.floor(random() * bins.length)]!);
  const limit = SORTING_LIMIT_MS * o.timeFactor;
  const trials: GameTrial[] = [];
  let shownAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticker: ReturnType<typeof setInterval> | undefined;
  let left = Math.ceil(limit / 1000);
  let feedback = '';

  const next = () => {
    clearTimeout(timer);
    clearInterval(ticker);
    if (trials.length === count) return o.done(trials);
    shownAt = performance.now();
    left = Math.ceil(limit / 1000);
    timer = setTimeout(() => answer(null), limit);
    ticker = setInterval(() => {
      left = Math.max(0, left - 1);
      o.update();
    }, 1000);
    o.announce(`${feedback} ${o.t.sortingPart(parts[trials.length]!)}`.trim());
    o.update();
  };

  const answer = (bin: string | null) => {
    const part = parts[trials.length]!;
    trials.push({
      stimulus: `${part}>${part}`,
      response: bin,
      correct: bin === part,
      reactionMs: Math.round(performance.now() - shownAt),
    });
    feedback = o.practice ? (bin === null ? o.t.tooLate : bin === part ? o.t.right : o.t.wrong(part)) : '';
    next();
  };

  queueMicrotask(next);
  return {
    render: () => {
      const n = Math.min(trials.length, count - 1);
      return html`
        <div class="game sorting">
          <p class="trial-count">${o.t.trial(n + 1, count)}</p>
          <p class="feedback" ?hidden=${!feedback}>${feedback}</p>
          <p class="part" part="game-stimulus">${o.t.sortingPart(parts[n]!)}</p>
          <div
            class="timer"
            role="timer"
            aria-label=${o.t.secondsLeft(left)}
            data-key=${trials.length}
          >
            ${o.t.secondsLeft(left)}
          </div>
          <div class="bins" role="group" aria-label=${o.t.sortingBins}>
            ${bins.map((bin) => html`<button type="button" class="bin" @click=${() => answer(bin)}>${bin}</button>`)}
          </div>
        </div>
      `;
    },
    dispose: () => {
      clearTimeout(timer);
      clearInterval(ticker);
    },
  };
};
