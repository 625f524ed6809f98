/**
 * The widget's games against core's rules: every scored block the games can produce is
 * accepted by the scorer at its level, practice rounds show only content no scored block has
 * (the scorer refuses it at every level), the sorting game shows no clock, and practice
 * explains every try, the last one too, before the scored part (which says nothing of right or wrong).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import type { GameMechanic, GameTrial, Item } from '@pfw/contract';
import { expectedAnswer, gameItems } from '@pfw/core/psychometrics';
import {
  PRACTICE_TRIALS,
  categoryOf,
  fewestMoves,
  indexItems,
  rightOrdersOf,
  type PlanningJob,
} from '@pfw/core/runtime';
import nl from '../i18n/nl.js';
import { gameStep } from '../../../test/games.js';
import { GAMES } from './play.js';
import { PLANNING_STEPS, PLANNING_TITLES } from './planning.js';
import { sayIn } from '../say.js';

const index = indexItems(gameItems);
const shownOf = (t: GameTrial) => t.stimulus.slice(0, t.stimulus.indexOf('>'));

/**
 * Plays a block to the end like a person would — by pointer (click) or by keyboard (focus the
 * button, press Enter) — and returns its trials, whether a clock showed, what was announced, and
 * any button without an accessible name.
 */
async function play(
  item: Item,
  practice: boolean,
  seed: number,
  by: 'pointer' | 'keyboard' = 'pointer',
): Promise<{ trials: GameTrial[]; timer: boolean; announced: string[]; unnamed: number }> {
  const { createGame } = await GAMES[item.game!.mechanic]();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  let trials: GameTrial[] | undefined;
  let timer = false;
  let unnamed = 0;
  const announced: string[] = [];
  const step = gameStep(item);
  const game = createGame({
    item: step,
    lang: 'nl',
    say: sayIn('nl'),
    t: nl,
    practice,
    seed,
    update: () => render(game.render(), host),
    announce: (text) => announced.push(text),
    focus: () => undefined,
    done: (t) => (trials = t),
  });
  render(game.render(), host);
  for (let i = 0; i < 200 && !trials; i++) {
    await Promise.resolve(); // the sorting game shows its first box in a microtask
    render(game.render(), host);
    timer ||= !!host.querySelector('[role=timer], .timer');
    const part = host.querySelector('.part')?.textContent?.split(' ').at(-1);
    const bin = [...host.querySelectorAll<HTMLButtonElement>('.bin')].find((b) => b.textContent === part);
    unnamed += [...host.querySelectorAll('button')].filter(
      (b) => !(b.getAttribute('aria-label') ?? b.textContent)?.trim(),
    ).length;
    // Sorting: the right bin; others: whichever option comes first; planning: give up (null);
    // feedback that waits for "go on" (queue's practice): go on.
    const target =
      bin ??
      host.querySelector<HTMLButtonElement>('.option') ??
      host.querySelector<HTMLButtonElement>('.actions .secondary') ??
      host.querySelector<HTMLButtonElement>('.actions .next');
    if (!target) continue;
    if (by === 'pointer') target.click();
    else {
      target.focus();
      await sendKeys({ press: 'Enter' });
    }
  }
  game.dispose();
  return { trials: trials!, timer, announced, unnamed };
}

describe('mini-games against the scorer', function () {
  this.timeout(60000);

  it('sends scored blocks the scorer accepts at their level, and shows no clock', async () => {
    for (const item of gameItems)
      for (const seed of [1, 2, 3]) {
        const { trials, timer } = await play(item, false, seed);
        expect(trials, item.id).to.have.length(item.game!.trials);
        expect(timer, `${item.id}: a clock on screen`).to.equal(false);
        const category = categoryOf(index, { itemId: item.id, trials });
        expect(category, item.id).to.be.within(0, 3);
        if (item.game!.mechanic === 'sorting') expect(category, `${item.id}: all right`).to.equal(3);
      }
  });

  it('plays the same by pointer and by keyboard, every button named and every new trial announced', async () => {
    for (const mechanic of Object.keys(GAMES) as GameMechanic[]) {
      const item = gameItems.find((i) => i.game?.mechanic === mechanic && i.game.level === 2)!;
      const pointer = await play(item, false, 5, 'pointer');
      const keyboard = await play(item, false, 5, 'keyboard');
      const choices = (trials: GameTrial[]) => trials.map((t) => [t.stimulus, t.response]);
      expect(choices(keyboard.trials), mechanic).to.deep.equal(choices(pointer.trials));
      expect(categoryOf(index, { itemId: item.id, trials: keyboard.trials })).to.equal(
        categoryOf(index, { itemId: item.id, trials: pointer.trials }),
      );
      expect(pointer.unnamed, `${mechanic}: buttons without a name`).to.equal(0);
      expect(pointer.announced.filter(Boolean).length, `${mechanic}: announcements`).to.be.at.least(
        item.game!.trials - 1,
      );
    }
  });

  it('practises with content of its own, which the scorer refuses in every scored block', async () => {
    for (const item of gameItems)
      for (const seed of [1, 2]) {
        const { mechanic, level } = item.game!;
        const { trials } = await play(item, true, seed);
        expect(trials, item.id).to.have.length(PRACTICE_TRIALS[mechanic]);
        for (const t of trials)
          for (const scored of [1, 2, 3, 4])
            expect(expectedAnswer(mechanic, shownOf(t), scored), `${item.id} practice "${t.stimulus}"`).to.equal(
              undefined,
            );
        // Sent in place of the scored block (padded to its length), it is refused.
        const padded = Array.from({ length: item.game!.trials }, (_, n) => trials[n % trials.length]!);
        expect(() => categoryOf(index, { itemId: item.id, trials: padded }), `${item.id} level ${level}`).to.throw(
          /stimulus/,
        );
      }
  });
});

