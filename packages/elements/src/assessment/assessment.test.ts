import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient, routes } from '@pfw/contract';
import { MOCK_KEYS } from '@pfw/api-mock';
import { RESEARCH_CONSENT_VERSION } from '@pfw/core/research-groups';
import { gameItems } from '@pfw/core/psychometrics';
import { mockApp, startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import { read } from '../../test/reading.js';
import { gameStep } from '../../test/games.js';
import { AnswerQueue } from './answer-queue.js';
import type { PfwAssessment } from './assessment.js';
import '../define/pfw-assessment.js';
import '../define/pfw-provider.js';

let lastProblem: unknown;
document.addEventListener('pfw-error', (e) => (lastProblem = e.detail.problem));
const RESPONSES = '*/v1/assessments/:id/responses/:itemId';
const root = (el: PfwAssessment) => el.shadowRoot!;
const screenOf = (el: PfwAssessment) => root(el).querySelector<HTMLElement>('.panel')?.dataset.screen;
const button = (el: PfwAssessment, selector: string) => root(el).querySelector<HTMLButtonElement>(selector);
const waitFor = (el: PfwAssessment, screens: string[], message = `screen ${screens.join('/')}`) =>
  waitUntil(() => screens.includes(screenOf(el) ?? ''), message, { timeout: 15000 });

const make = () =>
  fixture<PfwAssessment>(html`<pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>`);

/** The owner's view of the session on the server. */
async function serverSession(el: PfwAssessment) {
  const client = createClient({ baseUrl: '', credentials: () => ({ token: el.token }) });
  return client.request(routes.getAssessment, { params: { id: el.sessionId! } });
}

/** Do whatever the screen asks, by clicking, like a person would. Returns false at the end. */
async function step(el: PfwAssessment): Promise<boolean> {
  await el.updateComplete;
  const screen = screenOf(el);
  switch (screen) {
    case 'welcome':
    case 'game-intro':
    case 'break':
    case 'game-result':
    case 'expired':
      button(el, 'button.primary')!.click();
      await waitUntil(() => screenOf(el) !== screen, `stuck on ${screen}`, { timeout: 10000 });
      break;
    case 'item': {
      const answers = [...root(el).querySelectorAll<HTMLButtonElement>('.answer')];
      read();
      answers[
        (el.sessionId!.charCodeAt(5) + answers.length + (el.currentItemId?.length ?? 0)) % answers.length
      ]!.click();
      break;
    }
    case 'game': {
      const part = root(el).querySelector('.part')?.textContent?.split(' ').at(-1);
      const bin = [...root(el).querySelectorAll<HTMLButtonElement>('.bin')].find((b) => b.textContent === part);
      (bin ?? button(el, '.option') ?? button(el, '.actions .secondary') ?? button(el, '.actions .next'))?.click();
      break;
    }
    case 'done':
      return false;
    case 'error':
      throw new Error(`error screen: ${JSON.stringify(lastProblem)}`);
    default:
      await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** The test begins with this game block (its practice round first): the server's answer, with it in front. */
async function beginWith(item: (typeof gameItems)[number]) {
  const worker = await startMockApi();
  const app = await mockApp();
  worker.use(
    http.post('*/v1/assessments', async ({ request }) => {
      const started = await app.fetch(request);
      const body = (await started.json()) as { next: unknown[] };
      body.next = [gameStep(item), ...body.next];
      return HttpResponse.json(body, { status: started.status });
    }),
  );
  return worker;
}

/** Answer n steps (a game block is one), as a person would. */
async function answerItems(el: PfwAssessment, n: number): Promise<void> {
  let answered = 0;
  const count = (e: CustomEvent<{ answered: number }>) => (answered = e.detail.answered);
  el.addEventListener('pfw-assessment-progress', count);
  while (answered < n) {
    await step(el);
    await el.updateComplete;
  }
  el.removeEventListener('pfw-assessment-progress', count);
}

describe('<pfw-assessment>', function () {
  this.timeout(120000);
  const delays = AnswerQueue.retryDelays;

  before(async () => {
    await startMockApi();
  });
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    AnswerQueue.retryDelays = delays;
    fixtureCleanup();
  });

  it('welcomes in plain Dutch: how long, privacy, no name needed; accessible', async () => {
    const el = await make();
    expect(screenOf(el)).to.equal('welcome');
    const text = root(el).textContent!;
    expect(text).to.contain('12 minuten');
    expect(text).to.contain('naam');
    await expect(el).to.be.accessible();
    // On a phone "Begin" and "Lees voor" share a row, so "Begin" is in view sooner.
    await setViewport({ width: 375, height: 740 });
    const begin = root(el).querySelector<HTMLElement>('button.primary')!.getBoundingClientRect();
    const readOut = root(el).querySelector<HTMLElement>('button.read-aloud');
    if (readOut) expect(Math.abs(readOut.getBoundingClientRect().top - begin.top)).to.be.lessThan(8);
    await executeServerCommand('screenshot', { folder: 'assessment', name: 'welcome-375', selector: 'pfw-assessment' });
    await setViewport({ width: 800, height: 600 });
  });

  it('says so while the screen is shown when reading aloud stays silent (a device without voices), and not when it begins', async () => {
    const el = await make();
    const real = speechSynthesis.speak;
    try {
      // A device without voices takes the text and never begins.
      speechSynthesis.speak = () => {};
      root(el).querySelector<HTMLButtonElement>('.read-aloud')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part=status]')!.textContent).to.equal('');
      await waitUntil(
        () =>
          root(el).querySelector('[part=status]')!.textContent ===
          'Je browser heeft geen stem om deze taal voor te lezen.',
        'says there is no voice',
        { timeout: 5000 },
      );
      // The note goes with the screen; on the next one, a device that reads begins, and nothing is said.
      button(el, 'button.primary')!.click();
      await waitUntil(() => screenOf(el) !== 'welcome', 'the next screen');
      await el.updateComplete;
      expect(root(el).querySelector('[part=status]')!.textContent).to.equal('');
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => u.onstart?.(new Event('start') as SpeechSynthesisEvent);
      await waitUntil(() => root(el).querySelector('.read-aloud'), 'a read-aloud button');
      root(el).querySelector<HTMLButtonElement>('.read-aloud')!.click();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await el.updateComplete;
      expect(root(el).querySelector('[part=status]')!.textContent).to.equal('');
    } finally {
      speechSynthesis.speak = real;
    }
  });

  it('brings each new question into sight from the top on a phone: the answers are not left under the fold', async () => {
    await setViewport({ width: 375, height: 740 });
    // A partner's page: a header and an introduction above the widget.
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 520px">Header</div>
      <pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>
      <div style="height: 1200px"></div>
    </div>`);
    const el = page.querySelector<PfwAssessment>('pfw-assessment')!;
    await el.updateComplete;
    button(el, 'button.primary')!.click();
    // Through the first screens (a game's practice, its intro) to a question and one answer after it.
    for (let i = 0; i < 40 && screenOf(el) !== 'item'; i++) await step(el);
    const first = el.currentItemId;
    await step(el);
    await waitUntil(() => screenOf(el) !== 'item' || el.currentItemId !== first, 'the next screen', { timeout: 10000 });
    await waitUntil(
      () => Math.abs(root(el).querySelector('.panel')!.getBoundingClientRect().top) < 1,
      'the panel at the top',
    );
    if (screenOf(el) === 'item') {
      const last = [...root(el).querySelectorAll('.answer')].at(-1)!.getBoundingClientRect();
      expect(root(el).querySelector('.answer')!.getBoundingClientRect().top, 'the first answer in sight').to.be.below(
        740,
      );
      expect(last.height).to.be.above(0);
    }
    // Focus is on the new screen's question or heading, without a second jump.
    expect(root(el).activeElement?.matches('.card .prompt, h2')).to.equal(true);
    // Nothing of this test left on the device for the next one, once its answers are stored.
    await waitUntil(async () => (await serverSession(el)).responseCount > 0, 'the answer stored', { timeout: 10000 });
    el.forget();
  });

  it('lets someone who logs in after an anonymous start take their own test, not the one left on the computer', async () => {
    const provider = await fixture<HTMLElement & { token?: string }>(
      html`<pfw-provider api-base="" publishable-key=${MOCK_KEYS.publishable}><pfw-assessment></pfw-assessment></pfw-provider>`,
    );
    const el = provider.querySelector<PfwAssessment>('pfw-assessment')!;
    await el.updateComplete;
    button(el, 'button.primary')!.click();
    for (let i = 0; i < 40 && screenOf(el) !== 'item'; i++) await step(el);
    expect(el.sessionId, 'an anonymous test under way').to.be.a('string');
    expect(el.token).to.be.a('string');
    // Someone else logs in on this computer: the page gives its provider their token.
    provider.token = await tokenFor('candidate');
    await waitUntil(() => screenOf(el) === 'welcome', 'still in the anonymous test');
    expect([el.sessionId, el.token]).to.deep.equal([undefined, undefined]);
    // The anonymous test stays on the device for whoever started it; it is not this person's.
    expect(Object.keys(localStorage).filter((k) => k.endsWith('|anonymous')).length).to.equal(1);
  });

  it('runs from welcome to a skillprint id at 320 px, every screen accessible and without sideways scrolling, every answer stored once', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await make();
    const events: string[] = [];
    let completed: { skillprintId: string } | undefined;
    let lastProgress = 0;
    let answered = 0;
    el.addEventListener('pfw-assessment-started', () => events.push('started'));
    el.addEventListener('pfw-assessment-progress', (e) => {
      lastProgress = e.detail.percent;
      answered = e.detail.answered;
    });
    el.addEventListener('pfw-assessment-completed', (e) => (completed = e.detail));
    const checked = new Set<string>();
    const mechanics = new Set<string>();
    let breaks = 0;
    let saidBefore = '';
    let milestones = 0;
    for (let i = 0, last = ''; i < 2000 && (await step(el)); i++) {
      await el.updateComplete;
      const screen = screenOf(el)!;
      if (screen === 'break' && last !== 'break') breaks++;
      last = screen;
      // A milestone ("je bent op de helft") stands on one question, not on the ones after it
      // (a block of three asks twice on one screen: that is one question).
      const said = root(el).querySelector<HTMLElement>('.milestone:not([hidden])')?.textContent ?? '';
      expect(said, 'a person who reads is told to slow down').not.to.contain('heel snel');
      if (screen === 'item') {
        const on = `${said}|${el.currentItemId}`;
        if (said && on !== saidBefore) {
          expect(said, 'a milestone on two questions in a row').to.not.equal(saidBefore.split('|')[0]);
          milestones++;
        }
        saidBefore = on;
      }
      const kind =
        screen === 'item'
          ? `item-${root(el).querySelector('.answers')?.classList[2]}`
          : screen === 'game'
            ? `game-${root(el).querySelector('.game')?.classList[1]}`
            : screen;
      if (screen === 'game' && !mechanics.has(kind)) {
        // Read aloud: what the game shows now, as it is on screen.
        const spoken: string[] = [];
        const speak = speechSynthesis.speak.bind(speechSynthesis);
        speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push(u.text);
        root(el).querySelector<HTMLButtonElement>('.read-aloud')!.click();
        speechSynthesis.speak = speak;
        const shown = root(el).querySelector('[part=game-stimulus]')!.textContent!.trim().split('\n')[0]!.trim();
        expect(spoken[0], kind).to.contain(shown);
      }
      if (screen === 'game') mechanics.add(kind);
      // After a game: a neutral heading, the score in a sentence under it (never "0 van de 6 goed" as the heading).
      if (screen === 'game-result') {
        expect(root(el).querySelector('h2')!.textContent).to.equal('Dit spel is klaar');
        const [, good, total] = root(el)
          .querySelector('h2 + p')!
          .textContent!.match(/^Je had (\d+) van de (\d+) goed\.$/)!;
        // Praise only for what went well: not "goed dat je doorzette" after none or a few good.
        const said = root(el).querySelector('[part=prompt]')!.textContent!;
        if (Number(good) < 0.75 * Number(total)) expect(said).to.match(/^Niet alles ging goed\./);
        else expect(said).to.match(/^In dit spel /);
      }
      // What a game last said leaves the live region with the game: a question after it has it empty.
      if (screen === 'item' && mechanics.size)
        expect(root(el).querySelector('.visually-hidden[aria-live]')!.textContent!.trim(), kind).to.equal('');
      if (!checked.has(kind) && !['loading', 'finishing', 'waiting'].includes(screen)) {
        checked.add(kind);
        // A scene shows the drawing of its workplace (a lazy chunk): checked with it in place.
        if (kind === 'item-scene')
          await waitUntil(
            () => root(el).querySelector('.card.scene svg.art[role=img][aria-label]'),
            'no scene drawing',
          );
        await expect(el, kind).to.be.accessible();
        expect(document.documentElement.scrollWidth, `${kind}: wider than 320 px`).to.be.at.most(320);
      }
    }
    await waitUntil(() => completed, `not completed: on screen ${screenOf(el)}`, { timeout: 15000 });
    expect(events).to.deep.equal(['started']);
    expect(lastProgress).to.be.greaterThan(50);
    expect(completed!.skillprintId).to.match(/^sp_/);
    expect(mechanics.size, [...mechanics].join()).to.be.at.least(3);
    expect(breaks, 'one break screen, halfway').to.equal(1);
    expect(milestones, 'milestones were said').to.be.greaterThan(0);
    expect([...checked]).to.include.members(
      ['item-interest', 'item-environment', 'item-choice', 'item-scene', 'game-intro', 'game-result', 'break'],
      [...checked].join(),
    );
    expect(screenOf(el)).to.equal('done');
    await expect(el).to.be.accessible();
    const session = await serverSession(el);
    expect(session.status).to.equal('completed');
    expect(session.skillprintId).to.equal(completed!.skillprintId);
    expect(session.responseCount).to.equal(answered);
    // Only the skillprint id stays on the device.
    const saved = JSON.parse(Object.values(localStorage).find((v) => v.includes(completed!.skillprintId))!);
    expect(saved.responses).to.deep.equal([]);
  });

  it('says so, and offers a new test, when every answer came too fast to have been read', async () => {
    const el = await make();
    let completed = false;
    el.addEventListener('pfw-assessment-completed', () => (completed = true));
    // Tapped through at once, as a test clicks: scenes and blocks count for nothing (games do).
    // The test says so while it runs, after three such answers in a row, not only at its end.
    let warned = 0;
    let games = 0;
    for (let i = 0; i < 2000 && screenOf(el) !== 'unmeasured'; i++) {
      await el.updateComplete;
      const screen = screenOf(el);
      const slowDown = root(el)
        .querySelector('.milestone.slow-down:not([hidden])')
        ?.textContent?.startsWith('Je antwoordt heel snel.');
      if (slowDown) warned++;
      // Read before a game (on its introduction), not left standing over the game itself.
      if (screen === 'game') games++;
      expect(slowDown && screen === 'game', 'no note to slow down during a game').to.not.equal(true);
      if (screen === 'item') root(el).querySelector<HTMLButtonElement>('.answer')!.click();
      else if (screen === 'done' || screen === 'error') break;
      else if (!(await step(el))) break;
    }
    await waitUntil(() => screenOf(el) === 'unmeasured', `on screen ${screenOf(el)}`, { timeout: 15000 });
    expect(completed).to.equal(false);
    expect(warned, 'said during the test that answers came too fast').to.be.above(0);
    expect(games, 'games were played').to.be.above(0);
    expect(root(el).querySelector('h2')!.textContent).to.equal('We konden niets meten');
    expect(root(el).textContent).to.contain('sneller dan je de vragen kunt lezen');
    expect(root(el).textContent).not.to.contain('opgeslagen');
    await expect(el).to.be.accessible();
    button(el, 'button.primary')!.click();
    await waitUntil(() => screenOf(el) === 'welcome', 'back to the start');
  });

  it('can be done with the keyboard alone', async () => {
    const el = await make();
    let completed = false;
    el.addEventListener('pfw-assessment-completed', () => (completed = true));
    /** Tab (or Shift+Tab) until the focused element matches, then press Enter. */
    const pressOn = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        const active = root(el).activeElement;
        if (active?.matches(selector)) return void (await sendKeys({ press: 'Enter' }));
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`could not reach ${selector} with Tab on ${screenOf(el)}`);
    };
    el.focus();
    await sendKeys({ press: 'Tab' }); // into the widget
    for (let i = 0; i < 500 && !completed; i++) {
      await el.updateComplete;
      const screen = screenOf(el);
      if (screen === 'welcome' || screen === 'game-intro' || screen === 'break' || screen === 'game-result')
        await pressOn('button.primary');
      else if (screen === 'item') {
        read();
        await pressOn('.answer');
      } else if (screen === 'game') {
        // Practice feedback (every game) waits for "Verder", in place of the bins or options.
        if (root(el).querySelector('.actions .next')) await pressOn('.actions .next');
        else if (root(el).querySelector('.bin')) await pressOn('.bin');
        else if (root(el).querySelector('.option')) await pressOn('.option');
        else await pressOn('.actions .secondary');
      } else await new Promise((r) => setTimeout(r, 20));
    }
    await waitUntil(() => completed, 'keyboard run did not complete', { timeout: 15000 });
    expect(screenOf(el)).to.equal('done');
  });

  it('puts the keyboard focus on the visible question after "Begin" and after every answer, with a focus ring', async () => {
    const el = await make();
    el.focus();
    await sendKeys({ press: 'Tab' }); // into the widget: "Begin" (or "Lees voor" before it)
    for (let i = 0; i < 5 && !root(el).activeElement?.matches('button.primary'); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    let questions = 0;
    for (let i = 0; i < 60 && questions < 4; i++) {
      await el.updateComplete;
      const screen = screenOf(el);
      if (screen !== 'item') {
        await step(el);
        continue;
      }
      await waitUntil(
        () => root(el).activeElement?.matches('.prompt'),
        `focus on ${root(el).activeElement?.outerHTML}`,
      );
      const focused = root(el).activeElement as HTMLElement;
      // What the screen asks, in sight: not the visually hidden "Vraag n", and with a ring around it.
      expect(focused.textContent).to.equal(root(el).querySelector('.card .prompt')!.textContent);
      expect(focused.closest('.visually-hidden')).to.equal(null);
      expect(focused.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(focused.matches(':focus-visible'), 'a focus ring').to.equal(true);
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      questions++;
      read();
      const id = el.currentItemId;
      const shown = focused.textContent;
      // By keyboard, from the question: Tab to the first answer, Enter.
      for (let k = 0; k < 10 && !root(el).activeElement?.matches('.answer'); k++) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => el.currentItemId !== id || root(el).querySelector('.card .prompt')?.textContent !== shown,
        'the next question',
      );
    }
    expect(questions).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('numbers the hidden question headings by questions only: a game before them is no "Vraag"', async () => {
    const worker = await beginWith(gameItems.find((item) => item.game?.mechanic === 'risk' && item.game.level === 1)!);
    try {
      const el = await make();
      const heading = () => root(el).querySelector('h2.visually-hidden')?.textContent;
      for (let i = 0; i < 200 && screenOf(el) !== 'item'; i++) await step(el);
      await waitFor(el, ['item']);
      expect(heading(), 'after a game block (one answer)').to.equal('Vraag 1');
      for (let n = 2; n <= 3; n++) {
        await answerItems(el, 1);
        for (let i = 0; i < 200 && screenOf(el) !== 'item'; i++) await step(el);
        expect(heading()).to.equal(`Vraag ${n}`);
      }
    } finally {
      worker.resetHandlers();
    }
  });

  it('says each milestone once per test, not again after a reload past it', async () => {
    const milestones = [
      'Goed bezig! Een kwart is al klaar.',
      'Knap! Je bent op de helft.',
      'Bijna klaar. Nog even volhouden!',
    ];
    const said = (el: PfwAssessment) =>
      root(el).querySelector<HTMLElement>('.milestone:not([hidden])')?.textContent ?? '';
    let el = await make();
    let percent = 0;
    el.addEventListener('pfw-assessment-progress', (e) => (percent = e.detail.percent));
    for (let i = 0; i < 2000 && percent < 25; i++) await step(el);
    await waitUntil(() => el.unsentCount === 0, 'answers not sent');
    el.remove();
    // A reload past the first milestone (the page at 43 %, say): it is not said again.
    el = await make();
    await waitFor(el, ['item', 'game-intro', 'break']);
    const saved = JSON.parse(Object.values(localStorage).find((v) => v.includes('"sessionId"'))!);
    const passed = milestones.filter((_, k) => saved.percent >= [25, 50, 75][k]!);
    expect(passed, `at ${saved.percent} %`).to.not.be.empty;
    for (let answers = 0; answers < 3; answers++) {
      await answerItems(el, 1);
      for (let i = 0; i < 200 && !['item', 'game-intro', 'game-result'].includes(screenOf(el)!); i++) await step(el);
      await el.updateComplete;
      expect(passed, `said again after a reload at ${saved.percent} %`).to.not.include(said(el));
    }
  });

  it('ends on a finished screen that leads to the skillprint, also after a reload; never back at the start', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    let completed: string | undefined;
    el.addEventListener('pfw-assessment-completed', (e) => (completed = e.detail.skillprintId));
    expect(el.finished, 'a host page reads whether the test is done').to.equal(false);
    for (let i = 0; i < 2000 && (await step(el)); i++) await el.updateComplete;
    await waitUntil(() => completed, 'not completed', { timeout: 15000 });
    await waitFor(el, ['done']);
    expect(el.finished).to.equal(true);
    await expect(el).to.be.accessible();
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.not.include('Begin');
    const show = button(el, 'button.primary')!;
    expect(show.textContent!.trim()).to.equal('Bekijk je skillprint');
    const asked = oneEvent(el, 'pfw-assessment-show-skillprint');
    show.click();
    expect((await asked).detail.skillprintId).to.equal(completed);

    // A reload: still finished, still the way to the skillprint.
    el.remove();
    const again = await make();
    await waitFor(again, ['done']);
    expect(again.finished, 'after a reload too').to.equal(true);
    expect(button(again, 'button.primary')!.textContent!.trim()).to.equal('Bekijk je skillprint');
    const askedAgain = oneEvent(again, 'pfw-assessment-show-skillprint');
    button(again, 'button.primary')!.click();
    expect((await askedAgain).detail.skillprintId).to.equal(completed);
    again.setAttribute('lang', 'en');
    await waitUntil(
      () => button(again, 'button.primary')!.textContent!.trim() === 'See your skillprint',
      'not in English',
    );
    again.setAttribute('lang', 'nl');
    await waitUntil(
      () => button(again, 'button.primary')!.textContent!.trim() === 'Bekijk je skillprint',
      'not back in Dutch',
    );

    // Doing it again is a clear choice of its own; forget() (after erasure) leaves nothing on the device.
    const redo = [...root(again).querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent!.trim() === 'Doe de test opnieuw',
    )!;
    expect(redo.classList.contains('primary')).to.equal(false);
    // Done, the device keeps the skillprint id, not an answer (nor half of a block or a game).
    const [key] = Object.keys(localStorage).filter((k) => k.startsWith('pfw-assessment:'));
    const kept = JSON.parse(localStorage.getItem(key!)!) as Record<string, unknown>;
    expect([kept.responses, kept.steps, kept.firstPick, kept.gameTrials]).to.deep.equal([[], [], undefined, undefined]);
    // The same person's research round and re-measurement go with it; another person's test stays.
    for (const other of [`${key}|research`, `${key}|remeasure:planning`, `${key}-someone-else`])
      localStorage.setItem(other, '{}');
    again.forget();
    await waitFor(again, ['welcome']);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pfw-assessment:'))).to.deep.equal([
      `${key}-someone-else`,
    ]);
    localStorage.removeItem(`${key}-someone-else`);
  });

  it('keeps the keyboard on a planning step as it moves, so pressing Enter again moves it further', async () => {
    const worker = await beginWith(gameItems.find((item) => item.game?.mechanic === 'planning')!);
    try {
      const el = await make();
      for (let i = 0; i < 100 && screenOf(el) !== 'game'; i++) await step(el);
      await waitUntil(() => root(el).querySelector('.game.planning .steps li'), 'a planning puzzle');
      const names = () => [...root(el).querySelectorAll('.steps .step')].map((s) => s.textContent!.trim());
      const before = names();
      const last = before.length - 1;
      root(el).querySelectorAll('.steps li')[last]!.querySelector<HTMLButtonElement>('[data-move^=up]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // The last step went up twice: the keyboard stayed on it, not on the row it left.
      expect(names().indexOf(before[last]!)).to.equal(last - 2);
      expect(root(el).activeElement?.closest('li')?.querySelector('.step')?.textContent?.trim()).to.equal(before[last]);
      expect(root(el).querySelector('.trial-count')!.textContent).to.contain('2 zetten');
    } finally {
      worker.resetHandlers();
    }
  });

  it('shows the sorting game’s codes whole at 320 px: "AB-21", never "AB-" over "21"', async () => {
    await setViewport({ width: 320, height: 640 });
    const worker = await beginWith(
      gameItems.find((item) => item.game?.mechanic === 'sorting' && item.game.level === 4)!,
    );
    try {
      const el = await make();
      for (let i = 0; i < 200 && !root(el).querySelector('.bin')?.textContent?.includes('-'); i++) await step(el);
      const bins = [...root(el).querySelectorAll('.bin')];
      expect(bins.map((b) => b.textContent)).to.include('AB-21');
      for (const bin of bins) {
        const range = document.createRange();
        range.selectNodeContents(bin);
        expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, bin.textContent!).to.equal(1);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      worker.resetHandlers();
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('re-measures one skill in a short test of its own: its own welcome, no preference questions, a skillprint that says so', async () => {
    const { token, signed } = await candidateWithSkillprint();
    const el = await fixture<PfwAssessment>(
      html`<pfw-assessment api-base="" .token=${token} remeasure="planning"></pfw-assessment>`,
    );
    await waitFor(el, ['welcome']);
    expect(root(el).textContent).to.contain('Het duurt 2 tot 3 minuten.');
    await expect(el).to.be.accessible();
    const kinds: string[] = [];
    let completed: string | undefined;
    el.addEventListener('pfw-assessment-completed', (e) => (completed = e.detail.skillprintId));
    for (let i = 0; i < 500 && (await step(el)); i++) {
      await el.updateComplete;
      const card = root(el).querySelector<HTMLElement>('.card');
      if (card) kinds.push(...card.classList);
    }
    await waitUntil(() => completed, 'not completed', { timeout: 15000 });
    expect(kinds).to.not.include('interest');
    expect(kinds).to.not.include('environment');
    expect(root(el).textContent).to.contain('Je nieuwe meting is klaar');
    await expect(el).to.be.accessible();
    const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
    const made = await me.request(routes.getSkillprint, { params: { id: completed! } });
    expect(made.skillprint.remeasure).to.deep.equal({ basedOn: signed.skillprint.id, skills: ['planning'] });

    // Asked again later: a new short test, not the last one's end screen; the whole test is apart.
    el.remove();
    const later = await fixture<PfwAssessment>(
      html`<pfw-assessment api-base="" .token=${token} remeasure="planning"></pfw-assessment>`,
    );
    await waitFor(later, ['welcome']);
    expect(root(later).textContent).to.contain('2 tot 3 minuten');
    later.removeAttribute('remeasure');
    await later.updateComplete;
    expect(root(later).textContent).to.contain('12 minuten');
  });

  it('plays the research round after the test: its own welcome, one skill, a stop button, the skillprint unchanged', async () => {
    const { token, signed } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
    await me.request(routes.putMyResearchProfile, { body: { consentTextVersion: RESEARCH_CONSENT_VERSION } });
    const el = await fixture<PfwAssessment>(
      html`<pfw-assessment api-base="" .token=${token} research></pfw-assessment>`,
    );
    await waitFor(el, ['welcome']);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Help de test beter maken');
    expect(root(el).textContent).to.contain('Je skillprint verandert niet.');
    await expect(el).to.be.accessible();
    let completed: string | undefined;
    el.addEventListener('pfw-assessment-completed', (e) => (completed = e.detail.skillprintId));
    const shown: string[] = [];
    // Two answers, then stop: the round ends there, with what was answered.
    for (let i = 0; i < 200 && shown.length < 2; i++) {
      await step(el);
      await el.updateComplete;
      if (screenOf(el) === 'item' || screenOf(el) === 'game-intro') {
        if (el.currentItemId && !shown.includes(el.currentItemId)) shown.push(el.currentItemId);
      }
    }
    expect(screenOf(el)).to.be.oneOf(['item', 'game-intro']);
    const stop = [...root(el).querySelectorAll<HTMLButtonElement>('.tools button')].find(
      (b) => b.textContent!.trim() === 'Stoppen',
    )!;
    await expect(el).to.be.accessible();
    stop.click();
    await waitUntil(() => completed, 'not completed', { timeout: 15000 });
    expect(completed).to.equal(signed.skillprint.id);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Dank je wel!');
    expect(root(el).textContent).to.contain('Je skillprint is niet veranderd.');
    expect(button(el, 'button.secondary'), 'no "do it again" here').to.equal(null);
    await expect(el).to.be.accessible();
    const session = await serverSession(el);
    expect(session.research).to.equal(true);
    expect(session.responseCount).to.equal(1);
    const mine = await me.request(routes.listMySkillprints);
    expect(mine.items.map((s) => s.skillprint.id)).to.deep.equal([signed.skillprint.id]);
  });

  it('asks a block of three twice on one screen: most like you, then least; the first pick survives a reload and can be taken back', async () => {
    let el = await make();
    const answers = () => [...root(el).querySelectorAll<HTMLButtonElement>('.answer')];
    // Through the preference questions (and anything else) to the first block of three. Look
    // before each step: a step on a block would answer it (a slow next step arrives a moment later).
    const atBlock = () => screenOf(el) === 'item' && root(el).querySelector('.card.choice') && answers().length === 3;
    for (let i = 0; i < 80; i++) {
      await el.updateComplete;
      if (atBlock() || !(await step(el))) break;
    }
    expect(answers(), 'a block of three statements').to.have.length(3);
    expect(root(el).querySelector('.prompt')!.textContent).to.equal('Wat past het best bij jou?');
    const id = el.currentItemId!;
    const texts = answers().map((b) => b.textContent!.trim());
    answers()[2]!.click();
    await el.updateComplete;
    // The second question, on the same step: the pick stays in view, the other two are the options.
    expect(el.currentItemId).to.equal(id);
    expect(root(el).querySelector('.prompt')!.textContent).to.equal('En wat past het minst bij jou?');
    expect(root(el).querySelector('.picked')!.textContent).to.contain(texts[2]);
    expect(answers().map((b) => b.textContent!.trim())).to.deep.equal([texts[0], texts[1]]);
    expect(root(el).activeElement?.className, 'focus on the new question').to.equal('prompt');
    await expect(el).to.be.accessible();
    // A reload (or a closed tab) between the two questions keeps the first pick.
    el.remove();
    el = await make();
    await waitFor(el, ['item']);
    expect(el.currentItemId).to.equal(id);
    expect(root(el).querySelector('.prompt')!.textContent).to.equal('En wat past het minst bij jou?');
    expect(root(el).querySelector('.picked')!.textContent).to.contain(texts[2]);
    expect(answers().map((b) => b.textContent!.trim())).to.deep.equal([texts[0], texts[1]]);
    button(el, '.again')!.click();
    await el.updateComplete;
    expect(answers()).to.have.length(3);
    // Taken back, it stays taken back after a reload.
    el.remove();
    el = await make();
    await waitFor(el, ['item']);
    expect(el.currentItemId).to.equal(id);
    expect(answers()).to.have.length(3);
    answers()[2]!.click();
    await el.updateComplete;
    button(el, '.again')!.click();
    await el.updateComplete;
    expect(answers()).to.have.length(3);
    answers()[0]!.click();
    await el.updateComplete;
    answers()[1]!.click(); // the third as shown: the one least like you
    await waitUntil(() => el.currentItemId !== id, 'the block was not answered');
    await waitUntil(() => el.unsentCount === 0, 'answers not sent');
    const saved = JSON.parse(
      localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('pfw-assessment'))!)!,
    );
    const stored = saved.responses.find((r: { itemId: string }) => r.itemId === id);
    expect({ choice: stored.choice, least: stored.least }).to.deep.equal({ choice: 0, least: 2 });
  });

  it('pauses on a question without counting the pause, and offers larger text and colours for colour blindness that stay chosen', async () => {
    const el = await make();
    await answerItems(el, 1);
    await waitFor(el, ['item']);
    const id = el.currentItemId;
    const tool = (text: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent!.trim() === text)!;
    tool('Pauze').click();
    await waitFor(el, ['paused']);
    expect(root(el).activeElement?.textContent).to.equal('Pauze', 'focus on the pause heading');
    await expect(el).to.be.accessible();
    await new Promise((r) => setTimeout(r, 400));
    button(el, 'button.primary')!.click();
    await waitFor(el, ['item']);
    expect(el.currentItemId).to.equal(id);
    root(el).querySelector<HTMLButtonElement>('.answer')!.click();
    await el.updateComplete;
    if (el.currentItemId === id) root(el).querySelector<HTMLButtonElement>('.answer')!.click(); // a block of three asks twice
    const saved = JSON.parse(
      localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('pfw-assessment:v1'))!)!,
    );
    const answer = saved.responses.find((r: { itemId: string }) => r.itemId === id);
    expect(answer.durationMs, 'the pause is not answer time').to.be.below(400);

    await waitFor(el, ['item', 'game-intro']);
    const panel = () => root(el).querySelector<HTMLElement>('.panel')!;
    const success = () => getComputedStyle(panel()).getPropertyValue('--_color-success').trim();
    const green = success();
    // The toggles wait behind "Aanpassen": one row of tools above the question on a phone.
    const adjust = tool('Aanpassen');
    expect(adjust.getAttribute('aria-expanded')).to.equal('false');
    expect(tool('Grotere letters').checkVisibility(), 'hidden until asked for').to.equal(false);
    adjust.click();
    await el.updateComplete;
    expect(adjust.getAttribute('aria-expanded')).to.equal('true');
    expect(tool('Grotere letters').checkVisibility()).to.equal(true);
    for (const [name, cls] of [
      ['Grotere letters', 'easy-reading'],
      ['Kleuren voor kleurenblinden', 'safe-colours'],
    ] as const) {
      expect(tool(name).getAttribute('aria-pressed'), name).to.equal('false');
      tool(name).click();
      await el.updateComplete;
      expect(panel().classList.contains(cls), name).to.equal(true);
      expect(tool(name).getAttribute('aria-pressed'), name).to.equal('true');
    }
    expect(success(), 'no red-green pair').to.not.equal(green);
    await expect(el).to.be.accessible();
    el.remove();
    const again = await make();
    await waitFor(again, ['item', 'game-intro']);
    const classes = root(again).querySelector('.panel')!.classList;
    expect(classes.contains('easy-reading') && classes.contains('safe-colours'), 'kept on this device').to.equal(true);
    // What is switched on stays in sight, with a way to switch it off.
    const toggles = root(again).querySelector<HTMLElement>('.display-tools')!;
    expect(toggles.checkVisibility(), 'open while a toggle is on').to.equal(true);
  });

  it('moves nothing when the person asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await make();
      const moving = () =>
        [...root(el).querySelectorAll<HTMLElement>('*')].filter((node) => {
          const style = getComputedStyle(node);
          const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) || 0));
          return (
            seconds(style.transitionDuration) > 0 ||
            (style.animationName !== 'none' && seconds(style.animationDuration) > 0)
          );
        });
      const seen = new Set<string>();
      for (let i = 0; i < 80 && seen.size < 6; i++) {
        const screen = screenOf(el)!;
        if (!seen.has(screen)) {
          seen.add(screen);
          expect(
            moving().map((n) => n.className),
            screen,
          ).to.deep.equal([]);
        }
        await step(el);
        await el.updateComplete;
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('stops in its reduced-motion styles every animation and transition its styles have', async () => {
    // The test above sees only the screens an adaptive path reaches; this one reads the rules.
    const el = await make();
    const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const moves = (rule: CSSStyleRule) =>
      (rule.style.animationName && rule.style.animationName !== 'none') ||
      (rule.style.transitionProperty && rule.style.transitionProperty !== 'none');
    const stopped = rules
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('reduced-motion'))
      .flatMap((media) => [...media.cssRules] as CSSStyleRule[])
      .flatMap((rule) => rule.selectorText.split(',').map((s) => s.trim()));
    const moving = rules
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && Boolean(moves(r)))
      .flatMap((rule) => rule.selectorText.split(',').map((s) => s.trim()));
    expect(moving.length, 'the styles have moving parts to check').to.be.greaterThan(0);
    expect(moving.filter((selector) => !stopped.includes(selector))).to.deep.equal([]);
  });

  it('goes on with a game block where it was after a reload: the trials played are kept', async () => {
    const saved = () => JSON.parse(Object.values(localStorage).find((v) => v.includes('"sessionId"'))!);
    const mechanicOf = (el: PfwAssessment) => root(el).querySelector<HTMLElement>('.panel')!.dataset.mechanic!;
    const countOf = (el: PfwAssessment) => root(el).querySelector('.trial-count')!.textContent!.trim();
    /** One trial, as step() plays it: the right bin, the first option, or skip a puzzle. */
    const trial = async (el: PfwAssessment) => {
      const before = countOf(el);
      await step(el);
      await waitUntil(() => screenOf(el) !== 'game' || countOf(el) !== before, 'the next trial');
    };
    const goesOn = 'Je gaat verder waar je was';
    const first = await make();
    // On to a scored game block (its practice round played), as the adaptive test brings one.
    for (let i = 0; i < 400 && !(screenOf(first) === 'game' && saved().practised.includes(mechanicOf(first))); i++) {
      await first.updateComplete;
      // A block started afresh (practice or scored) does not say it goes on.
      if (screenOf(first) === 'game-intro') expect(root(first).textContent, 'a fresh start').to.not.contain(goesOn);
      await step(first);
    }
    await waitFor(first, ['game']);
    const item = gameItems.find((i) => i.id === first.currentItemId)!;
    const total = item.game!.trials;
    // Some trials, not all (a planning block has only three puzzles).
    const played = Math.min(3, total - 1);
    const bar = (el: PfwAssessment) =>
      Number(root(el).querySelector('[role=progressbar]')!.getAttribute('aria-valuenow'));
    const atStart = bar(first);
    for (let n = 1; n <= played; n++) {
      expect(countOf(first)).to.contain(`${n} van ${total}`);
      await trial(first);
    }
    // The bar moves with the rounds (the server counts the block only when it ends).
    expect(bar(first), 'the bar stood still during the block').to.be.greaterThan(atStart);
    const shown = root(first).querySelector('.game')!.textContent;
    expect(saved().gameTrials.trials).to.have.length(played);
    first.remove();

    const again = await make();
    await waitFor(again, ['game-intro']);
    expect(again.currentItemId).to.equal(item.id);
    // Its instruction screen says the block goes on, at which trial (as the game counts them).
    expect(root(again).textContent).to.contain(`${goesOn}: ronde ${played + 1} van ${total}.`);
    expect(button(again, 'button.primary')!.textContent!.trim()).to.equal('Verder');
    button(again, 'button.primary')!.click();
    await waitFor(again, ['game']);
    expect(countOf(again), 'on at the next trial').to.contain(`${played + 1} van ${total}`);
    expect(root(again).querySelector('.game')!.textContent, 'the same content').to.equal(shown);
    let inBlock = 0;
    for (let n = played + 1; n <= total; n++) {
      inBlock = bar(again);
      await trial(again);
    }
    await waitFor(again, ['game-result']);
    await waitUntil(() => again.unsentCount === 0, 'the block not sent');
    expect(bar(again), 'the bar stepped back when the block was counted').to.be.at.least(inBlock);
    expect(saved().gameTrials, 'nothing of the block left beside its answer').to.equal(undefined);
    const block = saved().responses.find((r: { itemId: string }) => r.itemId === item.id);
    expect(block.trials).to.have.length(total);
  });

  it('resumes at the same item after a reload', async () => {
    const first = await make();
    await answerItems(first, 5);
    // The sixth step can be a question, a game's instruction or the break (the path is adaptive).
    await waitFor(first, ['item', 'game-intro', 'break']);
    const [screen, item] = [screenOf(first)!, first.currentItemId];
    const session = first.sessionId;
    first.remove();
    const again = await make();
    await waitFor(again, [screen]);
    expect(again.sessionId).to.equal(session);
    expect(again.currentItemId).to.equal(item);
    await waitUntil(() => again.unsentCount === 0, 'answers not sent');
    expect((await serverSession(again)).responseCount).to.equal(5);
  });

  it('keeps answers through a lost connection and stores each exactly once', async () => {
    AnswerQueue.retryDelays = [30, 60];
    const worker = await startMockApi();
    const app = await mockApp();
    const el = await make();
    await answerItems(el, 2);
    await waitUntil(() => el.unsentCount === 0, 'first answers not sent');
    let lostReplies = 0;
    // First: the server stores the answer but the reply is lost; then: no connection at all.
    worker.use(
      http.put(RESPONSES, async ({ request }) => {
        if (lostReplies++ < 2) {
          await app.fetch(request);
          return HttpResponse.json({ type: 'about:blank', title: 'Service unavailable', status: 503 }, { status: 503 });
        }
        return HttpResponse.error();
      }),
    );
    // Offline, the test goes on with the steps sent ahead, and waits (saying why) only when they run out.
    let offline = 0;
    while (screenOf(el) !== 'waiting') {
      const before = el.currentItemId;
      await step(el);
      await el.updateComplete;
      if (before && el.currentItemId !== before) offline++;
    }
    expect(offline, 'answered with the steps sent ahead').to.equal(3);
    await waitUntil(() => root(el).querySelector('.status')?.textContent?.includes('veilig'), 'no offline message');
    expect(el.unsentCount).to.equal(offline);
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    await waitUntil(() => el.unsentCount === 0, 'answers not sent after the connection came back', { timeout: 10000 });
    await waitFor(el, ['item', 'game-intro']);
    expect((await serverSession(el)).responseCount).to.equal(2 + offline);
  });

  it('shows a clear message when the server refuses an answer, and keeps it', async () => {
    const worker = await startMockApi();
    const el = await make();
    await answerItems(el, 1);
    await waitUntil(() => el.unsentCount === 0);
    worker.use(
      http.put(
        RESPONSES,
        () =>
          HttpResponse.json(
            {
              type: 'https://passportforwork.dev/problems/validation',
              title: 'The request is not valid',
              status: 400,
              errors: [{ path: 'body.choice', message: 'must be 0 to 3', code: 'too_big' }],
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const refused = el.currentItemId!;
    await answerItems(el, 1);
    await waitUntil(() => !root(el).querySelector<HTMLElement>('.rejected')!.hidden, 'no message');
    expect(root(el).querySelector('.rejected')!.textContent).to.contain('body.choice must be 0 to 3');
    await expect(el).to.be.accessible();
    const saved = JSON.parse(Object.values(localStorage)[0]!);
    expect(saved.responses.map((r: { itemId: string }) => r.itemId)).to.include(refused);
    expect(saved.rejected[0].itemId).to.equal(refused);
  });

  it('explains an expired session and starts the test again', async () => {
    const worker = await startMockApi();
    const el = await make();
    await answerItems(el, 3);
    await waitUntil(() => el.unsentCount === 0);
    const oldSession = el.sessionId;
    worker.use(
      http.put(
        RESPONSES,
        () =>
          HttpResponse.json(
            {
              type: 'https://passportforwork.dev/problems/assessment-expired',
              title: 'Conflict',
              status: 409,
              detail: 'This assessment has expired.',
            },
            { status: 409 },
          ),
        { once: true },
      ),
    );
    await answerItems(el, 1);
    await waitFor(el, ['expired']);
    expect(root(el).textContent).to.contain('Begin opnieuw');
    await expect(el).to.be.accessible();
    button(el, 'button.primary')!.click();
    await waitFor(el, ['item', 'game-intro']);
    expect(el.sessionId).to.not.equal(oldSession);
    expect((await serverSession(el)).responseCount).to.equal(0);
  });
});
