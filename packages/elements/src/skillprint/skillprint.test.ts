import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { Chart, type RadialLinearScale } from 'chart.js';
import { createClient, routes, type SignedSkillprint } from '@pfw/contract';
import { skills } from '@pfw/core/skills';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwSkillprint } from './skillprint.js';
import { testMonth } from '@pfw/core/norms';
import '../define/pfw-skillprint.js';

const shadow = (el: PfwSkillprint) => el.shadowRoot!;
const chartOf = (el: PfwSkillprint) => Chart.getChart(shadow(el).querySelector('canvas')!)!;
const levelsOf = (el: PfwSkillprint) => el.skillprint!.skillprint.scores.map((s) => s.level);
/** For each skill, whether the chart's point is drawn where its level is (not on its way there). */
function pointsAtLevels(el: PfwSkillprint, chart: Chart = chartOf(el)): boolean[] {
  const scale = chart.scales.r as RadialLinearScale;
  const points = chart.getDatasetMeta(0).data;
  return el.skillprint!.skillprint.scores.map((score, i) => {
    const want = scale.getPointPositionForValue(i, score.level);
    return Math.hypot(points[i]!.x - want.x, points[i]!.y - want.y) < 0.5;
  });
}
const loaded = (el: PfwSkillprint) =>
  waitUntil(() => el.skillprint && shadow(el).querySelector('.badge:not(.checking)'), 'skillprint did not load', {
    timeout: 8000,
  });

