/**
 * The statements of a scan, a page of four at a time, with a 1-5 answer each: what employees
 * answer through the shared link and what the owner answers as management. One class for both,
 * so both versions page, check and send the same way.
 */
import { html, nothing } from 'lit';
import type { CultureAnswersInput, CultureQuestions, ReadingLang } from '@pfw/contract';
import { inLang } from '../base/locale.js';
import { forgetLocal, isRecord, readLocal, writeLocal } from '../base/local-store.js';
import { canSpeak, speak, speakerIcon } from '../base/speech.js';
import type { Messages } from './i18n/nl.js';

/** Four statements a page: one screen on a phone, seven pages in all. */
const PAGE_SIZE = 4;
/** Fewer answers than this the API refuses (CultureAnswersInput): half the statements. */
export const MIN_ANSWERS = 14;

export interface QuestionnairePort {
  /** What the widget is now: its language and texts, and whether it is sending. */
  now(): { t: Messages; lang: ReadingLang; busy: boolean };
  /** Draw again, then focus the element with this id. */
  changed(focus?: string): void;
  send(body: CultureAnswersInput): void;
}

export class Questionnaire {
  page = 0;
  readonly answers = new Map<string, number>();
  error = '';

  /**
   * With `draftKey`, the answers given so far stay on this device until they are sent (a phone
   * may reload the page when another app was opened): back on the page, the person goes on at the
   * first statement without an answer. Only the answers to the statements, never a name.
   */
  constructor(
    readonly questions: CultureQuestions,
    private readonly sendLabel: (t: Messages) => string,
    private readonly port: QuestionnairePort,
    private readonly draftKey?: string,
  ) {
    const draft = draftKey ? readLocal(draftKey, isRecord) : undefined;
    if (!draft) return;
    for (const { id } of questions.items) {
      const answer = draft[id];
      if (typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= questions.answers.length)
        this.answers.set(id, answer);
    }
    const first = questions.items.findIndex((i) => !this.answers.has(i.id));
    this.page = Math.min(first < 0 ? this.pages - 1 : Math.floor(first / PAGE_SIZE), this.pages - 1);
  }

  /** Sent: the draft on this device goes. */
  forgetDraft(): void {
    if (this.draftKey) forgetLocal(this.draftKey);
  }

  private get pages(): number {
    return Math.ceil(this.questions.items.length / PAGE_SIZE);
  }

  private readAloud(text: string): void {
    const { t, lang } = this.port.now();
    this.error = '';
    const on = this.page;
    speak(text, lang, () => {
      // Said on the page that was read, not on the next one.
      if (this.page !== on) return;
      this.error = t.noVoice;
      this.port.changed();
    });
    this.port.changed();
  }

  private go(page: number): void {
    this.page = page;
    this.error = '';
    this.port.changed('part-title');
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.page < this.pages - 1) return this.go(this.page + 1);
    const { t } = this.port.now();
    if (this.answers.size < MIN_ANSWERS) {
      const first = this.questions.items.findIndex((i) => !this.answers.has(i.id));
      this.page = Math.floor(first / PAGE_SIZE);
      this.error = t.tooFew(MIN_ANSWERS, this.answers.size);
      this.port.changed(`q-${this.questions.items[first]!.id}-1`);
      return;
    }
    this.port.send({ answers: [...this.answers].map(([itemId, answer]) => ({ itemId, answer })) });
  }

  render() {
    const { t, lang, busy } = this.port.now();
    const { items, answers } = this.questions;
    const shown = items.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    const last = this.page === this.pages - 1;
    // The radio buttons are reused from page to page. Each is checked or not before it takes its
    // new statement's name: renamed first, one still checked from the other page joined the new
    // group and unchecked the answer given there (seen going back a page).
    return html`<form class="questionnaire" novalidate @submit=${(e: SubmitEvent) => this.submit(e)}>
      <h3 id="part-title" tabindex="-1">${t.part(this.page + 1, this.pages)}</h3>
      <progress max=${items.length} .value=${this.answers.size} aria-label=${t.answered(this.answers.size, items.length)}></progress>
      <p class="muted">${t.answered(this.answers.size, items.length)}. ${t.skip}</p>
      ${
        // Above the statements: in sight together with the first one without an answer.
        this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing
      }
      ${shown.map((item) => {
        const number = items.indexOf(item) + 1;
        const text = inLang(item.text, lang);
        return html`<fieldset class="statement">
          <legend>${number}. ${text}</legend>
          ${
            canSpeak()
              ? html`<button type="button" class="secondary speak" @click=${() => this.readAloud(text)}>
                  ${speakerIcon} ${t.readAloud}<span class="visually-hidden">: ${number}</span>
                </button>`
              : nothing
          }
          <div class="scale">
            ${answers.map(
              (answer, i) =>
                html`<label class="option"
                  ><input
                    type="radio"
                    id="q-${item.id}-${i + 1}"
                    .checked=${this.answers.get(item.id) === i + 1}
                    name=${item.id}
                    @change=${() => {
                      this.answers.set(item.id, i + 1);
                      if (this.draftKey) writeLocal(this.draftKey, Object.fromEntries(this.answers));
                      this.port.changed();
                    }}
                  /><span>${inLang(answer, lang)}</span></label
                >`,
            )}
          </div>
        </fieldset>`;
      })}
      <div class="actions">
        ${
          this.page > 0
            ? html`<button type="button" class="secondary" @click=${() => this.go(this.page - 1)}>${t.previous}</button>`
            : nothing
        }
        <button type="submit" ?disabled=${busy}>${last ? this.sendLabel(t) : t.next}</button>
      </div>
    </form>`;
  }
}
