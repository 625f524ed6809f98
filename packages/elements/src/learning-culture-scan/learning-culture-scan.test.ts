import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, routes, type Client, type CultureScan } from '@pfw/contract';
import { cultureItems } from '@pfw/core/culture';
import { startMockApi } from '../../test/mock-api.js';
import { A4_CONTENT_HEIGHT, onPaper } from '../../test/paper.js';
import { tokenFor } from '../../test/flows.js';
import type { PfwLearningCultureScan } from './learning-culture-scan.js';
import '../define/pfw-learning-culture-scan.js';

const root = (el: PfwLearningCultureScan) => el.shadowRoot!;
const text = (el: Element | ShadowRoot | Document) => el.textContent!.replace(/\s+/g, ' ');
const shows = (el: PfwLearningCultureScan, words: string) =>
  waitUntil(() => text(root(el)).includes(words), `never said "${words}"`, { timeout: 10000 });
/** A button by its name: its aria-label where it has one (a scan's buttons add which scan), else its text. */
const nameOf = (b: HTMLButtonElement) => b.getAttribute('aria-label') ?? b.textContent!.trim();
const button = (within: ParentNode, label: RegExp) =>
  [...within.querySelectorAll('button')].find((b) => label.test(nameOf(b)))!;
const showsButton = (el: PfwLearningCultureScan, label: RegExp) =>
  waitUntil(() => button(root(el), label), `no button ${label}`, { timeout: 10000 });
const active = (el: PfwLearningCultureScan) => root(el).activeElement as HTMLElement | null;
/** Every statement of the scan answered with `answer` (the API's statement ids). */
const allAnswers = async (client: Client, token: string, answer: (i: number) => number) => ({
  answers: (await client.request(routes.getCultureQuestions, { params: { token } })).items.map((item, i) => ({
    itemId: item.id,
    answer: answer(i),
  })),
});
/** Nothing wider than the screen, named when it fails. */
const wideParts = (el: PfwLearningCultureScan, width: number) =>
  [...root(el).querySelectorAll('*')]
    .filter((e) => e.getBoundingClientRect().right > width + 0.5)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);

