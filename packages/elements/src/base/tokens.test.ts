/**
 * Another copy or version of the widgets on the same page registered the typed colour tokens
 * first (as if its script ran earlier): this copy's widgets still define, render and theme.
 * The tags are defined only after that registration, so this file imports them itself.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MOCK_KEYS } from '@pfw/api-mock';
import { startMockApi } from '../../test/mock-api.js';
import { TOKENS, registerTokens } from './tokens.js';
import type { PfwElement } from './pfw-element.js';

describe('typed colour tokens next to another copy of the widgets', () => {
  before(async () => {
    await startMockApi();
    // What an earlier copy did: the same syntax, its own default.
    CSS.registerProperty({
      name: '--pfw-color-primary',
      syntax: '<color>',
      inherits: true,
      initialValue: TOKENS['color-primary'],
    });
    await import('../define/pfw-assessment.js');
  });

  it('defines and renders; every colour token is registered, an invalid value still falls back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--pfw-color-on-primary: 12px">
      <pfw-assessment api-base="" publishable-key=${MOCK_KEYS.publishable}></pfw-assessment>
    </div>`);
    const el = wrapper.querySelector<PfwElement>('pfw-assessment')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(() => registerTokens()).not.to.throw();
    for (const name of Object.keys(TOKENS).filter((n) => n.startsWith('color-'))) {
      // Registering a name a second time throws: so each one is registered.
      expect(
        () => CSS.registerProperty({ name: `--pfw-${name}`, syntax: '<color>', inherits: true, initialValue: 'red' }),
        name,
      ).to.throw();
    }
    const start = el.shadowRoot!.querySelector('button.primary')!;
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle(start).color).to.equal('rgb(255, 255, 255)');
  });
});
