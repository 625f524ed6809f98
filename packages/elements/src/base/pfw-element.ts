/**
 * The one base class of every widget: the shared tokens and styles, the configuration (own
 * attributes first, then the nearest <pfw-provider>), the API client and localisation.
 * Kept to this one level on purpose: behaviour that only some widgets need goes in controllers.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createClient, type Client, type Problem, type ReadingLang, ApiError } from '@pfw/contract';
import { configContext, type PfwConfig } from './context.js';
import { baseStyles, registerTokens, visuallyHidden } from './tokens.js';
import { VERSION } from '../version.js';

export class PfwElement extends LitElement {
  static pfwVersion = VERSION;
  static override styles = [baseStyles, visuallyHidden];
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    token: { attribute: false },
    inherited: { state: true },
  };

  /** Runs once per widget class, when its tag is defined: the typed colour tokens (see tokens.ts). */
  protected static override finalize(): void {
    registerTokens();
    super.finalize();
  }

  /** Where the API lives. Overrides the provider's. */
  apiBase?: string;

  /** The partner's publishable key. Overrides the provider's. */
  publishableKey?: string;

  /** A short-lived token from the partner's server. Not an attribute: tokens do not belong in markup. */
  token?: string;

  protected inherited?: PfwConfig;

  private readonly configConsumer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: (config) => (this.inherited = config),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A <pfw-provider> defined after this widget never heard its request (a partner page may load
    // the provider's script last): ask again once the tag is defined.
    if (!this.inherited && document.querySelector('pfw-provider:not(:defined)')) {
      void customElements.whenDefined('pfw-provider').then(() => {
        if (this.isConnected && !this.inherited) this.configConsumer.hostConnected();
      });
    }
  }

  private cachedClient?: { key: string; client: Client };

  /** The configuration in force: own settings over the provider's. */
  protected get config(): PfwConfig {
    const from = this.inherited;
    return {
      apiBase: this.apiBase ?? from?.apiBase ?? '',
      publishableKey: this.publishableKey ?? from?.publishableKey,
      token: this.token ?? from?.token,
      lang: from?.lang,
    };
  }

  /** The typed API client for the configuration in force (made again only when it changes). */
  protected get client(): Client {
    const config = this.config;
    const key = `${config.apiBase}\u0000${config.publishableKey ?? ''}\u0000${config.token ?? ''}`;
    if (this.cachedClient?.key !== key) {
      this.cachedClient = {
        key,
        client: createClient({
          baseUrl: config.apiBase,
          credentials: () => ({ token: config.token, publishableKey: config.publishableKey }),
        }),
      };
    }
    return this.cachedClient.client;
  }

  /** The provider's language, for LocaleController's fallback. */
  protected providerLang = (): ReadingLang | undefined => this.inherited?.lang;

  /** Tell the host page something went wrong (it also shows in the widget). */
  protected reportError(error: unknown): Problem {
    const problem: Problem =
      error instanceof ApiError
        ? error.problem
        : { type: 'about:blank', title: 'Something went wrong', status: 500, detail: String(error) };
    this.dispatchEvent(new CustomEvent('pfw-error', { detail: { problem }, bubbles: true, composed: true }));
    return problem;
  }
}

export interface PfwErrorDetail {
  problem: Problem;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-error': CustomEvent<PfwErrorDetail>;
  }
}
