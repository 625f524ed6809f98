import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { occupations } from '@pfw/core/skills';
import { startMockApi } from '../../test/mock-api.js';
import { formControlSuite } from '../../test/form-control-suite.js';
import type { PfwOccupationPicker } from './occupation-picker.js';
import '../define/pfw-occupation-picker.js';
import '../define/pfw-provider.js';

const settle = async (el: PfwOccupationPicker) => {
  for (let i = 0; i < 20 && el.shadowRoot!.querySelectorAll('[role=option]').length === 0; i++) {
    await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
  }
};
const input = (el: PfwOccupationPicker) => el.shadowRoot!.querySelector('input')!;
const options = (el: PfwOccupationPicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const key = async (el: PfwOccupationPicker, k: string) => {
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  await el.updateComplete;
};
const type = async (el: PfwOccupationPicker, text: string) => {
  input(el).value = text;
  input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};

describe('<pfw-occupation-picker>', () => {
  before(() => startMockApi());

  it('is accessible, closed and open', async () => {
    const el = await fixture<PfwOccupationPicker>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    await settle(el);
    await expect(el).to.be.accessible();
    await key(el, 'ArrowDown');
    await expect(el).to.be.accessible();
  });

  it('exposes a labelled combobox that controls a listbox', async () => {
    const el = await fixture<PfwOccupationPicker>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    await settle(el);
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Beroep');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    await key(el, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.getElementById(box.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');
  });

  it('loads every occupation from the API, sorted by Dutch title', async () => {
    const el = await fixture<PfwOccupationPicker>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    await settle(el);
    await key(el, 'ArrowDown');
    const titles = options(el).map((o) => o.querySelector('.title')!.textContent);
    expect(titles).to.have.length(occupations.length);
    expect(titles).to.deep.equal(
      [...titles].sort((a, b) => a!.localeCompare(b!, 'nl', { sensitivity: 'base', numeric: true })),
    );
  });

  it('filters as you type and chooses with the keyboard alone', async () => {
    const el = await fixture<PfwOccupationPicker>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    await settle(el);
    const target = occupations.find((o) => o.id === 'stratenmaker')!;
    await type(el, 'straten');
    expect(options(el).map((o) => o.id)).to.include('option-stratenmaker');
    expect(options(el).every((o) => o.textContent!.toLowerCase().includes('straten'))).to.equal(true);
    const active = () => el.shadowRoot!.querySelector('[role=option].active')!;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(active().id);
    while (active().id !== 'option-stratenmaker') await key(el, 'ArrowDown');
    const changed = oneEvent(el, 'change');
    await key(el, 'Enter');
    await changed;
    expect(el.value).to.equal('stratenmaker');
    expect(el.selectedOccupation?.id).to.equal('stratenmaker');
    expect(input(el).value).to.equal(target.title.nl);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('says so when nothing matches', async () => {
    const el = await fixture<PfwOccupationPicker>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    await settle(el);
    await type(el, 'xyzzy');
    expect(options(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Geen beroep gevonden');
  });

  it('speaks English inside lang="en" and from a provider', async () => {
    const el = await fixture<PfwOccupationPicker>(
      html`<div lang="en"><pfw-occupation-picker></pfw-occupation-picker></div>`,
    );
    const picker = el.querySelector('pfw-occupation-picker')!;
    await settle(picker);
    for (let i = 0; i < 20 && picker.shadowRoot!.querySelector('label')!.textContent !== 'Occupation'; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(picker.shadowRoot!.querySelector('label')!.textContent).to.equal('Occupation');

    const wrapped = await fixture(
      html`<pfw-provider lang="en"><pfw-occupation-picker></pfw-occupation-picker></pfw-provider>`,
    );
    const inner = wrapped.querySelector('pfw-occupation-picker')!;
    for (let i = 0; i < 20 && inner.shadowRoot!.querySelector('label')!.textContent !== 'Occupation'; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(inner.shadowRoot!.querySelector('label')!.textContent).to.equal('Occupation');
  });

  it('is a form control: value in FormData, required validity, reset, disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><pfw-occupation-picker name="occupation" required value="stratenmaker"></pfw-occupation-picker></form>
    `);
    const el = form.querySelector('pfw-occupation-picker')!;
    await settle(el);
    expect(new FormData(form).get('occupation')).to.equal('stratenmaker');
    expect(el.checkValidity()).to.equal(true);
    await type(el, 'kok');
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Kies een beroep.');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('stratenmaker');
    // A disabled fieldset around it: formControlSuite below.
  });

  it('lets a person type before the list has arrived: the first match is ready for Enter', async () => {
    const worker = await startMockApi();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    worker.use(
      http.get(
        '/v1/occupations',
        async () => {
          await held;
          return HttpResponse.json({ items: occupations });
        },
        { once: true },
      ),
    );
    const el = await fixture<PfwOccupationPicker>(html`<pfw-occupation-picker></pfw-occupation-picker>`);
    await type(el, 'straten');
    expect(options(el)).to.have.length(0);
    release();
    await settle(el);
    const first = options(el)[0]!;
    expect(first.id).to.equal('option-stratenmaker');
    expect(first.classList.contains('active')).to.equal(true);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(first.id);
    await key(el, 'Enter');
    expect(el.value).to.equal('stratenmaker');
  });

  formControlSuite<PfwOccupationPicker>({
    tag: 'pfw-occupation-picker',
    attributes: { required: '' },
    ready: settle,
    fill: (el) => (el.value = 'stratenmaker'),
    filled: 'stratenmaker',
  });

  it('shows a clear message and a retry when the API fails, and recovers', async () => {
    const worker = await startMockApi();
    worker.use(
      http.get(
        '/v1/occupations',
        () => HttpResponse.json({ type: 'about:blank', title: 'Down', status: 503 }, { status: 503 }),
        { once: true },
      ),
    );
    const errors: CustomEvent[] = [];
    const el = await fixture<PfwOccupationPicker>(
      html`<pfw-occupation-picker @pfw-error=${(e: CustomEvent) => errors.push(e)}></pfw-occupation-picker>`,
    );
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('[role=alert]'); i++) {
      await new Promise((r) => setTimeout(r, 25));
      await el.updateComplete;
    }
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('lukt nu niet');
    expect(errors[0]!.detail.problem.status).to.equal(503);
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    await key(el, 'ArrowDown');
    expect(options(el).length).to.equal(occupations.length);
  });
});
