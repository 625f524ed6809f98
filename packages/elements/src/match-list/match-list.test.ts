import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, routes, type Match } from '@pfw/contract';
import { occupations } from '@pfw/core/skills';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwMatchList } from './match-list.js';
import { wholePoints } from './details.js';
import { preferenceLines, renderPreferences } from './preferences.js';
import { nl as preferenceTexts } from './i18n/preferences.js';
import type { ModeContext } from './mode.js';
import { render } from 'lit';
import '../define/pfw-match-list.js';

const root = (el: PfwMatchList) => el.shadowRoot!;
/** n made-up candidates for one job, without explanations: for the list's own behaviour. */
const synthetic = (n: number, jobProfileId: string, score: (i: number) => number): Match[] =>
  Array.from({ length: n }, (_, i) => ({
    score: score(i),
    fit: score(i),
    essentialFactor: 1,
    secondaryPoints: 0,
    essentialsMet: true,
    requirements: [],
    strengths: [],
    gaps: [],
    secondary: { interests: 0.5, environment: 0.5 },
    candidate: `kandidaat-${String(i).padStart(5, '0')}`,
    jobProfileId,
  }));
const rows = (el: PfwMatchList) => [...root(el).querySelectorAll<HTMLElement>('[part=row]')];

/** Nothing in the list is wider than `width` or sticks out to the right: nothing scrolls sideways. */
function expectNoSidewaysScroll(el: PfwMatchList, width: number): void {
  const box = el.getBoundingClientRect();
  expect(box.width).to.be.at.most(width);
  const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
  expect(viewport.scrollWidth, 'the list').to.be.at.most(viewport.clientWidth);
  // The explanation is a modal dialog: laid out by the window, and nothing in it wider than it.
  const dialog = root(el).querySelector('dialog')?.getBoundingClientRect();
  if (dialog) expect(dialog.right, 'the explanation').to.be.at.most(innerWidth);
  for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
    const r = node.getBoundingClientRect();
    if (!r.width) continue;
    const within = node.closest('dialog') ? dialog! : box;
    expect(r.right, node.className || node.tagName).to.be.at.most(within.right + 0.5);
  }
}

/** Close an open explanation with its button: it is modal, the rest of the page waits for it. */
async function closeDetails(el: PfwMatchList): Promise<void> {
  [...root(el).querySelectorAll<HTMLButtonElement>('[part=details] button')]
    .find((b) => b.textContent === 'Sluit uitleg')!
    .click();
  await waitUntil(() => !root(el).querySelector('[part=details]'), 'the explanation is still open');
}

