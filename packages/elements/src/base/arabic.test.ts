/**
 * Every widget of the job seeker's journey in Arabic on a 320 px phone (#25): right to left
 * through its shadow root, its own texts and the API's (skills, occupations, offers) in Arabic
 * with no Dutch in between, nothing sticking out on either side, accessible, and a screenshot of
 * each in artifacts/rtl/ to look at. The assessment has its own (assessment/languages.test.ts),
 * as has the culture scan.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { createClient, routes, type SignedSkillprint } from '@pfw/contract';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwSkillprint } from '../skillprint/skillprint.js';
import '../define/pfw-skillprint.js';
import '../define/pfw-match-list.js';
import '../define/pfw-learning-path.js';
import '../define/pfw-occupation-picker.js';
import '../define/pfw-credential-check.js';
import '../define/pfw-job-profile-builder.js';
import '../define/pfw-coach-desk.js';

const ARABIC = /[\u0600-\u06FF]/;
/** Dutch words that would show a text left untranslated (skill names and product names are not among them). */
const DUTCH = /(^|[\s(])(je|jij|jouw|het|een|niet|van|voor|naar|bij|wat|nog)(?=[\s.,:;!?)]|$)/i;

/** The element's visible text, spaces collapsed. */
const textOf = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((e) => e.checkVisibility?.() !== false && !e.children.length)
    .map((e) => e.textContent!.trim())
    .filter(Boolean)
    .join(' | ');

/** Parts of the element that stick out of it on either side (right to left, the left edge matters too). */
function outside(el: Element): string[] {
  const box = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => {
      if (node.closest('.visually-hidden')) return false; // for screen readers: clipped to nothing
      const r = node.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
    })
    .map((node) => {
      const r = node.getBoundingClientRect();
      return `${node.tagName.toLowerCase()}.${node.className} ${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)}`;
    });
}

async function expectArabic(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  name: string,
  ready: () => boolean,
  settle?: () => Promise<unknown>,
): Promise<void> {
  await waitUntil(ready, `${name}: not ready`, { timeout: 15000 });
  // Its Arabic texts are a chunk of their own: wait for them, not the Dutch that paints first.
  await waitUntil(() => el.getAttribute('dir') === 'rtl', `${name}: not in Arabic`, { timeout: 15000 });
  await el.updateComplete;
  await settle?.();
  expect(el.getAttribute('dir'), name).to.equal('rtl');
  const text = textOf(el);
  expect(text, name).to.match(ARABIC);
  expect(text.match(DUTCH)?.[0], `${name}: Dutch in "${text}"`).to.equal(undefined);
  expect(outside(el).slice(0, 12).join(', '), `${name}: sticks out`).to.equal('');
  expect(document.documentElement.scrollWidth, `${name}: scrolls sideways`).to.be.at.most(320);
  await expect(el).to.be.accessible();
  await executeServerCommand('screenshot', { folder: 'rtl', name: `${name}-ar-320`, selector: el.localName });
}

describe('the journey in Arabic at 320 px', function () {
  this.timeout(60000);
  let owner: { token: string; signed: SignedSkillprint };

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
    await createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) }).request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 36 }, consentTextVersion: '2026-11' },
    });
  });
  beforeEach(() => setViewport({ width: 320, height: 900 }));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    fixtureCleanup();
  });

  it('<pfw-skillprint>: the card, its levels and the language the test was taken in', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar"><pfw-skillprint .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint></div>`,
    );
    const el = page.firstElementChild as PfwSkillprint;
    await expectArabic(
      el,
      'skillprint',
      () => Boolean(el.shadowRoot!.querySelector('[part=strengths] li')),
      // The chart drawn, at the size its resize observer gives it on the next frames.
      async () => {
        await el.chartReady;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      },
    );
  });

  it('<pfw-match-list>: the occupations that fit, with sectors and what to learn', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar"><pfw-match-list mode="careers" .token=${owner.token}></pfw-match-list></div>`,
    );
    const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await expectArabic(el, 'match-list', () => Boolean(el.shadowRoot!.querySelector('[part=row] .sub')));
  });

  it('a list of papers that starts with a Latin name reads right to left ("مطلوب أولًا: VCA Basis (…)")', async () => {
    const { default: hard } = await import('../match-list/i18n/hard.ar.js');
    const p = document.createElement('p');
    p.dir = 'rtl';
    p.style.inlineSize = '40rem';
    p.textContent = hard.neededFirst([hard.labels['vca-basis'], hard.labels['zwaar-tillen']].join('، '));
    document.body.append(p);
    const text = p.firstChild as Text;
    const box = (part: string) => {
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(part));
      range.setEnd(text, text.data.indexOf(part) + part.length);
      return range.getBoundingClientRect();
    };
    // After "VCA Basis" the Arabic goes on to its left; laid out left to right (the list began with
    // "VCA"), the bracket came to its right and the words were jumbled.
    try {
      expect(box('(السلامة').right).to.be.at.most(box('Basis').left + 1);
    } finally {
      p.remove();
    }
  });

  it('<pfw-learning-path>: choosing a goal', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar"><pfw-learning-path .token=${owner.token}></pfw-learning-path></div>`,
    );
    const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await expectArabic(el, 'learning-path', () => Boolean(el.shadowRoot!.querySelector('legend')));
  });

  it('<pfw-occupation-picker>: a search with its list open', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar"><pfw-occupation-picker></pfw-occupation-picker></div>`);
    const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await waitUntil(() => el.shadowRoot!.querySelector('input'), 'no input');
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await expectArabic(el, 'occupation-picker', () => Boolean(el.shadowRoot!.querySelector('[role=option]')));
  });

  it('<pfw-credential-check>: the form to check a credential', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar"><pfw-credential-check></pfw-credential-check></div>`);
    const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await expectArabic(el, 'credential-check', () =>
      ARABIC.test(el.shadowRoot!.querySelector('h2')?.textContent ?? ''),
    );
  });

  // The employer's and the coach's widgets speak Dutch and English (#25 asks English at least):
  // on an Arabic page they read English, left to right, and still fit the phone.
  for (const [tag, role, heading] of [
    ['pfw-job-profile-builder', 'employer', 'Vacancy in skills'],
    ['pfw-coach-desk', 'coach', 'My participants'],
  ] as const)
    it(`<${tag}>: English, left to right, on an Arabic page`, async () => {
      const token = await tokenFor(role, role === 'coach' ? 'Fatima, trajectcoach' : 'Bouw BV');
      // An Arabic page, right to left: the widget's English stays left to right.
      const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"></div>`);
      const el = Object.assign(document.createElement(tag), { token }) as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      page.append(el);
      await waitUntil(() => el.shadowRoot?.textContent?.includes(heading), `${tag}: no English`, { timeout: 15000 });
      expect(el.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2, h3')!).direction).to.equal('ltr');
      expect(textOf(el)).not.to.match(ARABIC);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
});
