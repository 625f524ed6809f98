import { expect, waitUntil } from '@open-wc/testing';
import { PfwElement } from './pfw-element.js';

/** A widget that shows the token its configuration carries. */
class ConfigProbe extends PfwElement {
  get configuredToken(): string | undefined {
    return this.config.token;
  }
}

// Its own page (web-test-runner runs each file alone), so <pfw-provider> is not defined yet.
describe('a provider defined after its widgets', () => {
  it('still configures them: a partner page may load the provider script last', async () => {
    customElements.define('pfw-config-probe', ConfigProbe);
    const provider = document.createElement('pfw-provider') as HTMLElement & { token?: string };
    provider.token = 'token-from-the-partner';
    const probe = document.createElement('pfw-config-probe') as ConfigProbe;
    provider.append(probe);
    document.body.append(provider);
    await probe.updateComplete;
    expect(probe.configuredToken, 'no provider yet').to.equal(undefined);

    await import('../define/pfw-provider.js');
    await waitUntil(() => probe.configuredToken === 'token-from-the-partner', 'the widget got the provider’s token');
    provider.remove();
  });
});
