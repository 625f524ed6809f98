/**
 * <pfw-match-list>: one element, three modes. The element holds the shared list: loading and
 * paging (loader.ts), errors, empty states, filters, virtual rows (virtual-rows.ts) and the
 * details, a lazy part (details.ts). What differs is a mode's: jobs.ts and careers.ts for a job
 * seeker, candidates.ts for an employer.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Application, Client, Connection, HeldRequirement, Match, TextLang } from '@pfw/contract';
import { GOOD_MATCH } from '@pfw/core/matching';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { MatchLoader } from './loader.js';
import { VirtualRows } from './virtual-rows.js';
import type { renderDetails } from './details.js';
import type { MatchListMode, Mode, ModeContext } from './mode.js';
import { styles } from './match-list.styles.js';

type ModeFactory = (ctx: ModeContext, jobProfileId: string) => Mode;
/** Each mode's code is a lazy part: a page with a job seeker's list never loads the employer's. */
const MODES: Record<MatchListMode, () => Promise<ModeFactory>> = {
  jobs: () => import('./jobs.js').then((m) => m.jobsMode),
  careers: () => import('./careers.js').then((m) => m.careersMode),
  candidates: () => import('./candidates.js').then((m) => m.candidatesMode),
};
import nl, { type Messages } from './i18n/nl.js';

export type { MatchListMode };

/**
 * Ranked matches with their explanation, both ways. `jobs`: a job seeker's best jobs, what to
 * learn for the ones that almost fit, and employers' requests to accept or decline. `careers`:
 * a job seeker's best occupations of the skill language (any sector), what to learn for the ones
 * that almost fit, and under each its vacancies. `candidates`:
 * an employer's pseudonymous candidates for a job profile, a connection request per candidate,
 * and name and contact details once a candidate said yes. Long lists scroll virtually; rows grow
 * when a title wraps (on a phone most do), so each row's height is measured once it is shown.
 *
 * @tagname pfw-match-list
 * @summary Ranked, explained matches for a job seeker or an employer.
 *
 * @fires pfw-connection-requested - An employer sent a request. `detail: { connection }`.
 * @fires pfw-connection-accepted - A job seeker accepted; their details went to the employer. `detail: { connection }`.
 * @fires pfw-application-sent - A job seeker said "Ik heb interesse" to a job; the employer sees the pseudonym and the fit. `detail: { application }`.
 * @fires pfw-application-withdrawn - A job seeker withdrew their interest ("Trek in"); the employer no longer sees it. `detail: { application }`.
 * @fires pfw-application-invited - An employer invited an applicant: a connection request went to them. `detail: { application }`.
 * @fires pfw-application-declined - An employer declined an applicant; they see a kind message. `detail: { application }`.
 * @fires pfw-connection-withdrawn - A job seeker stopped sharing: the employer no longer sees their details. `detail: { connection }`.
 * @fires pfw-connection-declined - A job seeker declined. `detail: { connection }`.
 * @fires pfw-candidate-set-aside - An employer set a candidate aside for the job, with a reason (kept for oversight). `detail: { jobProfileId, candidate, reason }`.
 * @fires pfw-candidate-put-back - An employer put a candidate they set aside back in the list. `detail: { jobProfileId, candidate }`.
 * @fires pfw-hard-requirements-saved - A job seeker saved the certificates, licences and physical work they have ("Jouw certificaten en rijbewijs"); a learning plan on the page can `load()` again. `detail: { items }`.
 * @fires pfw-error - Loading or an action failed. `detail.problem` says why.
 *
 * @csspart filters - The filter and sort controls.
 * @csspart list - The scrolling list.
 * @csspart row - One match in the list.
 * @csspart details - The explanation of the chosen match.
 * @csspart requests - Employers' requests (jobs mode).
 * @csspart held - The job seeker's own certificates, licences and physical conditions to tick (jobs mode).
 * @csspart advice - The note that the order is advice and the employer decides (candidates mode).
 * @csspart set-aside - "Niet geschikt?": set a candidate aside with a reason (candidates mode).
 * @csspart holds - The employer's filter on the job's certificates, licences and physical conditions (candidates mode).
 *
 * @cssproperty --pfw-match-list-height - Height of the scrolling list. Default 30rem. On a screen up to 40rem wide the list goes with the page instead.
 * @cssproperty --pfw-match-list-row-height - Least height of one row (a row grows when its title wraps). Default 4.75rem.
 */
