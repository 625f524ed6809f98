/**
 * The employer's side of <pfw-learning-culture-scan>, a lazy part: most visitors are employees
 * answering on a phone. Start a scan, share its link (and QR code), answer as management, read
 * the report and print it for an advisory talk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  Sector,
  routes,
  type CultureAnswersInput,
  type CultureReport,
  type CultureScan,
  type Lang,
} from '@pfw/contract';
import { adopt } from '../base/adopt.js';
import { openPrintWindow, printOnPaper } from '../base/paper.js';
import { SECTOR_NAMES } from '../base/sectors.js';
import { Questionnaire } from './questionnaire.js';
import { CommunityPaths } from './community.js';
import type { DeskContext, DeskPort } from './desk-port.js';
import nl, { type DeskMessages } from './i18n/desk-nl.js';
import { renderReport, reportPaperStyles, reportStyles } from './report.js';

type DeskView = 'list' | 'start' | 'share' | 'management' | 'report' | 'community';

export class Desk {
  private view: DeskView = 'list';
  private scans: CultureScan[] = [];
  private scan?: CultureScan;
  private report?: CultureReport;
  private questionnaire?: Questionnaire;
  private qr?: TemplateResult;
  private busy = false;
  /** The scan whose "Sluit" asks to be sure (closing cannot be undone). */
  private closing?: string;
  private nameError = false;
  private loaded = false;
  /** Onboarding shared with other employers (community.ts): in this lazy part, not one of its own (a third chunk would share code with the entry through a chunk every visitor loads). */
  private community?: CommunityPaths;

  private texts: DeskMessages = nl;
  private textsLang: Lang = 'nl';
  private readonly port: DeskContext;

  constructor(widget: DeskPort) {
    this.port = { ...widget, t: () => this.texts, lang: () => (widget.readingLang() === 'nl' ? 'nl' : 'en') };
    if (widget.host.shadowRoot) adopt(widget.host.shadowRoot, reportStyles);
  }

  /** The employer's texts in the desk's language (English loads on first use), again when the page's language changes. */
  private async loadTexts(): Promise<void> {
    const lang = this.port.lang();
    if (lang === this.textsLang) return;
    this.textsLang = lang;
    this.texts = lang === 'nl' ? nl : (await import('./i18n/desk-en.js')).default;
    this.port.changed();
  }

  async load(): Promise<void> {
    await this.loadTexts();
    if (!this.port.signedIn()) {
      this.loaded = true;
      return this.port.changed();
    }
    try {
      this.scans = (await this.port.client().request(routes.listCultureScans)).items;
      this.loaded = true;
    } catch (error) {
      this.port.failed(error);
      this.port.say(this.port.t().failed);
    }
    this.port.changed();
  }

  /** Run a call with the buttons off; a failure is said, and nothing already shown is lost. */
  private async act(call: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.port.changed();
    try {
      await call();
    } catch (error) {
      this.port.failed(error);
      this.port.say(this.port.t().failed);
    } finally {
      this.busy = false;
      this.port.changed();
    }
  }

  private show(view: DeskView, focus: string, scan?: CultureScan): void {
    this.view = view;
    this.scan = scan;
    this.port.changed(focus);
  }

  private backToList(focus = 'scans-title'): void {
    this.report = undefined;
    this.questionnaire = undefined;
    this.qr = undefined;
    this.show('list', focus);
    void this.load();
  }

  private start(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const title = String(form.get('title') ?? '').trim();
    this.nameError = title.length < 2;
    if (this.nameError) return this.port.changed('scan-name');
    const sector = Sector.safeParse(form.get('sector'));
    const repeatOf = String(form.get('repeatOf') ?? '');
    void this.act(async () => {
      const scan = await this.port.client().request(routes.createCultureScan, {
        body: { title, ...(sector.success ? { sector: sector.data } : {}), ...(repeatOf ? { repeatOf } : {}) },
      });
      this.scans = [scan, ...this.scans];
      this.port.host.dispatchEvent(
        new CustomEvent('pfw-culture-scan-started', { detail: { scanId: scan.id }, bubbles: true, composed: true }),
      );
      this.port.say(this.port.t().startedSaid);
      await this.share(scan);
    });
  }

  private linkOf(scan: CultureScan): string {
    return `${this.port.answerUrl()}#scan=${scan.shareToken}`;
  }

  private async share(scan: CultureScan): Promise<void> {
    this.show('share', 'share-title', scan);
    const { qrCode } = await import('../base/qr.js');
    if (this.scan === scan) this.qr = qrCode(this.linkOf(scan));
    this.port.changed();
  }

  private async copy(scan: CultureScan): Promise<void> {
    const t = this.port.t();
    try {
      await navigator.clipboard.writeText(this.linkOf(scan));
      this.port.say(t.copied);
    } catch {
      this.port.say(t.copyFailed);
    }
  }

  private answerAsManagement(scan: CultureScan): void {
    void this.act(async () => {
      const questions = await this.port.client().request(routes.getCultureManagementQuestions, {
        params: { id: scan.id },
      });
      this.questionnaire = new Questionnaire(
        questions,
        () => this.port.t().managementSend,
        {
          now: () => ({ t: this.port.words(), lang: this.port.readingLang(), busy: this.busy }),
          changed: (focus) => this.port.changed(focus),
          send: (body) => this.saveManagement(scan, body),
        },
        `pfw-culture-management-draft:${scan.id}`,
      );
      this.show('management', 'management-title', scan);
    });
  }

  private saveManagement(scan: CultureScan, body: CultureAnswersInput): void {
    void this.act(async () => {
      await this.port.client().request(routes.putCultureManagementAnswers, { params: { id: scan.id }, body });
      this.questionnaire?.forgetDraft();
      this.port.say(this.port.t().managementSaid);
      this.backToList(`report-${scan.id}`);
    });
  }

  private openReport(scan: CultureScan): void {
    void this.act(async () => {
      this.report = await this.port.client().request(routes.getCultureReport, { params: { id: scan.id } });
      this.port.say('');
      this.show('report', 'report-title', scan);
    });
  }

  /** "Sluit": first ask, since a closed scan cannot be opened again. */
  private askClose(scan: CultureScan | undefined, focus: string): void {
    this.closing = scan?.id;
    this.port.changed(focus);
  }

  private close(scan: CultureScan): void {
    this.closing = undefined;
    void this.act(async () => {
      const closed = await this.port.client().request(routes.closeCultureScan, { params: { id: scan.id } });
      this.scans = this.scans.map((s) => (s.id === closed.id ? closed : s));
      this.port.say(this.port.t().closedSaid);
      this.port.changed(`report-${scan.id}`);
    });
  }

  private openCommunity(): void {
    void this.act(async () => {
      this.community ??= new CommunityPaths(this.port, (call) => this.act(call));
      await this.community.load();
      this.show('community', 'community-title');
    });
  }

  private repeat(scan: CultureScan): void {
    this.show('start', 'start-title', scan);
  }

  private async print(content: TemplateResult): Promise<void> {
    const popup = openPrintWindow();
    if (!popup) return this.port.say(this.port.t().printBlocked);
    await printOnPaper(popup, this.port.host, { lang: this.port.lang(), css: reportPaperStyles.cssText, content });
    this.port.host.dispatchEvent(new CustomEvent('pfw-culture-scan-printed', { bubbles: true, composed: true }));
  }

  private renderList() {
    const t = this.port.t();
    return html`<p>${t.deskIntro}</p>
      <div class="actions">
        <button id="start" ?disabled=${this.busy} @click=${() => this.show('start', 'start-title')}>${t.start}</button>
        <button id="community" class="secondary" ?disabled=${this.busy} @click=${() => this.openCommunity()}>
          ${t.community.open}
        </button>
      </div>
      <h3 id="scans-title" tabindex="-1">${t.scansTitle}</h3>
      ${
        this.scans.length
          ? html`<ul class="scans">
              ${this.scans.map((s) => this.renderScan(s, this.nameOf(s)))}
            </ul>`
          : html`<p>${t.noScans}</p>`
      }`;
  }

  /**
   * What a scan is called in the list: its title, and when another scan has the same title (a
   * repeat), which one and since when, so that their buttons and headings differ for a screen reader too.
   */
  private nameOf(scan: CultureScan, short = false): string {
    const same = this.scans
      .filter((s) => s.title === scan.title)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    if (same.length < 2) return scan.title;
    const n = same.indexOf(scan) + 1;
    // The heading has its start date on the line under it: there, the number is enough.
    return short
      ? this.port.t().scanNumber(scan.title, n)
      : this.port.t().scanName(scan.title, n, new Date(scan.createdAt));
  }

  private renderScan(scan: CultureScan, name: string) {
    const t = this.port.t();
    return html`<li class="scan">
      <h4>${this.nameOf(scan, true)}</h4>
      <p class="muted">
        ${t.started(new Date(scan.createdAt))}${scan.closedAt ? html`. ${t.closedOn(new Date(scan.closedAt))}` : nothing}
      </p>
      <p>${t.responses(scan.responses)} ${t.management(scan.managementAnswered)}</p>
      <div class="actions">
        <button
          id="report-${scan.id}"
          aria-label=${t.openReport(name)}
          ?disabled=${this.busy}
          @click=${() => this.openReport(scan)}
        >
          ${t.buttons.openReport}
        </button>
        ${
          scan.closedAt
            ? html`<button
                class="secondary"
                aria-label=${t.repeat(name)}
                ?disabled=${this.busy}
                @click=${() => this.repeat(scan)}
              >
                ${t.buttons.repeat}
              </button>`
            : html`<button
                  class="secondary"
                  aria-label=${t.share(name)}
                  ?disabled=${this.busy}
                  @click=${() => this.share(scan)}
                >
                  ${t.buttons.share}
                </button>
                <button
                  class="secondary"
                  aria-label=${t.answerAsManagement(name)}
                  ?disabled=${this.busy}
                  @click=${() => this.answerAsManagement(scan)}
                >
                  ${t.buttons.answerAsManagement}
                </button>
                ${
                  this.closing === scan.id
                    ? html`<p id="close-ask-${scan.id}" class="ask" tabindex="-1">${t.closeAsk(name)}</p>
                        <button ?disabled=${this.busy} @click=${() => this.close(scan)}>${t.closeYes}</button>
                        <button class="secondary" @click=${() => this.askClose(undefined, `close-${scan.id}`)}>
                          ${t.closeNo}
                        </button>`
                    : html`<button
                        id="close-${scan.id}"
                        class="secondary"
                        aria-label=${t.close(name)}
                        ?disabled=${this.busy}
                        @click=${() => this.askClose(scan, `close-ask-${scan.id}`)}
                      >
                        ${t.buttons.close}
                      </button>`
                }`
        }
      </div>
    </li>`;
  }

  private renderStart() {
    const t = this.port.t();
    const lang = this.port.lang();
    const repeatOf = this.scan;
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.start(e)}>
        <h3 id="start-title" tabindex="-1">${t.startTitle}</h3>
        <p>
          <label for="scan-name">${t.nameLabel}</label><br />
          <span class="muted" id="scan-name-hint">${t.nameHint}</span>
          <input
            id="scan-name"
            name="title"
            maxlength="120"
            autocomplete="organization"
            .value=${repeatOf?.title ?? ''}
            aria-invalid=${this.nameError ? 'true' : 'false'}
            aria-describedby="scan-name-hint ${this.nameError ? 'scan-name-error' : ''}"
          />
          ${this.nameError ? html`<span class="error" id="scan-name-error">${t.nameError}</span>` : nothing}
        </p>
        <p>
          <label for="scan-sector">${t.sectorLabel}</label><br />
          <span class="muted" id="scan-sector-hint">${t.sectorHint}</span>
          <select id="scan-sector" name="sector" aria-describedby="scan-sector-hint">
            <option value="">${t.noSector}</option>
            ${Sector.options.map(
              (s) => html`<option value=${s} ?selected=${repeatOf?.sector === s}>${SECTOR_NAMES[lang][s]}</option>`,
            )}
          </select>
        </p>
        ${
          this.scans.length
            ? html`<p>
                <label for="scan-repeat">${t.repeatLabel}</label><br />
                <span class="muted" id="scan-repeat-hint">${t.repeatHint}</span>
                <select id="scan-repeat" name="repeatOf" aria-describedby="scan-repeat-hint">
                  <option value="">${t.notRepeat}</option>
                  ${this.scans.map(
                    (s) =>
                      html`<option value=${s.id} ?selected=${repeatOf?.id === s.id}>
                        ${s.title} (${t.day(new Date(s.createdAt))})
                      </option>`,
                  )}
                </select>
              </p>`
            : nothing
        }
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t.startSubmit}</button>
          <button type="button" class="secondary" @click=${() => this.backToList('start')}>${t.back}</button>
        </div>
      </form>`;
  }

  private renderShare(scan: CultureScan) {
    const t = this.port.t();
    const link = this.linkOf(scan);
    const poster = html`<div class="poster">
      <h2>${t.posterTitle(scan.title)}</h2>
      <p>${t.posterText}</p>
      <div class="qr">${this.qr}</div>
      <p class="link">${link}</p>
    </div>`;
    return html`<h3 id="share-title" tabindex="-1">${t.shareTitle(scan.title)}</h3>
      <p>${t.shareText}</p>
      <p>
        <label for="share-link">${t.linkLabel}</label>
        <input id="share-link" readonly .value=${link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      </p>
      <div class="actions">
        <button @click=${() => this.copy(scan)}>${t.copy}</button>
        <button class="secondary" ?disabled=${!this.qr} @click=${() => this.print(poster)}>${t.printPoster}</button>
      </div>
      <figure class="qr" role="img" aria-label=${t.qrLabel}>${this.qr ?? nothing}</figure>
      <div class="actions">
        <button class="secondary" @click=${() => this.backToList(`report-${scan.id}`)}>${t.back}</button>
      </div>`;
  }

  private renderReportView(scan: CultureScan, report: CultureReport) {
    const t = this.port.t();
    const lang = this.port.lang();
    return html`<h3 id="report-title" tabindex="-1">${t.reportTitle(scan.title)}</h3>
      ${renderReport(t, lang, scan, report, { openCommunity: () => this.openCommunity() })}
      <div class="actions">
        ${
          report.shown
            ? html`<button @click=${() => this.print(renderReport(t, lang, scan, report, { printedAt: new Date() }))}>${t.print}</button>`
            : nothing
        }
        <button class="secondary" @click=${() => this.backToList(`report-${scan.id}`)}>${t.back}</button>
      </div>`;
  }

  /** The desk speaks Dutch or English: in a widget that speaks Arabic, its English is said so, left to right. */
  render() {
    return html`<div lang=${this.port.lang()} dir="ltr">${this.renderView()}</div>`;
  }

  private renderView() {
    if (this.port.lang() !== this.textsLang) queueMicrotask(() => void this.loadTexts());
    const t = this.port.t();
    if (!this.loaded) return html`<p>${t.loading}</p>`;
    if (!this.port.signedIn()) return html`<p>${t.signIn}</p>`;
    const scan = this.scan;
    switch (this.view) {
      case 'list':
        return this.renderList();
      case 'start':
        return this.renderStart();
      case 'share':
        return scan ? this.renderShare(scan) : nothing;
      case 'management':
        return scan && this.questionnaire
          ? html`<h3 id="management-title" tabindex="-1">${t.managementTitle(scan.title)}</h3>
              <p>${t.managementIntro}</p>
              ${scan.managementAnswered ? html`<p>${t.managementAgain}</p>` : nothing}
              ${this.questionnaire.render()}
              <div class="actions">
                <button class="secondary" @click=${() => this.backToList(`report-${scan.id}`)}>${t.back}</button>
              </div>`
          : nothing;
      case 'report':
        return scan && this.report ? this.renderReportView(scan, this.report) : nothing;
      case 'community':
        return html`${this.community?.render() ?? nothing}
        ${
          this.community?.editing
            ? nothing
            : html`<div class="actions">
                <button class="secondary" @click=${() => this.backToList('community')}>${t.back}</button>
              </div>`
        }`;
    }
  }
}
