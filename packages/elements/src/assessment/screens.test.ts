/**
 * Every game and every drawn scene as a person sees it on a phone (375 px): the offline API
 * starts a test whose first step is the game or scene under test, the element shows it, axe
 * checks it, and a screenshot goes to artifacts/assessment/ (the adaptive test of the journey
 * shows only the games it happens to choose). Nothing here is answered to the server.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { GameMechanic, Item, Step } from '@pfw/contract';
import { MOCK_KEYS } from '@pfw/api-mock';
import { gameItems, writtenItems } from '@pfw/core/psychometrics';
import { mockApp, startMockApi } from '../../test/mock-api.js';
import { gameStep } from '../../test/games.js';
import type { PfwAssessment } from './assessment.js';
import { GAMES } from './games/play.js';
import '../define/pfw-assessment.js';

const START = '*/v1/assessments';
const root = (el: PfwAssessment) => el.shadowRoot!;
const screenOf = (el: PfwAssessment) => root(el).querySelector<HTMLElement>('.panel')?.dataset.screen;
const click = (el: PfwAssessment, selector: string) => root(el).querySelector<HTMLButtonElement>(selector)!.click();

/** A scene of the bank as the server sends it (options in the bank's order: no key shows in a picture). */
const sceneStep = (item: Item): Step => ({
  id: item.id,
  kind: 'scene',
  prompt: item.prompt,
  options: item.options!.map((o) => ({ text: o.text })),
  picture: item.setting!,
  expectedSeconds: item.expectedSeconds,
});

/** Start a test on the offline API whose first step is `first`, and show it. */
async function showFirst(first: Step): Promise<PfwAssessment> {
  const worker = await startMockApi();
  const app = await mockApp();
  worker.use(
    http.post(START, async ({ request }) => {
      const reply = await app.fetch(request);
      const body = (await reply.json()) as { next: Step[] };
      return HttpResponse.json({ ...body, next: [first, ...body.next] }, { status: reply.status });
    }),
  );
  const el = await fixture<PfwAssessment>(
    html`<pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>`,
  );
  click(el, 'button.primary');
  await waitUntil(() => screenOf(el) !== 'welcome' && screenOf(el) !== 'loading', 'the test did not start');
  return el;
}

async function snap(el: PfwAssessment, name: string): Promise<void> {
  await el.updateComplete;
  await expect(el, name).to.be.accessible();
  expect(document.documentElement.scrollWidth, `${name}: sideways scrolling`).to.be.at.most(375);
  await executeServerCommand('screenshot', { folder: 'assessment', name: `${name}-375`, selector: 'pfw-assessment' });
}

describe('every game and scene at 375 px', function () {
  this.timeout(120000);
  beforeEach(async () => {
    localStorage.clear();
    await setViewport({ width: 375, height: 800 });
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    fixtureCleanup();
  });

  for (const mechanic of Object.keys(GAMES) as GameMechanic[]) {
    it(`shows the ${mechanic} game: instruction, practice with feedback, the scored round`, async () => {
      const item = gameItems.find((i) => i.game?.mechanic === mechanic && i.game.level === 2)!;
      const el = await showFirst(gameStep(item));
      expect(screenOf(el)).to.equal('game-intro');
      expect(root(el).querySelector('.panel')!.getAttribute('data-mechanic')).to.equal(mechanic);
      await snap(el, `${mechanic}-intro`);
      click(el, 'button.primary');
      await waitUntil(() => screenOf(el) === 'game', 'practice did not start');
      await snap(el, `${mechanic}-practice`);
      // Practice to the end: the first option, a bin or "go on", as the journey plays it.
      let feedbackShot = false;
      let last = '';
      for (let i = 0; i < 100 && screenOf(el) === 'game'; i++) {
        await el.updateComplete;
        const feedback = root(el).querySelector('.feedback:not([hidden])')?.textContent?.trim();
        if (!feedbackShot && feedback) {
          await snap(el, `${mechanic}-practice-feedback`);
          feedbackShot = true;
        }
        const part = root(el).querySelector('.part')?.textContent?.split(' ').at(-1);
        const bin = [...root(el).querySelectorAll<HTMLButtonElement>('.bin')].find((b) => b.textContent === part);
        const target =
          bin ??
          root(el).querySelector<HTMLButtonElement>('.option') ??
          root(el).querySelector<HTMLButtonElement>('.actions .secondary') ??
          root(el).querySelector<HTMLButtonElement>('.actions .next');
        // Feedback with "Verder" is read out and has the focus (a keyboard user sees it).
        if (target?.matches('.next')) {
          expect(root(el).activeElement?.className, `${mechanic}: focus on the feedback`).to.equal('feedback');
          expect(root(el).querySelector('[aria-live]')!.textContent!.trim(), `${mechanic}: announced`).to.contain(
            feedback,
          );
        }
        last = target?.matches('.next') ? `feedback: ${feedback}` : (target?.className ?? '');
        target?.click();
        await new Promise((r) => setTimeout(r, 10));
      }
      await waitUntil(() => screenOf(el) === 'game-intro', 'practice did not end');
      // The last practice try is explained too, and waits for "Verder" before "Nu telt het".
      expect(last, `${mechanic}: the last practice try`).to.match(/^feedback: \S/);
      click(el, 'button.primary');
      await waitUntil(() => screenOf(el) === 'game', 'the scored round did not start');
      await snap(el, `${mechanic}-scored`);
    });
  }

  it('draws every kind of workplace of the scenes, with its words beside it', async () => {
    const bySetting = new Map(writtenItems.filter((i) => i.setting).map((i) => [i.setting!, i]));
    expect(bySetting.size, 'settings with a scene').to.be.at.least(8);
    for (const [setting, item] of bySetting) {
      const el = await showFirst(sceneStep(item));
      await waitUntil(() => root(el).querySelector('svg.art'), `${setting}: no drawing`);
      expect(root(el).querySelector('svg.art')!.getAttribute('aria-label'), setting).to.not.be.empty;
      await snap(el, `scene-${setting}`);
      fixtureCleanup();
      localStorage.clear();
    }
  });
});