describe('<pfw-learning-culture-scan>', function () {
  this.timeout(60000);
  let employer: Client;
  let employerToken: string;
  let scan: CultureScan;
  const anyone = createClient({ baseUrl: '' });

  before(async () => {
    await startMockApi();
    employerToken = await tokenFor('employer', 'Installatiebedrijf Zonnig');
    employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    scan = await employer.request(routes.createCultureScan, { body: { title: 'Zonnig', sector: 'technology' } });
  });

  afterEach(async () => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
    await setViewport({ width: 800, height: 600 });
  });

  it('lets an employee answer anonymously on a 320 px phone, by keyboard, and only once on this device', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" scan-token=${scan.shareToken}></pfw-learning-culture-scan>`,
    );
    await shows(el, 'Leren bij Zonnig');
    expect(text(root(el))).to.contain('We vragen geen naam en geen e-mail');
    expect(text(root(el))).to.contain("pas als minstens 5 collega's meededen");
    // The minimum is said before they start, not only when they send too few.
    expect(text(root(el))).to.contain('Sla de zin dan over. Beantwoord wel minstens 14 van de 28 zinnen.');
    await expect(el).to.be.accessible();
    button(root(el), /^Begin$/).click();
    await shows(el, 'Deel 1 van 7');
    expect(active(el)?.id).to.equal('part-title');
    expect(root(el).querySelectorAll('[part=statement], fieldset.statement').length).to.equal(4);
    expect(wideParts(el, 320)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();

    // By keyboard: Tab to a statement's first answer, arrows choose, Space keeps it.
    const first = root(el).querySelector<HTMLInputElement>('fieldset.statement input[type=radio]')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).querySelector<HTMLInputElement>('fieldset.statement input:checked')!.id).to.match(/-4$/);
    expect(text(root(el))).to.contain('1 van 28 zinnen beantwoord');

    // Too few answers: it says so and goes to the first statement without one.
    for (let page = 1; page < 7; page++) {
      button(root(el), /^Volgende$/).click();
      await shows(el, `Deel ${page + 1} van 7`);
    }
    button(root(el), /Verstuur mijn antwoorden/).click();
    await shows(el, 'Beantwoord minstens 14 zinnen. Je hebt er nu 1.');
    expect(text(root(el))).to.contain('Deel 1 van 7');
    expect(active(el)?.id).to.match(/-1$/);
    // The message stands above the statements: in sight with the first one without an answer.
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.compareDocumentPosition(root(el).querySelector('fieldset.statement')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    // Answer everything: four a page, the third answer each time.
    for (let page = 0; page < 7; page++) {
      root(el)
        .querySelectorAll<HTMLInputElement>('fieldset.statement')
        .forEach((f) => f.querySelectorAll<HTMLInputElement>('input')[2]!.click());
      await el.updateComplete;
      if (page < 6) {
        await sendKeys({ press: 'Tab' });
        button(root(el), /^Volgende$/).click();
        await shows(el, `Deel ${page + 2} van 7`);
      }
    }
    expect(text(root(el))).to.contain('28 van 28 zinnen beantwoord');
    const answered = oneEvent(el, 'pfw-culture-scan-answered');
    // A double tap: the second comes before the button is drawn disabled, and must not count twice.
    const sendButton = button(root(el), /Verstuur mijn antwoorden/);
    sendButton.click();
    sendButton.click();
    expect((await answered).detail).to.deep.equal({});
    await shows(el, 'Dank je wel!');
    expect(active(el)?.id).to.equal('done-title');
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('pfw-culture-draft:')),
      'sent: no draft kept',
    ).to.deep.equal([]);
    await expect(el).to.be.accessible();
    const listed = (await employer.request(routes.listCultureScans)).items.find((s) => s.id === scan.id)!;
    expect(listed.responses).to.equal(1);

    // The same device again: it says they took part, and a colleague uses their own device (a way
    // to answer again here let one phone fill the five answers a report needs).
    const again = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" scan-token=${scan.shareToken}></pfw-learning-culture-scan>`,
    );
    await shows(again, 'Je hebt op dit apparaat al meegedaan');
    // Still named as the scan it is, not as any scan.
    await shows(again, 'Leren bij Zonnig');
    await shows(again, 'Die opent de link op een eigen telefoon of computer.');
    expect(root(again).querySelector('button')).to.equal(null);
    await expect(again).to.be.accessible();
  });

  it('keeps the answers given on this device until they are sent: after a reload it goes on where they were', async () => {
    const open = () =>
      fixture<PfwLearningCultureScan>(
        html`<pfw-learning-culture-scan lang="nl" scan-token=${scan.shareToken}></pfw-learning-culture-scan>`,
      );
    const el = await open();
    await shows(el, 'Leren bij Zonnig');
    button(root(el), /^Begin$/).click();
    await shows(el, 'Deel 1 van 7');
    const radiosOf = (of: PfwLearningCultureScan) =>
      [...root(of).querySelectorAll('fieldset.statement')].map((f) => f.querySelectorAll('input'));
    const radios = () => radiosOf(el);
    // The whole first part and the first statement of the second.
    radios().forEach((r, i) => r[i % 5]!.click());
    button(root(el), /^Volgende$/).click();
    await shows(el, 'Deel 2 van 7');
    radios()[0]![4]!.click();
    await shows(el, '5 van 28 zinnen beantwoord');
    el.remove(); // as a phone reloads the page

    const el2 = await open();
    await shows(el2, 'Leren bij Zonnig');
    button(root(el2), /^Begin$/).click();
    await shows(el2, '5 van 28 zinnen beantwoord');
    expect(text(root(el2)), 'on at the first statement without an answer').to.contain('Deel 2 van 7');
    expect(radiosOf(el2)[0]![4]!.checked).to.equal(true);
    button(root(el2), /^Vorige$/).click();
    await shows(el2, 'Deel 1 van 7');
    expect(radiosOf(el2).map((r) => [...r].findIndex((input) => input.checked))).to.deep.equal([0, 1, 2, 3]);
  });

  it('speaks Arabic right to left on a 320 px phone, and switches language mid-scan without losing answers (#25)', async () => {
    await setViewport({ width: 320, height: 700 });
    const page = await fixture<HTMLElement>(
      html`<div lang="ar"><pfw-learning-culture-scan scan-token=${scan.shareToken}></pfw-learning-culture-scan></div>`,
    );
    const el = page.querySelector('pfw-learning-culture-scan')!;
    // The company's name in Latin letters is isolated from the Arabic around it (FSI … PDI).
    await shows(el, 'التعلّم في \u2068Zonnig\u2069');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root(el).querySelector('section')!).direction).to.equal('rtl');
    expect(text(root(el))).to.contain('لا نسأل عن اسمك');
    await expect(el).to.be.accessible();
    button(root(el), /ابدأ/).click();
    await shows(el, 'الجزء 1 من 7');
    // The statements and answers are Arabic too (from the API), not Dutch in the middle.
    const first = root(el).querySelector('fieldset.statement')!;
    expect(first.querySelector('legend')!.textContent).to.contain('أتعلّم أشياء جديدة في عملي');
    expect(first.querySelector('label')!.textContent).to.contain('لا أوافق أبدًا');
    expect(wideParts(el, 320)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await executeServerCommand('screenshot', {
      folder: 'culture-scan',
      name: 'ar-320',
      selector: 'pfw-learning-culture-scan',
    });
    first.querySelectorAll<HTMLInputElement>('input')[3]!.click();
    button(root(el), /التالي/).click();
    await shows(el, 'الجزء 2 من 7');

    // Turkish now: the same page, the answer kept, left to right again.
    page.setAttribute('lang', 'tr');
    await shows(el, 'Bölüm 2 / 7');
    expect(el.dir).to.equal('ltr');
    expect(getComputedStyle(root(el).querySelector('section')!).direction).to.equal('ltr');
    expect(text(root(el))).to.contain('28 cümleden 1 tanesi cevaplandı');
    button(root(el), /Geri/).click();
    await shows(el, 'Bölüm 1 / 7');
    expect(root(el).querySelector<HTMLInputElement>('fieldset.statement input:checked')!.id).to.match(/-4$/);
    expect(root(el).querySelector('fieldset.statement legend')!.textContent).to.contain(
      'İşimde yeni şeyler öğreniyorum',
    );
    await executeServerCommand('screenshot', {
      folder: 'culture-scan',
      name: 'tr-320',
      selector: 'pfw-learning-culture-scan',
    });
  });

  it('keeps the employer in Dutch or English: other languages get English', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="pl"><pfw-learning-culture-scan .token=${employerToken}></pfw-learning-culture-scan></div>`,
    );
    const el = page.querySelector('pfw-learning-culture-scan')!;
    await shows(el, 'Start a new scan');
    expect(text(root(el))).to.contain('Your scans');
    // The page turns Dutch: so does the employer's part.
    page.setAttribute('lang', 'nl');
    await shows(el, 'Start een nieuwe scan');
    // An Arabic page, right to left: the scan itself speaks Arabic, the employer's part English, left to right.
    page.setAttribute('lang', 'ar');
    page.setAttribute('dir', 'rtl');
    await shows(el, 'Start a new scan');
    const desk = root(el).querySelector<HTMLElement>('div[lang=en]')!;
    expect(getComputedStyle(desk).direction).to.equal('ltr');
    expect(desk.textContent).to.contain('Your scans');
  });

  it('reads the link from the page address, and says when a link is wrong or the scan is closed', async () => {
    history.replaceState(null, '', `${location.pathname}#scan=${scan.shareToken}`);
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="en"></pfw-learning-culture-scan>`,
    );
    await shows(el, 'Learning at Zonnig');
    expect(text(root(el))).to.contain('We do not ask your name');

    const wrong = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" scan-token=${'x'.repeat(24)}></pfw-learning-culture-scan>`,
    );
    await shows(wrong, 'Deze link werkt niet');
    const closed = await employer.request(routes.createCultureScan, { body: { title: 'Gesloten' } });
    await employer.request(routes.closeCultureScan, { params: { id: closed.id } });
    const late = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" scan-token=${closed.shareToken}></pfw-learning-culture-scan>`,
    );
    await shows(late, 'Deze scan is gesloten');
    await expect(late).to.be.accessible();
  });

  it('lets an employer start a scan, share its link and QR code, and answer as management', async () => {
    const signedOut = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl"></pfw-learning-culture-scan>`,
    );
    await shows(signedOut, 'Log in als werkgever');

    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan
        lang="nl"
        answer-url="https://werk.example.nl/scan"
        .token=${employerToken}
      ></pfw-learning-culture-scan>`,
    );
    await showsButton(el, /Bekijk de uitkomst van Zonnig/);
    // On screen the button says what it does in short; its name says which scan, and starts with those words.
    expect(text(button(root(el), /Bekijk de uitkomst van Zonnig/)).trim()).to.equal('Bekijk de uitkomst');
    expect(text(root(el))).not.to.contain('1 collega deden');
    expect(text(root(el))).to.contain('1 collega deed mee.');
    await expect(el).to.be.accessible();
    button(root(el), /Start een nieuwe scan/).click();
    await shows(el, 'Nieuwe scan');
    expect(active(el)?.id).to.equal('start-title');
    // No sector is a normal empty choice, not a privacy answer; it sends no sector.
    const sector = root(el).querySelector<HTMLSelectElement>('#scan-sector')!;
    expect(sector.value).to.equal('');
    expect(sector.options[0]!.textContent!.trim()).to.equal('Kies een sector');
    button(root(el), /Start de scan/).click();
    await shows(el, 'Vul een naam in van minstens 2 tekens.');
    expect(active(el)?.id).to.equal('scan-name');
    expect(active(el)?.getAttribute('aria-invalid')).to.equal('true');
    (active(el) as HTMLInputElement).value = 'Team dak';
    const started = oneEvent(el, 'pfw-culture-scan-started');
    button(root(el), /Start de scan/).click();
    const { scanId } = (await started).detail as { scanId: string };
    await shows(el, 'Deel de scan: Team dak');
    const link = root(el).querySelector<HTMLInputElement>('#share-link')!.value;
    const created = (await employer.request(routes.listCultureScans)).items.find((s) => s.id === scanId)!;
    expect(link).to.equal(`https://werk.example.nl/scan#scan=${created.shareToken}`);
    expect(created.sector).to.equal(undefined);
    await waitUntil(() => root(el).querySelector('figure.qr svg path'), 'no QR code');
    await expect(el).to.be.accessible();

    button(root(el), /Terug naar je scans/).click();
    await showsButton(el, /Vul in als leiding: Team dak/);
    button(root(el), /Vul in als leiding: Team dak/).click();
    await shows(el, 'Versie voor de leiding: Team dak');
    // The management version asks what they intend, in its own words.
    const legend = root(el).querySelector('fieldset.statement legend')!.textContent!;
    const employees = await anyone.request(routes.getCultureQuestions, { params: { token: created.shareToken } });
    expect(legend).not.to.contain(employees.items[0]!.text.nl);
    for (let page = 0; page < 7; page++) {
      root(el)
        .querySelectorAll<HTMLInputElement>('fieldset.statement')
        .forEach((f) => f.querySelectorAll<HTMLInputElement>('input')[4]!.click());
      await el.updateComplete;
      button(root(el), page < 6 ? /^Volgende$/ : /Bewaar mijn antwoorden/).click();
      await el.updateComplete;
    }
    await shows(el, 'Je antwoorden als leiding zijn bewaard.');
    await shows(el, 'De versie voor de leiding is ingevuld.');
    // Opened again, it says the earlier answers are not shown and new ones would replace them.
    button(root(el), /Vul in als leiding: Team dak/).click();
    await shows(el, 'Je vulde deze versie al in.');
    button(root(el), /Terug naar je scans/).click();
    await showsButton(el, /^Sluit de scan Team dak$/);

    // Closing cannot be undone: it asks first, and "Nee" leaves the scan open.
    button(root(el), /^Sluit de scan Team dak$/).click();
    await shows(el, 'De scan Team dak sluiten? Daarna kan niemand meer meedoen.');
    expect(active(el)?.id).to.equal(`close-ask-${scanId}`);
    await expect(el).to.be.accessible();
    button(root(el), /^Nee, laat open$/).click();
    await waitUntil(() => active(el)?.id === `close-${scanId}`, 'focus not back on "Sluit"');
    expect((await employer.request(routes.listCultureScans)).items.find((s) => s.id === scanId)!.closedAt).to.equal(
      undefined,
    );
    button(root(el), /^Sluit de scan Team dak$/).click();
    await shows(el, 'sluiten?');
    button(root(el), /^Ja, sluit de scan$/).click();
    await shows(el, 'De scan is gesloten.');
    // Focus on the scan's report button, not lost to the page while the buttons were off.
    await waitUntil(() => active(el)?.id === `report-${scanId}`, 'focus lost after closing');
    expect(button(root(el), /^Herhaal de scan Team dak$/)).to.exist;
  });

  it('shows nothing below five answers; then the index, the ranked parts, the gap and actions, on one A4 page', async () => {
    const report = await employer.request(routes.createCultureScan, {
      body: { title: 'Rapport', sector: 'technology' },
    });
    for (let n = 0; n < 4; n++)
      await anyone.request(routes.postCultureAnswers, {
        params: { token: report.shareToken },
        body: await allAnswers(anyone, report.shareToken, (i) => 1 + ((i + n) % 5)),
      });
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${employerToken}></pfw-learning-culture-scan>`,
    );
    await showsButton(el, /Bekijk de uitkomst van Rapport/);
    button(root(el), /Bekijk de uitkomst van Rapport/).click();
    await shows(el, 'Er is nog 1 antwoord nodig.');
    expect(text(root(el))).not.to.contain('van 100');
    expect(root(el).querySelectorAll('.dimension').length).to.equal(0);
    await expect(el).to.be.accessible();

    for (let n = 4; n < 8; n++)
      await anyone.request(routes.postCultureAnswers, {
        params: { token: report.shareToken },
        body: await allAnswers(anyone, report.shareToken, (i) => (i % 4 === 0 ? 2 : 3 + (n % 2))),
      });
    await employer.request(routes.putCultureManagementAnswers, {
      params: { id: report.id },
      body: await allAnswers(anyone, report.shareToken, () => 5),
    });
    button(root(el), /Terug naar je scans/).click();
    await shows(el, "8 collega's deden mee.");
    button(root(el), /Bekijk de uitkomst van Rapport/).click();
    await shows(el, 'Van sterk naar minder sterk');
    expect(active(el)?.id).to.equal('report-title');
    expect(text(root(el))).to.match(/\d+ van 100 \(waarschijnlijk tussen \d+ en \d+\)/);
    // Five at a time: the three after the fifth wait, so nobody's answers show by a difference.
    expect(text(root(el))).to.contain("5 collega's deden mee.");
    expect(text(root(el))).to.contain('3 nieuwe antwoorden tellen nog niet mee.');
    expect(root(el).querySelectorAll('.dimension').length).to.equal(7);
    // With five answers counted the ranges of the best and the weakest part overlap: the order is said to be unsure.
    const { dimensions } = await employer.request(routes.getCultureReport, { params: { id: report.id } });
    expect(dimensions![0]!.low).to.be.at.most(dimensions!.at(-1)!.high);
    expect(text(root(el))).to.contain('Deze volgorde kan dus nog veranderen');
    expect(text(root(el))).to.contain('Leiding: ');
    // The difference said is the difference of the two numbers shown (not of the unrounded ones).
    for (const part of root(el).querySelectorAll('.dimension')) {
      const words = text(part);
      const employees = Number(/(\d+) van 100/.exec(words)![1]);
      const management = Number(/Leiding: (\d+)/.exec(words)![1]);
      const said = /denkt (\d+) punten beter/.exec(words);
      if (said) expect(Number(said[1]), words).to.equal(management - employees);
    }
    expect(root(el).querySelectorAll('.action-list').length).to.equal(3);
    expect(text(root(el))).to.match(/Weinig moeite|Wat meer moeite|Veel moeite/);
    await expect(el).to.be.accessible();

    await setViewport({ width: 320, height: 700 });
    await el.updateComplete;
    expect(wideParts(el, 320)).to.deep.equal([]);
    await setViewport({ width: 800, height: 600 });

    await onPaper(
      () => button(root(el), /Print de uitkomst/).click(),
      (paper) => {
        expect(paper.querySelector('h2')!.textContent).to.equal('Uitkomst: Rapport');
        expect(paper.querySelectorAll('.dimension').length).to.equal(7);
        expect(paper.documentElement.scrollHeight).to.be.at.most(A4_CONTENT_HEIGHT);
      },
    );
  });

  it('tells two scans with the same name apart, by number and start date', async () => {
    for (let n = 0; n < 2; n++)
      await employer.request(routes.createCultureScan, { body: { title: 'Installatiebedrijf Tweemaal' } });
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${employerToken}></pfw-learning-culture-scan>`,
    );
    await showsButton(el, /Bekijk de uitkomst van Installatiebedrijf Tweemaal/);
    const labels = [...root(el).querySelectorAll('button')]
      .map(nameOf)
      .filter((label) => label.startsWith('Bekijk de uitkomst van Installatiebedrijf Tweemaal'));
    expect(labels.length).to.equal(2);
    expect(new Set(labels).size, labels.join(' | ')).to.equal(2);
    for (const label of labels) expect(label).to.match(/\(scan [12], gestart op .+\)$/);
    // The headings have the date on the line under them, not twice.
    const headings = [...root(el).querySelectorAll('.scan h4')].map((h) => h.textContent!.trim());
    expect(headings.filter((h) => h.startsWith('Installatiebedrijf Tweemaal')).sort()).to.deep.equal([
      'Installatiebedrijf Tweemaal (scan 1)',
      'Installatiebedrijf Tweemaal (scan 2)',
    ]);
    // Other scans keep their plain name.
    expect(button(root(el), /^Bekijk de uitkomst van Zonnig$/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says in whole sentences how a part compares with last time, and what is not sure yet', async () => {
    const answer = async (token: string, n: number) => {
      for (let i = 0; i < n; i++)
        await anyone.request(routes.postCultureAnswers, {
          params: { token },
          body: await allAnswers(anyone, token, (j) => 1 + ((i + j) % 5)),
        });
    };
    const first = await employer.request(routes.createCultureScan, { body: { title: 'Eerste meting' } });
    await answer(first.shareToken, 5);
    const again = await employer.request(routes.createCultureScan, {
      body: { title: 'Tweede meting', repeatOf: first.id },
    });
    await answer(again.shareToken, 5);
    await employer.request(routes.putCultureManagementAnswers, {
      params: { id: again.id },
      body: await allAnswers(anyone, again.shareToken, () => 5),
    });
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${employerToken}></pfw-learning-culture-scan>`,
    );
    await showsButton(el, /Bekijk de uitkomst van Tweede meting/);
    button(root(el), /Bekijk de uitkomst van Tweede meting/).click();
    await shows(el, 'Van sterk naar minder sterk');
    const parts = [...root(el).querySelectorAll('.dimension')].map((d) => text(d));
    expect(parts.length).to.equal(7);
    for (const part of parts) {
      expect(part).not.to.contain('::');
      expect(part).not.to.match(/Vorige keer: \d+:/);
      expect(part).to.match(
        /Vorige keer: \d+ van 100\. (Beter dan de vorige keer|Minder dan de vorige keer|Nog geen duidelijk verschil met de vorige keer)\./,
      );
      // Five answers are too few: it says it is the employees' score that is not sure, and so the gap.
      expect(part).to.contain(
        'Nog te weinig antwoorden: de score van de medewerkers is nog niet zeker. Het verschil met de leiding dus ook niet.',
      );
    }
    await expect(el).to.be.accessible();
  });

  it('says why a part is not sure yet: too few answers, or answers that differ a lot', async () => {
    const scattered = await employer.request(routes.createCultureScan, { body: { title: 'Uiteen' } });
    // Twelve colleagues who answer every sentence at random (a fixed sequence): enough answers, no agreement.
    let seed = 7;
    const draw = () => ((seed = (seed * 48271) % 2147483647), 1 + (seed % 5));
    for (let n = 0; n < 12; n++)
      await anyone.request(routes.postCultureAnswers, {
        params: { token: scattered.shareToken },
        body: await allAnswers(anyone, scattered.shareToken, () => draw()),
      });
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${employerToken}></pfw-learning-culture-scan>`,
    );
    await showsButton(el, /Bekijk de uitkomst van Uiteen/);
    button(root(el), /Bekijk de uitkomst van Uiteen/).click();
    await shows(el, 'Van sterk naar minder sterk');
    const parts = [...root(el).querySelectorAll('.dimension')].map((d) => text(d));
    expect(
      parts.some((p) => p.includes("De antwoorden van collega's lopen hier sterk uiteen.")),
      parts.join('\n'),
    ).to.equal(true);
    for (const part of parts) expect(part).not.to.contain('Nog te weinig antwoorden');
  });

  it('lets employers share an onboarding path for one occupation: made from what it asks, joined by another', async () => {
    const el = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${employerToken}></pfw-learning-culture-scan>`,
    );
    await shows(el, 'Samen inwerken met andere bedrijven');
    button(root(el), /Samen inwerken met andere bedrijven/).click();
    await shows(el, 'Maak een nieuw inwerkpad');
    expect(active(el)?.id).to.equal('community-title');
    button(root(el), /Maak een nieuw inwerkpad/).click();
    await shows(el, 'Voor welk beroep?');
    // Nothing chosen: it says what is missing and goes there.
    button(root(el), /Bewaar en deel/).click();
    await el.updateComplete;
    expect(active(el)?.id).to.equal('path-occupation');
    expect(active(el)?.getAttribute('aria-invalid')).to.equal('true');
    const occupation = root(el).querySelector<HTMLSelectElement>('#path-occupation')!;
    occupation.value = 'zonnepanelenmonteur';
    occupation.dispatchEvent(new Event('change'));
    await shows(el, '1. Veilig werken');
    expect(root(el).querySelector<HTMLInputElement>('#path-name')!.value).to.equal('Zonnepanelenmonteur');
    expect(root(el).querySelectorAll('fieldset.path-step').length).to.be.within(3, 8);
    const first = root(el).querySelector('fieldset.path-step')!;
    const offer = first.querySelector<HTMLInputElement>('input[type=checkbox]');
    offer?.click();
    const note = first.querySelector<HTMLInputElement>('input[id^=note-]')!;
    note.value = 'Week 1: loop mee met een vast maatje op het dak';
    note.dispatchEvent(new Event('input'));
    await expect(el).to.be.accessible();
    button(root(el), /Bewaar en deel/).click();
    await shows(el, 'Het inwerkpad is bewaard.');
    await shows(el, 'Gedeeld door Installatiebedrijf Zonnig');

    // Another installer finds it and joins.
    const other = await tokenFor('employer', 'Dak & Zon');
    const el2 = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${other}></pfw-learning-culture-scan>`,
    );
    await shows(el2, 'Samen inwerken met andere bedrijven');
    button(root(el2), /Samen inwerken met andere bedrijven/).click();
    await shows(el2, 'Doe mee met Zonnepanelenmonteur');
    button(root(el2), /Doe mee met Zonnepanelenmonteur/).click();
    await shows(el2, 'Je bedrijf deelt nu dit inwerkpad.');
    await shows(el2, 'Gedeeld door Installatiebedrijf Zonnig, Dak & Zon');
    const [path] = (
      await employer.request(routes.listCommunityPaths, { query: { occupationId: 'zonnepanelenmonteur' } })
    ).items.filter((p) => p.members.includes('Dak & Zon'));
    expect(path!.steps[0]!.note).to.equal('Week 1: loop mee met een vast maatje op het dak');
    if (offer) expect(path!.steps[0]!.offerIds.length).to.equal(1);

    // With a vacancy for the occupation, the report's onboarding advice points to the shared path.
    const fitter = (await anyone.request(routes.getOccupation, { params: { id: 'zonnepanelenmonteur' } }))!;
    const job = await employer.request(routes.createJobProfile, {
      body: {
        title: 'Monteur zonnepanelen',
        occupationId: fitter.id,
        requirements: fitter.requirements,
        region: 'Eindhoven',
        hours: { min: 32, max: 40 },
      },
    });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
    const weak = await employer.request(routes.createCultureScan, {
      body: { title: 'Inwerken', sector: 'technology' },
    });
    const { items } = await anyone.request(routes.getCultureQuestions, { params: { token: weak.shareToken } });
    // Onboarding weak (statements keyed both ways), the rest good.
    const keyed = (id: string, level: number) => (cultureItems.find((c) => c.id === id)!.positive ? level : 6 - level);
    for (let n = 0; n < 5; n++)
      await anyone.request(routes.postCultureAnswers, {
        params: { token: weak.shareToken },
        body: {
          answers: items.map((i) => ({ itemId: i.id, answer: keyed(i.id, i.id.startsWith('on-') ? 1 + (n % 2) : 4) })),
        },
      });
    const desk = await fixture<PfwLearningCultureScan>(
      html`<pfw-learning-culture-scan lang="nl" .token=${employerToken}></pfw-learning-culture-scan>`,
    );
    await showsButton(desk, /Bekijk de uitkomst van Inwerken/);
    button(root(desk), /Bekijk de uitkomst van Inwerken/).click();
    await shows(desk, 'Maak een inwerkplan voor: Monteur zonnepanelen');
    await shows(desk, `Inwerkpad dat bedrijven delen: ${path!.title} (2 bedrijven)`);
    button(root(desk), /Samen inwerken met andere bedrijven/).click();
    await shows(desk, 'Gedeeld door Installatiebedrijf Zonnig, Dak & Zon');
  });
});
