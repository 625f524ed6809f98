/**
 * What a partner's page may do around the widgets: a careless (or hostile) global style sheet,
 * a broken token. The widgets' own text, colours and buttons must survive both (another copy of
 * the library on the page: tokens.test.ts).
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { Match, SignedSkillprint } from '@pfw/contract';
import { MOCK_KEYS } from '@pfw/api-mock';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import { TOKENS } from './tokens.js';
import type { PfwElement } from './pfw-element.js';
import '../define/pfw-assessment.js';
import '../define/pfw-job-profile-builder.js';
import '../define/pfw-match-list.js';
import '../define/pfw-occupation-picker.js';
import '../define/pfw-skillprint.js';

const HOSTILE = '* { color: red !important; font: 10px/1 serif !important }';
const RED = 'rgb(255, 0, 0)';
const TEXT = 'rgb(27, 31, 36)'; // --pfw-color-text's default
const PRIMARY = 'rgb(11, 92, 173)'; // --pfw-color-primary's default
const WHITE = 'rgb(255, 255, 255)';

/** Elements inside the shadow tree (and nested ones) that show text of their own. */
function textElements(root: ShadowRoot): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden, [hidden]') || !el.getClientRects().length) continue;
    if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) out.push(el);
    if (el.shadowRoot) out.push(...textElements(el.shadowRoot));
  }
  return out;
}

function expectOwnText(el: PfwElement, name: string): void {
  const texts = textElements(el.shadowRoot!);
  expect(texts.length, `${name} shows no text`).to.be.greaterThan(2);
  for (const text of texts) {
    const style = getComputedStyle(text);
    const what = `${name}: "${text.textContent!.trim().slice(0, 30)}"`;
    expect(style.color, what).to.not.equal(RED);
    expect(style.fontFamily, what).to.not.equal('serif');
    expect(parseFloat(style.fontSize), what).to.be.at.least(12);
    expect(parseFloat(style.lineHeight), what).to.be.greaterThan(parseFloat(style.fontSize));
  }
}

const jobs: Match[] = Array.from({ length: 3 }, (_, i) => ({
  score: 80 - i * 20,
  fit: 80 - i * 20,
  essentialFactor: 1,
  secondaryPoints: 0,
  essentialsMet: true,
  requirements: [],
  strengths: [],
  gaps: [],
  secondary: { interests: 0.5, environment: 0.5 },
  jobProfileId: `job_host${i}`,
  job: {
    title: `Medewerker magazijn ${i + 1}`,
    employerName: 'Logistiek Brabant',
    region: 'Tilburg',
    hours: { min: 24, max: 32 },
  },
}));

describe('widgets on a hostile host page', function () {
  this.timeout(40000);
  let owner: { token: string; signed: SignedSkillprint };
  let candidate: string;
  let employer: string;
  const hostile = new CSSStyleSheet();
  hostile.replaceSync(HOSTILE);

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
    candidate = await tokenFor('candidate');
    employer = await tokenFor('employer', 'Logistiek Brabant');
  });
  afterEach(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostile);
    fixtureCleanup();
  });

  it('keeps each widget’s own colour and font under `* { color: red !important; font: 10px/1 serif !important }`', async () => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile];
    const assessment = await fixture<PfwElement>(
      html`<pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>`,
    );
    await expect(assessment).to.be.accessible();
    // The page's rule does reach the host element itself…
    expect(getComputedStyle(assessment).color).to.equal(RED);
    // …but nothing inside inherits it.
    expectOwnText(assessment, 'assessment');
    const intro = assessment.shadowRoot!.querySelector('[part=prompt]')!;
    expect(getComputedStyle(intro).color).to.equal(TEXT);
    expect(getComputedStyle(intro).fontSize).to.equal('16px');
    expect(getComputedStyle(intro).fontFamily).to.equal(TOKENS['font-family'].replace(/'/g, '"'));
    const start = assessment.shadowRoot!.querySelector('button.primary')!;
    expect(getComputedStyle(start).color).to.equal(WHITE);
    expect(getComputedStyle(start).backgroundColor).to.equal(PRIMARY);

    const card = await fixture<PfwElement>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await waitUntil(() => card.shadowRoot!.querySelector('.badge:not(.checking)'), 'skillprint did not load', {
      timeout: 8000,
    });
    expectOwnText(card, 'skillprint');
    expect(getComputedStyle(card.shadowRoot!.querySelector('h2')!).fontSize).to.equal('24px'); // 1.5em of 16px

    const list = await fixture<PfwElement>(
      html`<pfw-match-list mode="jobs" .token=${candidate} .items=${jobs}></pfw-match-list>`,
    );
    await waitUntil(() => list.shadowRoot!.querySelector('[part=row]'), 'no rows', { timeout: 8000 });
    expectOwnText(list, 'match list');

    const picker = await fixture<PfwElement>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    expectOwnText(picker, 'occupation picker');

    const builder = await fixture<PfwElement>(
      html`<pfw-job-profile-builder .token=${employer}></pfw-job-profile-builder>`,
    );
    await waitUntil(() => builder.shadowRoot!.querySelector('#title'), 'no builder', { timeout: 8000 });
    expectOwnText(builder, 'job profile builder');
  });

  it('falls back to the default colour for a token that is not a colour (--pfw-color-primary: 12px)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--pfw-color-primary: 12px">
      <pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>
      <pfw-match-list mode="candidates" job-profile-id="job_none" .token=${employer} .items=${jobs.map((j, i) => ({ ...j, job: undefined, candidate: `kandidaat-${i}` }))}></pfw-match-list>
    </div>`);
    const assessment = wrapper.querySelector<PfwElement>('pfw-assessment')!;
    await assessment.updateComplete;
    await expect(assessment).to.be.accessible();
    const start = assessment.shadowRoot!.querySelector('button.primary')!;
    expect(start.textContent!.trim()).to.equal('Begin');
    expect(getComputedStyle(start).backgroundColor).to.equal(PRIMARY);
    expect(getComputedStyle(start).color).to.equal(WHITE);

    const list = wrapper.querySelector<PfwElement>('pfw-match-list')!;
    await waitUntil(() => list.shadowRoot!.querySelector('[part=row] button.open'), 'no rows', { timeout: 8000 });
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part=row] button.open')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('[part=details] button.primary'), 'no details');
    const request = list.shadowRoot!.querySelector('[part=details] button.primary')!;
    expect(request.textContent!.trim()).to.equal('Stuur verzoek');
    expect(getComputedStyle(request).backgroundColor).to.equal(PRIMARY);
    expect(getComputedStyle(request).color).to.equal(WHITE);

    // A valid token still themes.
    wrapper.style.setProperty('--pfw-color-primary', '#2f6b3a');
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(47, 107, 58)');
  });
});
