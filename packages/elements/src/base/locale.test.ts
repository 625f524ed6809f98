import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ContextProvider } from '@lit/context';
import { LocaleController, languageNames, nearestLang, toLang } from './locale.js';
import { PfwElement } from './pfw-element.js';
import { configContext } from './context.js';
import '../define/pfw-provider.js';

/** A widget that says one word in the language its LocaleController picks. */
class LocaleProbe extends PfwElement {
  readonly locale = new LocaleController(
    this,
    { nl: { hello: 'hallo' }, en: () => Promise.resolve({ default: { hello: 'hello' } }) },
    this.providerLang,
  );
  protected override render() {
    return litHtml`<p>${this.locale.t.hello}</p>`;
  }
}
customElements.define('pfw-locale-probe', LocaleProbe);

const said = (el: Element) => el.querySelector<LocaleProbe>('pfw-locale-probe')!.shadowRoot!.textContent!.trim();
const says = (el: Element, word: string, message = `says "${word}"`) =>
  waitUntil(() => said(el) === word, `${message}, not "${said(el)}"`);

describe('locale', () => {
  it('names Dutch once when a test was read at both levels', () => {
    expect(languageNames(['a2', 'nl'], 'nl')).to.deep.equal(['Nederlands (B1/A2)']);
    expect(languageNames(['nl', 'tr', 'a2'], 'nl')).to.deep.equal(['Nederlands (B1/A2)', 'Turks']);
    expect(languageNames(['a2'], 'nl')).to.deep.equal(['Nederlands (A2)']);
    expect(languageNames(['nl', 'en'], 'en')).to.deep.equal(['Dutch', 'English']);
  });

  let pageLang: string | null;
  beforeEach(() => {
    // The page's own lang is part of the tree: each test sets what it needs.
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('finds the nearest lang, also from inside a shadow root', async () => {
    const host = await fixture(html`<section lang="en"><div></div></section>`);
    const div = host.querySelector('div')!;
    const root = div.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(nearestLang(inner)).to.equal('en');
  });

  it('maps language tags to the product languages, Dutch by default', () => {
    expect(toLang('nl-BE')).to.equal('nl');
    expect(toLang('EN-gb')).to.equal('en');
    expect(toLang('fr')).to.equal(undefined);
    expect(toLang(undefined)).to.equal(undefined);
  });

  it('takes the nearest lang over the provider’s language, both ways', async () => {
    const english = await fixture(
      html`<pfw-provider lang="nl"><section lang="en"><pfw-locale-probe></pfw-locale-probe></section></pfw-provider>`,
    );
    await says(english, 'hello', 'the section’s lang="en" counts, not the provider’s nl');
    const dutch = await fixture(
      html`<pfw-provider lang="en"><section lang="nl"><pfw-locale-probe></pfw-locale-probe></section></pfw-provider>`,
    );
    await new Promise((r) => setTimeout(r, 50)); // English would have loaded by now
    expect(said(dutch), 'the section’s lang="nl" counts, not the provider’s en').to.equal('hallo');
  });

  it('takes the lang of a shadow host above', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<div><pfw-locale-probe></pfw-locale-probe></div>';
    await says(host.shadowRoot!.firstElementChild!, 'hello');
  });

  it('uses the provider’s language when no element has a lang', async () => {
    // A provider that is only context (no lang attribute anywhere in the tree).
    const holder = await fixture(html`<div><pfw-locale-probe></pfw-locale-probe></div>`);
    const probe = holder.firstElementChild!;
    probe.remove();
    const provider = new ContextProvider(holder as HTMLElement, {
      context: configContext,
      initialValue: { apiBase: '', lang: 'en' },
    });
    holder.append(probe);
    await says(holder, 'hello', 'the provider’s en counts');
    provider.setValue({ apiBase: '', lang: 'nl' });
    await says(holder, 'hallo', 'the provider’s new language counts');
  });

  it('lets the page’s lang count under a provider without a language', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture(html`<pfw-provider><pfw-locale-probe></pfw-locale-probe></pfw-provider>`);
    await says(el, 'hello');
  });

  it('speaks Dutch when nothing says otherwise', async () => {
    const el = await fixture(html`<div><pfw-locale-probe></pfw-locale-probe></div>`);
    await el.querySelector<LocaleProbe>('pfw-locale-probe')!.updateComplete;
    expect(said(el)).to.equal('hallo');
  });

  it('renders again when a lang attribute changes: on the page, a section above, the provider, the widget', async () => {
    const el = await fixture(
      html`<pfw-provider><section><pfw-locale-probe></pfw-locale-probe></section></pfw-provider>`,
    );
    const section = el.querySelector('section')!;
    const probe = el.querySelector('pfw-locale-probe')!;
    await says(el, 'hallo');
    document.documentElement.lang = 'en';
    await says(el, 'hello', 'after <html lang="en">');
    section.lang = 'nl';
    await says(el, 'hallo', 'after <section lang="nl">');
    (el as HTMLElement).lang = 'en';
    section.removeAttribute('lang');
    await says(el, 'hello', 'after <pfw-provider lang="en"> and the section’s lang removed');
    probe.setAttribute('lang', 'nl');
    await says(el, 'hallo', 'after the widget’s own lang="nl"');
  });
});
