import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { routes, type Client, type Connection, type LearningOffer, type Match, type Skill } from '@pfw/contract';
import { GOOD_MATCH } from '@pfw/core/matching';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { styles } from './match-list.styles.js';
import nl, { type Messages } from './i18n/nl.js';

export type MatchListMode = 'jobs' | 'candidates';

/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 6;
const PAGE = 500;

/**
 * Ranked matches with their explanation, both ways. `jobs`: a job seeker's best jobs, what to
 * learn for the ones that almost fit, and employers' requests to accept or decline. `candidates`:
 * an employer's pseudonymous candidates for a job profile, a connection request per candidate,
 * and name and contact details once a candidate said yes. Long lists scroll virtually; rows grow
 * when a title wraps (on a phone most do), so each row's height is measured once it is shown.
 *
 * @tagname pfw-match-list
 * @summary Ranked, explained matches for a job seeker or an employer.
 *
 * @fires pfw-connection-requested - An employer sent a request. `detail: { connection }`.
 * @fires pfw-connection-accepted - A job seeker accepted; their details went to the employer. `detail: { connection }`.
 * @fires pfw-connection-withdrawn - A job seeker stopped sharing: the employer no longer sees their details. `detail: { connection }`.
 * @fires pfw-connection-declined - A job seeker declined. `detail: { connection }`.
 * @fires pfw-error - Loading or an action failed. `detail.problem` says why.
 *
 * @csspart filters - The filter and sort controls.
 * @csspart list - The scrolling list.
 * @csspart row - One match in the list.
 * @csspart details - The explanation of the chosen match.
 * @csspart requests - Employers' requests (jobs mode).
 *
 * @cssproperty --pfw-match-list-height - Height of the scrolling list. Default 30rem.
 * @cssproperty --pfw-match-list-row-height - Least height of one row (a row grows when its title wraps). Default 4.75rem.
 */
export class PfwMatchList extends PfwElement {
  static override styles = [...PfwElement.styles, styles];

  /** jobs for a job seeker, candidates for an employer. */
  @property({ reflect: true }) mode: MatchListMode = 'jobs';
  /** The employer's job profile (candidates mode). */
  @property({ attribute: 'job-profile-id' }) jobProfileId?: string;
  /** Most matches to load. */
  @property({ type: Number, attribute: 'max-results' }) maxResults = 1000;
  /** Matches to show instead of loading them (e.g. from your own server). */
  @property({ attribute: false }) items?: Match[];

  @state() private loaded: Match[] = [];
  @state() private total = 0;
  @state() private loading = false;
  @state() private failed = false;
  @state() private connections: Connection[] = [];
  @state() private skills = new Map<string, Skill>();
  @state() private offers = new Map<string, LearningOffer>();
  @state() private region = '';
  @state() private minHours = 0;
  @state() private minScore = 0;
  @state() private sort: 'score' | 'name' | 'hours' = 'score';
  @state() private active = 0;
  @state() private open?: Match;
  @state() private notice = '';

  @query('.viewport') private viewport?: HTMLElement;
  @query('ol[part=list]') private list?: HTMLElement;

  private readonly locale = new LocaleController<Messages>(
    this,
    { nl, en: () => import('./i18n/en.js') },
    this.providerLang,
  );
  private loadKey?: string;
  private loadSeq = 0;
  /** Rows rendered now: from first up to (not including) last. */
  private first = 0;
  private last = 0;
  /** Heights of the rows seen so far, at the current width. */
  private heights = new WeakMap<Match, number>();
  /**
   * What a row not seen yet counts as: the least height of a row (--pfw-match-list-row-height)
   * until rows are shown, then their average, fixed until the width changes. A fixed estimate
   * keeps the rows in view still while others are measured: only the scroll bar adjusts.
   */
  private estimate = 76;
  private estimated = false;
  private measuredWidth = 0;
  /** The rows as last rendered: the top of each, offsets[n] the height of them all. */
  private layout: { items: Match[]; offsets: number[] } = { items: [], offsets: [0] };
  private readonly resizes = new ResizeObserver(() => this.onResize());