describe('working safely, by keyboard', () => {
  it('moves the focus to the next situation after an answer: a second Enter never answers one not yet read', async () => {
    const item = gameItems.find((i) => i.game?.mechanic === 'risk')!;
    const { createGame } = await GAMES.risk();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const step = gameStep(item);
    let focusOn = '';
    const game = createGame({
      item: step,
      lang: 'nl',
      say: sayIn('nl'),
      t: nl,
      practice: false,
      seed: 1,
      update: () => render(game.render(), host),
      announce: () => undefined,
      focus: (selector) => (focusOn = selector),
      done: () => undefined,
    });
    render(game.render(), host);
    const first = host.querySelector('.situation')!.textContent;
    host.querySelector<HTMLButtonElement>('.option')!.focus();
    host.querySelector<HTMLButtonElement>('.option')!.click();
    host.querySelector<HTMLElement>(focusOn)!.focus();
    expect(host.querySelector('.situation')!.textContent).not.to.equal(first);
    expect(document.activeElement, 'focus on the new situation').to.equal(host.querySelector('.situation'));
    game.dispose();
  });
});

describe('games of one choice per situation, by touch', () => {
  /** A scored block of a game at a level, rendered in a plain host. */
  async function scored(mechanic: GameMechanic, level: number) {
    const item = gameItems.find((i) => i.game?.mechanic === mechanic && i.game.level === level)!;
    const { createGame } = await GAMES[mechanic]();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const game = createGame({
      item: gameStep(item),
      lang: 'nl',
      say: sayIn('nl'),
      t: nl,
      practice: false,
      seed: 3,
      update: () => render(game.render(), host),
      announce: () => undefined,
      focus: () => undefined,
      done: () => undefined,
    });
    render(game.render(), host);
    return { item, host, game };
  }

  it('ignore the second tap of a double tap: it would answer a situation nobody read', async () => {
    for (const mechanic of ['risk', 'queue', 'team'] as const) {
      const { item, host, game } = await scored(mechanic, 2);
      const tap = (detail: number) =>
        host.querySelector('.option')!.dispatchEvent(new MouseEvent('click', { detail, bubbles: true }));
      tap(1);
      const second = host.querySelector('.situation')!.textContent;
      expect(host.querySelector('.trial-count')!.textContent, mechanic).to.equal(nl.trial(2, item.game!.trials));
      tap(2);
      expect(host.querySelector('.situation')!.textContent, `${mechanic}: the double tap answered`).to.equal(second);
      tap(1);
      expect(host.querySelector('.trial-count')!.textContent, mechanic).to.equal(nl.trial(3, item.game!.trials));
      game.dispose();
    }
  });

  it('planning: the second tap of a double tap on "Klaar" or "Sla over" does nothing to the next puzzle', async () => {
    const { host, game } = await scored('planning', 1);
    const tap = (selector: string, detail: number) =>
      host.querySelector(`.actions ${selector}`)!.dispatchEvent(new MouseEvent('click', { detail, bubbles: true }));
    const count = () => host.querySelector('.trial-count')!.textContent;
    tap('.secondary', 1);
    const second = count();
    tap('.secondary', 2);
    tap('.primary', 2);
    expect(count(), 'no puzzle skipped by the second tap').to.equal(second);
    expect(
      host.querySelector('.feedback')!.hasAttribute('hidden'),
      'no "Nog niet goed" on an untouched puzzle',
    ).to.equal(true);
    game.dispose();
  });
});

