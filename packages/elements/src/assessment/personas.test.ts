/**
 * A scripted person plays the real widget to the end (#17): a known profile, answering by the
 * model. They see only what a person sees; to answer by the model they look up what they read in
 * the bank. (How response styles fare is a figure: `npm run bench:psychometrics` prints it.)
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { createClient, routes, type SkillScore } from '@pfw/contract';
import { MOCK_KEYS } from '@pfw/api-mock';
import { Random, itemBank, rankingOf, sampleCategory, sampleRanking, statementBank } from '@pfw/core/psychometrics';
import type { Statement } from '@pfw/core/domain';
import { startMockApi } from '../../test/mock-api.js';
import { read } from '../../test/reading.js';
import type { PfwAssessment } from './assessment.js';
import '../define/pfw-assessment.js';

const root = (el: PfwAssessment) => el.shadowRoot!;
const screenOf = (el: PfwAssessment) => root(el).querySelector<HTMLElement>('.panel')?.dataset.screen;
const buttons = (el: PfwAssessment, selector: string) => [...root(el).querySelectorAll<HTMLButtonElement>(selector)];
const statementByText = new Map(statementBank.map((s) => [s.text.nl, s]));

/** How a persona picks an option of the step on screen (an index into its buttons). */
type Chooser = (el: PfwAssessment, texts: string[], rng: Random) => number;

async function playThrough(choose: Chooser, seed: number): Promise<SkillScore[]> {
  // The offline API runs in this page: a seeded Math.random gives the session a known seed, so
  // the run is the same every time (the person's answers are seeded below).
  const pageRandom = new Random(seed + 1000);
  const original = Math.random;
  Math.random = () => pageRandom.uniform();
  try {
    return await play(choose, seed);
  } finally {
    Math.random = original;
  }
}

async function play(choose: Chooser, seed: number): Promise<SkillScore[]> {
  const el = await fixture<PfwAssessment>(
    html`<pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>`,
  );
  const rng = new Random(seed);
  let skillprintId: string | undefined;
  el.addEventListener('pfw-assessment-completed', (e) => (skillprintId = e.detail.skillprintId));
  const seen: Record<string, number> = {};
  const until = Date.now() + 100_000;
  while (!skillprintId && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 25)); // let timers and replies run: a person is never this fast
    await el.updateComplete;
    const screen = screenOf(el);
    seen[screen ?? '?'] = (seen[screen ?? '?'] ?? 0) + 1;
    if (screen === 'welcome' || screen === 'game-intro' || screen === 'break' || screen === 'game-result')
      buttons(el, 'button.primary')[0]!.click();
    else if (screen === 'item') {
      const answers = buttons(el, '.answer');
      read(); // a person reads first: answers faster than that do not count
      answers[
        choose(
          el,
          answers.map((b) => b.textContent!.trim()),
          rng,
        )
      ]!.click();
    } else if (screen === 'game') {
      // Games: sorts every part right, takes the first option of a situation, gives up on a puzzle.
      const part = root(el).querySelector('.part')?.textContent?.split(' ').at(-1);
      const bin = buttons(el, '.bin').find((b) => b.textContent === part);
      (
        bin ??
        buttons(el, '.option')[0] ??
        buttons(el, '.actions .secondary')[0] ??
        buttons(el, '.actions .next')[0]
      )?.click();
    } else if (screen === 'error') throw new Error('error screen');
    else await new Promise((r) => setTimeout(r, 20));
  }
  expect(
    skillprintId,
    `the test ends in a skillprint (screens seen: ${JSON.stringify(seen)}, on ${screenOf(el)}: ${root(el).textContent})`,
  ).to.be.a('string');
  const refused = root(el).querySelector('.rejected')?.textContent?.trim();
  expect(refused ?? '', 'no answer refused').to.equal('');
  const client = createClient({ baseUrl: '', credentials: () => ({ token: el.token }) });
  const signed = await client.request(routes.getSkillprint, { params: { id: skillprintId! } });
  fixtureCleanup();
  return signed.skillprint.scores;
}

/**
 * Answers by the model with these θs: a block of statements by the Thurstonian model (a block of
 * three ranked once, its best picked first and its worst next), scene options by the GRM.
 */
const byModel = (theta: (skillId: string) => number): Chooser => {
  let worst: string | undefined;
  return (el, texts, rng) => {
    const statements = texts.map((t) => statementByText.get(t));
    if (statements.every((st) => st !== undefined) && texts.length >= 2) {
      if (worst && texts.length === 2 && texts.includes(worst)) return texts.indexOf(worst);
      const ranking = rankingOf(sampleRanking(statements as Statement[], theta, rng), texts.length)!;
      worst = texts[ranking.at(-1)!];
      return ranking[0]!;
    }
    const item = itemBank.find((i) => i.id === el.currentItemId);
    if (!item?.options) return 0; // a preference question
    const category = sampleCategory(item, theta(item.skillId), rng.uniform());
    const wanted = item.options.find((o) => o.category === category)!.text.nl;
    return Math.max(0, texts.indexOf(wanted));
  };
};

// Not the skills the games measure: the persona plays games the same way whatever its profile.
const STRONG = ['caring', 'working-together', 'learning', 'customer-focus'];
const WEAK = ['communicating', 'initiative', 'dealing-with-pressure', 'adaptability'];

describe('personas playing <pfw-assessment> to the end', function () {
  this.timeout(300000);
  before(async () => {
    await startMockApi();
  });
  beforeEach(() => localStorage.clear());

  // The figure is two levels; today's test reaches about 1.7 on average (see the bench and
  // docs/psychometrics.md), so this checks the direction with room for chance, not the figure.
  it('puts four strong skills (top 7 %) clearly above four weak ones (bottom 7 %)', async () => {
    const theta = (id: string) => (STRONG.includes(id) ? 1.5 : WEAK.includes(id) ? -1.5 : 0);
    const scores = await playThrough(byModel(theta), 1);
    const shown = JSON.stringify(scores.map((s) => [s.skillId, s.level]));
    const mean = (ids: string[]) => {
      const levels = scores.filter((s) => ids.includes(s.skillId)).map((s) => s.level);
      expect(levels.length, `signed skills of ${ids.join(', ')}: ${shown}`).to.be.at.least(1);
      return levels.reduce((a, b) => a + b, 0) / levels.length;
    };
    expect(mean(STRONG) - mean(WEAK), shown).to.be.at.least(0.75);
  });
});
