import { expect, fixture, html } from '@open-wc/testing';
import { nearestLang, toLang } from './locale.js';

describe('locale', () => {
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
});
