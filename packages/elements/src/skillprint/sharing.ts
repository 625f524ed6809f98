/**
 * The owner's share links, loaded only when `sharing` is on (most views never need it): make a
 * link with an expiry, copy it, see the links, stop one; and the owner's credentials
 * (credentials.ts: confirmations by others, the skillprint as an Open Badge). The panel brings its own texts and
 * styles, so the card's first load carries none of them.
 */
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { routes, type ShareLink } from '@pfw/contract';
import type { TextLang } from '@pfw/contract';
import { LocaleController } from '../base/locale.js';
import nl, { type SharingMessages } from './i18n/sharing.nl.js';
import { sharingStyles } from './sharing.styles.js';
import { addStyles, controlStyles } from './parts.styles.js';
import { CredentialsPanel, type CredentialsPort } from './credentials.js';

const SHARE_DAYS = [7, 30, 90];

/** What the share panel needs of its skillprint element: a small port, not the element. */
export interface SharingPort extends CredentialsPort {
  /** Where share links point (the token is added at the end); this page by default. */
  shareUrl(): string | undefined;
}

export class SharingController implements ReactiveController {
  private links: ShareLink[] = [];
  private fresh?: { token: string; url: string };
  /** The fresh link was copied: said on screen beside the button too (the live region is unseen). */
  private copied = false;
  private readonly locale: LocaleController<SharingMessages, TextLang>;
  private readonly credentials: CredentialsPanel;

  constructor(
    private readonly host: LitElement,
    private readonly port: SharingPort,
  ) {
    // The panel brings its own styles.
    addStyles(host, controlStyles, sharingStyles);
    // The card's own attribute first (as for the card), then the language the card speaks.
    this.locale = new LocaleController<SharingMessages, TextLang>(
      host,
      {
        nl,
        en: () => import('./i18n/sharing.en.js'),
        ar: () => import('./i18n/sharing.ar.js'),
        tr: () => import('./i18n/sharing.tr.js'),
        pl: () => import('./i18n/sharing.pl.js'),
        uk: () => import('./i18n/sharing.uk.js'),
        a2: () => import('./i18n/sharing.a2.js'),
      },
      () => port.locale.lang,
    );
    this.credentials = new CredentialsPanel(host, port, () => this.locale.t);
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  async load(): Promise<void> {
    const id = this.port.skillprintId();
    if (!id) return;
    void this.credentials.load();
    try {
      this.links = (await this.port.client().request(routes.listShareLinks, { params: { id } })).items;
      this.host.requestUpdate();
    } catch (error) {
      this.port.report(error);
    }
  }

  private async share(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const days = Number(new FormData(event.target as HTMLFormElement).get('days'));
    try {
      const link = await this.port.client().request(routes.createShareLink, {
        params: { id: this.port.skillprintId()! },
        body: { expiresInDays: days },
      });
      this.fresh = {
        token: link.token,
        // After `#`: a query string ends up in web-server logs, analytics and Referer headers.
        url: `${this.port.shareUrl() ?? `${location.origin}${location.pathname}#share=`}${link.token}`,
      };
      this.copied = false;
      this.port.announce(this.locale.t.newLink);
      await this.load();
      this.host.dispatchEvent(
        new CustomEvent('pfw-skillprint-shared', {
          detail: { link, url: this.fresh.url },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.port.report(error);
    }
  }

  private async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied = true;
      this.port.announce(this.locale.t.copied);
    } catch {
      // No clipboard (permissions): the link is on screen to copy by hand.
      this.port.announce(url);
    }
  }

  private async revoke(id: string): Promise<void> {
    try {
      await this.port.client().request(routes.revokeShareLink, { params: { id } });
      this.port.announce(this.locale.t.revoked);
      await this.load();
      // Its button is gone: the keyboard goes to what the link is now ("Gestopt"), not to the page's top.
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#link-${id}`)?.focus();
    } catch (error) {
      this.port.report(error);
    }
  }

  render() {
    const t = this.locale.t;
    return html`<section part="sharing" class="sharing" aria-labelledby="share-title">
      <h3 id="share-title">${t.shareTitle}</h3>
      <p>${t.shareHelp}</p>
      <form @submit=${(e: SubmitEvent) => this.share(e)}>
        <label for="days">${t.expiry}</label>
        <select id="days" name="days">
          ${SHARE_DAYS.map((d) => html`<option value=${d} ?selected=${d === 30}>${t.days(d)}</option>`)}
        </select>
        <button class="primary" type="submit">${t.makeLink}</button>
      </form>
      ${
        this.fresh
          ? html`<p class="link">
              <code>${this.fresh.url}</code>
              <button type="button" @click=${() => this.copy(this.fresh!.url)}>${t.copy}</button>
              ${this.copied ? html`<span class="muted">✓ ${t.copied}</span>` : nothing}
            </p>`
          : nothing
      }
      <h4>${t.links}</h4>
      ${
        this.links.length
          ? html`<ul>
            ${this.links.map(
              (l) => html`<li class="link">
                <code>${l.token}</code>
                <span>${l.purpose === 'print' ? `${t.forPrint} · ` : ''}${t.madeOn(new Date(l.createdAt))}</span>
                <span id="link-${l.id}" tabindex="-1">${l.revokedAt ? t.stopped : t.until(new Date(l.expiresAt))}</span>
                ${l.revokedAt ? nothing : html`<button type="button" @click=${() => this.revoke(l.id)}>${t.revoke}</button>`}
              </li>`,
            )}
          </ul>`
          : html`<p>${t.noLinks}</p>`
      }
    </section>
    ${this.credentials.render()}`;
  }
}