export class PfwMatchList extends PfwElement {
  static override styles = [...PfwElement.styles, styles];
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    jobProfileId: { attribute: 'job-profile-id' },
    maxResults: { type: Number, attribute: 'max-results' },
    items: { attribute: false },
    identityName: { attribute: 'identity-name' },
    identityEmail: { attribute: 'identity-email' },
    region: { state: true },
    minHours: { state: true },
    minScore: { state: true },
    sort: { state: true },
    open: { state: true },
    notice: { state: true },
  };

  /** jobs or careers (occupations) for a job seeker, candidates for an employer. */
  mode: MatchListMode = 'jobs';
  /** The employer's job profile (candidates mode). */
  jobProfileId?: string;
  /** Most matches to load. */
  maxResults = 1000;
  /** Matches to show instead of loading them (e.g. from your own server). */
  items?: Match[];
  /** The job seeker's name, when the host page knows it: the answer to a request starts with it. */
  identityName?: string;
  /** The job seeker's e-mail address, when the host page knows it. */
  identityEmail?: string;

  /** The region filtered on, as regionKey gives it ('' for every region). */
  private region = '';
  private minHours = 0;
  private minScore = 0;
  private sort: 'score' | 'name' | 'hours' = 'score';
  private open?: Match;
  private notice = '';

  private readonly locale = new LocaleController<Messages, TextLang>(
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
  private readonly data = new MatchLoader(this, (error) => this.reportError(error));
  private readonly rows = new VirtualRows(this);
  private loadKey?: string;
  /** The explanation of a match is a lazy part, loaded on the first "details". */
  private details?: typeof renderDetails;

  /** The open match as last loaded (a reload, e.g. after the job seeker saved a certificate, replaces it). */
  private fresh(o: Match): Match {
    return (
      this.data.loaded.find(
        (m) => m.jobProfileId === o.jobProfileId && m.occupationId === o.occupationId && m.candidate === o.candidate,
      ) ?? o
    );
  }
  /** The modes loaded so far. */
  private readonly modes: Partial<Record<MatchListMode, ModeFactory>> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    const client = this.client;
    const key = `${client.baseUrl}|${this.mode}|${this.jobProfileId ?? ''}|${this.config.token ?? ''}`;
    if (key !== this.loadKey && (this.mode !== 'candidates' || this.jobProfileId)) {
      this.loadKey = key;
      void this.load(client);
    }
    if (changed.has('items') && this.items) this.data.total = this.items.length;
    this.rows.layOut(this.visible);
  }

  protected override firstUpdated(): void {
    this.rows.measureEstimate();
  }

  /** Load (again): matches, connections, and the skill and offer texts the explanations use. */
  async load(client: Client = this.client): Promise<void> {
    const factory = await this.modeReady();
    const page = factory(this.context(client), this.jobProfileId ?? '').page;
    return this.data.load(client, this.items ? undefined : page, this.maxResults);
  }

  /** The current mode's code, loaded once (then drawn again). */
  private async modeReady(): Promise<ModeFactory> {
    const { mode } = this;
    if (!this.modes[mode]) {
      this.modes[mode] = await MODES[mode]();
      this.requestUpdate();
    }
    return this.modes[mode];
  }

  /** What a mode may use and do (a port, made for one render or one load). */
  private context(client = this.client): ModeContext {
    const { t, lang } = this.locale;
    return {
      t,
      lang,
      data: this.data,
      client,
      notify: (text) => (this.notice = text),
      // After the render that a change asked for (data.keep() asks for one).
      focus: (selector) =>
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      redraw: () => this.requestUpdate(),
      reload: () => this.load(client),
      report: (error) => this.reportError(error),
      // Domain events bubble and are composed: a host page can listen on document.
      emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
      prefill: { name: this.identityName, email: this.identityEmail },
    };
  }

  /** The current mode, once its code is here. */
  private modeOf(ctx: ModeContext): Mode | undefined {
    return this.modes[this.mode]?.(ctx, this.jobProfileId ?? '');
  }

  private get all(): Match[] {
    return this.items ?? this.data.loaded;
  }

  /** The matches that pass the filters, in the order asked for. */
  private get visible(): Match[] {
    const mode = this.modeOf(this.context());
    if (!mode) return [];
    const items = this.all.filter(
      (m) =>
        m.score >= this.minScore &&
        (!this.region || regionKey(regionOf(m)) === this.region) &&
        (!this.minHours || (hoursOf(m)?.max ?? 0) >= this.minHours),
    );
    const name = (m: Match) => mode.name(m);
    if (this.sort === 'name') return [...items].sort((a, b) => name(a).localeCompare(name(b), this.locale.tag));
    if (this.sort === 'hours') return [...items].sort((a, b) => (hoursOf(b)?.max ?? 0) - (hoursOf(a)?.max ?? 0));
    return items;
  }

  private async openDetails(match: Match, index: number): Promise<void> {
    this.rows.activate(index);
    try {
      this.details ??= (await import('./details.js')).renderDetails;
    } catch (error) {
      return void this.reportError(error);
    }
    this.open = match;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private renderFilters(items: Match[], mode: Mode): TemplateResult {
    const { t } = this.locale;
    // Regions are typed freely: "Eindhoven" and " eindhoven " are one option (the first spelling shown).
    const regions = new Map<string, string>();
    for (const m of this.all) {
      const region = regionOf(m)?.trim();
      if (region && !regions.has(regionKey(region))) regions.set(regionKey(region), region);
    }
    const sorted = [...regions].sort(([, a], [, b]) => a.localeCompare(b, this.locale.tag));
    return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
      ${
        mode.places
          ? html`<label>${t.region}
        <select @change=${(e: Event) => (this.region = (e.target as HTMLSelectElement).value)}>
          <option value="">${t.anyRegion}</option>
          ${sorted.map(([key, r]) => html`<option value=${key} ?selected=${key === this.region}>${r}</option>`)}
        </select>
      </label>
      <label>${t.minHours}<input type="number" min="0" max="60" step="4" .value=${String(this.minHours)} @change=${(e: Event) => (this.minHours = within(e, 60))} /></label>`
          : nothing
      }
      <label>${t.minScore}<input type="number" min="0" max="100" step="10" .value=${String(this.minScore)} @change=${(e: Event) => (this.minScore = within(e, 100))} /></label>
      <label>${t.sort}
        <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as typeof this.sort)}>
          <option value="score">${t.sortScore}</option>
          <option value="name">${t.sortName}</option>
          ${mode.places ? html`<option value="hours">${t.sortHours}</option>` : nothing}
        </select>
      </label>
    </div>
    <p class="count" role="status">${t.count(items.length, mode.ofTotal ? this.data.total : items.length)}</p>`;
  }

  private renderRow(m: Match, index: number, count: number, mode: Mode): TemplateResult {
    const { t } = this.locale;
    const { active } = this.rows;
    const title = mode.name(m);
    return html`<li part="row" class="row ${index === active ? 'active' : ''}" data-index=${index} aria-setsize=${count} aria-posinset=${index + 1}>
      <span class="title">${title}</span>
      <span class="sub">${mode.sub(m).filter(Boolean).join(' · ')}</span>
      <span class="side">
        <span class="score ${m.score >= GOOD_MATCH ? 'good' : m.score < 50 ? 'low' : ''}"><span class="fit">${t.fit(m.score)}</span> ${t.score(m.score)}</span>
        ${mode.status?.(m)}
        <button class="open" type="button" tabindex=${index === active ? 0 : -1} aria-label="${t.details}: ${title}" aria-describedby="keys" @click=${() => void this.openDetails(m, index)} @focus=${() => this.rows.activate(index)}>
          ${t.details}
        </button>
      </span>
      ${mode.below ? html`<div class="below">${mode.below(m)}</div>` : nothing}
    </li>`;
  }

  protected override render() {
    const { t } = this.locale;
    const { data, rows } = this;
    const ctx = this.context();
    const mode = this.modeOf(ctx);
    if (!mode) {
      void this.modeReady().catch((error: unknown) => this.reportError(error));
      return html`<div><p role="status">${t.loading}</p></div>`;
    }
    if (data.failed) {
      return html`<p class="error" role="alert">${t.loadError} <button type="button" @click=${() => void this.load()}>${t.retry}</button></p>`;
    }
    const { items } = rows.layout;
    const { first, last } = rows;
    // One root element: it carries the widget's own text (see baseStyles).
    return html`<div>
      <h2>${mode.title}</h2>
      ${mode.top?.()}
      ${
        data.loading && !this.all.length
          ? html`<p role="status">${t.loading}</p>`
          : !this.all.length
            ? html`<p class="empty">${mode.empty}</p>`
            : html`${this.renderFilters(items, mode)}
            ${
              items.length
                ? html`<p class="keys" id="keys">${t.keys}</p>
                <div class="viewport" @scroll=${rows.onScroll} @keydown=${rows.onKeydown}>
                  <ol part="list" aria-label=${mode.title}>
                    ${repeat(
                      items.slice(first, last),
                      (m) => m,
                      (m, i) => this.renderRow(m, first + i, items.length, mode),
                    )}
                  </ol>
                </div>`
                : html`<p class="empty">${t.emptyFiltered}</p>`
            }`
      }
      ${
        this.open && this.details
          ? // Closed: the keyboard goes back to the row's "Uitleg" (rows.active, set when it opened).
            this.details(ctx, mode, this.fresh(this.open), () => {
              this.open = undefined;
              rows.focusRow(rows.active);
            })
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
    </div>`;
  }
}

/** A number filter's value kept within 0-max, and shown as kept: 500 would hide everything without a word. */
function within(event: Event, max: number): number {
  const input = event.target as HTMLInputElement;
  const value = Math.min(max, Math.max(0, Math.round(Number(input.value)) || 0));
  input.value = String(value);
  return value;
}
const regionOf = (m: Match): string | undefined => m.job?.region ?? m.pool?.region;
/** What the region filter compares: case and the spaces around a region make no other region. */
const regionKey = (region: string | undefined): string => (region ?? '').trim().toLocaleLowerCase('nl');
const hoursOf = (m: Match): { min: number; max: number } | undefined => m.job?.hours ?? m.pool?.hours;

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-connection-requested': CustomEvent<{ connection: Connection }>;
    'pfw-connection-accepted': CustomEvent<{ connection: Connection }>;
    'pfw-application-sent': CustomEvent<{ application: Application }>;
    'pfw-application-withdrawn': CustomEvent<{ application: Application }>;
    'pfw-application-invited': CustomEvent<{ application: Application }>;
    'pfw-application-declined': CustomEvent<{ application: Application }>;
    'pfw-connection-withdrawn': CustomEvent<{ connection: Connection }>;
    'pfw-connection-declined': CustomEvent<{ connection: Connection }>;
    'pfw-hard-requirements-saved': CustomEvent<{ items: HeldRequirement[] }>;
  }
}
