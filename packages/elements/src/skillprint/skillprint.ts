import { adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ApiError,
  listSkillTexts,
  routes,
  type Client,
  type Lang,
  type ShareLink,
  type SignedSkillprint,
  type SkillTexts,
} from '@pfw/contract';
import { levelRange } from '@pfw/core/norms';
import type { SharingController } from './sharing.js';
import type { RadarChart } from './chart.js';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { cardStyles, styles } from './skillprint.styles.js';
import nl, { type Messages } from './i18n/nl.js';

export type SkillprintVariant = 'full' | 'compact' | 'print';
type Verification = 'checking' | 'verified' | 'not-verified';

/** The levels an 80 % interval of θ spans: the honest "it may also be…". */

/** Per API base: the skill texts and the public keys, fetched once per page. */
const skillTexts = new Map<string, Promise<SkillTexts[]>>();
const publicKeys = new Map<
  string,
  Promise<{ keys: { kty: string; kid: string; crv?: string; x?: string; y?: string }[] }>
>();

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

  @state() private shown?: SignedSkillprint;
  @state() private failure?: 'not-found' | 'expired' | 'error';
  @state() private verification: Verification = 'checking';
  @state() private skills: SkillTexts[] = [];
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
  private loadKey?: string;
  private sharingController?: SharingController;
  private chart?: RadarChart;
  private resolveChart!: () => void;
  /** Resolves when the profile chart has been drawn (or failed): after the card's first paint. */
  readonly chartReady = new Promise<void>((resolve) => (this.resolveChart = resolve));

  /** The skillprint on show, once loaded. */
  get skillprint(): SignedSkillprint | undefined {
    return this.shown;
  }

  /** Whether the signature holds for exactly this content. */
  get verified(): boolean {
    return this.verification === 'verified';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const client = this.client;
    const key = `${client.baseUrl}|${this.skillprintId ?? ''}|${this.shareToken ?? ''}`;
    if (changed.has('signed') && this.signed) void this.show(this.signed, client);
    else if (!this.signed && key !== this.loadKey && (this.skillprintId || this.shareToken)) {
      this.loadKey = key;
      void this.load(client);
    }
  }

  protected override updated(): void {
    if (this.shown && this.variant !== 'compact' && this.chartState === 'waiting' && this.canvas) void this.drawChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chart?.destroy();
  }

  private async load(client: Client): Promise<void> {
    this.failure = undefined;
    this.shown = undefined;
    try {
      const signed = this.shareToken
        ? await client.request(routes.getSharedSkillprint, { params: { token: this.shareToken } })
        : await client.request(routes.getSkillprint, { params: { id: this.skillprintId! } });
      await this.show(signed, client);
    } catch (error) {
      const problem = this.reportError(error);
      this.failure =
        problem.status === 404 ? (problem.type.endsWith('share-link-expired') ? 'expired' : 'not-found') : 'error';
    }
  }

  private async show(signed: SignedSkillprint, client: Client): Promise<void> {
    this.verification = 'checking';
    // The signature check is a lazy part: it loads while the skill texts load, and runs after the first paint.
    // A failed load leaves the skillprint unverified, like keys that cannot be fetched.
    const checker = import('./verify.js').catch(() => undefined);
    const base = client.baseUrl;
    if (!skillTexts.has(base))
      skillTexts.set(
        base,
        client.request(listSkillTexts).then((r) => r.items),
      );
    if (!publicKeys.has(base)) publicKeys.set(base, client.request(routes.getJwks));
    try {
      this.skills = await skillTexts.get(base)!;
    } catch (error) {
      skillTexts.delete(base);
      this.reportError(error);
    }
    this.shown = signed;
    if (this.sharing) void this.startSharing();
    let verified = false;
    try {
      const jwks = await publicKeys.get(base)!;
      const check = await checker;
      verified =
        !!check && (await check.checkSkillprintSignature(signed.skillprint, signed.signature, jwks.keys)).valid;
    } catch (error) {
      publicKeys.delete(base);
      if (!(error instanceof ApiError)) throw error;
    }
    this.verification = verified ? 'verified' : 'not-verified';
    this.dispatchEvent(
      new CustomEvent('pfw-skillprint-loaded', {
        detail: { skillprint: signed, verified },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async drawChart(): Promise<void> {
    this.chartState = 'loading';
    try {
      const { drawRadar } = await import('./chart.js');
      await this.updateComplete;
      if (!this.canvas || !this.shown) return;
      // The print version is there to be printed: no animation at all (reduced motion is chart.ts's).
      this.chart = drawRadar(this.canvas, this.rows(), this.variant !== 'print');
      this.chartState = 'ready';
    } catch {
      this.chartState = 'failed';
    } finally {
      this.resolveChart();
    }
  }

  private rows() {
    const { lang } = this.locale;
    const bySkill = new Map(this.skills.map((s) => [s.id, s]));
    return (this.shown?.skillprint.scores ?? []).map((score) => {
      const skill = bySkill.get(score.skillId);
      const label = skill?.label[lang] ?? score.skillId;
      return { score, skill, label, range: levelRange(score) };
    });
  }

  /** The share panel is a lazy part: most views never need it. */
  private async startSharing(): Promise<void> {
    if (this.sharingController) return void this.sharingController.load();
    // English panel texts load alongside, so the panel never shows Dutch first.
    const [{ SharingController }] = await Promise.all([
      import('./sharing.js'),
      this.locale.lang === 'en' && import('./i18n/sharing.en.js'),
    ]);
    this.sharingController = new SharingController(this);
    this.requestUpdate();
  }

  // What the share panel uses of this element.
  get apiClient(): Client {
    return this.client;
  }
  get skillprintIdShown(): string | undefined {
    return this.shown?.skillprint.id;
  }
  get language(): Lang {
    return this.locale.lang;
  }
  addStyles(extra: CSSResult): void {
    adoptStyles(this.renderRoot as ShadowRoot, [...PfwSkillprint.elementStyles, extra]);
  }
  announce(text: string): void {
    this.announcement = text;
  }
  fail(error: unknown): void {
    this.reportError(error);
  }
  linkUrl(token: string): string {
    return `${this.shareUrl ?? `${location.origin}${location.pathname}?share=`}${token}`;
  }

  /** Open the one-page print version in its own window and print it (the host page is not printed). */
  async print(): Promise<void> {
    const { printCard } = await import('./print.js');
    if (this.chartState === 'loading') await this.chartReady;
    // The picture of the chart as it ends, not a frame of its animation.
    this.chart?.finish();
    const chart = this.canvas && this.chartState === 'ready' ? this.canvas.toDataURL() : undefined;
    if (!printCard(this.renderCard('print', chart), this.locale.t.title, this.locale.lang)) {
      this.announcement = this.locale.t.printBlocked;
      return;
    }
    this.dispatchEvent(
      new CustomEvent('pfw-skillprint-printed', {
        detail: { skillprintId: this.shown?.skillprint.id },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private renderBadge() {
    const { t } = this.locale;
    const text =
      this.verification === 'verified'
        ? `✓ ${t.verified}`
        : this.verification === 'not-verified'
          ? `✗ ${t.notVerified}`
          : t.checking;
    return html`<p part="badge" class="badge ${this.verification}" role="status">${text}</p>`;
  }

  /**
   * The card itself; also rendered into the print window (then with the chart as a picture).
   * Sections are labelled with the card's title too: several cards on one page (an HR list)
   * keep distinct region names.
   */
  private renderCard(variant: SkillprintVariant, chartImage?: string): TemplateResult {
    const { t, lang } = this.locale;
    const sp = this.shown!.skillprint;
    const rows = this.rows();
    const strengths = [...rows]
      .sort((a, b) => b.score.theta - a.score.theta)
      .slice(0, variant === 'compact' ? 2 : 3)
      .map((r) => r.skill?.strength[lang] ?? r.label);
    const issued = new Date(sp.issuedAt);
    const showChart = variant !== 'compact';
    return html`
      <article part="card" class="card ${variant}" aria-labelledby="title" lang=${lang}>
        <header>
          <h2 id="title">${this.name ? t.titleOf(this.name) : t.title}</h2>
          <p class="meta">${t.made(issued)} · ${t.version(sp.assessmentVersion)}</p>
          ${this.renderBadge()}
        </header>
        <section part="strengths" class="strengths" aria-labelledby="strengths-title title">
          <h3 id="strengths-title">${t.strengths}</h3>
          <ul>
            ${strengths.map((s) => html`<li>${s}</li>`)}
          </ul>
        </section>
        <section class="profile" aria-labelledby="skills-title title">
          <h3 id="skills-title">${t.skills}</h3>
          ${
            showChart
              ? html`<div part="chart" class="chart" aria-hidden="true" data-chart=${this.chartState}>
                ${chartImage ? html`<img src=${chartImage} alt="" width="300" height="300" />` : html`<canvas width="300" height="300"></canvas>`}
              </div>`
              : nothing
          }
          <ul part="bars" class="bars" aria-hidden="true" ?hidden=${this.asTable && variant === 'full'}>
            ${rows.map(({ score, label, range: [low, high] }) => {
              const others = [1, 2, 3, 4, 5].filter((n) => n >= low && n <= high && n !== score.level);
              return html`<li class="bar">
                <span class="name">${label}</span>
                <span class="dots" title=${t.level(score.level)}>
                  ${[1, 2, 3, 4, 5].map((n) => html`<span class="dot ${n <= score.level ? 'on' : n >= low && n <= high ? 'maybe' : ''}"></span>`)}
                </span>
                <span class="note">${t.level(score.level)}. ${others.length ? t.range(others) : t.sure}</span>
              </li>`;
            })}
          </ul>
          <table part="table" class=${this.asTable && variant === 'full' ? '' : 'visually-hidden'}>
            <caption>${t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${t.colSkill}</th>
                <th scope="col">${t.colLevel}</th>
                <th scope="col">${t.colRange}</th>
                <th scope="col">${t.colPercentile}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                ({ score, label, range: [low, high] }) => html`<tr>
                  <th scope="row">${label}</th>
                  <td>${score.level}</td>
                  <td>${low === high ? '–' : `${low}–${high}`}</td>
                  <td>${score.percentile}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </section>
        ${variant === 'compact' ? nothing : this.renderPreferences()}
      </article>
    `;
  }

  private renderPreferences() {
    const sp = this.shown!.skillprint;
    if (!sp.interests.length && !sp.environment.length) return nothing;
    const { t } = this.locale;
    return html`<section class="pair">
      ${
        sp.interests.length
          ? html`<div><h3>${t.interests}</h3><ul>${sp.interests.filter((i) => i.score >= 50).map((i) => html`<li>${i.interestId}</li>`)}</ul></div>`
          : nothing
      }
      ${sp.environment.length ? html`<div><h3>${t.environment}</h3><ul>${sp.environment.map((e) => html`<li>${e.facetId}: ${e.value}</li>`)}</ul></div>` : nothing}
    </section>`;
  }

  protected override render() {
    const { t } = this.locale;
    if (this.failure) {
      const text = this.failure === 'not-found' ? t.notFound : this.failure === 'expired' ? t.linkExpired : t.loadError;
      return html`<div class="message error" role="alert">
        <p>${text}</p>
        ${this.failure === 'error' ? html`<button type="button" @click=${() => void this.load(this.client)}>${t.retry}</button>` : nothing}
      </div>`;
    }
    if (!this.shown) return html`<p class="message" role="status">${t.loading}</p>`;
    // One root element: it carries the widget's own text (see baseStyles).
    return html`<div>
      ${this.renderCard(this.variant)}
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
  interface HTMLElementTagNameMap {
    'pfw-skillprint': PfwSkillprint;
  }
  interface GlobalEventHandlersEventMap {
    'pfw-skillprint-loaded': CustomEvent<SkillprintLoadedDetail>;
    'pfw-skillprint-shared': CustomEvent<{ link: ShareLink; url: string }>;
    'pfw-skillprint-printed': CustomEvent<{ skillprintId?: string }>;
  }
}
