/**
 * Helping customers, in the widget's own styles: every situation has its level's number of
 * people and one best choice, the screen passes axe and fits 320 px, touch and keyboard give
 * the same trials, playing the best person every time scores 3, and practice explains every
 * answer (the last one too) before it ends.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { GameTrial, Item } from '@pfw/contract';
import { gameItems } from '@pfw/core/psychometrics';
import {
  PRACTICE_TRIALS,
  QUEUE_PRACTICE,
  QUEUE_SITUATIONS,
  categoryOf,
  indexItems,
  queuePeople,
  queueSituations,
} from '@pfw/core/runtime';
import { baseStyles, visuallyHidden } from '../../base/tokens.js';
import { styles } from '../assessment.styles.js';
import nl from '../i18n/nl.js';
import en from '../i18n/en.js';
import type { Game } from './game.js';
import { gameStep } from '../../../test/games.js';
import { QUEUE_TEXTS, QUEUE_UI, createGame, type Person } from './queue.js';
import { sayIn } from '../say.js';

const index = indexItems(gameItems);
const queueItems = gameItems.filter((i) => i.game?.mechanic === 'queue');
const LEVELS = [1, 2, 3, 4] as const;

/** The game inside the assessment's own shadow styles, focusing the way the element does. */
class QueueHost extends LitElement {
  static override styles = [baseStyles, visuallyHidden, styles];
  game?: Game;
  override render() {
    return html`<div class="panel"><div part="game">${this.game?.render()}</div></div>`;
  }
}
customElements.define('queue-test-host', QueueHost);

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const personText = (p: Person, lang: 'nl' | 'en' = 'nl') => `${p.who[lang]} ${p.note[lang]}`;
/** What a button shows for the best person of each situation a level can show. */
const bestOf = (ids: readonly string[]) =>
  new Set(ids.map((id) => personText(QUEUE_TEXTS[id as keyof typeof QUEUE_TEXTS].people[0])));

interface Played {
  trials: GameTrial[];
  announced: string[];
  focused: string[];
  host: QueueHost;
  /** Feedback texts seen (practice). */
  feedback: string[];
}

async function play(
  item: Item,
  options: { practice?: boolean; seed?: number; by?: 'pointer' | 'keyboard'; pick?: 'best' | 'worst' } = {},
): Promise<Played> {
  const { practice = false, seed = 1, by = 'pointer', pick = 'best' } = options;
  const host = await fixture<QueueHost>(html`<queue-test-host style="display:block;width:320px"></queue-test-host>`);
  const best = bestOf(practice ? QUEUE_PRACTICE : queueSituations(item.game!.level));
  const step = gameStep(item);
  let trials: GameTrial[] | undefined;
  const announced: string[] = [];
  const focused: string[] = [];
  const feedback: string[] = [];
  const game = createGame({
    item: step,
    lang: 'nl',
    say: sayIn('nl'),
    t: nl,
    practice,
    seed,
    update: () => host.requestUpdate(),
    announce: (t) => announced.push(t),
    focus: (selector) => {
      focused.push(selector);
      void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    },
    done: (t) => (trials = t),
  });
  host.game = game;
  host.requestUpdate();
  await host.updateComplete;
  for (let i = 0; i < 50 && !trials; i++) {
    const root = host.renderRoot;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.option')];
    let target: HTMLButtonElement | null;
    if (buttons.length) {
      const bests = buttons.filter((b) => best.has(text(b)));
      expect(bests, `one best person among ${buttons.map(text).join(' | ')}`).to.have.length(1);
      target = pick === 'best' ? bests[0]! : buttons.find((b) => !best.has(text(b)))!;
    } else {
      feedback.push(text(root.querySelector('.feedback')!));
      target = root.querySelector<HTMLButtonElement>('.next');
    }
    if (by === 'pointer') target!.click();
    else {
      target!.focus();
      await sendKeys({ press: 'Enter' });
    }
    await host.updateComplete;
    await Promise.resolve();
  }
  game.dispose();
  return { trials: trials!, announced, focused, host, feedback };
}

