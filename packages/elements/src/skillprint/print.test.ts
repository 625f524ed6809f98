/**
 * Printing a skillprint: the form before printing, and the paper in its own window. Here the
 * window is a frame of the test page (its print() does nothing), so a test can read the paper,
 * scan its QR code and take a picture of it (artifacts/skillprint/).
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import decodeQR from '@paulmillr/qr/decode.js';
import { createClient, routes, type SignedSkillprint } from '@pfw/contract';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint } from '../../test/flows.js';
import type { PfwSkillprint } from './skillprint.js';
import '../define/pfw-skillprint.js';

const VERIFY_PAGE = 'https://example.org/verify.html';
/** One millimetre in CSS pixels. */
const MM = 96 / 25.4;

const shadow = (el: PfwSkillprint) => el.shadowRoot!;
const printButton = (el: PfwSkillprint) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Printen of bewaren als pdf')!;
const loaded = (el: PfwSkillprint) =>
  waitUntil(() => el.skillprint && shadow(el).querySelector('.badge:not(.checking)'), 'skillprint did not load', {
    timeout: 8000,
  });

/** Run `act`, with the print window as a frame of this page `width` px wide; the paper it printed. */
async function paperOf(el: PfwSkillprint, width: number, act: () => unknown): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'paper';
  frame.width = String(width);
  frame.style.border = '0';
  document.body.append(frame);
  frame.contentWindow!.print = () => {};
  const open = window.open;
  window.open = () => frame.contentWindow;
  try {
    const printed = oneEvent(el, 'pfw-skillprint-printed');
    await act();
    await printed;
  } finally {
    window.open = open;
  }
  frame.height = String(frame.contentDocument!.documentElement.scrollHeight);
  return frame;
}

/** What a phone's camera reads in the QR code: its SVG as pixels, 8 per module, then decoded. */
async function scan(svg: SVGSVGElement): Promise<{ text: string; quietZoneWhite: boolean }> {
  const modules = svg.viewBox.baseVal.width;
  const scale = 8;
  const picture = new Image();
  picture.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  await picture.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = modules * scale;
  const context = canvas.getContext('2d')!;
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  // The quiet zone, 4 modules on every side: white, as the QR standard asks.
  const edge = 4 * scale;
  let quietZoneWhite = true;
  for (let y = 0; y < canvas.height; y++)
    for (let x = 0; x < canvas.width; x++) {
      if (x >= edge && x < canvas.width - edge && y >= edge && y < canvas.height - edge) continue;
      const i = (y * canvas.width + x) * 4;
      if (image.data[i]! < 250 || image.data[i + 1]! < 250 || image.data[i + 2]! < 250) quietZoneWhite = false;
    }
  return { text: decodeQR(image), quietZoneWhite };
}

