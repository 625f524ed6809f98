import { html, nothing, type PropertyDeclarations } from 'lit';
import { ApiError, routes, type CultureAnswersInput, type ReadingLang } from '@pfw/contract';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { SignedInView } from '../base/signed-in-view.js';
import { controlStyles } from '../base/controls.styles.js';
import { readLocal, writeLocal } from '../base/local-store.js';
import nl, { type Messages } from './i18n/nl.js';
import { MIN_ANSWERS, Questionnaire } from './questionnaire.js';
import type { Desk } from './desk.js';
import { styles } from './learning-culture-scan.styles.js';

type View = 'loading' | 'intro' | 'questions' | 'thanks' | 'already' | 'closed' | 'missing' | 'failed' | 'desk';

/** A share link's token in the page address: `…#scan=<token>` (a fragment never reaches a server's logs). */
const tokenInAddress = () => /(?:^#|&)scan=([A-Za-z0-9_-]{16,200})/.exec(location.hash)?.[1];
/**
 * This device answered the scan: nothing that says who, only the scan's title, so the page still
 * names it ("Leren bij …") when the link is opened again (`true` before 2 December 2026).
 */
const answeredKey = (token: string) => `pfw-culture-answered:${token}`;
const draftKey = (token: string) => `pfw-culture-draft:${token}`;
const isAnswered = (v: unknown): v is string | true => v === true || typeof v === 'string';

/**
 * @tagname pfw-learning-culture-scan
 * @summary A learning culture scan for small employers: employees answer anonymously by a shared link; the employer starts scans, shares the link, answers as management and reads a report with actions.
 *
 * @fires pfw-culture-scan-answered - An employee's answers were stored. `detail: {}` (nothing about them).
 * @fires pfw-culture-scan-started - The employer started a scan. `detail: { scanId }`.
 * @fires pfw-error - When loading or saving failed. `detail: { problem }`.
 *
 * @csspart statement - One statement with its five answers.
 * @csspart report - The employer's report.
 * @cssproperty --pfw-learning-culture-scan-max-width - Widest the widget grows (default 48rem).
 */
export class PfwLearningCultureScan extends PfwElement {
  static override styles = [...PfwElement.styles, controlStyles, styles];
  static override properties: PropertyDeclarations = {
    scanToken: { attribute: 'scan-token' },
    answerUrl: { attribute: 'answer-url' },
    view: { state: true },
    scanTitle: { state: true },
    busy: { state: true },
    message: { state: true },
  };

  /** The share link's token (an employee answering). Without it, the token is read from the page address (`#scan=…`); without both, the widget is the employer's. */
  scanToken?: string;

  /** The page where employees answer, for the share link and QR code (default: this page). */
  answerUrl?: string;

  private view: View = 'loading';
  private scanTitle = '';
  private busy = false;
  /**
   * Made once per filled-in scan and sent with its answers: a second send of them (a double tap,
   * a retry) counts once on the server. Random, so it tells nothing about who answered.
   */
  private responseKey = '';
  private message = '';
  private questionnaire?: Questionnaire;
  /** The employer's part (desk.ts), lazy: most visitors are employees answering on a phone. */
  private desk?: Desk;

  /** Employees read it in every reading language (#25); the employer's part is in Dutch and English (desk.ts). */
  private readonly locale = new LocaleController<Messages, ReadingLang>(
    this,
    {
      nl,
      en: () => import('./i18n/en.js'),
      ar: () => import('./i18n/ar.js'),
      tr: () => import('./i18n/tr.js'),
      pl: () => import('./i18n/pl.js'),
      uk: () => import('./i18n/uk.js'),
    },
    this.providerLang,
  );

  private readonly signedIn = new SignedInView(
    this,
    () => this.config,
    () => void this.load(),
  );

  private get shareToken(): string | undefined {
    return this.scanToken ?? tokenInAddress();
  }

  /** An employee's link: the statements. Else the employer's desk. */
  async load(): Promise<void> {
    const token = this.shareToken;
    if (!token) return this.loadDesk();
    const answered = readLocal(answeredKey(token), isAnswered);
    if (answered) {
      if (answered !== true) this.scanTitle = answered;
      this.view = 'already';
      return;
    }
    this.view = 'loading';
    try {
      const questions = await this.client.request(routes.getCultureQuestions, { params: { token } });
      this.scanTitle = questions.title;
      if (questions.closed) {
        this.view = 'closed';
        return;
      }
      this.responseKey = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      this.questionnaire = new Questionnaire(
        questions,
        (t) => t.send,
        {
          now: () => ({ t: this.locale.t, lang: this.locale.lang, busy: this.busy }),
          changed: (focus) => this.changed(focus),
          send: (body) => void this.send(token, body),
        },
        draftKey(token),
      );
      this.view = 'intro';
    } catch (error) {
      this.view = error instanceof ApiError && error.status === 404 ? 'missing' : 'failed';
      if (this.view === 'failed') this.reportError(error);
    }
  }

  private async loadDesk(): Promise<void> {
    this.view = 'desk';
    const { Desk } = await import('./desk.js');
    this.desk ??= new Desk({
      host: this,
      client: () => this.client,
      signedIn: () => Boolean(this.config.token),
      readingLang: () => this.locale.lang,
      words: () => this.locale.t,
      answerUrl: () => this.answerUrl ?? location.origin + location.pathname,
      changed: (focus) => this.changed(focus),
      say: (message) => (this.message = message),
      failed: (error) => this.reportError(error),
    });
    await this.desk.load();
  }

  private changed(focus?: string): void {
    // Without a target, a focus asked for before (not yet done while a button was disabled) stays.
    if (focus) this.signedIn.focusNext = focus;
    this.requestUpdate();
  }

  private begin(): void {
    this.view = 'questions';
    this.changed('part-title');
  }

  private async send(token: string, body: CultureAnswersInput): Promise<void> {
    // A second tap comes before the button is drawn disabled.
    if (this.busy) return;
    this.busy = true;
    this.message = '';
    try {
      await this.client.request(routes.postCultureAnswers, {
        params: { token },
        body: { ...body, responseKey: this.responseKey },
      });
      writeLocal(answeredKey(token), this.scanTitle || true);
      this.questionnaire?.forgetDraft();
      this.questionnaire = undefined;
      this.view = 'thanks';
      this.changed('done-title');
      this.dispatchEvent(new CustomEvent('pfw-culture-scan-answered', { detail: {}, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) this.view = 'closed';
      else {
        this.reportError(error);
        this.message = this.locale.t.sendFailed;
      }
    } finally {
      this.busy = false;
    }
  }

  private renderBody() {
    const t = this.locale.t;
    switch (this.view) {
      case 'loading':
        return html`<p>${t.loading}</p>`;
      case 'intro':
        return html`<p>${t.intro}</p>
          <p><strong>${t.anonymous}</strong></p>
          <p>${t.skip} ${t.minimum(MIN_ANSWERS, this.questionnaire?.questions.items.length ?? 0)}</p>
          <button @click=${this.begin}>${t.begin}</button>`;
      case 'questions':
        return this.questionnaire?.render() ?? nothing;
      case 'thanks':
        return html`<h3 id="done-title" tabindex="-1">${t.thanks}</h3>
          <p>${t.thanksText}</p>`;
      case 'already':
        // No "someone else" here: it let one phone fill the five answers a report needs.
        return html`<p>${t.already}</p>`;
      case 'closed':
        return html`<p>${t.closed}</p>`;
      case 'missing':
        return html`<p>${t.noScan}</p>`;
      case 'failed':
        return html`<p>${t.failed}</p>
          <button @click=${() => this.load()}>${t.retry}</button>`;
      case 'desk':
        return this.desk?.render() ?? html`<p>${t.loading}</p>`;
    }
  }

  protected override render() {
    const t = this.locale.t;
    const heading = this.view === 'desk' ? t.deskTitle : this.scanTitle ? t.title(this.scanTitle) : t.answerTitle;
    return html`<section aria-labelledby="title" aria-busy=${this.view === 'loading' ? 'true' : 'false'}>
      <h2 id="title" tabindex="-1">${heading}</h2>
      <p class="message" role="status" aria-live="polite">${this.message}</p>
      ${this.renderBody()}
    </section>`;
  }
}