  protected override willUpdate(changed: PropertyValues<this>): void {
    const client = this.client;
    const key = `${client.baseUrl}|${this.mode}|${this.jobProfileId ?? ''}|${this.config.token ?? ''}`;
    if (key !== this.loadKey && (this.mode === 'jobs' || this.jobProfileId)) {
      this.loadKey = key;
      void this.load(client);
    }
    if (changed.has('items') && this.items) this.total = this.items.length;
    this.layOut();
  }

  /**
   * Which rows to render, and the space above and below them. The space is set before the rows
   * change too: the new space above, and below at least what there was. The list is then never
   * shorter than it will be, even for a moment, which would pull the scroll position up (and
   * move the row under a pointer about to click).
   */
  private layOut(): void {
    const items = this.visible;
    const offsets = this.offsetsOf(items);
    this.layout = { items, offsets };
    [this.first, this.last] = this.windowOf(offsets);
    const list = this.list;
    if (list) {
      list.style.paddingTop = `${offsets[this.first]}px`;
      list.style.paddingBottom = `${Math.max(parseFloat(list.style.paddingBottom) || 0, offsets[items.length]! - offsets[this.last]!)}px`;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
  }

  protected override firstUpdated(): void {
    const probe = getComputedStyle(this).getPropertyValue('--pfw-match-list-row-height').trim() || '4.75rem';
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.estimate = probe.endsWith('rem') ? parseFloat(probe) * rem : parseFloat(probe) || this.estimate;
  }

  /** Another width wraps titles differently: measure the rows again. */
  private onResize(): void {
    const width = this.getBoundingClientRect().width;
    if (Math.abs(width - this.measuredWidth) < 0.5) return;
    this.measuredWidth = width;
    this.heights = new WeakMap();
    this.estimated = false;
    this.requestUpdate();
  }

  /** Load (again): matches, connections, and the skill and offer texts the explanations use. */
  async load(client: Client = this.client): Promise<void> {
    // Only the latest load may change what is shown (e.g. a load without a token that fails
    // after the one with the token arrived).
    const seq = ++this.loadSeq;
    const stale = () => seq !== this.loadSeq;
    this.loading = true;
    this.failed = false;
    try {
      const [skills, offers] = await Promise.all([
        client.request(routes.listSkills),
        client.request(routes.listLearningOffers),
      ]);
      if (stale()) return;
      this.skills = new Map(skills.items.map((s) => [s.id, s]));
      this.offers = new Map(offers.items.map((o) => [o.id, o]));
      // Matches and connections arrive together: a row opened in between would offer
      // "send request" for someone already asked, or miss the name of someone who said yes.
      const matches = async () => {
        if (this.items) return undefined;
        const all: Match[] = [];
        let total = Infinity;
        while (all.length < Math.min(total, this.maxResults)) {
          const query = { limit: Math.min(PAGE, this.maxResults - all.length), offset: all.length };
          const page =
            this.mode === 'jobs'
              ? await client.request(routes.listMyMatches, { query })
              : await client.request(routes.listCandidates, { params: { id: this.jobProfileId! }, query });
          if (stale()) return undefined;
          all.push(...page.items);
          total = page.total;
          if (!page.items.length) break;
        }
        return { all, total: total === Infinity ? 0 : total };
      };
      const [found, connections] = await Promise.all([
        matches(),
        client.request(routes.listConnections).then((r) => r.items),
      ]);
      if (stale()) return;
      if (found) {
        this.loaded = found.all;
        this.total = found.total;
      }
      this.connections = connections;
    } catch (error) {
      if (stale()) return;
      const problem = this.reportError(error);
      // No skillprint yet (409) is not a failure: the empty state explains what to do.
      this.failed = problem.status !== 409;
    } finally {
      if (!stale()) this.loading = false;
    }
  }

  private get visible(): Match[] {
    const items = (this.items ?? this.loaded).filter(
      (m) =>
        m.score >= this.minScore &&
        (!this.region || this.regionOf(m) === this.region) &&
        (!this.minHours || (this.hoursOf(m)?.max ?? 0) >= this.minHours),
    );
    const name = (m: Match) => m.job?.title ?? m.candidate ?? '';
    if (this.sort === 'name') return [...items].sort((a, b) => name(a).localeCompare(name(b), this.locale.lang));
    if (this.sort === 'hours')
      return [...items].sort((a, b) => (this.hoursOf(b)?.max ?? 0) - (this.hoursOf(a)?.max ?? 0));
    return items;
  }

  private regionOf(m: Match): string | undefined {
    return m.job?.region ?? m.pool?.region;
  }

  private hoursOf(m: Match): { min: number; max: number } | undefined {
    return m.job?.hours ?? m.pool?.hours;
  }

  private label(skillId: string): string {
    return this.skills.get(skillId)?.label[this.locale.lang] ?? skillId;
  }

  /** The top of every row (measured, or estimated when not seen yet), and the total height at the end. */
  private offsetsOf(items: Match[]): number[] {
    const offsets = new Array<number>(items.length + 1);
    offsets[0] = 0;
    for (let i = 0; i < items.length; i++)
      offsets[i + 1] = offsets[i]! + (this.heights.get(items[i]!) ?? this.estimate);
    return offsets;
  }

  /** The row at this distance from the top of the list. */
  private static rowAt(offsets: number[], y: number): number {
    let low = 0;
    let high = Math.max(0, offsets.length - 2);
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (offsets[mid]! <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The rows in view, with OVERSCAN more on each side. */
  private windowOf(offsets: number[]): [first: number, last: number] {
    const count = offsets.length - 1;
    const top = this.viewport?.scrollTop ?? 0;
    const height = this.viewport?.clientHeight || 480;
    const first = Math.max(0, PfwMatchList.rowAt(offsets, top) - OVERSCAN);
    const last = Math.min(count, PfwMatchList.rowAt(offsets, top + height) + OVERSCAN + 1);
    return [first, last];
  }

  private onScroll(): void {
    const [first, last] = this.windowOf(this.layout.offsets);
    if (first !== this.first || last !== this.last) this.requestUpdate();
  }

  private focusRow(index: number): void {
    const count = this.visible.length;
    if (!count) return;
    this.active = Math.min(count - 1, Math.max(0, index));
    const viewport = this.viewport!;
    const { offsets } = this.layout;
    const top = offsets[this.active] ?? 0;
    const bottom = offsets[this.active + 1] ?? top;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = bottom - viewport.clientHeight;
    this.onScroll();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.active}"] .open`)?.focus(),
    );
  }

  private onKeydown(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor((this.viewport?.clientHeight ?? 400) / this.estimate));
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) this.focusRow(this.active + moves[event.key]!);
    else if (event.key === 'Home') this.focusRow(0);
    else if (event.key === 'End') this.focusRow(this.visible.length - 1);
    else return;
    event.preventDefault();
  }

  private async openDetails(match: Match, index: number): Promise<void> {
    this.active = index;
    this.open = match;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.details h3')?.focus();
  }

  private connectionFor(match: Match): Connection | undefined {
    return match.connection
      ? (this.connections.find((c) => c.id === match.connection!.id) ?? undefined)
      : this.connections.find((c) => c.candidate === match.candidate && c.jobProfileId === match.jobProfileId);
  }

  private async request(match: Match): Promise<void> {
    try {
      const connection = await this.client.request(routes.requestConnection, {
        body: { jobProfileId: match.jobProfileId!, candidate: match.candidate! },
      });
      this.connections = [connection, ...this.connections];
      this.notice = this.locale.t.requested;
      this.dispatchEvent(
        new CustomEvent('pfw-connection-requested', { detail: { connection }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.notice = this.reportError(error).detail ?? this.locale.t.loadError;
    }
  }

  private async answer(connection: Connection, accept: boolean, form?: HTMLFormElement): Promise<void> {
    let identity;
    if (accept) {
      if (!form!.reportValidity()) return;
      const data = new FormData(form);
      const phone = String(data.get('phone') ?? '').trim();
      identity = {
        name: String(data.get('name')).trim(),
        email: String(data.get('email')).trim(),
        ...(phone ? { phone } : {}),
      };
    }
    try {
      const answered = await this.client.request(routes.answerConnection, {
        params: { id: connection.id },
        body: { accept, ...(identity ? { identity } : {}) },
      });
      this.connections = this.connections.map((c) => (c.id === answered.id ? answered : c));
      this.notice = accept ? this.locale.t.accepted : this.locale.t.declined;
      this.dispatchEvent(
        new CustomEvent(accept ? 'pfw-connection-accepted' : 'pfw-connection-declined', {
          detail: { connection: answered },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.notice = this.reportError(error).detail ?? this.locale.t.loadError;
    }
  }

  /** The candidate takes back their yes (or a request): the employer no longer sees name, contact or skillprint. */
  private async withdraw(connection: Connection): Promise<void> {
    try {
      const withdrawn = await this.client.request(routes.withdrawConnection, { params: { id: connection.id } });
      this.connections = this.connections.map((c) => (c.id === withdrawn.id ? withdrawn : c));
      this.notice = this.locale.t.withdrawn(withdrawn.employerName);
      this.dispatchEvent(
        new CustomEvent('pfw-connection-withdrawn', {
          detail: { connection: withdrawn },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.notice = this.reportError(error).detail ?? this.locale.t.loadError;
    }
  }

  private renderShared() {
    const { t } = this.locale;
    const shared = this.connections.filter((c) => c.status === 'accepted');
    if (this.mode !== 'jobs' || !shared.length) return nothing;
    return html`<section part="shared" class="requests" aria-labelledby="shared-title">
      <h3 id="shared-title">${t.sharedWith}</h3>
      ${shared.map(
        (c) => html`<div class="request">
          <p>${t.sharedWithWhom(c.employerName, c.jobTitle)}</p>
          <div class="actions">
            <button type="button" @click=${() => void this.withdraw(c)}>${t.withdraw}</button>
          </div>
        </div>`,
      )}
    </section>`;
  }

  private renderRequests() {
    const { t } = this.locale;
    const open = this.connections.filter((c) => c.status === 'requested');
    if (this.mode !== 'jobs' || !open.length) return this.renderShared();
    return html`${this.renderShared()}<section part="requests" class="requests" aria-labelledby="requests-title">
      <h3 id="requests-title">${t.requests}</h3>
      ${open.map(
        (c) => html`<div class="request">
          <p>${t.requestFrom(c.employerName, c.jobTitle)}${c.message ? html`<br /><q>${c.message}</q>` : nothing}</p>
          <form @submit=${(e: SubmitEvent) => (e.preventDefault(), void this.answer(c, true, e.target as HTMLFormElement))}>
            <p>${t.shareWhat}</p>
            <label>${t.name}<input name="name" required autocomplete="name" maxlength="120" /></label>
            <label>${t.email}<input name="email" type="email" required autocomplete="email" /></label>
            <label>${t.phone}<input name="phone" type="tel" autocomplete="tel" maxlength="30" /></label>
            <div class="actions">
              <button class="primary" type="submit">${t.accept}</button>
              <button type="button" @click=${() => void this.answer(c, false)}>${t.decline}</button>
            </div>
          </form>
        </div>`,
      )}
    </section>`;
  }

  private renderFilters(items: Match[]) {
    const { t } = this.locale;
    const regions = [
      ...new Set((this.items ?? this.loaded).map((m) => this.regionOf(m)).filter((r): r is string => Boolean(r))),
    ].sort();
    return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
      <label>${t.region}
        <select @change=${(e: Event) => (this.region = (e.target as HTMLSelectElement).value)}>
          <option value="">${t.anyRegion}</option>
          ${regions.map((r) => html`<option ?selected=${r === this.region}>${r}</option>`)}
        </select>
      </label>
      <label>${t.minHours}<input type="number" min="0" max="60" step="4" .value=${String(this.minHours)} @change=${(e: Event) => (this.minHours = Number((e.target as HTMLInputElement).value) || 0)} /></label>
      <label>${t.minScore}<input type="number" min="0" max="100" step="10" .value=${String(this.minScore)} @change=${(e: Event) => (this.minScore = Number((e.target as HTMLInputElement).value) || 0)} /></label>
      <label>${t.sort}
        <select @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as typeof this.sort)}>
          <option value="score">${t.sortScore}</option>
          <option value="name">${t.sortName}</option>
          <option value="hours">${t.sortHours}</option>
        </select>
      </label>
    </div>
    <p class="count" role="status">${t.count(items.length, this.mode === 'candidates' ? this.total : items.length)}</p>`;
  }

  private renderRow(m: Match, index: number, count: number) {
    const { t } = this.locale;
    const hours = this.hoursOf(m);
    const title = m.job?.title ?? m.candidate ?? '';
    const sub = m.job
      ? [m.job.employerName, m.job.region]
      : [m.pool ? t.availability[m.pool.availability] : '', m.pool?.region ?? ''];
    const connection = this.mode === 'candidates' ? this.connectionFor(m) : undefined;
    return html`<li part="row" class="row ${index === this.active ? 'active' : ''}" data-index=${index} aria-setsize=${count} aria-posinset=${index + 1}>
      <span class="title">${title}</span>
      <span class="sub">${[...sub, hours ? t.hours(hours.min, hours.max) : ''].filter(Boolean).join(' · ')}</span>
      <span class="side">
        <span class="score ${m.score >= GOOD_MATCH ? 'good' : m.score < 50 ? 'low' : ''}"><span class="fit">${t.fit(m.score)}</span> ${t.score(m.score)}</span>
        ${connection ? html`<span>${t.statuses[connection.status]}</span>` : nothing}
        <button class="open" type="button" tabindex=${index === this.active ? 0 : -1} aria-label="${t.details}: ${title}" @click=${() => void this.openDetails(m, index)} @focus=${() => (this.active = index)}>
          ${t.details}
        </button>
      </span>
    </li>`;
  }

  private renderDetails(m: Match) {
    const { t, lang } = this.locale;
    const jobs = this.mode === 'jobs';
    const connection = jobs ? undefined : this.connectionFor(m);
    return html`<section part="details" class="details" aria-labelledby="details-title">
      <h3 id="details-title" tabindex="-1">${t.why} ${m.job?.title ?? m.candidate} — ${t.score(m.score)}</h3>
      <p>${m.essentialsMet ? t.allEssentials : t.essentialMissing}</p>
      ${
        m.strengths.length
          ? html`<h4>${jobs ? t.strengths : t.candidateStrengths}</h4>
            <ul>${m.strengths.map((s) => html`<li>${this.label(s)}</li>`)}</ul>`
          : nothing
      }
      ${
        m.gaps.length
          ? html`<h4>${jobs ? t.gaps : t.candidateGaps}</h4>
            <ul>
              ${m.gaps.map(
                (g) => html`<li>
                  <strong>${this.label(g.skillId)}</strong>: ${t.level(g.currentLevel, g.requiredLevel)}.
                  ${
                    jobs && g.offerIds.length
                      ? html`<ul>
                        ${g.offerIds
                          .map((id) => this.offers.get(id))
                          .filter((o): o is LearningOffer => Boolean(o))
                          .map((o) => html`<li>${t.offer(o.title[lang], o.provider.name, o.durationHours)}</li>`)}
                      </ul>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        m.skillprint
          ? html`<ul aria-label=${t.candidateStrengths}>
            ${[...m.skillprint.scores]
              .sort((a, b) => b.level - a.level)
              .slice(0, 5)
              .map(
                (s) =>
                  html`<li>${this.label(s.skillId)}: <span class="dots" aria-hidden="true">${[1, 2, 3, 4, 5].map((n) => html`<span class="dot ${n <= s.level ? 'on' : ''}"></span>`)}</span> ${s.level}/5</li>`,
              )}
          </ul>`
          : nothing
      }
      ${
        connection?.status === 'accepted' && connection.identity
          ? html`<h4>${t.identity}</h4>
            <p>${connection.identity.name}<br /><a href="mailto:${connection.identity.email}">${connection.identity.email}</a>${connection.identity.phone ? html`<br />${connection.identity.phone}` : nothing}</p>`
          : nothing
      }
      <div class="actions">
        ${!jobs && !connection ? html`<button class="primary" type="button" @click=${() => void this.request(m)}>${t.sendRequest}</button>` : nothing}
        <button type="button" @click=${() => (this.open = undefined)}>${t.close}</button>
      </div>
    </section>`;
  }

  /**
   * Rows are keyed by their match (repeat): while the list scrolls, a row's element stays with
   * its match, so the focus, or a pointer about to click, never moves to another match.
   * The rows above and below the window are padding, set through the CSSOM: a style attribute
   * (which styleMap writes on first render) is blocked by a strict Content-Security-Policy.
   * Then the rows on show are measured; when one is not as tall as counted, the padding is
   * counted again.
   */
  protected override updated(): void {
    const list = this.list;
    if (!list) return;
    const { items, offsets } = this.layout;
    list.style.paddingTop = `${offsets[this.first]}px`;
    list.style.paddingBottom = `${offsets[items.length]! - offsets[this.last]!}px`;
    let changed = false;
    let sum = 0;
    let count = 0;
    for (const row of list.querySelectorAll<HTMLElement>('[part=row]')) {
      const item = items[Number(row.dataset.index)];
      const height = row.getBoundingClientRect().height;
      if (!item || !height) continue;
      if (Math.abs((this.heights.get(item) ?? this.estimate) - height) > 0.5) changed = true;
      this.heights.set(item, height);
      sum += height;
      count++;
    }
    if (!this.estimated && count) {
      this.estimated = true;
      changed ||= Math.abs(sum / count - this.estimate) > 0.5;
      this.estimate = sum / count;
    }
    if (changed) this.requestUpdate();
  }

  protected override render() {
    const { t } = this.locale;
    const title = this.mode === 'jobs' ? t.jobsTitle : t.candidatesTitle;
    if (this.failed) {
      return html`<p class="error" role="alert">${t.loadError} <button type="button" @click=${() => void this.load()}>${t.retry}</button></p>`;
    }
    const { items } = this.layout;
    const all = (this.items ?? this.loaded).length;
    const { first, last } = this;
    // One root element: it carries the widget's own text (see baseStyles).
    return html`<div>
      <h2>${title}</h2>
      ${this.renderRequests()}
      ${
        this.loading && !all
          ? html`<p role="status">${t.loading}</p>`
          : !all
            ? html`<p class="empty">${this.mode === 'jobs' ? t.emptyJobs : t.emptyCandidates}</p>`
            : html`${this.renderFilters(items)}
            ${
              items.length
                ? html`<div class="viewport" @scroll=${this.onScroll} @keydown=${this.onKeydown}>
                  <ol part="list" aria-label=${title}>
                    ${repeat(
                      items.slice(first, last),
                      (m) => m,
                      (m, i) => this.renderRow(m, first + i, items.length),
                    )}
                  </ol>
                </div>`
                : html`<p class="empty">${t.emptyFiltered}</p>`
            }`
      }
      ${this.open ? this.renderDetails(this.open) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pfw-match-list': PfwMatchList;
  }
  interface GlobalEventHandlersEventMap {
    'pfw-connection-requested': CustomEvent<{ connection: Connection }>;
    'pfw-connection-accepted': CustomEvent<{ connection: Connection }>;
    'pfw-connection-withdrawn': CustomEvent<{ connection: Connection }>;
    'pfw-connection-declined': CustomEvent<{ connection: Connection }>;
  }
}
