/**
 * Working together ("Samen klaar"), in the widget's own styles: every situation shows its
 * level's options with core's minutes, the screen passes axe and fits 320 px, touch and keyboard
 * give the same trials, choosing the best option for the team every time scores 3 and "always
 * help" does not, the same choices give the same trials, and practice explains every answer
 * (the last one too) before it ends.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { GameTrial, Item } from '@pfw/contract';
import { gameItems } from '@pfw/core/psychometrics';
import {
  PRACTICE_TRIALS,
  TEAM_CASES,
  TEAM_PRACTICE,
  TEAM_SITUATIONS,
  categoryOf,
  indexItems,
  teamBest,
  teamOptions,
  teamSituations,
  type TeamCase,
  type TeamOption,
  type TeamSituation,
} from '@pfw/core/runtime';
import { baseStyles, visuallyHidden } from '../../base/tokens.js';
import { styles } from '../assessment.styles.js';
import nl from '../i18n/nl.js';
import en from '../i18n/en.js';
import type { Game } from './game.js';
import { gameStep } from '../../../test/games.js';
import { TEAM_TEXTS, TEAM_UI, createGame } from './team.js';
import { sayIn } from '../say.js';

const index = indexItems(gameItems);
const teamItems = gameItems.filter((i) => i.game?.mechanic === 'team');

/** The game inside the assessment's own shadow styles, focusing the way the element does. */
class TeamHost extends LitElement {
  static override styles = [baseStyles, visuallyHidden, styles];
  game?: Game;
  override render() {
    return html`<div class="panel"><div part="game">${this.game?.render()}</div></div>`;
  }
}
customElements.define('team-test-host', TeamHost);

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
/** The situation on screen, found by its text. */
const shownSituation = (host: TeamHost): TeamSituation => {
  const shown = text(host.renderRoot.querySelector('.situation')!);
  const id = (Object.keys(TEAM_TEXTS) as TeamSituation[]).find((k) => TEAM_TEXTS[k].text.nl === shown);
  expect(id, `a situation of the game: ${shown}`).to.be.a('string');
  return id!;
};

type Pick = 'best' | 'help' | 'worst';
interface Played {
  trials: GameTrial[];
  announced: string[];
  focused: string[];
  feedback: string[];
  /** Words on screen per situation (trial count left out). */
  words: number[];
}

