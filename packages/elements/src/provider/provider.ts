import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { configContext, type PfwConfig } from '../base/context.js';
import { toLang } from '../base/locale.js';
import { VERSION } from '../version.js';

/**
 * Configure every Passport for Work widget inside it at once: where the API is, the partner's
 * key or a user's token, and the language. It renders only its children.
 *
 * @tagname pfw-provider
 * @summary Configuration for the widgets inside it.
 * @slot - The widgets (and any other content of the page).
 */
export class PfwProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    token: { attribute: false },
    lang: { reflect: true },
  };
  static pfwVersion = VERSION;

  /** Where the API lives, e.g. https://api.example.nl. Empty for the page's own origin. */
  apiBase = '';

  /** The partner's publishable key (browser-safe, bound to its origins). */
  publishableKey?: string;

  /** A short-lived token minted by the partner's server. Set as a property, never as an attribute. */
  token?: string;

  /** Language of the widgets: nl, en, ar, tr, pl or uk (a widget without that language speaks English). Without it, the nearest lang attribute counts. */
  override lang = '';

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: this.snapshot() });

  private snapshot(): PfwConfig {
    return {
      apiBase: this.apiBase,
      publishableKey: this.publishableKey,
      token: this.token,
      lang: toLang(this.lang),
    };
  }

  protected override updated(): void {
    this.provider.setValue(this.snapshot());
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  // The provider adds no box of its own.
  static override styles = css`
    :host {
      display: contents;
    }
  `;
}
