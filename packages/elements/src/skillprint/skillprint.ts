/**
 * <pfw-skillprint>: the element holds the properties, the chart and the actions. Loading and the
 * signature check are SkillprintLoader's (loader.ts), the card is drawn by card.ts (also for the
 * print window, print.ts), and the owner's share panel (sharing.ts) and printing (print-form.ts)
 * are lazy parts with a small port.
 */
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { ShareLink, SignedSkillprint, TextLang } from '@pfw/contract';
import type { SharingController, SharingPort } from './sharing.js';
import type { PrintChoice, PrintController, PrintPort } from './print-form.js';
import type { RadarChart } from './chart.js';
import { SkillprintLoader } from './loader.js';
import { renderCard, rowsOf, type CardView, type SkillprintVariant } from './card.js';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController, inLang } from '../base/locale.js';
import { cardStyles, styles } from './skillprint.styles.js';
import nl, { type Messages } from './i18n/nl.js';

export type { SkillprintVariant };

/**
 * A skillprint: the skills a person showed, each with its level and how sure we are, their
 * strengths in plain words, and a check that the server's signature holds. Renders from a
 * skillprint object, an id (fetched with the user's token) or a share-link token.
 *
 * @tagname pfw-skillprint
 * @summary The skillprint card: full, compact or the one-page print version.
 *
 * @fires pfw-skillprint-loaded - The skillprint is shown. `detail: { skillprint, verified }`.
 * @fires pfw-skillprint-shared - The owner made a share link. `detail: { link, url }`.
 * @fires pfw-skillprint-printed - The print window opened. `detail: { skillprintId }`.
 * @fires pfw-skillprint-credential - The owner downloaded the skillprint as an Open Badge. `detail: { credential }` (an IssuedCredential).
 * @fires pfw-skillprint-claim-added - The owner added a school's confirmation (a code) or a badge; it may bring certificates, so a match list or learning plan on the page can `load()` again.
 * @fires pfw-error - Loading failed. `detail.problem` says why.
 *
 * @csspart card - The card.
 * @csspart badge - The "checked" badge.
 * @csspart strengths - The strengths.
 * @csspart chart - The profile chart (decoration: the same facts are in the text and the table).
 * @csspart bars - The list of skills with their level.
 * @csspart table - The table of skills.
 * @csspart poor-fit - The note that the answers did not hang together, so the levels say little ("we konden dit niet goed meten").
 * @csspart provisional - The note that levels and percentiles are a provisional estimate (while the bank is).
 * @csspart actions - The print and share buttons.
 * @csspart print-form - The form before printing: a name for the paper and, for the owner, a QR code.
 * @csspart sharing - The owner's share links.
 * @csspart claims - What schools and trainers confirmed ("Bevestigd door …"), beside the measured levels; the owner adds a code or a badge there.
 * @csspart credentials - The owner's skillprint as an Open Badge: download, withdraw.
 *
 * @cssproperty --pfw-skillprint-max-width - Widest the card grows. Default 48rem.
 */
export class PfwSkillprint extends PfwElement {
  static override styles = [...PfwElement.styles, cardStyles, styles];
  static override properties: PropertyDeclarations = {
    signed: { attribute: false },
    skillprintId: { attribute: 'skillprint-id' },
    shareToken: { attribute: 'share-token' },
    variant: { reflect: true },
    sharing: { type: Boolean },
    name: {},
    shareUrl: { attribute: 'share-url' },
    verifyUrl: { attribute: 'verify-url' },
    asTable: { state: true },
    announcement: { state: true },
    chartState: { state: true },
  };