async function play(
  item: Item,
  options: { practice?: boolean; seed?: number; by?: 'pointer' | 'keyboard'; pick?: Pick } = {},
): Promise<Played> {
  const { practice = false, seed = 1, by = 'pointer', pick = 'best' } = options;
  const host = await fixture<TeamHost>(html`<team-test-host style="display:block;width:320px"></team-test-host>`);
  const choices = practice ? teamOptions(1) : teamOptions(item.game!.level);
  let trials: GameTrial[] | undefined;
  const announced: string[] = [];
  const focused: string[] = [];
  const feedback: string[] = [];
  const words: number[] = [];
  const game = createGame({
    item: gameStep(item),
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
    let target: HTMLButtonElement;
    if (buttons.length) {
      const id = shownSituation(host);
      expect(
        buttons.map((b) => b.dataset.option),
        `${id}: the level's options`,
      ).to.have.members([...choices]);
      const best = teamBest(id, choices)!;
      const wanted = pick === 'best' ? best : pick === 'help' ? 'help' : choices.find((o) => o !== best)!;
      target = buttons.find((b) => b.dataset.option === wanted)!;
      const game = root.querySelector('.game')!;
      words.push(text(game).split(' ').length - text(root.querySelector('.trial-count')!).split(' ').length);
    } else {
      feedback.push(text(root.querySelector('.feedback')!));
      target = root.querySelector<HTMLButtonElement>('.actions .next')!;
    }
    if (by === 'pointer') target.click();
    else {
      target.focus();
      await sendKeys({ press: 'Enter' });
    }
    await host.updateComplete;
    await Promise.resolve();
  }
  game.dispose();
  return { trials: trials!, announced, focused, feedback, words };
}

/** A game on its first screen, in a 320 px host. */
async function first(item: Item, practice: boolean, seed = 3) {
  const host = await fixture<TeamHost>(html`<team-test-host style="display:block;width:320px"></team-test-host>`);
  const game = createGame({
    item: gameStep(item),
    lang: 'nl',
    say: sayIn('nl'),
    t: nl,
    practice,
    seed,
    update: () => host.requestUpdate(),
    announce: () => undefined,
    focus: (selector) =>
      void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
    done: () => undefined,
  });
  host.game = game;
  host.requestUpdate();
  await host.updateComplete;
  return { host, game };
}

describe('working together (team)', function () {
  this.timeout(60000);

  it('has a text for every situation, with a colleague of its own in each level, in Dutch and English', () => {
    for (const ids of [...Object.values(TEAM_SITUATIONS), TEAM_PRACTICE]) {
      const names = ids.map((id) => TEAM_TEXTS[id as TeamSituation].name);
      expect(new Set(names).size, `names in ${ids.join(', ')}`).to.equal(ids.length);
    }
    for (const [id, s] of Object.entries(TEAM_TEXTS)) {
      expect(s.name.trim(), id).not.to.equal('');
      for (const lang of ['nl', 'en'] as const) {
        expect(s.text[lang], `${id} ${lang}: names the colleague`).to.contain(s.name);
        // Short sentences (B1): at most 15 words each.
        for (const sentence of s.text[lang].split(/[.?:]\s/))
          expect(sentence.split(/\s+/).length, `${id} ${lang}: "${sentence}"`).to.be.at.most(15);
      }
    }
    for (const t of [nl, en]) expect(t.gameTitles.team && t.gameHow.team && t.gamePraise.team).to.be.a('string');
  });

  it('shows each option with core’s minutes, and a deadline where the situation has one', async () => {
    const item = teamItems.find((i) => i.game!.level === 3)!;
    const { host, game } = await first(item, false, 5);
    for (let k = 0; k < item.game!.trials; k++) {
      const root = host.renderRoot;
      const id = shownSituation(host);
      const c: TeamCase = TEAM_CASES[id];
      const name = TEAM_TEXTS[id].name;
      const button = (o: TeamOption) => root.querySelector<HTMLButtonElement>(`.option[data-option=${o}]`)!;
      expect(button('own').getAttribute('aria-label')).to.equal(
        `Ik ga door met mijn eigen werk. Jij: nog ${c.mine} minuten. ${name}: ${c.blocked ? 'kan niet verder' : `nog ${c.theirs} minuten`}.`,
      );
      expect(text(button('help'))).to.contain(`Jij: nog ${c.mine + c.help[0]} minuten`);
      // Asking the leader shows no minutes, in any situation: the words decide.
      expect(text(button('leader'))).to.equal(TEAM_UI.options.leader.nl);
      const deadline = root.querySelector('.deadline');
      if (c.deadline === undefined) expect(deadline, id).to.equal(null);
      else expect(text(deadline!), id).to.equal(sayIn('nl')(TEAM_UI.deadline, { m: c.deadline }));
      button('own').click();
      await host.updateComplete;
    }
    game.dispose();
  });

  it('asks a time for each block that a slow reader needs: half a second a word and 5 s to choose', async () => {
    for (const item of teamItems) {
      const { words } = await play(item, { seed: 2 });
      const perTrial = (words.reduce((a, b) => a + b, 0) / words.length) * 0.5 + 5;
      expect(
        item.expectedSeconds / (perTrial * item.game!.trials),
        `${item.id}: ${words.join(', ')} words`,
      ).to.be.within(0.8, 1.25);
    }
  });

  it('passes axe and fits 320 px, on a situation and on practice feedback', async () => {
    for (const practice of [false, true]) {
      const item = teamItems.find((i) => i.game!.level === 4)!;
      const { host, game } = await first(item, practice);
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
      expect(host.renderRoot.querySelector('[role=timer], .timer, img'), 'no clock, no pictures').to.equal(null);
      for (const bar of host.renderRoot.querySelectorAll('svg'))
        expect(bar.getAttribute('aria-hidden'), 'bars say nothing the text does not').to.equal('true');
      game.dispose();
    }
  });

  it('scores 3 when the best option for the team is chosen every time, and below 2 for always helping, at every level', async () => {
    for (const item of teamItems) {
      const best = await play(item, { seed: 7 });
      expect(best.trials, item.id).to.have.length(item.game!.trials);
      expect(best.trials.every((t) => t.correct && t.stimulus.endsWith(`>${t.response}`))).to.equal(true);
      expect(categoryOf(index, { itemId: item.id, trials: best.trials }), item.id).to.equal(3);
      // Each situation of the level once.
      expect(best.trials.map((t) => t.stimulus.split('>')[0])).to.have.members([...teamSituations(item.game!.level)]);
      const help = await play(item, { seed: 7, pick: 'help' });
      expect(categoryOf(index, { itemId: item.id, trials: help.trials }), `${item.id}: always help`).to.be.below(2);
      const worst = await play(item, { seed: 7, pick: 'worst' });
      expect(categoryOf(index, { itemId: item.id, trials: worst.trials }), item.id).to.equal(0);
    }
  });

  it('gives the same trials for the same choices, by touch and by keyboard, and moves the focus to each new situation', async () => {
    const item = teamItems.find((i) => i.game!.level === 4)!;
    const choices = (trials: GameTrial[]) => trials.map((t) => [t.stimulus, t.response]);
    const pointer = await play(item, { seed: 11 });
    const again = await play(item, { seed: 11 });
    const keyboard = await play(item, { seed: 11, by: 'keyboard' });
    expect(choices(again.trials)).to.deep.equal(choices(pointer.trials));
    expect(choices(keyboard.trials)).to.deep.equal(choices(pointer.trials));
    expect(categoryOf(index, { itemId: item.id, trials: keyboard.trials })).to.equal(3);
    // Another seed shows the situations in another order (the order is drawn, not fixed).
    const other = await play(item, { seed: 12 });
    expect(choices(other.trials)).not.to.deep.equal(choices(pointer.trials));
    // Every new situation is read out and takes the focus; the last answer ends the block, no feedback.
    expect(keyboard.announced).to.have.length(item.game!.trials - 1);
    for (const said of keyboard.announced) expect(said).to.contain(TEAM_UI.question.nl);
    expect(keyboard.focused).to.deep.equal(Array.from({ length: item.game!.trials - 1 }, () => '.team .situation'));
    expect(keyboard.feedback).to.deep.equal([]);
  });

  it('leaves the focus on the new situation, not on a button that now means something else', async () => {
    const item = teamItems.find((i) => i.game!.level === 2)!;
    const { host, game } = await first(item, false, 2);
    const before = text(host.renderRoot.querySelector('.situation')!);
    host.renderRoot.querySelector<HTMLButtonElement>('.option')!.focus();
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    await Promise.resolve();
    expect(text(host.renderRoot.querySelector('.situation')!)).not.to.equal(before);
    // (Compared as a class name: a failing comparison of two elements would print the whole host.)
    expect(host.shadowRoot!.activeElement?.className, 'focus on the new situation').to.equal('situation');
    game.dispose();
  });

  it('practises with situations of its own and explains every answer with the minutes, the last one too', async () => {
    const item = teamItems.find((i) => i.game!.level === 3)!;
    const right = await play(item, { practice: true });
    expect(right.trials.map((t) => t.stimulus)).to.deep.equal(['shelves>help', 'leaves>own']);
    expect(right.trials).to.have.length(PRACTICE_TRIALS.team);
    expect(right.feedback).to.deep.equal([
      'Goed zo! Zo is het team het snelst klaar: na 20 minuten.',
      'Goed zo! Zo is het team het snelst klaar: na 30 minuten.',
    ]);
    const wrong = await play(item, { practice: true, pick: 'worst' });
    expect(wrong.feedback).to.deep.equal([
      'Beter was: ik help Sanne. Dan is het team na 20 minuten klaar. Met jouw keuze pas na 40 minuten.',
      'Beter was: ik ga door met mijn eigen werk. Dan is het team na 30 minuten klaar. Met jouw keuze pas na 40 minuten.',
    ]);
    // Practice has two options at every level; feedback is read out and focused; after "go on" the next situation is.
    expect(wrong.announced.filter((a) => a.startsWith(TEAM_UI.better.nl))).to.have.length(PRACTICE_TRIALS.team);
    expect(wrong.focused.slice(0, 2)).to.deep.equal(['.team .feedback', '.team .situation']);
  });
});