describe('planning: any order the work allows', () => {
  it('takes a right order other than the list of steps, and the scorer counts it by its fewest moves', async () => {
    const item = gameItems.find((i) => i.game?.mechanic === 'planning' && i.game.level === 2)!;
    const { createGame } = await GAMES.planning();
    const say = sayIn('nl');
    // The first seed whose first puzzle is a job with more than one right order of four steps.
    for (let seed = 1; seed < 50; seed++) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      let trials: GameTrial[] | undefined;
      const game = createGame({
        item: gameStep(item),
        lang: 'nl',
        say,
        t: nl,
        practice: false,
        seed,
        update: () => render(game.render(), host),
        announce: () => undefined,
        focus: () => undefined,
        done: (t) => (trials = t),
      });
      render(game.render(), host);
      const title = host.querySelector('#planning-job')!.textContent!.trim();
      const job = (Object.keys(PLANNING_TITLES) as PlanningJob[]).find((j) => say(PLANNING_TITLES[j]) === title)!;
      const rights = rightOrdersOf(job, 4);
      if (rights.length < 2) {
        game.dispose();
        continue;
      }
      const shown = () =>
        [...host.querySelectorAll('.steps .step')].map((s) =>
          PLANNING_STEPS[job].findIndex((step) => say(step) === s.textContent!.trim()),
        );
      const start = shown();
      // The last right order: never the steps as numbered (that one comes first).
      const target = rights.at(-1)!;
      for (let i = 0; i < target.length; i++)
        while (shown()[i] !== target[i])
          host.querySelector<HTMLButtonElement>(`[data-move="up-${target[i]}"]`)!.click();
      host.querySelector<HTMLButtonElement>('.actions .primary')!.click();
      expect(host.querySelector('.feedback')!.hasAttribute('hidden'), `${job}: "Nog niet goed" for ${target}`).to.equal(
        true,
      );
      expect(host.querySelector('.trial-count')!.textContent).to.contain(nl.trial(2, item.game!.trials));
      for (let k = 1; k < item.game!.trials; k++) host.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
      expect(trials![0]!.stimulus).to.equal(`${job}:${start.join('')}>${fewestMoves(job, start)}`);
      expect(trials![0]!.response, 'solved').not.to.equal(null);
      expect(categoryOf(index, { itemId: item.id, trials: trials! })).to.be.within(0, 1);
      game.dispose();
      return;
    }
    expect.fail('no seed shows a job with a choice of orders first');
  });
});

