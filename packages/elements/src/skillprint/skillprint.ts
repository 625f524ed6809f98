/**
 * <pfw-skillprint>: the element holds the properties, the chart and the actions. Loading and the
 * signature check are SkillprintLoader's (loader.ts), the card is drawn by card.ts (also for the
 * print window, print.ts), and the owner's share panel is a lazy part (sharing.ts) with a small
 * port.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ShareLink, SignedSkillprint } from '@pfw/contract';
import type { SharingController } from './sharing.js';
import type { RadarChart } from './chart.js';
import { SkillprintLoader } from './loader.js';
import { renderCard, rowsOf, type CardView, type SkillprintVariant } from './card.js';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
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
 * @csspart sharing - The owner's share links.
 *
 * @cssproperty --pfw-skillprint-max-width - Widest the card grows. Default 48rem.
 */
export class PfwSkillprint extends PfwElement {
  static override styles = [...PfwElement.styles, cardStyles, styles];

  /** Show this skillprint (it is checked like any other). */
  @property({ attribute: false }) signed?: SignedSkillprint;
  /** Load the skillprint with this id (needs the owner's token, or an employer's after consent). */
  @property({ attribute: 'skillprint-id' }) skillprintId?: string;
  /** Load the skillprint behind this share link token. */
  @property({ attribute: 'share-token' }) shareToken?: string;
  /** full for the job seeker, compact for lists and HR tools, print for the one-page version. */
  @property({ reflect: true }) variant: SkillprintVariant = 'full';
  /** Show the owner's share links (needs the owner's token). */
  @property({ type: Boolean }) sharing = false;
  /** A name to show in the title. Never sent anywhere: the skillprint itself has none. */
  @property() name?: string;
  /** Where share links point: the token is added at the end, e.g. https://portal.example.nl/skillprint#. */
  @property({ attribute: 'share-url' }) shareUrl?: string;

  @state() private asTable = false;
  @state() private announcement = '';
  @state() private chartState: 'waiting' | 'loading' | 'ready' | 'failed' = 'waiting';

  // A plain getter, not @query: the entry then does not carry the query decorator.
  private get canvas(): HTMLCanvasElement | null {
    return this.renderRoot.querySelector('canvas');
  }

  private readonly locale = new LocaleController<Messages>(
    this,
    { nl, en: () => import('./i18n/en.js') },
    this.providerLang,
  );
  private readonly loader = new SkillprintLoader(this, {
    report: (error) => this.reportError(error),
    shown: () => void (this.sharing && this.startSharing()),
  });
  private loadKey?: string;
  private sharingController?: SharingController;
  private chart?: RadarChart;
  private resolveChart!: () => void;
  /** Resolves when the profile chart has been drawn (or failed): after the card's first paint. */
  readonly chartReady = new Promise<void>((resolve) => (this.resolveChart = resolve));

  /** The skillprint on show, once loaded. */
  get skillprint(): SignedSkillprint | undefined {
    return this.loader.shown;
  }

  /** Whether the signature holds for exactly this content. */
  get verified(): boolean {
    return this.loader.verification === 'verified';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const client = this.client;
    const key = `${client.baseUrl}|${this.skillprintId ?? ''}|${this.shareToken ?? ''}`;
    if (changed.has('signed') && this.signed) void this.loader.show(this.signed, client);
    else if (!this.signed && key !== this.loadKey && (this.skillprintId || this.shareToken)) {
      this.loadKey = key;
      this.load();
    }
  }

  protected override updated(): void {
    if (this.loader.shown && this.variant !== 'compact' && this.chartState === 'waiting' && this.canvas)
      void this.drawChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
  }

  private load(): void {
    void this.loader.load(this.client, this.skillprintId, this.shareToken);
  }

  private async drawChart(): Promise<void> {
    this.chartState = 'loading';
    try {
      const { drawRadar } = await import('./chart.js');
      await this.updateComplete;
      if (!this.canvas || !this.loader.shown) return;
      // The print version is there to be printed: no animation at all (reduced motion is chart.ts's).
      this.chart = drawRadar(
        this.canvas,
        rowsOf(this.loader.shown, this.loader.skills, this.locale.lang),
        this.variant !== 'print',
      );
      this.chartState = 'ready';
    } catch {
      this.chartState = 'failed';
    } finally {
      this.resolveChart();
    }
  }

  /** The share panel is a lazy part (most views never need it); it gets a small port. */
  private async startSharing(): Promise<void> {
    if (this.sharingController) return void this.sharingController.load();
    // English panel texts load alongside, so the panel never shows Dutch first.
    const [{ SharingController }] = await Promise.all([
      import('./sharing.js'),
      this.locale.lang === 'en' && import('./i18n/sharing.en.js'),
    ]);
    this.sharingController = new SharingController(this, {
      client: () => this.client,
      skillprintId: () => this.loader.shown?.skillprint.id,
      locale: this.locale,
      announce: (text) => (this.announcement = text),
      report: (error) => this.reportError(error),
      shareUrl: () => this.shareUrl,
    });
    this.requestUpdate();
  }

  /** Open the one-page print version in its own window and print it (the host page is not printed). */
  async print(): Promise<void> {
    const { printCard } = await import('./print.js');
    if (this.chartState === 'loading') await this.chartReady;
    // The picture of the chart as it ends, not a frame of its animation.
    this.chart?.finish();
    const chart = this.canvas && this.chartState === 'ready' ? this.canvas.toDataURL() : undefined;
    const { shown, skills } = this.loader;
    const card = shown && renderCard(this.view(), shown, skills, 'print', chart);
    if (card && !printCard(this, card, this.locale, shown.skillprint.id))
      this.announcement = this.locale.t.printBlocked;
  }

  /** What the card shows besides the skillprint. */
  private view(): CardView {
    const { t, lang } = this.locale;
    const { verification } = this.loader;
    return { t, lang, name: this.name, verification, asTable: this.asTable, chartState: this.chartState };
  }

  protected override render() {
    const { t } = this.locale;
    const { failure } = this.loader;
    if (failure)
      return html`<div class="message error" role="alert">
        <p>${t[failure]}</p>
        ${failure === 'loadError' ? html`<button type="button" @click=${() => this.load()}>${t.retry}</button>` : nothing}
      </div>`;
    if (!this.loader.shown) return html`<p class="message" role="status">${t.loading}</p>`;
    // One root element: it carries the widget's own text (see baseStyles).
    return html`<div>
      ${renderCard(this.view(), this.loader.shown, this.loader.skills, this.variant)}
      ${
        this.variant === 'full'
          ? html`<div part="actions" class="actions">
            <button type="button" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>${this.asTable ? t.showBars : t.showTable}</button>
            <button type="button" @click=${() => void this.print()}>${t.print}</button>
          </div>`
          : nothing
      }
      ${this.sharing && this.variant === 'full' && this.sharingController ? this.sharingController.render() : nothing}
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
  }
}
