/**
 * The assessment in the reading languages (#25): Arabic right to left on a 320 px phone, every
 * text of a step in the reader's language (none in Dutch halfway), each answer sent with the
 * language its item was shown in, and a switch of language mid-test that keeps every answer.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { MOCK_KEYS } from '@pfw/api-mock';
import { startMockApi } from '../../test/mock-api.js';
import { createGame as createRisk } from './games/risk.js';
import { loadGame } from './games/play.js';
import nl from './i18n/nl.js';
import ar from './i18n/ar.js';
import a2 from './i18n/a2.js';
import type { PfwAssessment } from './assessment.js';
import '../define/pfw-assessment.js';

const root = (el: PfwAssessment) => el.shadowRoot!;
const screenOf = (el: PfwAssessment) => root(el).querySelector<HTMLElement>('.panel')?.dataset.screen;
const waitFor = (el: PfwAssessment, screen: string) =>
  waitUntil(() => screenOf(el) === screen, `screen ${screen}`, { timeout: 15000 });
/** Letters of a script: Arabic, Latin with Polish letters, Cyrillic. */
const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;
/** Whole words only: \b counts "ź" as a break, so the Polish "Jeździsz" would hold the Dutch "je". */
const DUTCH_WORDS = /(?<!\p{L})(je|jij|het|een|niet|wat|doe)(?!\p{L})/iu;

