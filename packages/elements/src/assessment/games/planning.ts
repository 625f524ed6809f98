/**
 * Smart planning: steps of a job in a mixed-up order; put them right by moving steps up or down.
 * Every move counts; a puzzle counts as done well when solved in at most one move more than
 * needed. Any order the work allows is right (core's PLANNING_BEFORE); the fewest moves needed
 * is the fewest pairs in the wrong order against one of them (each move swaps two neighbours and
 * fixes at most one pair), so the server can check it from what was shown.
 * Practice uses a job of its own, which no scored block shows.
 */
import { html, nothing } from 'lit';
import {
  PLANNING_JOBS,
  PLANNING_MIN_INVERSIONS,
  PLANNING_PRACTICE_JOBS,
  PRACTICE_TRIALS,
  fewestMoves,
  isRightOrder,
  planningSteps,
  rightOrdersOf,
  type PlanningJob,
} from '@pfw/core/runtime';
import { inSentence, practiceFeedback, resumed, seeded, shuffle, type CreateGame } from './game.js';
import { catalogues, t, type Text } from '../say.js';

/**
 * The steps of core's jobs, numbered as core's PLANNING_BEFORE says which must come before which
 * (a level uses the first 3-6); every id needs them (the type says so).
 */
export const PLANNING_STEPS: Record<PlanningJob, Text[]> = {
  // Practice: never in a scored block.
  sandwich: [
    t('Handen wassen', 'Wash your hands'),
    t('Twee sneetjes brood pakken', 'Take two slices of bread'),
    t('Boter smeren', 'Spread the butter'),
    t('Kaas erop leggen', 'Put the cheese on'),
    t('Tweede sneetje erop', 'Put the second slice on top'),
    t('Doormidden snijden', 'Cut it in half'),
  ],
  coffee: [
    t('Filter erin', 'Put in a filter'),
    t('Koffie in het filter', 'Coffee into the filter'),
    t('Apparaat aanzetten', 'Switch the machine on'),
    t('Water in het apparaat', 'Water into the machine'),
    t('Koffie inschenken', 'Pour the coffee'),
    t('Apparaat schoonmaken', 'Clean the machine'),
  ],
  paint: [
    t('Grondverf zetten', 'Apply primer'),
    t('Muur verven', 'Paint the wall'),
    t('Kwasten uitwassen', 'Wash the brushes'),
    t('Gaatjes vullen', 'Fill the holes'),
    t('Muur schoonmaken', 'Clean the wall'),
    t('Vloer afdekken', 'Cover the floor'),
  ],
  delivery: [
    t('Pakketten inladen', 'Load the parcels'),
    t('Naar het eerste adres rijden', 'Drive to the first address'),
    t('Pakket afgeven', 'Hand over the parcel'),
    t('Afgifte in de app zetten', 'Record the delivery in the app'),
    t('Terug naar het depot', 'Back to the depot'),
    t('Route bekijken', 'Check the route'),
  ],
  bed: [
    t('Handen wassen', 'Wash your hands'),
    t('Oud laken eraf halen', 'Take off the old sheet'),
    t('Matras schoonmaken', 'Clean the mattress'),
    t('Schoon laken erop', 'Put on a clean sheet'),
    t('Kussen opmaken', 'Make up the pillow'),
    t('Oud laken naar de was', 'Old sheet to the laundry'),
  ],
  tiles: [
    t('Grond vlak maken', 'Level the ground'),
    t('Zand aanbrengen', 'Spread sand'),
    t('Zand aantrillen', 'Compact the sand'),
    t('Tegels leggen', 'Lay the tiles'),
    t('Voegzand inborstelen', 'Brush in joint sand'),
    t('Alles nog eens aantrillen', 'Compact everything once more'),
  ],
  shelves: [
    t('Lege plekken zoeken', 'Find empty spots'),
    t('Producten uit het magazijn halen', 'Fetch products from the stockroom'),
    t('Nieuwe producten erachter zetten', 'Put new products behind them'),
    t('Oude producten naar voren zetten', 'Move older products to the front'),
    t('Dozen opruimen', 'Clear away the boxes'),
    t('Prijskaartjes controleren', 'Check the price labels'),
  ],
};

/** What each job is, said above its steps: the steps alone ("Zand aanbrengen") leave a reader guessing. */
export const PLANNING_TITLES: Record<PlanningJob, Text> = {
  sandwich: t('Een boterham met kaas maken', 'Make a cheese sandwich'),
  coffee: t('Koffie zetten', 'Make coffee'),
  paint: t('Een muur verven', 'Paint a wall'),
  delivery: t('Pakketten bezorgen', 'Deliver parcels'),
  bed: t('Een bed verschonen', 'Change a bed'),
  tiles: t('Een terras bestraten', 'Pave a patio'),
  shelves: t('Schappen bijvullen', 'Restock the shelves'),
};