/** The lines of a hard requirement list (in the details, a request or an application), mark and words, spaces collapsed. */
const hardLines = (within: Element) =>
  [...within.querySelectorAll('ul.hard > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<pfw-match-list>', function () {
  // A test that sets a window size (a phone, a tall window) leaves the usual one to the next.
  afterEach(() => setViewport({ width: 800, height: 600 }));
  this.timeout(40000);
  let candidate: { token: string; pseudonym: string };
  let employerToken: string;
  let jobId: string;

  before(async () => {
    await startMockApi();
    const { token, signed } = await candidateWithSkillprint();
    candidate = { token, pseudonym: signed.skillprint.owner };
    await createClient({ baseUrl: '', credentials: () => ({ token }) }).request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 36 }, consentTextVersion: '2026-11' },
    });
    employerToken = await tokenFor('employer', 'Zorggroep Zuid');
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const template = occupations.find((o) => o.sector === 'care')!;
    const job = await employer.request(routes.createJobProfile, {
      body: {
        title: template.title.nl,
        occupationId: template.id,
        requirements: template.requirements,
        region: 'Eindhoven',
        hours: { min: 24, max: 32 },
      },
    });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
    jobId = job.id;
  });

  /**
   * The explanation per requirement: what the job asks, the level the skillprint says (whose:
   * `who`), the chance, and whether it helped or cost points, a mark beside the words.
   */
  function expectFitPerRequirement(details: Element, who: string): void {
    const fits = [...details.querySelectorAll('.fits > li')];
    expect(fits.length, 'one line per requirement').to.be.at.least(3);
    for (const fit of fits) {
      const text = fit.textContent!.replace(/\s+/g, ' ');
      expect(text).to.match(/Gevraagd: niveau [1-5]/);
      expect(text).to.match(new RegExp(`${who}: niveau [1-5]|Niet gemeten`));
      expect(text).to.match(/Kans dat dit niveau er al is: ([1-9]|[1-9]\d) van de 100/);
      expect(text).to.match(/Past\. Dit geeft \d+ punten\.|Past nog niet\. Dit geeft \d+ punten en kost er \d+\./);
      expect(fit.classList.contains(text.includes('Past nog niet') ? 'hurt' : 'helped'), text).to.equal(true);
    }
    expect(details.textContent, 'no top five of the whole skillprint').to.not.contain('Sterk in');
    expectPointsAddUp(details);
  }

  /**
   * The points shown add up to the score shown: every requirement's (one not met brings points
   * too, by its chance) and the secondary part's, each rounded so that the sum is the score.
   */
  function expectPointsAddUp(details: Element): void {
    const text = details.textContent!.replace(/\s+/g, ' ');
    const score = Number(/— (\d+) van 100/.exec(details.querySelector('h3')!.textContent!)![1]);
    const parts = [...text.matchAll(/Dit geeft (\d+) punten|Interesses en werkomgeving: \+(\d+) punten/g)];
    expect(parts.length, 'a number per requirement').to.be.at.least(details.querySelectorAll('.fits > li').length);
    const sum = parts.reduce((n, m) => n + Number(m[1] ?? m[2]), 0);
    expect(sum, `the points add up to the score: ${text}`).to.equal(score);
  }

  it('rounds the points of an explanation so that they add up to the score', () => {
    const fit = (points: number) => ({ points }) as Match['requirements'][number];
    // 3 × 25.4 + 11.3 = 87.5: the score is 88, each rounded alone would make 86.
    expect(wholePoints({ score: 88, requirements: [25.4, 25.4, 25.4].map(fit), secondaryPoints: 11.3 })).to.deep.equal([
      26, 26, 25, 11,
    ]);
    // A requirement not met still brings points (2.6 here): without it, 40 + 36 + 12 make 88, not 90.
    expect(wholePoints({ score: 90, requirements: [40.2, 35.5, 2.6].map(fit), secondaryPoints: 11.7 })).to.deep.equal([
      40, 35, 3, 12,
    ]);
    // No secondary part, whole numbers already: nothing moves.
    expect(wholePoints({ score: 70, requirements: [50, 20].map(fit), secondaryPoints: 0 })).to.deep.equal([50, 20, 0]);
  });

  it('says why interests and work environment fit, by the rules of the score, or that they were not measured', async () => {
    const lines = preferenceLines(preferenceTexts, {
      interests: [
        { interestId: 'social', liked: true },
        { interestId: 'conventional', liked: false },
      ],
      environment: [
        { facetId: 'indoors-outdoors', job: -2, you: 1 },
        { facetId: 'people-things', job: -1, you: -2 },
        // The job leaves it open, or the person does: no reason either way.
        { facetId: 'fixed-hours-shifts', job: 0, you: 2 },
        { facetId: 'seated-physical', job: 2, you: 0 },
      ],
    });
    expect(lines).to.deep.equal({
      fits: ['mensen helpen', 'met mensen'],
      less: ['ordenen', 'binnen (jij liever buiten)'],
    });
    const ctx = { lang: 'nl', redraw: () => undefined } as unknown as ModeContext;
    const box = document.createElement('div');
    render(renderPreferences(ctx, { interests: [], environment: [] }), box);
    expect(box.textContent).to.contain('weten we nog niet');
    render(renderPreferences(ctx, undefined), box);
    expect(box.textContent!.trim()).to.equal('');
  });

  it('shows a job seeker the jobs that fit, explained, with what to learn', async () => {
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="jobs" .token=${candidate.token}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no jobs', { timeout: 10000 });
    const row = rows(el).find((r) => r.textContent!.includes('Zorggroep Zuid'))!;
    expect(row).to.exist;
    expect(row.querySelector('.score')!.textContent).to.match(/van 100/);
    await expect(el).to.be.accessible();
    row.querySelector<HTMLButtonElement>('button.open')!.click();
    await waitUntil(() => root(el).querySelector('[part=details]'), 'no details');
    const details = root(el).querySelector('[part=details]')!;
    expect(details.textContent).to.match(/belangrijke vaardighe/);
    expect(root(el).activeElement?.id).to.equal('details-title');
    expectFitPerRequirement(details, 'Jij');
    // The levels come from a provisional bank: the explanation says so where they are read.
    expect(details.querySelector('[part=provisional]')!.textContent).to.contain('Voorlopige schatting');
    await expect(el).to.be.accessible();
    // "Sluit uitleg" by keyboard: the keyboard goes back to the row's "Uitleg", not to the page's top.
    [...details.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Sluit uitleg')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector('[part=details]'), 'the explanation is still open');
    await waitUntil(() => root(el).activeElement === row.querySelector('button.open'), 'focus lost after closing');
    expect(root(el).activeElement!.getAttribute('aria-label')).to.equal(
      `Uitleg: ${row.querySelector('.title')!.textContent}`,
    );
  });

  it('shows a job seeker the occupations that fit, ranked and explained, with the vacancies under each', async () => {
    // A tall list in a tall window: every occupation is rendered at once (the virtual rows are tested below).
    await setViewport({ width: 800, height: 6000 });
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="careers" style="--pfw-match-list-height: 600rem" .token=${candidate.token}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length === occupations.length, 'not every occupation', { timeout: 10000 });
    expect(root(el).querySelector('h2')!.textContent).to.equal('Beroepen die bij je passen');
    expect(root(el).querySelector('.count')!.textContent).to.contain(`${occupations.length} resultaten`);
    await expect(el).to.be.accessible();

    // Ranked by score, each with the fit in words and its sector.
    const scoreOf = (row: HTMLElement) => Number(/(\d+) van 100/.exec(row.querySelector('.score')!.textContent!)![1]);
    const scores = rows(el).map(scoreOf);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    for (const row of rows(el)) {
      expect(row.querySelector('.score')!.textContent).to.match(/Past goed|Past redelijk|Past nog niet/);
      expect(row.querySelector('.sub')!.textContent).to.match(/^Sector: /);
    }
    const titles = rows(el).map((r) => r.querySelector('.title')!.textContent);
    expect(new Set(titles).size).to.equal(occupations.length);

    // The published vacancy is under its occupation; the others have none right now.
    const template = occupations.find((o) => o.sector === 'care')!;
    const own = rows(el).find((r) => r.querySelector('.title')!.textContent === template.title.nl)!;
    const vacancies = own.querySelector('ul.vacancies')!;
    expect(vacancies.getAttribute('aria-label')).to.equal(`Vacatures voor ${template.title.nl}`);
    expect(vacancies.textContent).to.contain(`${template.title.nl} bij Zorggroep Zuid`);
    expect(vacancies.textContent).to.match(
      /Eindhoven · 24 tot 32 uur per week · Past (goed|redelijk|nog niet) \(\d+ van 100\)/,
    );
    const others = rows(el).filter((r) => r !== own);
    expect(others.every((r) => r.querySelector('.no-vacancies')?.textContent === 'Nu geen vacatures')).to.equal(true);

    // What to learn for the ones that almost fit (50-69), and only for them.
    for (const row of rows(el)) {
      const learn = row.querySelector('.learn');
      if (learn) expect(scoreOf(row)).to.be.within(50, 69);
      if (learn) expect(learn.textContent).to.match(/^Bijna! Om goed te passen, leer je: .+\./);
    }

    // The explanation per requirement, by keyboard: down to the second occupation, open it.
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.open')!.focus();
    root(el)
      .querySelector('.viewport')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => root(el).activeElement?.closest('[part=row]')?.getAttribute('aria-posinset') === '2');
    const second = rows(el)[1]!;
    (root(el).activeElement as HTMLButtonElement).click();
    await waitUntil(() => root(el).querySelector('[part=details]'), 'no details');
    const details = root(el).querySelector('[part=details]')!;
    expect(root(el).activeElement?.id).to.equal('details-title');
    expect(details.querySelector('h3')!.textContent).to.contain(second.querySelector('.title')!.textContent!);
    expectFitPerRequirement(details, 'Jij');
    // Why interests and work environment fit, in words, as the server gave their reasons.
    const career = (
      await createClient({ baseUrl: '', credentials: () => ({ token: candidate.token }) }).request(
        routes.listMyCareers,
        { query: { limit: 500 } },
      )
    ).items.find((c) => c.title.nl === second.querySelector('.title')!.textContent)!;
    expect(career.preferences, 'an occupation asks interests and a work environment').to.not.equal(undefined);
    const { fits, less } = preferenceLines(preferenceTexts, career.preferences!);
    const said = [...details.querySelectorAll('[part=preferences] > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(said.length, 'its interest areas, liked or not').to.be.greaterThan(0);
    await setViewport({ width: 375, height: 800 });
    await executeServerCommand('screenshot', {
      folder: 'match-list',
      name: 'preferences-375',
      selector: '[part=details]',
    });
    await setViewport({ width: 800, height: 600 });
    expect(said).to.deep.equal([
      ...(fits.length ? [`✓ Past bij je: ${fits.join(', ')}.`] : []),
      ...(less.length ? [`✗ Past minder bij je: ${less.join(', ')}.`] : []),
    ]);
    await expect(el).to.be.accessible();
  });

  it('fits the careers at 320 px: nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
      <pfw-match-list mode="careers" .token=${candidate.token}></pfw-match-list>
    </div>`);
    const el = wrapper.querySelector<PfwMatchList>('pfw-match-list')!;
    await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.open')!.click();
    await waitUntil(() => root(el).querySelector('[part=details]'), 'no details');
    await expect(el).to.be.accessible();
    expectNoSidewaysScroll(el, 320);
  });

  it('asks for a skillprint first before it shows careers', async () => {
    const fresh = await tokenFor('candidate');
    const el = await fixture<PfwMatchList>(html`<pfw-match-list mode="careers" .token=${fresh}></pfw-match-list>`);
    await waitUntil(() => root(el).querySelector('.empty'), 'no empty state', { timeout: 10000 });
    expect(root(el).querySelector('.empty')!.textContent).to.contain('Maak eerst je skillprint');
    await expect(el).to.be.accessible();
  });

  it('lets a job seeker apply on their score from the explanation of a job, once', async () => {
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="jobs" .token=${candidate.token}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no jobs', { timeout: 10000 });
    rows(el)
      .find((r) => r.textContent!.includes('Zorggroep Zuid'))!
      .querySelector<HTMLButtonElement>('button.open')!
      .click();
    await waitUntil(() => root(el).querySelector('[part=details]'), 'no details');
    const interested = () =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[part=details] button')].find(
        (b) => b.textContent === 'Ik heb interesse',
      )!;
    const sent = oneEvent(el, 'pfw-application-sent');
    interested().click();
    const { detail } = await sent;
    expect(detail.application.candidate).to.equal(candidate.pseudonym);
    // Said on screen, where the button was (and in the live region), and not offered again.
    await waitUntil(
      () =>
        root(el)
          .querySelector('[part=details] .applied')
          ?.textContent?.includes('De werkgever ziet je score, niet je naam.'),
      'not shown',
    );
    expect(interested(), 'the button is gone').to.equal(undefined);
    await expect(el).to.be.accessible();

    // The employer sees a pseudonym, the fit per requirement and the message, and declines politely.
    const employerList = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id=${jobId} .token=${employerToken}></pfw-match-list>`,
    );
    await waitUntil(() => root(employerList).querySelector('[part=applications]'), 'no applications', {
      timeout: 10000,
    });
    const applications = root(employerList).querySelector('[part=applications]')!;
    expect(applications.querySelector('h3')!.textContent).to.equal('Mensen met interesse in deze baan (1)');
    expect(applications.textContent).to.contain(candidate.pseudonym);
    expect(applications.querySelectorAll('.request-fits li').length).to.be.at.least(1);
    await expect(employerList).to.be.accessible();
    const declined = oneEvent(employerList, 'pfw-application-declined');
    [...applications.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Afwijzen')!.click();
    expect((await declined).detail.application.status).to.equal('declined');
    await waitUntil(() => applications.querySelector('.applied')?.textContent?.includes('vriendelijk bericht'));
  });

  it('shows a job seeker where they showed interest, also after a reload, and lets them withdraw it', async () => {
    const employerOfOost = await tokenFor('employer', 'Thuiszorg Oost');
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerOfOost }) });
    const template = occupations.find((o) => o.sector === 'care')!;
    const job = await employer.request(routes.createJobProfile, {
      body: {
        title: 'Zorghulp in de wijk',
        occupationId: template.id,
        requirements: template.requirements,
        region: 'Eindhoven',
        hours: { min: 24, max: 32 },
      },
    });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
    const me = createClient({ baseUrl: '', credentials: () => ({ token: candidate.token }) });
    const status = async () =>
      (await me.request(routes.listMyApplications)).items.find((a) => a.jobProfileId === job.id)?.status;

    /** The list as after a reload of the page: a new element (the one before is gone). */
    const mount = async () => {
      document.querySelectorAll('pfw-match-list').forEach((old) => old.remove());
      const el = await fixture<PfwMatchList>(
        html`<pfw-match-list mode="jobs" .token=${candidate.token}></pfw-match-list>`,
      );
      await waitUntil(() => rowOf(el), 'no job', { timeout: 10000 });
      return el;
    };
    const rowOf = (el: PfwMatchList) => rows(el).find((r) => r.textContent!.includes('Thuiszorg Oost'));
    const button = (el: PfwMatchList, text: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[part=details] button')].find((b) => b.textContent === text);
    const open = async (el: PfwMatchList) => {
      rowOf(el)!.querySelector<HTMLButtonElement>('button.open')!.click();
      await waitUntil(() => root(el).querySelector('[part=details]'), 'no details');
    };
    const focused = (el: PfwMatchList) => root(el).activeElement as HTMLElement | null;

    // "Ik heb interesse" by keyboard: what was done takes the keyboard, where the button was.
    let el = await mount();
    await open(el);
    await waitUntil(() => button(el, 'Ik heb interesse'), 'no button');
    button(el, 'Ik heb interesse')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'applied', 'focus lost after applying');
    expect(focused(el)!.textContent).to.equal('Je interesse is verstuurd. De werkgever ziet je score, niet je naam.');
    expect(focused(el)!.getAttribute('tabindex')).to.equal('-1');
    expect(button(el, 'Ik heb interesse')).to.equal(undefined);
    expect(button(el, 'Trek in')).to.exist;
    expect(await status()).to.equal('open');
    await expect(el).to.be.accessible();

    // After a reload the row and the explanation still say so; the button does not come back.
    el = await mount();
    await waitUntil(() => rowOf(el)!.querySelector('.sub')!.textContent!.endsWith(' · Je hebt interesse getoond'));
    await open(el);
    expect(root(el).querySelector('[part=details] .applied')!.textContent).to.equal('Je hebt interesse getoond');
    expect(button(el, 'Ik heb interesse')).to.equal(undefined);
    await setViewport({ width: 375, height: 800 });
    await expect(el).to.be.accessible();
    await executeServerCommand('screenshot', {
      folder: 'match-list',
      name: 'applied-375',
      selector: 'pfw-match-list [part=details]',
    });
    await setViewport({ width: 800, height: 600 });

    // "Trek in" asks to be sure first, with the keyboard on "Nee, toch niet"; that goes back.
    let sent = false;
    el.addEventListener('pfw-application-withdrawn', () => (sent = true));
    button(el, 'Trek in')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === button(el, 'Nee, toch niet'), 'no question to be sure');
    const ask = root(el).querySelector('[part=details] [role=group]')!;
    expect(root(el).getElementById(ask.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Weet je het zeker? Dan ziet de werkgever je interesse niet meer.',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === button(el, 'Trek in'), 'focus not back on "Trek in"');
    expect(button(el, 'Ja, trek in')).to.equal(undefined);
    expect(sent, 'one tap withdrew').to.equal(false);
    expect(await status()).to.equal('open');

    // "Ja, trek in": withdrawn; said where it was, the keyboard on it, and "Ik heb interesse" is back.
    button(el, 'Trek in')!.click();
    await waitUntil(() => button(el, 'Ja, trek in'), 'no question to be sure');
    const withdrawn = oneEvent(el, 'pfw-application-withdrawn');
    button(el, 'Ja, trek in')!.click();
    expect((await withdrawn).detail.application.status).to.equal('withdrawn');
    const undone = 'Je interesse is ingetrokken. De werkgever ziet die niet meer.';
    await waitUntil(() => focused(el)?.id === 'applied', 'focus lost after withdrawing');
    expect(focused(el)!.textContent).to.equal(undone);
    expect(root(el).querySelector('[role=status][aria-live]')!.textContent).to.equal(undone);
    expect(button(el, 'Ik heb interesse')).to.exist;
    expect(button(el, 'Trek in')).to.equal(undefined);
    await waitUntil(() => !rowOf(el)!.textContent!.includes('Je hebt interesse getoond'), 'the row still says so');
    await expect(el).to.be.accessible();
    expect(await status()).to.equal('withdrawn');
    expect((await employer.request(routes.listApplications, { params: { id: job.id } })).items).to.deep.equal([]);

    // After a reload: no sign of it, and interest can be shown again.
    el = await mount();
    await open(el);
    button(el, 'Ik heb interesse')!.click();
    await waitUntil(() => focused(el)?.id === 'applied', 'focus lost after applying again');
    expect(focused(el)!.textContent).to.contain('Je interesse is verstuurd.');
    expect(await status()).to.equal('open');
  });

  it('ranks candidates for an employer by pseudonym, and reveals identity only after acceptance', async () => {
    // A job seeker of this test's own: once she takes her yes back, this employer no longer lists her.
    const { token, signed } = await candidateWithSkillprint();
    await createClient({ baseUrl: '', credentials: () => ({ token }) }).request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 36 }, consentTextVersion: '2026-11' },
    });
    const fatima = { token, pseudonym: signed.skillprint.owner, skills: signed.skillprint.scores.length };
    const employerList = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id=${jobId} .token=${employerToken}></pfw-match-list>`,
    );
    await waitUntil(() => rows(employerList).length > 0, 'no candidates', { timeout: 10000 });
    const row = rows(employerList).find((r) => r.textContent!.includes(fatima.pseudonym))!;
    expect(row.textContent).to.contain('Kan nu beginnen');
    await expect(employerList).to.be.accessible();
    row.querySelector<HTMLButtonElement>('button.open')!.click();
    await waitUntil(() => root(employerList).querySelector('[part=details]'));
    expectFitPerRequirement(root(employerList).querySelector('[part=details]')!, 'Kandidaat');
    expect(root(employerList).querySelector('[part=details] [part=provisional]')).to.exist;
    const requested = oneEvent(employerList, 'pfw-connection-requested');
    const detailsButton = (label: string) =>
      [...root(employerList).querySelectorAll<HTMLButtonElement>('[part=details] button')].find(
        (b) => b.textContent!.trim() === label,
      );
    // "Stuur verzoek" first says what the candidate gets and asks to be sure; "Nee, toch niet" goes back.
    detailsButton('Stuur verzoek')!.click();
    await waitUntil(() => root(employerList).activeElement?.id === 'request-no', 'the keyboard is not at the question');
    expect(root(employerList).querySelector('#request-ask')!.textContent).to.equal(
      `${fatima.pseudonym} krijgt een bericht dat jullie willen kennismaken over deze baan. Die ziet jullie naam en de baan. Pas als die ja zegt, zie je naam, e-mailadres en telefoonnummer.`,
    );
    await expect(employerList).to.be.accessible();
    detailsButton('Nee, toch niet')!.click();
    await waitUntil(() => root(employerList).activeElement?.id === 'request', 'the keyboard is not back at the button');
    detailsButton('Stuur verzoek')!.click();
    await waitUntil(() => detailsButton('Ja, stuur het verzoek'), 'no question');
    const send = detailsButton('Ja, stuur het verzoek')!;
    // A double tap sends one request (a second would be refused, and said so to a screen reader).
    const failed = oneEvent(employerList, 'pfw-error');
    let errors = 0;
    void failed.then(() => errors++);
    send.click();
    send.click();
    const { detail } = await requested;
    expect(detail.connection.identity).to.equal(undefined);
    // The button's place says it was sent, and has the keyboard (not the page's top).
    await waitUntil(
      () => root(employerList).activeElement?.textContent?.trim() === 'Verzoek gestuurd. Wacht op antwoord.',
      'focus lost after sending',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(errors, 'a second request was sent').to.equal(0);
    await closeDetails(employerList);

    // The job seeker sees the request, what would be shared, and accepts.
    // The host page knows the name and e-mail already: the form starts with them.
    const seeker = await fixture<PfwMatchList>(
      html`<pfw-match-list
        mode="jobs"
        .token=${fatima.token}
        identity-name="Fatima El Amrani"
        identity-email="fatima@example.nl"
      ></pfw-match-list>`,
    );
    await waitUntil(() => root(seeker).querySelector('[part=requests]'), 'no request', { timeout: 10000 });
    await expect(seeker).to.be.accessible();
    // What to decide on: how many requests, the vacancy, and how they fit it per requirement.
    const requests = root(seeker).querySelector('[part=requests]')!;
    expect(requests.querySelector('h3')!.textContent).to.equal('Een werkgever wil kennismaken (1)');
    expect(requests.querySelector('.job')!.textContent).to.match(/ · \d+ tot \d+ uur per week/);
    expect(requests.textContent).to.match(/Past (goed|redelijk|nog niet): \d+ van 100/);
    const fits = [...requests.querySelectorAll('.request-fits li')];
    expect(fits.length).to.be.at.least(1);
    for (const fit of fits)
      expect(fit.textContent!.replace(/\s+/g, ' ')).to.match(/Gevraagd: niveau \d.*(Jij: niveau \d|Niet gemeten)/);
    const form = root(seeker).querySelector<HTMLFormElement>('[part=requests] form')!;
    expect(form.querySelector<HTMLInputElement>('[name=name]')!.value).to.equal('Fatima El Amrani');
    expect(form.querySelector<HTMLInputElement>('[name=email]')!.value).to.equal('fatima@example.nl');
    const accepted = oneEvent(seeker, 'pfw-connection-accepted');
    form.requestSubmit();
    expect((await accepted).detail.connection.identity?.name).to.equal('Fatima El Amrani');
    // The form is gone: the keyboard goes to with whom the details are now shared.
    await waitUntil(() => root(seeker).activeElement?.id === 'shared-title', 'focus lost after accepting');

    // The employer now sees who it is.
    await employerList.load();
    await employerList.updateComplete;
    rows(employerList)
      .find((r) => r.textContent!.includes(fatima.pseudonym))!
      .querySelector<HTMLButtonElement>('button.open')!
      .click();
    await waitUntil(
      () => root(employerList).querySelector('[part=details]')?.textContent?.includes('fatima@example.nl'),
      'identity not shown',
    );
    // What the employer came for comes first (it stood under every skill), and the row says the name too.
    const details = root(employerList).querySelector('[part=details]')!;
    expect(details.querySelector('h3 + h4')!.textContent).to.equal('Contactgegevens');
    // And the whole skillprint, as the request promised: every skill, not only those the job asks.
    await waitUntil(() => details.querySelector('.whole'), 'whole skillprint not shown');
    const whole = [...details.querySelectorAll('.whole li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(whole.length).to.equal(fatima.skills);
    for (const line of whole) expect(line).to.match(/^.+: niveau [1-5] van 5$/);
    expect(details.querySelectorAll('.fits li').length).to.be.below(whole.length);
    await expect(employerList).to.be.accessible();
    expect(
      rows(employerList)
        .find((r) => r.textContent!.includes(fatima.pseudonym))!
        .querySelector('.title')!.textContent,
    ).to.equal(`Fatima El Amrani (${fatima.pseudonym})`);

    // The job seeker changes their mind: they stop sharing, and the employer no longer sees who it is.
    await closeDetails(employerList);
    await waitUntil(() => root(seeker).querySelector('[part=shared]'), 'no shared connection listed');
    // Before the yes the employer saw how the skillprint fits; the yes adds the name, contact details and the whole skillprint.
    expect(root(seeker).querySelector('[part=shared] .request p')!.textContent).to.match(
      /^Zorggroep Zuid ziet nu ook je naam, je contactgegevens en je hele skillprint \(voor de baan .+\)\.$/,
    );
    await expect(seeker).to.be.accessible();
    // "Stop met delen" takes the details back from an employer: it asks to be sure first, in the card.
    const withdrawn = oneEvent(seeker, 'pfw-connection-withdrawn');
    let sentWithdraw = false;
    void withdrawn.then(() => (sentWithdraw = true));
    const sharedButton = (text: string) =>
      [...root(seeker).querySelectorAll<HTMLButtonElement>('[part=shared] button')].find((b) => b.textContent === text);
    sharedButton('Stop met delen')!.click();
    await waitUntil(() => root(seeker).activeElement === sharedButton('Nee, toch niet'), 'no question to be sure');
    const ask = root(seeker).querySelector('[part=shared] [role=group]')!;
    expect(root(seeker).getElementById(ask.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Wil je stoppen met delen? Dan ziet Zorggroep Zuid je naam, contactgegevens en skillprint niet meer. Je staat dan ook niet meer in de lijst van deze werkgever.',
    );
    expect(sharedButton('Ja, stop met delen')).to.exist;
    await expect(seeker).to.be.accessible();
    // "Nee, toch niet": nothing sent, back to the button that was pressed.
    sharedButton('Nee, toch niet')!.click();
    await waitUntil(() => root(seeker).activeElement === sharedButton('Stop met delen'), 'focus not back');
    expect(sharedButton('Ja, stop met delen')).to.equal(undefined);
    expect(sentWithdraw, 'one tap withdrew').to.equal(false);
    sharedButton('Stop met delen')!.click();
    await waitUntil(() => sharedButton('Ja, stop met delen'), 'no question to be sure');
    sharedButton('Ja, stop met delen')!.click();
    expect((await withdrawn).detail.connection.status).to.equal('withdrawn');
    await seeker.updateComplete;
    expect(root(seeker).querySelector('[part=shared]')).to.equal(null);
    // Said on screen where the sharing was (and in the live region), and the keyboard is there.
    const stopped =
      'Je deelt je gegevens niet meer met Zorggroep Zuid. De werkgever ziet je naam, contactgegevens en skillprint niet meer. Je staat ook niet meer in de lijst van deze werkgever.';
    await waitUntil(() => root(seeker).activeElement?.classList.contains('done'), 'focus lost after withdrawing');
    expect(root(seeker).activeElement!.textContent!.trim()).to.equal(stopped);
    expect(root(seeker).activeElement!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root(seeker).querySelector('[role=status][aria-live]')!.textContent).to.equal(stopped);
    await expect(seeker).to.be.accessible();
    // This employer knows who she is: she is no longer in its list (nor her name anywhere in it).
    await employerList.load();
    await employerList.updateComplete;
    expect(rows(employerList).some((r) => r.textContent!.includes(fatima.pseudonym))).to.equal(false);
    expect(root(employerList).textContent).to.not.contain('fatima@example.nl');
  });

  it('lets a job seeker decline: nothing is shared', async () => {
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const { token, signed } = await candidateWithSkillprint();
    await createClient({ baseUrl: '', credentials: () => ({ token }) }).request(routes.putTalentPool, {
      body: {
        availability: 'within-month',
        region: 'Tilburg',
        hours: { min: 16, max: 24 },
        consentTextVersion: '2026-11',
      },
    });
    await employer.request(routes.requestConnection, {
      body: { jobProfileId: jobId, candidate: signed.skillprint.owner },
    });
    const seeker = await fixture<PfwMatchList>(html`<pfw-match-list mode="jobs" .token=${token}></pfw-match-list>`);
    await waitUntil(() => root(seeker).querySelector('[part=requests]'), 'no request', { timeout: 10000 });
    const declined = oneEvent(seeker, 'pfw-connection-declined');
    [...root(seeker).querySelectorAll<HTMLButtonElement>('[part=requests] button')]
      .find((b) => b.textContent === 'Nee, liever niet')!
      .click();
    const { detail } = await declined;
    expect(detail.connection.status).to.equal('declined');
    expect(detail.connection.identity).to.equal(undefined);
    // The request is gone; what was done shows in its place (and in the live region), with the keyboard on it.
    const said = 'Je zei nee tegen Zorggroep Zuid. De werkgever ziet alleen dat je nee zei, niet je naam.';
    await waitUntil(() => root(seeker).activeElement?.classList.contains('done'), 'focus lost after declining');
    const note = root(seeker).activeElement as HTMLElement;
    expect(note.textContent!.trim()).to.equal(said);
    expect(note.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    expect(note.closest('.visually-hidden')).to.equal(null);
    expect(root(seeker).querySelector('[part=requests]')).to.equal(null);
    expect(root(seeker).querySelector('[role=status][aria-live]')!.textContent).to.equal(said);
    await expect(seeker).to.be.accessible();
    const sent = (await employer.request(routes.listConnections)).items.find(
      (c) => c.candidate === signed.skillprint.owner,
    )!;
    expect(sent.status).to.equal('declined');
    expect(sent.identity).to.equal(undefined);
  });

  it('says under each wrong field of a request’s answer what is wrong, in Dutch, and keeps what was typed', async () => {
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const { token, signed } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
    await me.request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Breda', hours: { min: 24, max: 32 }, consentTextVersion: '2026-11' },
    });
    const request = await employer.request(routes.requestConnection, {
      body: { jobProfileId: jobId, candidate: signed.skillprint.owner },
    });
    const seeker = await fixture<PfwMatchList>(html`<pfw-match-list mode="jobs" .token=${token}></pfw-match-list>`);
    await waitUntil(() => root(seeker).querySelector('[part=requests] form'), 'no request', { timeout: 10000 });
    const form = root(seeker).querySelector<HTMLFormElement>('[part=requests] form')!;
    const field = (name: string) => form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    const type = (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    /** The message that describes a field (aria-describedby), if it is visible and marks the field. */
    const messageOf = (name: string) => {
      const input = field(name);
      const id = input.getAttribute('aria-describedby');
      if (!id) return undefined;
      const message = root(seeker).getElementById(id)!;
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      expect(message.getBoundingClientRect().height, `${name}: visible`).to.be.greaterThan(0);
      expect(message.closest('.visually-hidden'), `${name}: not only for screen readers`).to.equal(null);
      return message.textContent;
    };
    let sent = false;
    seeker.addEventListener('pfw-connection-accepted', () => (sent = true));

    // The walkthroughs' answers: a name, an e-mail address without a domain, a phone number of six digits.
    type('name', 'Jan de Vries');
    type('email', 'jan@x');
    type('phone', '06 1234');
    root(seeker).querySelector<HTMLButtonElement>('[part=requests] button[type=submit]')!.click();
    await waitUntil(() => root(seeker).activeElement === field('email'), 'focus not on the first wrong field');
    expect(messageOf('email')).to.equal(
      'Dit e-mailadres klopt niet. Een goed adres ziet er zo uit: naam@voorbeeld.nl.',
    );
    expect(messageOf('phone')).to.equal('Vul een telefoonnummer in van minstens 8 cijfers, of laat het leeg.');
    expect(messageOf('name')).to.equal(undefined);
    expect(field('name').getAttribute('aria-invalid')).to.equal('false');
    // Nothing typed is lost; nothing went to the employer; no English words of the API anywhere.
    expect([field('name').value, field('email').value, field('phone').value]).to.deep.equal([
      'Jan de Vries',
      'jan@x',
      '06 1234',
    ]);
    expect(root(seeker).querySelector('[role=status][aria-live]')!.textContent).to.equal(
      '2 gegevens kloppen nog niet. Kijk ze na.',
    );
    expect(root(seeker).querySelector('div')!.textContent).to.not.match(/body\.|must be|valid email/);
    expect(sent).to.equal(false);
    expect((await me.request(routes.listConnections)).items.find((c) => c.id === request.id)!.status).to.equal(
      'requested',
    );
    await expect(seeker).to.be.accessible();
    await setViewport({ width: 375, height: 800 });
    await executeServerCommand('screenshot', {
      folder: 'match-list',
      name: 'request-errors-375',
      selector: 'pfw-match-list [part=requests]',
    });
    await setViewport({ width: 800, height: 600 });

    // No name: said under the name, which gets the keyboard; the fixed fields lose their message.
    type('name', '  ');
    type('email', 'jan@voorbeeld.nl');
    type('phone', '');
    form.requestSubmit();
    await waitUntil(() => root(seeker).activeElement === field('name'), 'focus not on the name');
    expect(messageOf('name')).to.equal('Vul je naam in.');
    expect(messageOf('email')).to.equal(undefined);
    expect(messageOf('phone')).to.equal(undefined);
    expect(root(seeker).querySelector('[role=status][aria-live]')!.textContent).to.equal(
      'Eén gegeven klopt nog niet. Kijk het na.',
    );

    // Right now, but the employer took the request back meanwhile: said in the card, in Dutch; nothing typed is lost.
    await employer.request(routes.withdrawConnection, { params: { id: request.id } });
    type('name', 'Jan de Vries');
    const failed = oneEvent(seeker, 'pfw-error');
    form.requestSubmit();
    await failed;
    await waitUntil(() => form.querySelector('.error'), 'the failure is not shown');
    const error = form.querySelector<HTMLElement>('.error')!;
    expect(error.textContent).to.equal('Dat lukte nu niet. Probeer het later nog eens.');
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root(seeker).querySelector('[role=status][aria-live]')!.textContent).to.equal(
      'Dat lukte nu niet. Probeer het later nog eens.',
    );
    expect([field('name').value, field('email').value]).to.deep.equal(['Jan de Vries', 'jan@voorbeeld.nl']);
    expect(messageOf('name'), 'the name is right now').to.equal(undefined);
    expect(sent).to.equal(false);
    await expect(seeker).to.be.accessible();
  });

  it('lists a region once however it is typed, and keeps the filter within the screen at 375 and 1280 px', async () => {
    // The longest region the contract allows (80 characters).
    const long = 'Zuidoost-Brabant en de Kempen: Eindhoven, Helmond, Veldhoven, Best en Waalre enz';
    expect(long).to.have.length(80);
    const typed = ['Eindhoven', ' eindhoven ', 'EINDHOVEN', 'Tilburg', long];
    const items = synthetic(10, 'job_regions', (i) => 90 - i).map((m, i) => ({
      ...m,
      pool: { region: typed[i % typed.length]!, hours: { min: 24, max: 32 }, availability: 'now' as const },
    }));
    const select = (el: PfwMatchList) =>
      [...root(el).querySelectorAll<HTMLSelectElement>('[part=filters] select')].find((s) =>
        s.parentElement!.textContent!.includes('Regio'),
      )!;
    try {
      for (const [screen, column] of [
        [375, 375],
        [1280, 640],
      ] as const) {
        await setViewport({ width: screen, height: 800 });
        // The page's width on a phone; a column of the page on a wide screen.
        const wrapper = await fixture<HTMLElement>(html`<div style="max-width: ${column}px">
          <pfw-match-list mode="candidates" job-profile-id="job_regions" .token=${employerToken} .items=${items}></pfw-match-list>
        </div>`);
        const el = wrapper.querySelector<PfwMatchList>('pfw-match-list')!;
        await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
        const options = [...select(el).options].map((o) => o.textContent!.trim());
        expect(options).to.deep.equal(['Alle regio’s', 'Eindhoven', 'Tilburg', long]);
        expectNoSidewaysScroll(el, column);
        expect(select(el).getBoundingClientRect().right, `${screen} px`).to.be.at.most(
          el.getBoundingClientRect().right + 0.5,
        );
        expect(document.documentElement.scrollWidth, `${screen} px`).to.be.at.most(innerWidth);
        await expect(el).to.be.accessible();
      }
      // One option finds them all, however they were typed.
      const el = document.querySelector<PfwMatchList>('pfw-match-list')!;
      select(el).value = [...select(el).options].find((o) => o.textContent!.trim() === 'Eindhoven')!.value;
      select(el).dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(rows(el).map((r) => r.querySelector('.sub')!.textContent!.split(' · ')[1]!.trim())).to.have.members([
        'Eindhoven',
        'eindhoven',
        'EINDHOVEN',
        'Eindhoven',
        'eindhoven',
        'EINDHOVEN',
      ]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('tells an employer the order is advice, and lets them set a candidate aside with a reason and put them back', async () => {
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id=${jobId} .token=${employerToken}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no candidates', { timeout: 10000 });
    expect(root(el).querySelector('[part=advice]')!.textContent).to.contain('jij beslist');
    const before = rows(el).length;
    rows(el)
      .find((r) => r.textContent!.includes(candidate.pseudonym))!
      .querySelector<HTMLButtonElement>('button.open')!
      .click();
    await waitUntil(() => root(el).querySelector('[part=set-aside]'));
    const setAside = root(el).querySelector<HTMLDetailsElement>('[part=set-aside]')!;
    setAside.querySelector('summary')!.click();
    await expect(el).to.be.accessible();
    // Without a reason nothing is sent: the widget says so in the form, in sight (not the browser's bubble in its own language).
    const form = setAside.querySelector('form')!;
    form.requestSubmit();
    await waitUntil(() => setAside.querySelector('.field-error'), 'no message in sight');
    expect(setAside.querySelector('.field-error')!.textContent).to.equal('Kies of schrijf een reden.');
    await waitUntil(
      () => root(el).activeElement?.getAttribute('name') === 'reason',
      'the keyboard is not at the reasons',
    );
    await expect(el).to.be.accessible();
    // Writing a reason of one's own chooses "Anders".
    const own = setAside.querySelector<HTMLInputElement>('input[name=other]')!;
    own.value = 'Spreekt nog te weinig Nederlands voor dit werk.';
    own.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(setAside.querySelector<HTMLInputElement>('input[value=other]')!.checked).to.equal(true);
    const event = oneEvent(el, 'pfw-candidate-set-aside');
    form.requestSubmit();
    form.requestSubmit();
    expect((await event).detail.reason).to.equal('Spreekt nog te weinig Nederlands voor dit werk.');
    await waitUntil(() => !rows(el).some((r) => r.textContent!.includes(candidate.pseudonym)), 'still listed', {
      timeout: 10000,
    });
    expect(rows(el).length).to.equal(before - 1);
    // Their explanation is closed; what was done is said in sight, and the keyboard is on "put back".
    expect(root(el).querySelector('[part=details]')).to.equal(null);
    await waitUntil(() => root(el).activeElement?.classList.contains('put-back'), 'focus not on "put back"');
    expect(root(el).activeElement!.parentElement!.textContent).to.contain(
      `${candidate.pseudonym} staat opzij voor deze vacature.`,
    );
    // Put back: the candidate is in the list again.
    const putBack = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      b.textContent!.trim().startsWith('Zet ' + candidate.pseudonym),
    )!;
    putBack.click();
    await waitUntil(() => rows(el).some((r) => r.textContent!.includes(candidate.pseudonym)), 'not back', {
      timeout: 10000,
    });
    // Said in sight where the button was, and the keyboard is there (not on the page's top).
    await waitUntil(() => root(el).activeElement?.classList.contains('put-back-done'), 'focus lost after putting back');
    expect(root(el).activeElement!.textContent!.trim()).to.equal(`${candidate.pseudonym} staat weer in de lijst.`);
  });

  it('says in sight, by the button, when a request could not be sent; Escape closes the explanation', async () => {
    const items = synthetic(3, 'job_none', (i) => 90 - i);
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id="job_none" .token=${employerToken} .items=${items}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
    const open = rows(el)[1]!.querySelector<HTMLButtonElement>('button.open')!;
    open.click();
    await waitUntil(() => root(el).querySelector('[part=details]'));
    const failed = oneEvent(el, 'pfw-error');
    const detailsButton = (label: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[part=details] button')].find(
        (b) => b.textContent!.trim() === label,
      );
    detailsButton('Stuur verzoek')!.click();
    await waitUntil(() => detailsButton('Ja, stuur het verzoek'), 'no question');
    detailsButton('Ja, stuur het verzoek')!.click();
    await failed;
    await waitUntil(() => root(el).querySelector('[part=details] .field-error'), 'the failure is not in sight');
    const said = root(el).querySelector<HTMLElement>('[part=details] .field-error')!;
    expect(said.textContent).to.equal('Dat lukte nu niet. Probeer het later nog eens.');
    expect(said.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    root(el)
      .querySelector('[part=details] h3')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !root(el).querySelector('[part=details]'), 'Escape did not close the explanation');
    await waitUntil(
      () => root(el).activeElement === rows(el)[1]!.querySelector('button.open'),
      'focus not back on the row',
    );
  });

  it('keeps the lowest score filter within 0-100, and shows what it kept', async () => {
    const items = synthetic(5, 'job_none', (i) => 90 - i * 10);
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id="job_none" .token=${employerToken} .items=${items}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length === 5, 'no rows', { timeout: 10000 });
    const input = [...root(el).querySelectorAll('[part=filters] label')]
      .find((l) => l.textContent!.includes('Minimale score'))!
      .querySelector('input')!;
    const set = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await set('500');
    expect(input.value).to.equal('100');
    await set('-20');
    expect(input.value).to.equal('0');
    expect(rows(el).length).to.equal(5);
    await set('65');
    expect(input.value).to.equal('65');
    await waitUntil(() => rows(el).length === 3, `${rows(el).length} rows at 65`);
  });

  it('renders only the rows in view for 10 000 matches, and moves by keyboard', async () => {
    const items = synthetic(10000, 'job_synthetic', (i) => 100 - (i % 100));
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id="job_none" .token=${employerToken} .items=${items}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
    expect(rows(el).length).to.be.lessThan(60);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
    // Only one row takes Tab: while the keyboard is in the list, it says how to move.
    const keys = root(el).querySelector<HTMLElement>('.keys')!;
    expect(keys.getBoundingClientRect().height, 'the hint shows before the keyboard is there').to.equal(0);
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.open')!.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.classList.contains('open')).to.equal(true);
    expect(keys.getBoundingClientRect().height, 'no hint while the keyboard is in the list').to.be.greaterThan(0);
    expect(keys.textContent).to.equal('Met pijltje omhoog en omlaag ga je naar een andere rij.');
    expect(root(el).activeElement!.getAttribute('aria-describedby')).to.equal('keys');
    // Scrolled away from that row (by finger or mouse), Tab still leads to a row in view.
    const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
    viewport.scrollTop = 200_000;
    viewport.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    rows(el)[0]!.querySelector<HTMLButtonElement>('button.open')!.blur();
    root(el).querySelector<HTMLElement>('select, input')!.focus();
    for (let i = 0; i < 6 && !root(el).activeElement?.classList.contains('open'); i++) await sendKeys({ press: 'Tab' });
    const row = root(el).activeElement!.closest<HTMLElement>('[part=row]')!;
    expect(row, 'Tab did not reach a row').to.exist;
    const [box, seen] = [viewport.getBoundingClientRect(), row.getBoundingClientRect()];
    expect(seen.bottom > box.top && seen.top < box.bottom, 'the row with the tab stop is in view').to.equal(true);
    root(el)
      .querySelector('.viewport')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitUntil(
      () => root(el).activeElement?.closest('[part=row]')?.getAttribute('aria-posinset') === '10000',
      'End did not reach the last row',
    );
    expect(rows(el).length).to.be.lessThan(60);
    await expect(el).to.be.accessible();
    // Below the window's fold, its box scrolled half way: the rows there are rendered, not none.
    el.style.marginTop = '3000px';
    const scroller = root(el).querySelector<HTMLElement>('.viewport')!;
    scroller.scrollTop = scroller.scrollHeight / 2;
    await waitUntil(
      () => rows(el).some((r) => Math.abs(Number(r.getAttribute('aria-posinset')) - 5000) < 100),
      'no rows at the box position below the fold',
    );
  });

  it('lets the rows go with the page on a phone: no scrolling box inside the page, rows by the window, keys still move', async () => {
    await setViewport({ width: 375, height: 740 });
    const items = synthetic(10000, 'job_phone', (i) => 100 - (i % 100));
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id="job_none" .token=${employerToken} .items=${items}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
    const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
    expect(getComputedStyle(viewport).overflowY, 'a scrolling box inside the page').to.equal('visible');
    expect(rows(el).length).to.be.lessThan(60);
    // Half way down the page: the rows there are the ones rendered.
    scrollTo(0, viewport.getBoundingClientRect().top + scrollY + viewport.scrollHeight / 2);
    await waitUntil(
      () => rows(el).some((r) => Math.abs(Number(r.getAttribute('aria-posinset')) - 5000) < 2000),
      'the rows half way down were not rendered',
    );
    expect(rows(el).length).to.be.lessThan(60);
    const inView = rows(el).filter((r) => {
      const box = r.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    expect(inView.length, 'no rows in view').to.be.greaterThan(2);
    // The keys move the page: End brings the last row into view.
    inView[1]!.querySelector<HTMLButtonElement>('button.open')!.focus();
    viewport.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitUntil(
      () => root(el).activeElement?.closest('[part=row]')?.getAttribute('aria-posinset') === '10000',
      'End did not reach the last row',
    );
    const last = root(el).activeElement!.getBoundingClientRect();
    expect(last.top >= 0 && last.bottom <= innerHeight + 1, 'the last row is not in view').to.equal(true);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    await expect(el).to.be.accessible();
    scrollTo(0, 0);
  });

  it('wraps long job titles at 320 px: the whole title shows, nothing cut off', async () => {
    const titles = [
      'Medewerker klantenservice en administratie (parttime, Eindhoven)',
      'Verzorgende IG in de wijk (fulltime, Tilburg)',
      'Kok',
      'Schoonmaker kantoren en scholen in de avond (parttime, ’s-Hertogenbosch)',
    ];
    const items: Match[] = Array.from({ length: 40 }, (_, i) => ({
      score: 90 - i,
      fit: 90 - i,
      essentialFactor: 1,
      secondaryPoints: 0,
      essentialsMet: true,
      requirements: [],
      strengths: [],
      gaps: [],
      secondary: { interests: 0.5, environment: 0.5 },
      jobProfileId: `job_narrow${i}`,
      job: {
        title: titles[i % titles.length]!,
        employerName: 'Schoonmaakbedrijf De Kempen',
        region: 'Eindhoven',
        hours: { min: 24, max: 32 },
      },
    }));
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
      <pfw-match-list mode="jobs" .token=${candidate.token} .items=${items}></pfw-match-list>
    </div>`);
    const el = wrapper.querySelector<PfwMatchList>('pfw-match-list')!;
    await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
    await expect(el).to.be.accessible();
    const check = () => {
      for (const row of rows(el)) {
        const title = row.querySelector<HTMLElement>('.title')!;
        const style = getComputedStyle(title);
        const box = title.getBoundingClientRect();
        const rowBox = row.getBoundingClientRect();
        expect(title.textContent, 'the whole title is in the row').to.equal(
          items[Number(row.dataset.index)]!.job!.title,
        );
        expect(style.textOverflow).to.not.equal('ellipsis');
        expect(title.scrollWidth, title.textContent!).to.be.at.most(title.clientWidth);
        expect(title.scrollHeight, title.textContent!).to.be.at.most(title.clientHeight);
        // Readable: most of the row's width, and inside the row (not clipped by it).
        expect(box.width, title.textContent!).to.be.greaterThan(rowBox.width * 0.6);
        expect(box.top).to.be.at.least(rowBox.top - 0.5);
        expect(box.bottom).to.be.at.most(rowBox.bottom + 0.5);
      }
    };
    check();
    // Rows further down, measured as they come into view, stay whole too; the last one can be reached.
    const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
    const lastRow = () => rows(el).find((r) => r.getAttribute('aria-posinset') === '40');
    // As a person does: scroll down until the end stays the end.
    for (
      let i = 0;
      i < 20 && !(lastRow() && viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1);
      i++
    ) {
      viewport.scrollTop = viewport.scrollHeight;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    }
    expect(lastRow(), 'the last row shows').to.exist;
    check();
    expect(lastRow()!.getBoundingClientRect().bottom).to.be.at.most(viewport.getBoundingClientRect().bottom + 1);
  });

  it('keeps each row with its match and the scroll position still while rows come and go', async () => {
    const items = synthetic(60, 'job_still', (i) => 90 - i);
    const el = await fixture<PfwMatchList>(
      html`<pfw-match-list mode="candidates" job-profile-id="job_still" .token=${employerToken} .items=${items}></pfw-match-list>`,
    );
    await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 10000 });
    await expect(el).to.be.accessible();
    const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));

    // The focused row's button stays that match's button when the rows above it go.
    const button = rows(el)[3]!.querySelector<HTMLButtonElement>('button.open')!;
    button.focus();
    const label = button.getAttribute('aria-label');
    viewport.scrollTop = viewport.querySelector<HTMLElement>('[part=row]')!.getBoundingClientRect().height * 8;
    await frame();
    await el.updateComplete;
    expect(rows(el)[0]!.getAttribute('aria-posinset'), 'rows above went').to.not.equal('1');
    expect(button.getAttribute('aria-label')).to.equal(label);
    expect(root(el).activeElement).to.equal(button);

    // Whatever reads the layout while the rows change (a focus, another script) never finds the
    // list shorter than it is: the scroll position stays, and rows fill the view.
    el.addController({ hostUpdated: () => void viewport.scrollHeight });
    viewport.scrollIntoView({ block: 'start' });
    for (const share of [1, 0.4, 0.8, 0.1, 1]) {
      viewport.scrollTop = (viewport.scrollHeight - viewport.clientHeight) * share;
      const at = viewport.scrollTop;
      await frame();
      await el.updateComplete;
      await frame();
      expect(viewport.scrollTop, `scrolled to ${share}`).to.be.closeTo(at, 1);
      const box = viewport.getBoundingClientRect();
      for (const y of [box.top + 5, box.top + box.height / 2, Math.min(box.bottom, innerHeight) - 5]) {
        const hit = root(el).elementFromPoint(box.left + 40, y);
        expect(hit?.closest('[part=row]'), `a row at ${Math.round(y - box.top)} px`).to.exist;
      }
    }
  });

  it('helps when there is nothing to show yet', async () => {
    const fresh = await tokenFor('candidate');
    const el = await fixture<PfwMatchList>(html`<pfw-match-list mode="jobs" .token=${fresh}></pfw-match-list>`);
    await waitUntil(() => root(el).querySelector('.empty'), 'no empty state', { timeout: 10000 });
    expect(root(el).querySelector('.empty')!.textContent).to.contain('Kijk wat je kunt leren');
    await expect(el).to.be.accessible();
  });
  describe('certificates, licences and physical conditions', () => {
    /** A job asking VCA Basis (required) and Rijbewijs B (preferred), by another employer. */
    let hardJobId: string;
    let employer: ReturnType<typeof createClient>;
    let hardEmployerToken: string;
    /** A candidate in the talent pool who said, through the API, they have VCA Basis. */
    let holder: { token: string; pseudonym: string };

    before(async () => {
      hardEmployerToken = await tokenFor('employer', 'Bouwbedrijf Kempen');
      employer = createClient({ baseUrl: '', credentials: () => ({ token: hardEmployerToken }) });
      const template = occupations.find((o) => o.sector === 'care')!;
      const job = await employer.request(routes.createJobProfile, {
        body: {
          title: 'Zorgmedewerker met rijbewijs',
          occupationId: template.id,
          requirements: template.requirements,
          region: 'Eindhoven',
          hours: { min: 24, max: 32 },
          hardRequirements: [
            { id: 'rijbewijs-b', required: false },
            { id: 'vca-basis', required: true },
          ],
        },
      });
      await employer.request(routes.publishJobProfile, { params: { id: job.id } });
      hardJobId = job.id;
      const { token, signed } = await candidateWithSkillprint();
      const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
      await me.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 32 }, consentTextVersion: '2026-11' },
      });
      await me.request(routes.putMyHardRequirements, { body: { items: [{ id: 'vca-basis' }] } });
      holder = { token, pseudonym: signed.skillprint.owner };
    });

    it('shows a job seeker what a job also asks, apart from the score, and saves what they have', async () => {
      const { token, signed } = await candidateWithSkillprint();
      const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
      await me.request(routes.putTalentPool, {
        body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 32 }, consentTextVersion: '2026-11' },
      });
      // The employer asks to connect: the request says what the job also asks too.
      await employer.request(routes.requestConnection, {
        body: { jobProfileId: hardJobId, candidate: signed.skillprint.owner },
      });
      const el = await fixture<PfwMatchList>(html`<pfw-match-list mode="jobs" .token=${token}></pfw-match-list>`);
      await waitUntil(() => rows(el).length > 0 && root(el).querySelector('[part=held]'), 'no jobs', {
        timeout: 10000,
      });
      const request = root(el).querySelector('[part=requests]')!;
      expect(request.querySelector('h4')!.textContent).to.equal('Wat dit werk ook vraagt');
      expect(hardLines(request)).to.deep.equal([
        '○ VCA Basis, verplicht: Nog niet aangevinkt',
        '○ Rijbewijs B (auto), gewenst: Nog niet aangevinkt',
      ]);

      // The row says what the job requires first, beside a score that may be high.
      const jobRow = () => rows(el).find((r) => r.textContent!.includes('Bouwbedrijf Kempen'))!;
      expect(jobRow().querySelector('.needed')!.textContent).to.equal('Eerst nodig: VCA Basis');
      await setViewport({ width: 375, height: 800 });
      await executeServerCommand('screenshot', {
        folder: 'match-list',
        name: 'needed-first-375',
        selector: 'pfw-match-list',
      });
      await setViewport({ width: 800, height: 600 });

      const openJob = async () => {
        rows(el)
          .find((r) => r.textContent!.includes('Bouwbedrijf Kempen'))!
          .querySelector<HTMLButtonElement>('button.open')!
          .click();
        await waitUntil(() => root(el).querySelector('[part=details]'), 'no details');
        return root(el).querySelector('[part=details]')!;
      };
      const details = await openJob();
      // Required first; in words with a mark, not colour alone; and not in the score.
      expect(hardLines(details)).to.deep.equal([
        '○ VCA Basis, verplicht: Nog niet aangevinkt',
        '○ Rijbewijs B (auto), gewenst: Nog niet aangevinkt',
      ]);
      expect(details.textContent).to.contain('Dit telt niet mee in de score.');
      // And how to get what is missing: the courses that lead to VCA Basis (a driving licence has none).
      const howToGet = [...details.querySelectorAll('h5')].find(
        (h) => h.textContent === 'Zo haal je wat nog ontbreekt',
      )!;
      expect(howToGet, 'the courses for what is missing').to.not.equal(undefined);
      expect(
        [...howToGet.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent!.trim()),
      ).to.deep.equal(['VCA Basis (Erkend VCA-opleider, 8 uur)']);

      await closeDetails(el);
      // The panel: collapsed, nothing filled in yet; opened and used with the keyboard.
      const panel = root(el).querySelector<HTMLDetailsElement>('[part=held]')!;
      const summary = panel.querySelector<HTMLElement>('summary')!;
      expect(panel.open).to.equal(false);
      expect(summary.textContent).to.equal('Jouw certificaten en rijbewijs: Nog niets ingevuld');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(panel.open).to.equal(true);
      const legends = [...panel.querySelectorAll('legend')].map((l) => l.textContent);
      expect(legends).to.deep.equal(['Certificaten', 'Rijbewijzen', 'Werk dat je kunt doen']);
      // Physical conditions are tasks you can do, never a question about health.
      const labels = [...panel.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels).to.include('Ik kan zwaar tillen (tot 25 kilo)');
      expect(labels.join(' ')).to.not.match(/gezond|ziek|beperking/i);
      await expect(el).to.be.accessible();

      const vca = panel.querySelector<HTMLInputElement>('input[value=vca-basis]')!;
      vca.focus();
      await sendKeys({ press: 'Space' });
      expect(vca.checked).to.equal(true);
      // Rows are kept per match: a row made for the match as it was goes when the list loads again.
      const before = rows(el)[0]!;
      panel.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      // The page hears it (a learning plan beside the list loads again).
      const saved = oneEvent(el, 'pfw-hard-requirements-saved');
      await sendKeys({ press: 'Enter' });
      expect((await saved).detail.items.map((h: { id: string; source: string }) => [h.id, h.source])).to.deep.equal([
        ['vca-basis', 'self'],
      ]);
      await waitUntil(
        () => root(el).querySelector('[role=status][aria-live]')?.textContent === 'Opgeslagen',
        'not saved',
      );
      expect(summary.textContent).to.equal('Jouw certificaten en rijbewijs: 1 ingevuld');
      expect((await me.request(routes.getMyHardRequirements)).items.map((h) => [h.id, h.source])).to.deep.equal([
        ['vca-basis', 'self'],
      ]);
      // The job now says so, once the list has loaded again.
      await waitUntil(() => !jobRow().querySelector('.needed'), 'the row still says VCA Basis is needed first');
      await waitUntil(() => !before.isConnected && rows(el).length > 0, 'the list was not loaded again');
      const again = await openJob();
      expect(hardLines(again)).to.deep.equal([
        '✓ VCA Basis, verplicht: Jij hebt dit',
        '○ Rijbewijs B (auto), gewenst: Nog niet aangevinkt',
      ]);
      const fresh = (await me.request(routes.listMyMatches, { query: { limit: 500 } })).items.find(
        (m) => m.jobProfileId === hardJobId,
      )!;
      expect(fresh.hardRequirements).to.deep.equal([
        { id: 'vca-basis', required: true, held: 'self' },
        { id: 'rijbewijs-b', required: false, held: null },
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows an employer what candidates have, and lists only those who have what is ticked', async () => {
      // The holder also says they are interested: the applicant shows it too.
      await createClient({ baseUrl: '', credentials: () => ({ token: holder.token }) }).request(routes.applyToJob, {
        params: { id: hardJobId },
        body: {},
      });
      const el = await fixture<PfwMatchList>(
        html`<pfw-match-list
          mode="candidates"
          style="--pfw-match-list-height: 200rem"
          job-profile-id=${hardJobId}
          .token=${hardEmployerToken}
        ></pfw-match-list>`,
      );
      await waitUntil(() => rows(el).length > 1 && root(el).querySelector('[part=applications]'), 'no candidates', {
        timeout: 10000,
      });
      const applicant = root(el).querySelector('[part=applications]')!;
      expect(hardLines(applicant)).to.deep.equal([
        '✓ VCA Basis, verplicht: Heeft dit (zegt kandidaat zelf)',
        '○ Rijbewijs B (auto), gewenst: Nog onbekend (kandidaat zei er nog niets over)',
      ]);
      const pseudonyms = () => rows(el).map((r) => r.querySelector('.title')!.textContent!);
      expect(pseudonyms()).to.include.members([holder.pseudonym, candidate.pseudonym]);
      const all = (await employer.request(routes.listCandidates, { params: { id: hardJobId }, query: { limit: 500 } }))
        .total;

      // A candidate's details: what they have, and who says so; apart from the score.
      const open = async (pseudonym: string) => {
        if (root(el).querySelector('[part=details]')) await closeDetails(el);
        rows(el)
          .find((r) => r.querySelector('.title')!.textContent === pseudonym)!
          .querySelector<HTMLButtonElement>('button.open')!
          .click();
        await waitUntil(() => root(el).querySelector('[part=details] h3')?.textContent?.includes(pseudonym));
        return root(el).querySelector('[part=details]')!;
      };
      const holderDetails = await open(holder.pseudonym);
      expect(holderDetails.querySelector('h4 + ul.hard')?.previousElementSibling?.textContent).to.equal(
        'Wat de baan ook vraagt',
      );
      expect(hardLines(holderDetails)).to.deep.equal([
        '✓ VCA Basis, verplicht: Heeft dit (zegt kandidaat zelf)',
        '○ Rijbewijs B (auto), gewenst: Nog onbekend (kandidaat zei er nog niets over)',
      ]);
      expect(holderDetails.textContent).to.contain('Dit telt niet mee in de score.');
      expect(hardLines(await open(candidate.pseudonym))[0]).to.equal(
        '○ VCA Basis, verplicht: Nog onbekend (kandidaat zei er nog niets over)',
      );

      await closeDetails(el);
      // The filter: one checkbox per hard requirement of the job, required first, none ticked.
      const filter = root(el).querySelector<HTMLFieldSetElement>('[part=holds]')!;
      expect(filter.querySelector('legend')!.textContent).to.equal('Alleen kandidaten met:');
      const boxes = [...filter.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      expect(boxes.map((b) => b.parentElement!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'VCA Basis, verplicht',
        'Rijbewijs B (auto), gewenst',
      ]);
      expect(boxes.some((b) => b.checked)).to.equal(false);
      await expect(el).to.be.accessible();

      // Ticked (with the keyboard): only candidates who have it; the count follows the server's total.
      boxes[0]!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => !pseudonyms().includes(candidate.pseudonym), 'the list was not filtered');
      const holding = await employer.request(routes.listCandidates, {
        params: { id: hardJobId },
        query: { limit: 500, holds: 'vca-basis' },
      });
      expect(holding.total).to.be.lessThan(all);
      expect(pseudonyms()).to.have.members(holding.items.map((m) => m.candidate!));
      expect(pseudonyms()).to.include(holder.pseudonym);
      const count = (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`);
      expect(root(el).querySelector('.count')!.textContent).to.equal(count(holding.total));
      await expect(el).to.be.accessible();

      // Both ticked: nobody has both; the list says so, and the filter stays to untick.
      boxes[1]!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => root(el).querySelector('.empty'), 'no empty state');
      expect(root(el).querySelector('.empty')!.textContent).to.equal(
        'Geen kandidaten die dit allemaal hebben. Vink minder aan.',
      );
      await sendKeys({ press: 'Space' });
      boxes[0]!.click();
      await waitUntil(() => pseudonyms().includes(candidate.pseudonym), 'the filter was not undone');
      expect(root(el).querySelector('.count')!.textContent).to.equal(count(all));
    });

    it('shows in an occupation’s details what that work usually asks, and what the job seeker has', async () => {
      const asking = occupations.find((o) => o.hardRequirements?.some((h) => h.id === 'vca-basis'))!;
      await setViewport({ width: 800, height: 6000 });
      const el = await fixture<PfwMatchList>(
        html`<pfw-match-list mode="careers" style="--pfw-match-list-height: 600rem" .token=${holder.token}></pfw-match-list>`,
      );
      await waitUntil(() => rows(el).length === occupations.length, 'not every occupation', { timeout: 10000 });
      rows(el)
        .find((r) => r.querySelector('.title')!.textContent === asking.title.nl)!
        .querySelector<HTMLButtonElement>('button.open')!
        .click();
      await waitUntil(() => root(el).querySelector('[part=details] ul.hard'), 'no hard requirements');
      const details = root(el).querySelector('[part=details]')!;
      const vca = asking.hardRequirements!.find((h) => h.id === 'vca-basis')!;
      expect(hardLines(details)).to.include(`✓ VCA Basis, ${vca.required ? 'verplicht' : 'gewenst'}: Jij hebt dit`);
      expect(details.textContent, 'no course for what they have').to.not.contain('VCA Basis (Erkend VCA-opleider');
      expect(hardLines(details)).to.have.length(asking.hardRequirements!.length);
      expect(details.textContent).to.contain('Dit telt niet mee in de score.');

      // Unticked and saved in the jobs list's panel: the careers list on the same page follows.
      const jobs = await fixture<PfwMatchList>(
        html`<pfw-match-list mode="jobs" .token=${holder.token}></pfw-match-list>`,
      );
      await waitUntil(() => root(jobs).querySelector('[part=held]'), 'no panel', { timeout: 10000 });
      const panel = root(jobs).querySelector<HTMLDetailsElement>('[part=held]')!;
      panel.open = true;
      const box = panel.querySelector<HTMLInputElement>('input[value=vca-basis]')!;
      const setVca = async (on: boolean) => {
        if (box.checked !== on) box.click();
        panel.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await waitUntil(() => panel.querySelector('.saved'), 'no visible "Opgeslagen"', { timeout: 10000 });
      };
      await setVca(false);
      const line = () => {
        const open = root(el).querySelector('[part=details]');
        if (!open)
          rows(el)
            .find((r) => r.querySelector('.title')!.textContent === asking.title.nl)
            ?.querySelector<HTMLButtonElement>('button.open')
            ?.click();
        return open ? hardLines(open).find((l) => l.includes('VCA Basis')) : undefined;
      };
      await waitUntil(() => line()?.includes('Nog niet aangevinkt'), 'the careers list kept the old answer', {
        timeout: 10000,
      });
      await setVca(true);
      await waitUntil(() => line()?.includes('Jij hebt dit'), 'not back', { timeout: 10000 });
    });

    it('fits at 375 px with the panel and a job’s details open: nothing scrolls sideways', async () => {
      // The page's 8 px margins beside the 375 px wrapper.
      await setViewport({ width: 391, height: 740 });
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 375px">
        <pfw-match-list mode="jobs" .token=${holder.token}></pfw-match-list>
      </div>`);
      const el = wrapper.querySelector<PfwMatchList>('pfw-match-list')!;
      await waitUntil(() => rows(el).length > 0 && root(el).querySelector('[part=held]'), 'no jobs', {
        timeout: 10000,
      });
      root(el).querySelector<HTMLDetailsElement>('[part=held]')!.open = true;
      rows(el)
        .find((r) => r.textContent!.includes('Bouwbedrijf Kempen'))!
        .querySelector<HTMLButtonElement>('button.open')!
        .click();
      await waitUntil(() => root(el).querySelector('[part=details] ul.hard'), 'no hard requirements');
      expect(hardLines(root(el).querySelector('[part=details]')!)[0]).to.equal('✓ VCA Basis, verplicht: Jij hebt dit');
      expectNoSidewaysScroll(el, 375);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      await expect(el).to.be.accessible();
    });
  });
});