  /** Show this skillprint (it is checked like any other). */
  signed?: SignedSkillprint;
  /** Load the skillprint with this id (needs the owner's token, or an employer's after consent). */
  skillprintId?: string;
  /** Load the skillprint behind this share link token. */
  shareToken?: string;
  /** full for the job seeker, compact for lists and HR tools, print for the one-page version. */
  variant: SkillprintVariant = 'full';
  /** Show the owner's share links (needs the owner's token). */
  sharing = false;
  /** A name to show in the title. Never sent anywhere: the skillprint itself has none. */
  name?: string;
  /** Where share links point: the token is added at the end, e.g. https://portal.example.nl/skillprint#. */
  shareUrl?: string;
  /**
   * The partner's verify page, a full address such as https://example.org/verify.html (a QR code
   * leaves this page): the owner (with `sharing`) can put a QR code on the paper that opens it
   * with a proof of this skillprint.
   */
  verifyUrl?: string;

  private asTable = false;
  private announcement = '';
  private chartState: 'waiting' | 'loading' | 'ready' | 'failed' = 'waiting';

  // A plain getter, not @query: the entry then does not carry the query decorator.
  get #canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas');
  }

  readonly #locale = new LocaleController<Messages, TextLang>(
    this,
    {
      nl,
      en: () => import('./i18n/en.js'),
      ar: () => import('./i18n/ar.js'),
      tr: () => import('./i18n/tr.js'),
      pl: () => import('./i18n/pl.js'),
      uk: () => import('./i18n/uk.js'),
      a2: () => import('./i18n/a2.js'),
    },
    this.providerLang,
  );
  readonly #loader = new SkillprintLoader(this, {
    report: (error) => this.reportError(error),
    shown: () => void (this.sharing && this.#startSharing()),
  });
  #loadKey?: string;
  #sharingController?: SharingController;
  #printing?: PrintController;
  #port?: SharingPort & PrintPort;
  #chart?: RadarChart;
  /** The language of the chart's names. */
  #chartLang?: string;
  #resolveChart!: () => void;
  /** Resolves when the profile chart has been drawn (or failed): after the card's first paint. */
  readonly chartReady = new Promise<void>((resolve) => (this.#resolveChart = resolve));

  /** The skillprint on show, once loaded. */
  get skillprint(): SignedSkillprint | undefined {
    return this.#loader.shown;
  }

  /** Whether the signature holds for exactly this content. */
  get verified(): boolean {
    return this.#loader.verification === 'verified';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const client = this.client;
    const key = `${client.baseUrl}|${this.skillprintId ?? ''}|${this.shareToken ?? ''}`;
    if (changed.has('signed') && this.signed) void this.#loader.show(this.signed, client);
    else if (!this.signed && key !== this.#loadKey && (this.skillprintId || this.shareToken)) {
      this.#loadKey = key;
      this.#load();
    }
  }

  protected override updated(): void {
    // A canvas is there only once a skillprint is shown, in the variants with a chart; another
    // language draws the names again.
    const relabel = this.chartState === 'ready' && this.#chartLang !== this.#locale.lang;
    if ((this.chartState === 'waiting' || relabel) && this.#canvas) void this.#drawChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#chart?.destroy();
  }

  #load(): void {
    void this.#loader.load(this.client, this.skillprintId, this.shareToken);
  }

  async #drawChart(): Promise<void> {
    this.chartState = 'loading';
    try {
      const { drawRadar } = await import('./chart.js');
      await this.updateComplete;
      if (!this.#canvas || !this.#loader.shown) return;
      // The print version is there to be printed: no animation at all (reduced motion is chart.ts's).
      this.#chart?.destroy();
      this.#chartLang = this.#locale.lang;
      this.#chart = drawRadar(
        this.#canvas,
        rowsOf(this.#loader.shown, this.#loader.skills, this.#locale.lang),
        this.variant !== 'print',
      );
      this.chartState = 'ready';
    } catch {
      this.chartState = 'failed';
    } finally {
      this.#resolveChart();
    }
  }

  /**
   * What the lazy parts (the share panel, printing) need of the card: one small port for both,
   * made when the first of them loads.
   */
  #portOf(): SharingPort & PrintPort {
    return (this.#port ??= {
      client: () => this.client,
      locale: this.#locale,
      announce: (text) => (this.announcement = text),
      report: (error) => this.reportError(error),
      skillprintId: () => this.#loader.shown?.skillprint.id,
      skillLabel: (id) => inLang(this.#loader.skills.find((s) => s.id === id)?.label, this.#locale.lang) ?? id,
      shareUrl: () => this.shareUrl,
      name: () => this.name,
      // Only the owner can make the link the proof needs; `sharing` is how a page says the viewer is the owner.
      proofOffered: () => !!this.verifyUrl && this.sharing,
      paper: () => {
        const { shown, skills } = this.#loader;
        return (
          shown && {
            skillprintId: shown.skillprint.id,
            skills: rowsOf(shown, skills, this.#locale.lang),
            card: (extras) => renderCard({ ...this.#view(), ...extras }, shown, skills, 'print'),
          }
        );
      },
      verifyUrl: () => this.verifyUrl,
      linkMade: () => void this.#sharingController?.load(),
    });
  }

  /** The share panel is a lazy part (most views never need it). */
  async #startSharing(): Promise<void> {
    if (this.#sharingController) return void this.#sharingController.load();
    // English panel texts load alongside, so the panel never shows Dutch first.
    const [{ SharingController }] = await Promise.all([
      import('./sharing.js'),
      this.#locale.lang === 'en' && import('./i18n/sharing.en.js'),
    ]);
    this.#sharingController = new SharingController(this, this.#portOf());
    this.requestUpdate();
  }

  /** Printing is a lazy part (the form, the paper, its texts). */
  async #printPart(): Promise<PrintController> {
    const { PrintController } = await import('./print-form.js');
    return (this.#printing ??= new PrintController(this, this.#portOf()));
  }

  /**
   * Open the one-page print version in its own window and print it (the host page is not
   * printed): with `holderName` at the top, and with `proof` a QR code that leads to `verify-url`.
   */
  async print(choice?: PrintChoice): Promise<void> {
    await (await this.#printPart()).print(choice);
  }

  /** What the card shows besides the skillprint. */
  #view(): CardView {
    const { t, lang } = this.#locale;
    const { verification } = this.#loader;
    // A share link is for others: whoever opens one is not the owner.
    return {
      t,
      lang,
      name: this.name,
      forOthers: !!this.shareToken,
      verification,
      asTable: this.asTable,
      chartState: this.chartState,
    };
  }

  protected override render() {
    const { t } = this.#locale;
    const { failure } = this.#loader;
    if (failure)
      return html`<div class="message error" role="alert">
        <p>${t[failure]}</p>
        ${failure === 'loadError' ? html`<button type="button" @click=${() => this.#load()}>${t.retry}</button>` : nothing}
      </div>`;
    if (!this.#loader.shown) return html`<p class="message" role="status">${t.loading}</p>`;
    // One root element: it carries the widget's own text (see baseStyles).
    return html`<div>
      ${renderCard(this.#view(), this.#loader.shown, this.#loader.skills, this.variant)}
      ${
        this.variant === 'full'
          ? html`<div part="actions" class="actions">
            <button type="button" aria-pressed=${this.asTable} @click=${() => (this.asTable = !this.asTable)}>${this.asTable ? t.showBars : t.showTable}</button>
            <button type="button" aria-expanded=${!!this.#printing?.isOpen} @click=${() => void this.#printPart().then((p) => p.toggle())}>${t.print}</button>
          </div>
          ${this.#printing?.render()}`
          : nothing
      }
      ${this.sharing && this.variant === 'full' && this.#sharingController ? this.#sharingController.render() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

export interface SkillprintLoadedDetail {
  skillprint: SignedSkillprint;
  verified: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-skillprint-loaded': CustomEvent<SkillprintLoadedDetail>;
    'pfw-skillprint-shared': CustomEvent<{ link: ShareLink; url: string }>;
    'pfw-skillprint-printed': CustomEvent<{ skillprintId?: string }>;
    'pfw-skillprint-claim-added': CustomEvent<undefined>;
  }
}
