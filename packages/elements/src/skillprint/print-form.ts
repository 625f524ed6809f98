/**
 * Printing, a lazy part of the card (loaded on the first click on "print"): first a small form
 * (a name for the paper and, for the owner, a QR code that proves it), then the paper in its own
 * window (print.ts). It brings its own texts and styles, like the share panel.
 */
import { html, nothing, type LitElement } from 'lit';
import { routes, type Client, type TextLang } from '@pfw/contract';
import { LocaleController } from '../base/locale.js';
import nl, { type PrintMessages } from './i18n/print.nl.js';
import en from './i18n/print.en.js';
import { addStyles, controlStyles } from './parts.styles.js';
import { printFormStyles } from './print.styles.js';
import { openPrintWindow, printCard, type Paper } from './print.js';

/** What the owner chose in the form. */
export interface PrintChoice {
  /** The name at the top of the paper; never sent anywhere or kept. */
  holderName?: string;
  /** A QR code that leads to the partner's verify page with a proof of this skillprint. */
  proof?: boolean;
}

/** What printing needs of its skillprint element: a small port, not the element. */
export interface PrintPort {
  /** The card's language now. */
  locale: { readonly lang: TextLang };
  /** The name the page gave the card: the form starts with it. */
  name(): string | undefined;
  /** Whether to offer the QR code: there is a verify page, and the viewer owns the skillprint. */
  proofOffered(): boolean;
  /** What there is to print; nothing before the skillprint is shown. */
  paper(): Paper | undefined;
  /** The partner's verify page (`verify-url`). */
  verifyUrl(): string | undefined;
  client(): Client;
  /** Dispatch pfw-error. */
  report(error: unknown): void;
  /** A share link was made: the owner's list shows it (and can stop it). */
  linkMade(): void;
  /** Say this in the card's live region. */
  announce(text: string): void;
}

export class PrintController {
  /** Whether the form is on show (the print button says so with aria-expanded). */
  isOpen = false;
  private readonly locale: LocaleController<PrintMessages, TextLang>;

  constructor(
    private readonly host: LitElement,
    private readonly port: PrintPort,
  ) {
    addStyles(host, controlStyles, printFormStyles);
    // The card's own attribute first (as for the card), then the language the card speaks. Dutch
    // and English come with this part (it loads on demand, so English never shows Dutch first);
    // the other languages are a small chunk each.
    this.locale = new LocaleController<PrintMessages, TextLang>(
      host,
      {
        nl,
        en: async () => ({ default: en }),
        ar: () => import('./i18n/print.ar.js'),
        tr: () => import('./i18n/print.tr.js'),
        pl: () => import('./i18n/print.pl.js'),
        uk: () => import('./i18n/print.uk.js'),
        a2: () => import('./i18n/print.a2.js'),
      },
      () => port.locale.lang,
    );
  }

  /** Show or hide the form; focus goes to its first field, and back to the print button when it closes. */
  async toggle(open = !this.isOpen): Promise<void> {
    this.isOpen = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(open ? '#holder-name' : 'button[aria-expanded]')?.focus();
  }

  /**
   * Print the paper: the chart's picture first (the chart is loaded by then), then the window,
   * then the proof's link is made and drawn into it.
   */
  async print({ holderName = this.port.name(), proof }: PrintChoice = {}): Promise<void> {
    const t = this.locale.t;
    const paper = this.port.paper();
    if (!paper) return;
    // Without its picture when the chart cannot load: the table on paper says it all.
    const chartImage = await import('./chart.js').then(
      ({ radarPicture }) => radarPicture(this.host.renderRoot, paper.skills),
      () => undefined,
    );
    const popup = openPrintWindow();
    if (!popup) return this.port.announce(t.printBlocked);
    const verifyUrl = proof ? await this.verifyLink() : undefined;
    if (proof && !verifyUrl) {
      popup.close();
      return this.port.announce(t.proofFailed);
    }
    await printCard(popup, this.host, {
      ...paper,
      chartImage,
      lang: this.locale.tag,
      verifyUrl,
      holderName,
      scanToCheck: t.scanToCheck,
    });
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    void this.toggle(false);
    void this.print({ holderName: String(data.get('holder-name')).trim(), proof: data.has('proof') });
  }

  /**
   * The address the paper's QR code holds: the verify page (<pfw-credential-check read-location>)
   * with a share link of this skillprint that works for a year (`#share=<token>`; the owner can
   * stop it). Undefined when there is no verify page or the link could not be made (that goes out
   * as pfw-error).
   */
  private async verifyLink(): Promise<string | undefined> {
    const page = this.port.verifyUrl();
    const paper = this.port.paper();
    if (!page || !paper) return undefined;
    try {
      const { token } = await this.port.client().request(routes.createShareLink, {
        params: { id: paper.skillprintId },
        body: { expiresInDays: 365, purpose: 'print' },
      });
      this.port.linkMade();
      return `${page}#share=${token}`;
    } catch (error) {
      this.port.report(error);
      return undefined;
    }
  }

  render() {
    if (!this.isOpen) return nothing;
    const t = this.locale.t;
    // autocomplete off: the name may be typed on a shared computer (a library, a job centre), and
    // is not kept anywhere, not even by the browser.
    return html`<form
      part="print-form"
      class="print-form"
      aria-labelledby="print-title"
      @submit=${(e: SubmitEvent) => this.submit(e)}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.toggle(false)}
    >
      <h3 id="print-title">${t.formTitle}</h3>
      <label for="holder-name">${t.holderName}</label>
      <input id="holder-name" name="holder-name" type="text" autocomplete="off" value=${this.port.name() ?? ''} />
      ${
        this.port.proofOffered()
          ? html`<div class="check">
            <input id="proof" name="proof" type="checkbox" aria-describedby="proof-help" />
            <label for="proof">${t.proof}</label>
            <p id="proof-help" class="help">${t.proofHelp}</p>
          </div>`
          : nothing
      }
      <div class="buttons">
        <button class="primary" type="submit">${t.printNow}</button>
        <button type="button" @click=${() => this.toggle(false)}>${t.cancel}</button>
      </div>
    </form>`;
  }
}