describe('<pfw-skillprint>', function () {
  this.timeout(30000);
  let owner: { token: string; signed: SignedSkillprint };

  let schoolToken: string;

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
    schoolToken = await tokenFor('institution', 'Summa College');
  });

  it('is accessible, verified, and paints its content before the chart arrives', async () => {
    // Watch the shadow root from the start: the first render with the skills in it must not wait
    // for the chart (a later render draws it). Polling could miss that moment when the chart's
    // chunk is already cached, so a MutationObserver records the chart's state right then.
    const el = document.createElement('pfw-skillprint');
    el.signed = owner.signed;
    let chartAtFirstContent: string | null | undefined;
    const scored = owner.signed.skillprint.scores.length; // skills not measured well enough are not scored
    const watcher = new MutationObserver(() => {
      if (chartAtFirstContent !== undefined || shadow(el).querySelectorAll('.bar').length < scored) return;
      chartAtFirstContent = shadow(el).querySelector('[part=chart]')?.getAttribute('data-chart') ?? null;
    });
    document.body.append(el);
    watcher.observe(shadow(el), { subtree: true, childList: true, attributes: true });
    await waitUntil(() => chartAtFirstContent !== undefined, 'the skills never painted', { timeout: 8000 });
    watcher.disconnect();
    expect(chartAtFirstContent).to.not.equal('ready');
    await loaded(el);
    expect(el.verified).to.equal(true);
    expect(shadow(el).querySelector('.badge')!.textContent).to.contain('Echt');
    await el.chartReady;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=chart]')!.getAttribute('data-chart')).to.equal('ready');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says that levels and percentiles are a provisional estimate while the bank is, on screen and in print', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    expect(shadow(el).querySelector('[part=provisional]')!.textContent).to.contain(
      'Voorlopige schatting: we leren nog',
    );
    // A calibrated bank's skillprint says nothing of the kind (its signature no longer fits; beside the point here).
    const calibrated: SignedSkillprint = JSON.parse(JSON.stringify(owner.signed));
    calibrated.skillprint.assessmentVersion = '2027.03';
    const other = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${calibrated}></pfw-skillprint>`);
    await loaded(other);
    expect(shadow(other).querySelector('[part=provisional]')).to.equal(null);
  });

  it('says "we konden dit niet goed meten" when the answers did not hang together, and nothing otherwise', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    expect(shadow(el).querySelector('[part=poor-fit]')).to.equal(null);
    const poor: SignedSkillprint = JSON.parse(JSON.stringify(owner.signed));
    poor.skillprint.poorFit = true;
    const flagged = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${poor}></pfw-skillprint>`);
    await loaded(flagged);
    expect(shadow(flagged).querySelector('[part=poor-fit]')!.textContent).to.contain('We konden dit niet goed meten');
    await expect(flagged).to.be.accessible();
  });

  it('has a real table with every skill and its level, and shows it on request', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(owner.signed.skillprint.scores.length);
    for (const score of owner.signed.skillprint.scores) {
      const label = skills.find((s) => s.id === score.skillId)!.label.nl;
      const row = rows.find((r) => r.querySelector('th')!.textContent === label)!;
      expect(row, label).to.exist;
      expect(row.querySelectorAll('td')[0]!.textContent).to.equal(String(score.level));
    }
    const toggle = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Toon als tabel')!;
    toggle.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table')!.classList.contains('visually-hidden')).to.equal(false);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('says "not verified" when the skillprint was altered', async () => {
    const tampered = structuredClone(owner.signed);
    tampered.skillprint.scores[0]!.level = tampered.skillprint.scores[0]!.level === 5 ? 1 : 5;
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${tampered}></pfw-skillprint>`);
    await loaded(el);
    expect(el.verified).to.equal(false);
    expect(shadow(el).querySelector('.badge')!.textContent).to.contain('Niet gecontroleerd');
  });

  it('loads by id with the owner’s token, compact, and fires loaded', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint variant="compact" .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    const event = await oneEvent(el, 'pfw-skillprint-loaded');
    expect(event.detail.verified).to.equal(true);
    await el.updateComplete;
    expect(shadow(el).querySelector('.card.compact')).to.exist;
    expect(shadow(el).querySelector('canvas')).to.equal(null);
    // The test language is the owner's line (full card, print), not the compact card's of HR lists.
    expect(owner.signed.skillprint.testLangs).to.deep.equal(['nl']);
    expect(shadow(el).querySelector('[part="test-language"]')).to.equal(null);
    // Read by others (an employer, a recruiter): its words speak about the person, not to them.
    expect(shadow(el).querySelector('#strengths-title')!.textContent).to.equal('Sterk in');
    expect(shadow(el).querySelector('#skills-title')!.textContent).to.equal('Vaardigheden');
    expect(shadow(el).querySelector('.card')!.textContent).not.to.match(/\b(je|jouw)\b/i);
    await expect(el).to.be.accessible();
  });

  it('shows a shared skillprint in words about its owner, and a kind message for an unknown id and a stopped share link', async () => {
    const unknown = await fixture<PfwSkillprint>(
      html`<pfw-skillprint .token=${owner.token} skillprint-id="sp_doesnotexist"></pfw-skillprint>`,
    );
    await waitUntil(() => shadow(unknown).querySelector('[role=alert]'), 'no message', { timeout: 8000 });
    expect(shadow(unknown).querySelector('[role=alert]')!.textContent).to.contain('kunnen we niet vinden');
    await expect(unknown).to.be.accessible();

    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    const link = await me.request(routes.createShareLink, {
      params: { id: owner.signed.skillprint.id },
      body: { expiresInDays: 1 },
    });
    const shared = await fixture<PfwSkillprint>(html`<pfw-skillprint share-token=${link.token}></pfw-skillprint>`);
    await loaded(shared);
    expect(shared.skillprint!.skillprint.id).to.equal(owner.signed.skillprint.id);
    // Whoever opens a share link is not its owner: the full card speaks about the person, not to them.
    expect(shadow(shared).querySelector('.card.full')).to.exist;
    expect(shadow(shared).querySelector('#title')!.textContent).to.equal('Skillprint');
    expect(shadow(shared).querySelector('#strengths-title')!.textContent).to.equal('Sterk in');
    expect(shadow(shared).querySelector('[part="test-language"]')).to.equal(null);
    expect(shadow(shared).querySelector('.card')!.textContent).not.to.match(/\b(je|jouw|mijn)\b/i);
    await me.request(routes.revokeShareLink, { params: { id: link.id } });
    const stopped = await fixture<PfwSkillprint>(html`<pfw-skillprint share-token=${link.token}></pfw-skillprint>`);
    await waitUntil(() => shadow(stopped).querySelector('[role=alert]'), 'no message', { timeout: 8000 });
    expect(shadow(stopped).querySelector('[role=alert]')!.textContent).to.contain('werkt niet meer');
  });

  it('lets the owner make, list and stop share links', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing .token=${owner.token} share-url="https://portal.example.nl/sp#" skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('form'), 'no share panel');
    const form = shadow(el).querySelector('form')!;
    const shared = oneEvent(el, 'pfw-skillprint-shared');
    form.requestSubmit();
    const { detail } = await shared;
    expect(detail.url).to.match(/^https:\/\/portal\.example\.nl\/sp#[a-z0-9]{32}$/);
    await waitUntil(() => shadow(el).querySelectorAll('[part=sharing] li').length >= 1, 'no links');
    await expect(el).to.be.accessible();
    // Copied: said on screen beside the button, not only to screen readers.
    const copy = shadow(el).querySelector<HTMLButtonElement>('[part=sharing] p.link button')!;
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => undefined;
    try {
      copy.click();
      await waitUntil(() => copy.parentElement!.textContent!.includes('✓ Link gekopieerd.'), 'copying not shown');
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    const stop = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=sharing] li button')].at(-1)!;
    const row = stop.closest('li')!;
    stop.focus();
    stop.click();
    await waitUntil(
      () => shadow(el).querySelector('[role=status][aria-live]')!.textContent!.includes('gestopt'),
      'not stopped',
    );
    // Its button is gone; the keyboard is on what the link is now, not back at the top of the page.
    await waitUntil(() => shadow(el).activeElement?.textContent === 'Gestopt', 'focus lost after stopping');
    expect(shadow(el).activeElement!.closest('li')!.querySelector('code')!.textContent).to.equal(
      row.querySelector('code')!.textContent,
    );

    // Without share-url the token goes after `#` of this page: a query string ends up in web-server
    // logs, analytics and Referer headers.
    const plain = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await loaded(plain);
    await waitUntil(() => shadow(plain).querySelector('form'), 'no share panel');
    const made = oneEvent(plain, 'pfw-skillprint-shared');
    shadow(plain).querySelector('form')!.requestSubmit();
    const { url } = (await made).detail;
    expect(url.startsWith(`${location.origin}${location.pathname}#share=`), url).to.equal(true);
  });

  it('shows what a school confirmed beside the levels, takes in a code, and gives the owner an Open Badge to download or withdraw', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('[part=claims]'), 'no claims panel');
    const part = (name: string) => shadow(el).querySelector(`[part=${name}]`)!;
    const status = () => shadow(el).querySelector('[role=status][aria-live]')!.textContent!;

    // A school confirms a skill and a certificate, and hands over a code.
    const school = createClient({ baseUrl: '', credentials: () => ({ token: schoolToken }) });
    const offer = await school.request(routes.offerSkillClaim, {
      body: {
        skills: [{ skillId: 'working-safely', level: 4 }],
        hardRequirements: ['vca-basis'],
        evidence: { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' },
      },
    });
    const input = part('claims').querySelector<HTMLInputElement>('input[name=code]')!;
    input.value = 'verkeerde-code-123456';
    input.form!.requestSubmit();
    // Said where the eyes are: under the field, which is marked and has the keyboard.
    const note = () => part('claims').querySelector<HTMLElement>('#claim-code-note');
    await waitUntil(() => note()?.textContent?.includes('werkt niet'), 'a wrong code was not shown');
    expect(note()!.checkVisibility(), 'the problem is visible').to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('claim-code-note');
    await waitUntil(() => shadow(el).activeElement === input, 'the keyboard is not on the code field');
    await setViewport({ width: 375, height: 800 });
    await executeServerCommand('screenshot', {
      folder: 'skillprint',
      name: 'claim-code-wrong-375',
      selector: 'pfw-skillprint',
    });
    await setViewport({ width: 800, height: 600 });
    input.value = offer.code;
    input.form!.requestSubmit();
    await waitUntil(() => part('claims').textContent!.includes('Bevestigd door Summa College'), 'claim not shown');
    await waitUntil(() => note()?.textContent?.includes('staat nu op je skillprint'), 'the code taken was not shown');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(status()).to.contain('staat nu op je skillprint');
    expect(part('claims').textContent).to.match(/Veilig werken \(niveau 4\), VCA Basis/);
    expect(part('claims').textContent).to.contain('Basisveiligheid VCA, 20 november 2026');
    // Beside the measured levels, never merged into them: the card's level is the measured one.
    const measured = owner.signed.skillprint.scores.find((s) => s.skillId === 'working-safely');
    if (measured)
      expect(el.skillprint!.skillprint.scores.find((s) => s.skillId === 'working-safely')!.level).to.equal(
        measured.level,
      );

    // A file that is no badge gets words, not a crash.
    const file = part('claims').querySelector<HTMLInputElement>('input[name=badge]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['dit is geen badge'], 'badge.jwt'));
    file.files = transfer.files;
    file.form!.requestSubmit();
    await waitUntil(
      () => part('claims').querySelector('#claim-badge-note')?.textContent?.includes('geen badge die we kunnen lezen'),
      'a bad badge was not shown',
    );

    // The skillprint as an Open Badge: downloaded, checkable, withdrawable.
    const downloaded = oneEvent(el, 'pfw-skillprint-credential');
    part('credentials').querySelector<HTMLButtonElement>('button.primary')!.click();
    const { detail } = (await downloaded) as CustomEvent<{ credential: { jwt: string } }>;
    const pub = createClient({ baseUrl: '' });
    expect(
      (await pub.request(routes.verifyCredential, { body: { credential: detail.credential.jwt } })).valid,
    ).to.equal(true);
    await waitUntil(() => part('credentials').querySelector('li button'), 'no badge listed');
    await expect(el).to.be.accessible();
    part('credentials').querySelector<HTMLButtonElement>('li button')!.click();
    await waitUntil(() => status().includes('ingetrokken'), 'not withdrawn');
    expect(
      (await pub.request(routes.verifyCredential, { body: { credential: detail.credential.jwt } })).problem,
    ).to.equal('revoked');
  });

  it('fits the print version on one A4 page', async () => {
    // The measurement itself: a page taller than A4 prints on more than one.
    await fixture(html`<div style="height: 2000mm">tall</div>`);
    expect(await executeServerCommand('pdf-pages')).to.be.greaterThan(1);
    fixtureCleanup();
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint variant="print" .signed=${owner.signed}></pfw-skillprint>`,
    );
    await loaded(el);
    await el.chartReady;
    expect(await executeServerCommand('pdf-pages')).to.equal(1);
    // The paper says the levels are a provisional estimate, as the screen does.
    expect(shadow(el).querySelector('[part=provisional]')).to.exist;
    // Its chart never moves: drawn at once, with the levels themselves.
    expect(chartOf(el).options.animation).to.equal(false);
    expect(chartOf(el).data.datasets[0]!.data).to.deep.equal(levelsOf(el));
    expect(pointsAtLevels(el)).to.not.include(false);
  });

  it('names the skills in the chart in the language chosen after it was drawn', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    await el.chartReady;
    const names = () => (chartOf(el).data.labels as string[]).join(' | ');
    expect(names()).to.contain('Samenwerken');
    el.lang = 'en';
    await waitUntil(() => names().includes('Working together'), `still "${names()}"`);
    expect(names()).to.not.contain('Samenwerken');
    expect(chartOf(el).data.datasets[0]!.data, 'the same levels').to.deep.equal(levelsOf(el));
  });

  it('says in words which month’s test measured the skillprint, and the version itself when it names no month', async () => {
    const version = owner.signed.skillprint.assessmentVersion;
    const month = testMonth(version)!;
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    expect(shadow(el).querySelector('[part="test-language"]')!.textContent).to.contain('Nederlands');
    const meta = () => shadow(el).querySelector('.meta')!.textContent!;
    expect(meta()).to.contain(
      `Gemeten met de test van ${month.toLocaleString('nl', { month: 'long' })} ${month.getFullYear()}`,
    );
    expect(meta()).to.not.contain(version);
    el.lang = 'en';
    await waitUntil(() => meta().includes('Measured with the test of'), 'not English');
    const odd: SignedSkillprint = JSON.parse(JSON.stringify(owner.signed));
    odd.skillprint.assessmentVersion = 'beta-7';
    const other = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${odd}></pfw-skillprint>`);
    await loaded(other);
    expect(shadow(other).querySelector('.meta')!.textContent).to.contain(' · beta-7');
  });

  it('keeps every skill name of the chart whole, inside it and apart from the others, at 320, 375 and 1280 px', async () => {
    try {
      for (const width of [320, 375, 1280]) {
        await setViewport({ width, height: 900 });
        const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
        await loaded(el);
        await el.chartReady;
        const chart = chartOf(el);
        chart.resize(); // what its resize observer does on the next frame
        // The lines of each name, and where chart.js placed them (its own layout of the labels, chart.js 4).
        const scale = chart.scales.r as RadialLinearScale & {
          _pointLabels: (string | string[])[];
          _pointLabelItems: DOMRectInit[];
        };
        const items = scale._pointLabelItems;
        const names = el.skillprint!.skillprint.scores.map((s) => skills.find((k) => k.id === s.skillId)!.label.nl);
        const drawn = scale._pointLabels.map((lines) => [lines].flat().join(' ').replaceAll('- ', ''));
        expect(drawn, `${width} px: whole names`).to.deep.equal(names);
        expect(items, `${width} px`).to.have.length(names.length);
        items.forEach((item, i) => {
          const { left, top, right, bottom } = item as { left: number; top: number; right: number; bottom: number };
          const inside = left >= 0 && top >= 0 && right <= chart.width && bottom <= chart.height;
          expect(
            inside,
            `${width} px: "${names[i]}" at ${[left, top, right, bottom].map(Math.round)} in ${chart.width}×${chart.height}`,
          ).to.equal(true);
        });
        // No two names over each other (chart.js places each by its point alone; chart.ts moves them apart).
        const labelBox = (k: number) => items[k] as { left: number; top: number; right: number; bottom: number };
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            const [a, b] = [labelBox(i), labelBox(j)];
            const over = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            expect(over, `${width} px: "${names[i]}" over "${names[j]}"`).to.equal(false);
          }
        }
        // And the canvas itself is not cut off by the card.
        const canvas = shadow(el).querySelector('canvas')!.getBoundingClientRect();
        const box = shadow(el).querySelector('[part=chart]')!.getBoundingClientRect();
        expect(canvas.right, `${width} px: canvas inside its box`).to.be.at.most(box.right + 0.5);
        expect(document.documentElement.scrollWidth, `${width} px: sideways scrolling`).to.be.at.most(width);
        // The table instead of the bars fits too.
        shadow(el).querySelector<HTMLButtonElement>('[part=actions] button')!.click();
        await el.updateComplete;
        const table = shadow(el).querySelector('[part=table]')!.getBoundingClientRect();
        const card = shadow(el).querySelector('[part=card]')!.getBoundingClientRect();
        expect(table.right, `${width} px: table inside the card`).to.be.at.most(card.right + 0.5);
        expect(document.documentElement.scrollWidth, `${width} px: sideways scrolling with the table`).to.be.at.most(
          width,
        );
        await executeServerCommand('screenshot', {
          folder: 'skillprint',
          name: `table-${width}`,
          selector: 'pfw-skillprint [part=table]',
        });
        shadow(el).querySelector<HTMLButtonElement>('[part=actions] button')!.click();
        await el.updateComplete;
        await executeServerCommand('screenshot', {
          folder: 'skillprint',
          name: `chart-${width}`,
          selector: 'pfw-skillprint [part=chart]',
        });
        fixtureCleanup();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the chart at the levels, never a frame of its animation (browser print and the print window)', async () => {
    const first = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(first);
    await first.chartReady;
    await expect(first).to.be.accessible();
    fixtureCleanup();

    // The browser's print (Ctrl+P) right after the card appeared.
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await el.chartReady;
    expect(pointsAtLevels(el), 'the chart is still growing').to.include(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(pointsAtLevels(el)).to.not.include(false);
    fixtureCleanup();

    // The card's own print button, while the chart on screen still grows: the paper gets a
    // picture of a chart drawn apart, at the levels, sharp enough for paper (3 × 480 px for 120 mm).
    const card = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await card.chartReady;
    expect(pointsAtLevels(card), 'the chart is still growing').to.include(false);
    const open = window.open;
    let pictured: boolean[] = [];
    let picturedData: unknown[] = [];
    let picturedWidth = 0;
    const toDataURL = HTMLCanvasElement.prototype.toDataURL;
    window.open = () => null; // no print window in a test: the picture is what counts
    HTMLCanvasElement.prototype.toDataURL = function (this: HTMLCanvasElement, ...args: Parameters<typeof toDataURL>) {
      const chart = Chart.getChart(this)!;
      pictured = pointsAtLevels(card, chart);
      picturedData = [...chart.data.datasets[0]!.data];
      picturedWidth = this.width;
      return toDataURL.apply(this, args);
    };
    try {
      await card.print();
    } finally {
      window.open = open;
      HTMLCanvasElement.prototype.toDataURL = toDataURL;
    }
    expect(pictured, 'points when the picture was taken').to.have.length(card.skillprint!.skillprint.scores.length);
    expect(pictured).to.not.include(false);
    expect(picturedData, 'the data pictured').to.deep.equal(levelsOf(card));
    expect(picturedWidth).to.equal(1440);
  });

  it('draws the chart without animation when the reader asks for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
      await loaded(el);
      await expect(el).to.be.accessible();
      fixtureCleanup();
      const again = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
      await again.chartReady;
      expect(pointsAtLevels(again)).to.not.include(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('speaks English', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint lang="en" .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('h2')!.textContent === 'My skillprint', 'not English');
    const label = skills.find((s) => s.id === owner.signed.skillprint.scores[0]!.skillId)!.label.en;
    expect(shadow(el).querySelector('tbody th')!.textContent).to.equal(label);
  });
});