describe('helping customers (queue)', function () {
  this.timeout(60000);

  it('has a text for every situation, with its level’s number of different people, in Dutch and English', () => {
    const levelOf = (id: string) => LEVELS.find((l) => (QUEUE_SITUATIONS[l] as readonly string[]).includes(id));
    for (const [id, s] of Object.entries(QUEUE_TEXTS)) {
      const level = levelOf(id);
      if (level) expect(s.people, id).to.have.length(queuePeople(level));
      else expect((QUEUE_PRACTICE as readonly string[]).includes(id), `${id}: practice`).to.equal(true);
      for (const lang of ['nl', 'en'] as const) {
        expect(new Set(s.people.map((p) => personText(p, lang))).size, `${id} ${lang}: people differ`).to.equal(
          s.people.length,
        );
        for (const t of [s.text, s.why, ...s.people.flatMap((p) => [p.who, p.note])])
          expect(t[lang].trim(), `${id} ${lang}`).not.to.equal('');
      }
    }
    // Practice: two and three people, like the first levels.
    expect(QUEUE_PRACTICE.map((id) => QUEUE_TEXTS[id].people.length)).to.deep.equal([2, 3, 3]);
    expect(nl.gameTitles.queue && nl.gameHow.queue && en.gameTitles.queue && en.gameHow.queue).to.be.a('string');
  });

  it('asks a time for each block that a slow reader needs: half a second a word and 5 s to choose', () => {
    for (const item of queueItems) {
      const { level, trials } = item.game!;
      const words = queueSituations(level).map(
        (id) =>
          [QUEUE_TEXTS[id].text.nl, QUEUE_UI.question.nl, ...QUEUE_TEXTS[id].people.map((p) => personText(p))]
            .join(' ')
            .split(/\s+/).length,
      );
      const perTrial = (words.reduce((a, b) => a + b, 0) / words.length) * 0.5 + 5;
      expect(item.expectedSeconds / (perTrial * trials), item.id).to.be.within(0.8, 1.25);
    }
  });

  it('passes axe and fits 320 px, on a situation and on practice feedback', async () => {
    for (const practice of [false, true]) {
      const host = await fixture<QueueHost>(
        html`<queue-test-host style="display:block;width:320px"></queue-test-host>`,
      );
      const item = queueItems.find((i) => i.game!.level === 4)!;
      const game = createGame({
        item: gameStep(item),
        lang: 'nl',
        say: sayIn('nl'),
        t: nl,
        practice,
        seed: 3,
        update: () => host.requestUpdate(),
        announce: () => undefined,
        focus: () => undefined,
        done: () => undefined,
      });
      host.game = game;
      host.requestUpdate();
      await host.updateComplete;
      if (practice) {
        host.renderRoot.querySelector<HTMLButtonElement>('.option')!.click();
        await host.updateComplete;
        expect(host.renderRoot.querySelector('.feedback'), 'feedback shows').to.exist;
      } else expect(host.renderRoot.querySelectorAll('.option')).to.have.length(4);
      await expect(host).to.be.accessible();
      const panel = host.renderRoot.querySelector<HTMLElement>('.panel')!;
      expect(panel.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(panel.clientWidth);
      for (const b of host.renderRoot.querySelectorAll<HTMLElement>('button'))
        expect(b.getBoundingClientRect().height, 'a thumb-sized target').to.be.at.least(44);
      expect(host.renderRoot.querySelector('[role=timer], .timer, img, svg'), 'no clock, no pictures').to.equal(null);
      game.dispose();
    }
  });

  it('scores 3 when the best person is chosen every time, 0 when never, at every level', async () => {
    for (const item of queueItems) {
      const best = await play(item, { seed: 7 });
      expect(best.trials, item.id).to.have.length(item.game!.trials);
      expect(best.trials.every((t) => t.response === '0' && t.correct)).to.equal(true);
      expect(categoryOf(index, { itemId: item.id, trials: best.trials }), item.id).to.equal(3);
      const worst = await play(item, { seed: 7, pick: 'worst' });
      expect(categoryOf(index, { itemId: item.id, trials: worst.trials }), item.id).to.equal(0);
      // Each situation of the block once, all of its level.
      expect(new Set(best.trials.map((t) => t.stimulus)).size).to.equal(item.game!.trials);
    }
  });

  it('gives the same trials for the same choices, by touch and by keyboard, and moves the focus to each new situation', async () => {
    const item = queueItems.find((i) => i.game!.level === 3)!;
    const choices = (trials: GameTrial[]) => trials.map((t) => [t.stimulus, t.response]);
    const pointer = await play(item, { seed: 11 });
    const again = await play(item, { seed: 11 });
    const keyboard = await play(item, { seed: 11, by: 'keyboard' });
    expect(choices(again.trials)).to.deep.equal(choices(pointer.trials));
    expect(choices(keyboard.trials)).to.deep.equal(choices(pointer.trials));
    expect(categoryOf(index, { itemId: item.id, trials: keyboard.trials })).to.equal(3);
    // Another seed shows the situations in another order (the content is drawn, not fixed).
    const other = await play(item, { seed: 12 });
    expect(choices(other.trials)).not.to.deep.equal(choices(pointer.trials));
    // Every new situation is read out and takes the focus; the last answer ends the block, no feedback.
    expect(keyboard.announced).to.have.length(item.game!.trials - 1);
    for (const said of keyboard.announced) expect(said).to.contain(QUEUE_UI.question.nl);
    expect(keyboard.focused).to.deep.equal(Array.from({ length: item.game!.trials - 1 }, () => '.queue .situation'));
    expect(keyboard.feedback).to.deep.equal([]);
  });

  it('leaves the focus on the new situation, not on a button that now means someone else', async () => {
    const item = queueItems.find((i) => i.game!.level === 2)!;
    const host = await fixture<QueueHost>(html`<queue-test-host></queue-test-host>`);
    const game = createGame({
      item: gameStep(item),
      lang: 'nl',
      say: sayIn('nl'),
      t: nl,
      practice: false,
      seed: 2,
      update: () => host.requestUpdate(),
      announce: () => undefined,
      focus: (selector) =>
        void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      done: () => undefined,
    });
    host.game = game;
    host.requestUpdate();
    await host.updateComplete;
    const first = text(host.renderRoot.querySelector('.options')!);
    host.renderRoot.querySelector<HTMLButtonElement>('.option')!.focus();
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    await Promise.resolve();
    expect(text(host.renderRoot.querySelector('.options')!)).not.to.equal(first);
    // (Compared as a class name: a failing comparison of two elements would print the whole host.)
    expect(host.shadowRoot!.activeElement?.className, 'focus on the new situation').to.equal('situation');
    game.dispose();
  });

  it('practises with situations of its own and explains every answer, the last one too', async () => {
    const item = queueItems.find((i) => i.game!.level === 1)!;
    const right = await play(item, { practice: true });
    expect(right.trials.map((t) => t.stimulus)).to.deep.equal(
      QUEUE_PRACTICE.slice(0, PRACTICE_TRIALS.queue).map((id) => `${id}>0`),
    );
    expect(right.trials).to.have.length(PRACTICE_TRIALS.queue);
    expect(right.feedback).to.have.length(PRACTICE_TRIALS.queue);
    right.feedback.forEach((f, k) => expect(f).to.equal(`${nl.right} ${QUEUE_TEXTS[QUEUE_PRACTICE[k]!].why.nl}`));
    const wrong = await play(item, { practice: true, pick: 'worst' });
    wrong.feedback.forEach((f, k) => {
      const s = QUEUE_TEXTS[QUEUE_PRACTICE[k]!];
      const who = s.people[0].who.nl;
      expect(f).to.equal(`${QUEUE_UI.better.nl} ${who[0]!.toLowerCase()}${who.slice(1)} ${s.why.nl}`);
    });
    // Feedback is read out and focused; after "go on" the next situation is.
    expect(wrong.announced.filter((a) => a.startsWith(QUEUE_UI.better.nl))).to.have.length(PRACTICE_TRIALS.queue);
    expect(wrong.focused.slice(0, 2)).to.deep.equal(['.queue .feedback', '.queue .situation']);
  });
});