describe('printing <pfw-skillprint>', function () {
  this.timeout(60000);
  let owner: { token: string; signed: SignedSkillprint };

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
  });
  afterEach(() => {
    document.querySelectorAll('iframe[title=paper]').forEach((frame) => frame.remove());
    fixtureCleanup();
  });

  it('asks first, in an accessible form: a name, and a QR code for the owner only', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing verify-url=${VERIFY_PAGE} .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await loaded(el);
    const button = printButton(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('form.print-form'), 'no print form');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const form = shadow(el).querySelector('form.print-form')!;
    // Named by its heading; every field by its label; the keyboard lands in the first field.
    expect(form.getAttribute('aria-labelledby')).to.equal('print-title');
    expect(shadow(el).activeElement?.id).to.equal('holder-name');
    expect(form.querySelector('label[for=holder-name]')!.textContent).to.equal('Naam op het papier (mag leeg blijven)');
    expect(form.querySelector('label[for=proof]')!.textContent).to.equal(
      'Zet een QR-code op het papier, zodat anderen kunnen controleren dat het echt is',
    );
    await expect(el).to.be.accessible();
    // Escape closes it, and the keyboard is back on the print button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('form.print-form'), 'the form stayed open');
    expect(shadow(el).activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    // Someone else's card (opened with a share link): a name, but no QR code to offer.
    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    const link = await me.request(routes.createShareLink, {
      params: { id: owner.signed.skillprint.id },
      body: { expiresInDays: 1 },
    });
    const shared = await fixture<PfwSkillprint>(
      html`<pfw-skillprint lang="en" verify-url=${VERIFY_PAGE} share-token=${link.token}></pfw-skillprint>`,
    );
    await loaded(shared);
    // A shared card speaks about its owner: "Good at", not "My skillprint".
    await waitUntil(() => shadow(shared).querySelector('#strengths-title')!.textContent === 'Good at', 'not English');
    [...shadow(shared).querySelectorAll('button')].find((b) => b.textContent === 'Print or save as PDF')!.click();
    await waitUntil(
      () =>
        shadow(shared).querySelector('label[for=holder-name]')?.textContent ===
        'Name on the paper (you may leave it empty)',
      'no English print form',
    );
    expect(shadow(shared).querySelector('#proof')).to.equal(null);
    await expect(shared).to.be.accessible();
  });

  it('prints the name and a QR code that scans to the verify page, with a proof that works', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const worker = await startMockApi();
      const sent: Promise<string>[] = [];
      const record = ({ request }: { request: Request }) =>
        void sent.push(
          request
            .clone()
            .text()
            .then((body) => `${request.url} ${body}`),
        );
      worker.events.on('request:start', record);
      const el = await fixture<PfwSkillprint>(
        html`<pfw-skillprint sharing verify-url=${VERIFY_PAGE} .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
      );
      await loaded(el);
      await el.chartReady;
      // All by keyboard: open the form, type a name, tick the QR code, print.
      printButton(el).focus();
      const frame = await paperOf(el, 375, async () => {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => shadow(el).activeElement?.id === 'holder-name', 'not in the form');
        await sendKeys({ type: 'Ada Lovelace' });
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement?.id).to.equal('proof');
        await sendKeys({ press: 'Space' });
        await executeServerCommand('screenshot', {
          folder: 'skillprint',
          name: 'print-form-375',
          selector: 'pfw-skillprint',
        });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
      });
      worker.events.removeListener('request:start', record);
      const paper = frame.contentDocument!;

      expect(paper.querySelector('h2')!.textContent).to.equal('Skillprint van Ada Lovelace');
      expect(paper.title).to.equal('Skillprint van Ada Lovelace');
      // Paper shows no check mark: nobody can see on paper that it was checked, only scan its QR code.
      expect(paper.querySelector<HTMLElement>('.badge')!.offsetParent, 'no "Echt: gecontroleerd"').to.equal(null);
      const svg = paper.querySelector<SVGSVGElement>('.proof svg')!;
      const { text, quietZoneWhite } = await scan(svg);
      expect(text.startsWith(`${VERIFY_PAGE}#share=`), text).to.equal(true);
      expect(paper.querySelector('.proof .url')!.textContent).to.equal(text);
      expect(paper.querySelector('.proof figcaption')!.textContent).to.contain(
        'Scan de code om te zien dat dit echt is.',
      );
      expect(quietZoneWhite, 'quiet zone').to.equal(true);
      expect(svg.getBoundingClientRect().width / MM).to.be.closeTo(30, 0.5);
      expect(svg.getBoundingClientRect().height / MM).to.be.closeTo(30, 0.5);
      // The proof opens this very skillprint.
      const token = new URLSearchParams(new URL(text).hash.slice(1)).get('share')!;
      const opened = await createClient({ baseUrl: '' }).request(routes.getSharedSkillprint, { params: { token } });
      expect(opened.skillprint.id).to.equal(owner.signed.skillprint.id);
      // Its link is listed as made for a print, with its date: told apart from links passed on.
      const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
      const listed = (await me.request(routes.listShareLinks, { params: { id: owner.signed.skillprint.id } })).items;
      expect(listed.find((l) => token.startsWith(l.token.slice(0, 6)))?.purpose).to.equal('print');
      await waitUntil(() => shadow(el).querySelector('[part=sharing] li.link'), 'no links listed');
      const printed = [...shadow(el).querySelectorAll('[part=sharing] li.link')].find((li) =>
        li.textContent!.includes('Voor een print'),
      );
      expect(printed?.textContent).to.match(/Voor een print · Gemaakt op \d+ \w+ \d{4}/);

      // The name stays on paper: no request carried it, nothing on this device keeps it.
      const requests = await Promise.all(sent);
      expect(requests.length).to.be.greaterThan(0);
      expect(requests.filter((r) => r.includes('Lovelace'))).to.deep.equal([]);
      expect(JSON.stringify({ ...localStorage, ...sessionStorage })).to.not.contain('Lovelace');
      await executeServerCommand('screenshot', {
        folder: 'skillprint',
        name: 'print-card-375',
        selector: 'iframe[title=paper]',
      });
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps the paper with its QR code on one A4 page', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing verify-url=${VERIFY_PAGE} .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await loaded(el);
    // A4 less the page's margins: 180 × 267 mm.
    const frame = await paperOf(el, Math.round(180 * MM), () =>
      el.print({ holderName: 'Maximiliaan van den Bogaard-Verschuren', proof: true }),
    );
    const card = frame.contentDocument!.querySelector<HTMLElement>('.card')!;
    expect(card.scrollHeight / MM, 'card height in mm').to.be.at.most(267);
    expect(card.scrollHeight, 'nothing cut off').to.be.at.most(card.clientHeight);
    await executeServerCommand('screenshot', {
      folder: 'skillprint',
      name: 'print-card-a4',
      selector: 'iframe[title=paper]',
    });
  });

  it('prints in the host page’s theme, the QR code still black on white', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--pfw-color-primary: rgb(200, 0, 100); --pfw-color-text: rgb(20, 30, 90); --pfw-font-family: Georgia, serif">
        <pfw-skillprint sharing verify-url=${VERIFY_PAGE} .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>
      </div>`,
    );
    const el = wrapper.querySelector('pfw-skillprint')!;
    await loaded(el);
    const frame = await paperOf(el, 700, () => el.print({ proof: true }));
    const paper = frame.contentDocument!;
    const style = (selector: string) => frame.contentWindow!.getComputedStyle(paper.querySelector(selector)!);
    expect(style('.dot.on').backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(style('h2').color).to.equal('rgb(20, 30, 90)');
    expect(style('h2').fontFamily).to.contain('Georgia');
    // The level squares print filled, even where the browser prints no backgrounds.
    expect(style('.dots').getPropertyValue('print-color-adjust')).to.equal('exact');
    expect(style('.proof path').fill).to.equal('rgb(0, 0, 0)');
    expect(style('.proof rect').fill).to.equal('rgb(255, 255, 255)');
  });

  it('says so when the QR code cannot be made, and prints nothing', async () => {
    const worker = await startMockApi();
    worker.use(
      http.post('*/v1/skillprints/:id/share-links', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 }),
      ),
    );
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing verify-url=${VERIFY_PAGE} .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await loaded(el);
    let closed = false;
    let printed = false;
    const open = window.open;
    window.open = () => ({ close: () => (closed = true) }) as unknown as Window;
    el.addEventListener('pfw-skillprint-printed', () => (printed = true));
    const error = oneEvent(el, 'pfw-error');
    try {
      await el.print({ proof: true });
    } finally {
      window.open = open;
    }
    expect((await error).detail.problem.status).to.equal(503);
    expect(closed, 'the empty window closes').to.equal(true);
    expect(printed).to.equal(false);
    expect(shadow(el).querySelector('[role=status][aria-live]')!.textContent).to.contain('De QR-code maken lukte niet');
  });
});