/** This game's texts in the other languages, a chunk each (loaded with the game: play.ts). */
export const TEXTS = catalogues({
  ar: () => import('./i18n/planning.ar.js'),
  tr: () => import('./i18n/planning.tr.js'),
  pl: () => import('./i18n/planning.pl.js'),
  uk: () => import('./i18n/planning.uk.js'),
  a2: () => import('./i18n/planning.a2.js'),
});

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const length = planningSteps(o.item.game!.level);
  const count = o.practice ? PRACTICE_TRIALS.planning : o.item.game!.trials;
  // Practice has a job of its own; scored blocks draw from the other jobs.
  const jobs: readonly PlanningJob[] = o.practice ? PLANNING_PRACTICE_JOBS : PLANNING_JOBS;
  const puzzles = shuffle(jobs, random)
    .slice(0, count)
    .map((id) => ({ id, title: PLANNING_TITLES[id], steps: PLANNING_STEPS[id] }))
    .map((job) => {
      let order: number[];
      do order = shuffle([...Array(length).keys()], random);
      while (fewestMoves(job.id, order) < PLANNING_MIN_INVERSIONS);
      return { job, start: order };
    });
  const trials = resumed(o);
  let order = [...puzzles[Math.min(trials.length, count - 1)]!.start];
  let moves = 0;
  let shownAt = performance.now();
  /** "Nog niet goed" after a check, and in practice the feedback on a finished puzzle. */
  let feedback = '';
  /** Practice: the puzzle is finished and its feedback waits for "Verder" (the buttons make way for it). */
  let waiting = false;

  const finishPuzzle = (solved: boolean) => {
    if (waiting || trials.length === count) return;
    const p = puzzles[trials.length]!;
    const optimal = fewestMoves(p.job.id, p.start);
    trials.push({
      stimulus: `${p.job.id}:${p.start.join('')}>${optimal}`,
      response: solved ? String(moves) : null,
      correct: solved && moves <= optimal + 1,
      reactionMs: Math.round(performance.now() - shownAt),
    });
    o.trialDone?.(trials);
    if (!o.practice) return nextPuzzle();
    // Practice: every puzzle, the last one too, is explained (a skipped one with the right order)
    // and waits for "Verder", so the feedback is read before the scored part starts.
    const right = rightOrdersOf(p.job.id, length)[0]!.map((k) => inSentence(o.say(p.job.steps[k]!), o.lang));
    feedback = solved ? o.t.right : o.t.wrong(right.join(', '));
    waiting = true;
    o.announce(feedback);
    o.update();
    o.focus('.planning .feedback');
  };

  const nextPuzzle = () => {
    feedback = '';
    waiting = false;
    if (trials.length === count) return o.done(trials);
    order = [...puzzles[trials.length]!.start];
    moves = 0;
    shownAt = performance.now();
    // The next puzzle is read out and takes the focus: the buttons under the keyboard now mean other steps.
    const { title, steps } = puzzles[trials.length]!.job;
    o.announce(
      `${o.t.trial(trials.length + 1, count)}: ${o.say(title)}. ${order.map((k) => o.say(steps[k]!)).join(', ')}`,
    );
    o.update();
    o.focus('.steps');
  };

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to]!, order[index]!];
    moves++;
    feedback = '';
    const step = o.say(puzzles[trials.length]!.job.steps[order[to]!]!);
    // Keep the keyboard on the step that moved, so moving it again is one key press
    // (on its other button when it reached the top or the bottom).
    const atEnd = to === 0 || to === order.length - 1;
    o.announce(o.t.moved(step, to + 1));
    o.update();
    o.focus(`[data-move="${by < 0 !== atEnd ? 'up' : 'down'}-${order[to]}"]`);
  };

  /** A click's detail counts the clicks in a row on one spot: the second of a double tap lands on the next puzzle. */
  const doubleTap = (event: Event) => (event as MouseEvent).detail > 1;

  const check = (event: Event) => {
    if (doubleTap(event)) return;
    if (isRightOrder(puzzles[trials.length]!.job.id, order)) return finishPuzzle(true);
    feedback = o.t.notYet;
    o.announce(feedback);
    o.update();
  };

  return {
    render: () => {
      // While practice feedback shows: the puzzle it is about, as it was left.
      const n = Math.min(waiting ? trials.length - 1 : trials.length, count - 1);
      const { title, steps } = puzzles[n]!.job;
      return html`
        <div class="game planning">
          <p class="trial-count">${o.t.trial(n + 1, count)} · ${o.t.moves(moves)}</p>
          <p class="situation" id="planning-job">${o.say(title)}</p>
          ${waiting ? nothing : html`<p class="feedback" ?hidden=${!feedback}>${feedback}</p>`}
          <ol class="steps" part="game-stimulus" tabindex="-1" aria-labelledby="planning-job">
            ${order.map((s, i) => {
              const label = o.say(steps[s]!);
              return html`<li>
                <span class="step">${label}</span>
                ${
                  waiting
                    ? nothing
                    : html`<span class="moves">
                      <button type="button" data-move=${`up-${s}`} aria-label=${o.t.up(label)} ?disabled=${i === 0} @click=${() => move(i, -1)}>↑</button>
                      <button type="button" data-move=${`down-${s}`} aria-label=${o.t.down(label)} ?disabled=${i === order.length - 1} @click=${() => move(i, 1)}>↓</button>
                    </span>`
                }
              </li>`;
            })}
          </ol>
          ${
            waiting
              ? practiceFeedback(o, feedback, nextPuzzle)
              : html`<div class="actions">
                  <button type="button" class="primary" @click=${check}>${o.t.checkOrder}</button>
                  <button type="button" class="secondary" @click=${(e: Event) => doubleTap(e) || finishPuzzle(false)}>${o.t.skipPuzzle}</button>
                </div>`
          }
        </div>
      `;
    },
    dispose: () => undefined,
  };
};