/** The answers the widget sends from now on (their bodies), until `stop`. */
async function answersSent() {
  const worker = await startMockApi();
  const sent: Promise<{ itemId: string; lang?: string }>[] = [];
  const record = ({ request }: { request: Request }) => {
    if (request.method === 'PUT' && /\/responses\//.test(request.url)) sent.push(request.clone().json());
  };
  worker.events.on('request:start', record);
  return { sent, stop: () => worker.events.removeListener('request:start', record) };
}

describe('<pfw-assessment> in other languages', function () {
  this.timeout(120000);
  before(async () => {
    await startMockApi();
  });
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    fixtureCleanup();
  });

  it('reads Arabic right to left at 320 px, sends each answer with its language, and switches to Polish mid-test without losing one', async () => {
    await setViewport({ width: 320, height: 700 });
    const { sent, stop } = await answersSent();
    try {
      const page = await fixture<HTMLElement>(
        html`<div lang="ar"><pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment></div>`,
      );
      const el = page.querySelector<PfwAssessment>('pfw-assessment')!;
      await waitUntil(() => ARABIC.test(root(el).querySelector('h2')?.textContent ?? ''), 'Arabic welcome');
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root(el).querySelector('.panel')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await waitFor(el, 'item');

      // The step itself — its question and every option — is Arabic, from the server.
      const prompt = root(el).querySelector('.prompt')!.textContent!;
      const options = [...root(el).querySelectorAll('.answer')].map((b) => b.textContent!.trim());
      for (const said of [prompt, ...options]) {
        expect(said, said).to.match(ARABIC);
        expect(said, said).not.to.match(DUTCH_WORDS);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
      await executeServerCommand('screenshot', { folder: 'assessment', name: 'ar-320', selector: 'pfw-assessment' });
      // Read aloud: without an Arabic voice in the browser it says so, in Arabic, instead of silence.
      if (!speechSynthesis.getVoices().some((v) => v.lang.startsWith('ar'))) {
        root(el).querySelector<HTMLButtonElement>('.read-aloud')!.click();
        await el.updateComplete;
        expect(root(el).querySelector('[part=status]')!.textContent).to.equal(ar.noVoice);
      }

      // Two answers in Arabic, then the page switches to Polish.
      for (let n = 0; n < 2; n++) {
        const before = el.currentItemId;
        root(el).querySelector<HTMLButtonElement>('.answer')!.click();
        await waitUntil(() => el.currentItemId !== before && screenOf(el) === 'item', 'next item', { timeout: 15000 });
      }
      page.setAttribute('lang', 'pl');
      await waitUntil(() => el.getAttribute('dir') !== 'rtl', 'left to right again');
      await waitUntil(() => !ARABIC.test(root(el).querySelector('.prompt')?.textContent ?? 'ar'), 'Polish step');
      const polish = root(el).querySelector('.prompt')!.textContent!;
      expect(polish).to.match(LATIN);
      expect(polish).not.to.match(DUTCH_WORDS);
      expect(root(el).textContent).to.contain('Czytaj na głos');
      await executeServerCommand('screenshot', { folder: 'assessment', name: 'pl-320', selector: 'pfw-assessment' });
      root(el).querySelector<HTMLButtonElement>('.answer')!.click();
      await waitUntil(async () => (await Promise.all(sent)).length >= 3, 'three answers sent', { timeout: 15000 });

      const answers = await Promise.all(sent);
      expect(answers.map((a) => a.lang)).to.deep.equal(['ar', 'ar', 'pl']);
      expect(new Set(answers.map((a) => a.itemId)).size, 'no answer lost or sent twice').to.equal(3);
    } finally {
      stop();
    }
  });

  it('plays a game in Turkish: the situations and options from its catalogue, none in Dutch; a switch mid-game follows', async () => {
    const { createGame, sayNow } = await loadGame('risk', 'tr');
    let reading: 'tr' | 'uk' = 'tr';
    let redrawn = 0;
    const say = sayNow(
      () => reading,
      () => redrawn++,
    );
    expect(createGame).to.equal(createRisk);
    const host = await fixture<HTMLDivElement>(html`<div lang="tr"></div>`);
    const game = createGame({
      item: {
        id: 'game-risk-1',
        kind: 'game',
        prompt: { nl: 'x', en: 'x' },
        options: [],
        game: { mechanic: 'risk', trials: 4, level: 1 },
        expectedSeconds: 30,
      },
      lang: 'tr',
      say,
      t: nl,
      practice: true,
      seed: 7,
      update: () => undefined,
      announce: () => undefined,
      focus: () => undefined,
      done: () => undefined,
    });
    const { render } = await import('lit');
    render(game.render(), host);
    const words = [host.querySelector('.situation')!, ...host.querySelectorAll('.option')].map((e) => e.textContent!);
    expect(words.length).to.be.greaterThan(2);
    for (const said of words)
      expect(said.trim(), said)
        .to.match(/[a-zçğıöşüA-ZÇĞİÖŞÜ]/)
        .and.not.to.match(DUTCH_WORDS);
    expect(words.join(' ')).to.match(/[çğıöşüİ]/); // Turkish letters, not English

    // Ukrainian now: the same situation in Cyrillic once its texts have come (the game is drawn again).
    reading = 'uk';
    render(game.render(), host);
    await waitUntil(() => redrawn > 0, 'Ukrainian texts loaded');
    render(game.render(), host);
    expect(host.querySelector('.situation')!.textContent).to.match(/[\u0400-\u04FF]/);
  });

  it('reads Eenvoudig Nederlands (A2) when the page asks for it, and the person can switch back to B1 mid-test', async () => {
    await setViewport({ width: 375, height: 800 });
    const { sent, stop } = await answersSent();
    try {
      const page = await fixture<HTMLElement>(
        html`<div lang="nl" text-level="a2"><pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment></div>`,
      );
      const el = page.querySelector<PfwAssessment>('pfw-assessment')!;
      await waitUntil(() => root(el).querySelector('h2')?.textContent === a2.welcomeTitle, 'A2 welcome');
      expect(root(el).querySelector('.panel')!.getAttribute('lang'), 'A2 is Dutch').to.equal('nl');
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await waitFor(el, 'item');
      const words = [root(el).querySelector('.prompt')!, ...root(el).querySelectorAll('.answer')].map((e) =>
        e.textContent!.trim(),
      );
      for (const said of words)
        for (const sentence of said.split(/(?<=[.!?])\s+/))
          expect(sentence.split(/\s+/).length, sentence).to.be.at.most(10);
      const easy = root(el).querySelector('.prompt')!.textContent;
      const tool = [...root(el).querySelectorAll<HTMLButtonElement>('.tool')].find(
        (b) => b.textContent!.trim() === a2.easyWords,
      )!;
      expect(tool.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      await executeServerCommand('screenshot', { folder: 'assessment', name: 'a2-375', selector: 'pfw-assessment' });

      // The person answers one in A2, then switches to the B1 Dutch: the same question in other words.
      const first = el.currentItemId;
      root(el).querySelector<HTMLButtonElement>('.answer')!.click();
      await waitUntil(() => el.currentItemId !== first && screenOf(el) === 'item', 'next item', { timeout: 15000 });
      const easySecond = root(el).querySelector('.prompt')!.textContent;
      [...root(el).querySelectorAll<HTMLButtonElement>('.tool')]
        .find((b) => b.getAttribute('aria-pressed') === 'true' && b.textContent!.trim() === a2.easyWords)!
        .click();
      await waitUntil(
        () =>
          [...root(el).querySelectorAll('.tool')].some(
            (b) => b.textContent!.trim() === nl.easyWords && b.getAttribute('aria-pressed') === 'false',
          ),
        'B1 again',
      );
      expect(easy).to.be.a('string');
      if (easySecond !== root(el).querySelector('.prompt')!.textContent) expect(el.currentItemId).to.not.equal(first);
      root(el).querySelector<HTMLButtonElement>('.answer')!.click();
      await waitUntil(async () => (await Promise.all(sent)).length >= 2, 'two answers sent', { timeout: 15000 });
      expect((await Promise.all(sent)).map((a) => a.lang)).to.deep.equal(['a2', 'nl']);
    } finally {
      stop();
    }
  });
});