describe('practice in the sorting and planning games', () => {
  /** A game in a plain host, keeping what it announced, where it put the focus and whether it ended. */
  async function start(mechanic: 'sorting' | 'planning', practice: boolean) {
    const item = gameItems.find((i) => i.game?.mechanic === mechanic && i.game.level === 1)!;
    const { createGame } = await GAMES[mechanic]();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const log = { announced: [] as string[], focused: [] as string[], trials: undefined as GameTrial[] | undefined };
    const game = createGame({
      item: gameStep(item),
      lang: 'nl',
      say: sayIn('nl'),
      t: nl,
      practice,
      seed: 4,
      update: () => render(game.render(), host),
      announce: (text) => log.announced.push(text),
      focus: (selector) => log.focused.push(selector),
      done: (trials) => (log.trials = trials),
    });
    render(game.render(), host);
    await Promise.resolve(); // the sorting game shows its first box in a microtask
    const feedback = () => host.querySelector('.feedback:not([hidden])')?.textContent?.trim() ?? '';
    const next = () => host.querySelector<HTMLButtonElement>('.actions .next');
    return { host, game, log, feedback, next };
  }

  it('explains every sorting try, the last one too, and waits for "Verder" before the scored part', async () => {
    const { host, game, log, feedback, next } = await start('sorting', true);
    const part = () => host.querySelector('.part')!.textContent!.split(' ').at(-1)!;
    const bin = (right: boolean) =>
      [...host.querySelectorAll<HTMLButtonElement>('.bin')].find((b) => (b.textContent === part()) === right)!;
    // First try wrong, second (the last) right: each gets its feedback, read out and focused.
    const first = part();
    bin(false).click();
    expect(feedback()).to.equal(nl.wrong(first));
    expect(log.announced.at(-1)).to.equal(nl.wrong(first));
    expect(log.focused.at(-1)).to.equal('.sorting .feedback');
    expect(host.querySelector('.bin'), 'no bins while the feedback shows').to.equal(null);
    next()!.click();
    expect(log.focused.at(-1), 'the next box, after "Verder"').to.equal('.sorting .part');
    bin(true).click();
    expect(feedback()).to.equal(nl.right);
    expect(log.focused.at(-1)).to.equal('.sorting .feedback');
    expect(log.trials, 'over only after "Verder"').to.equal(undefined);
    next()!.click();
    expect(log.trials).to.have.length(PRACTICE_TRIALS.sorting);
    game.dispose();
  });

  it('explains the planning practice puzzle, solved or skipped, and waits for "Verder"', async () => {
    // Solved: put the steps in the right order with the move buttons (like bubble sort).
    const solved = await start('planning', true);
    const names = () => [...solved.host.querySelectorAll('.steps .step')].map((s) => s.textContent!.trim());
    const job = Object.values(PLANNING_STEPS).find((steps) => names().every((n) => steps.some((s) => s.nl === n)))!;
    const rank = (name: string) => job.findIndex((s) => s.nl === name);
    for (let swapped = true; swapped;) {
      swapped = false;
      for (let i = 0; i < names().length - 1; i++)
        if (rank(names()[i]!) > rank(names()[i + 1]!)) {
          solved.host.querySelectorAll('.steps li')[i]!.querySelector<HTMLButtonElement>('[data-move^=down]')!.click();
          swapped = true;
        }
    }
    // The job is named above its steps, and names the list.
    const title = solved.host.querySelector('#planning-job')!.textContent!.trim();
    expect(title).to.equal(PLANNING_TITLES.sandwich.nl);
    expect(solved.host.querySelector('.steps')!.getAttribute('aria-labelledby')).to.equal('planning-job');
    solved.host.querySelector<HTMLButtonElement>('.actions .primary:not(.next)')!.click();
    expect(solved.feedback()).to.equal(nl.right);
    expect(solved.log.announced.at(-1)).to.equal(nl.right);
    expect(solved.log.focused.at(-1)).to.equal('.planning .feedback');
    expect(solved.host.querySelector('[data-move]'), 'no move buttons while the feedback shows').to.equal(null);
    expect(solved.log.trials, 'over only after "Verder"').to.equal(undefined);
    solved.next()!.click();
    expect(solved.log.trials).to.have.length(PRACTICE_TRIALS.planning);
    expect(solved.log.trials![0]!.correct).to.equal(true);
    solved.game.dispose();

    // Skipped: "not right", with the right order.
    const skipped = await start('planning', true);
    const order = [...skipped.host.querySelectorAll('.steps .step')].map((s) => s.textContent!.trim());
    const steps = Object.values(PLANNING_STEPS).find((s) => order.every((n) => s.some((t) => t.nl === n)))!;
    skipped.host.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
    const right = steps.slice(0, order.length).map((s) => s.nl.charAt(0).toLowerCase() + s.nl.slice(1));
    expect(skipped.feedback()).to.equal(nl.wrong(right.join(', ')));
    expect(skipped.log.trials).to.equal(undefined);
    skipped.next()!.click();
    expect(skipped.log.trials![0]!.response).to.equal(null);
    skipped.game.dispose();
  });

  it('marks each new box of the scored sorting round anew, so its ring starts again and a tap is seen to count', async () => {
    const sorting = await start('sorting', false);
    const mark = () => sorting.host.querySelector('.part')!.className;
    const first = mark();
    sorting.host.querySelector<HTMLButtonElement>('.bin')!.click();
    const second = mark();
    sorting.host.querySelector<HTMLButtonElement>('.bin')!.click();
    // The styles give .odd and .even the same ring under two animation names: a new name starts it.
    expect([first, second, mark()]).to.deep.equal(['part even', 'part odd', 'part even']);
    sorting.game.dispose();
  });

  it('gives no right or wrong in the scored round, and goes on at once', async () => {
    const sorting = await start('sorting', false);
    sorting.host.querySelector<HTMLButtonElement>('.bin')!.click();
    expect(sorting.feedback()).to.equal('');
    expect(sorting.next()).to.equal(null);
    expect(sorting.host.querySelector('.trial-count')!.textContent).to.contain('2 van');
    sorting.game.dispose();
    const planning = await start('planning', false);
    planning.host.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
    expect(planning.feedback()).to.equal('');
    expect(planning.next()).to.equal(null);
    expect(planning.host.querySelector('.trial-count')!.textContent).to.contain('2 van');
    planning.game.dispose();
  });
});
