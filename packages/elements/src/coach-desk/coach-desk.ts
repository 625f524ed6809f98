import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  ApiError,
  isProblemType,
  listSkillTexts,
  nextActionDays,
  routes,
  type CaseFile,
  type CaseloadEntry,
  type CaseloadFilter,
  type CoachInvite,
  type LearningStep,
  type SkillTexts,
} from '@pfw/contract';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import { SignedInView } from '../base/signed-in-view.js';
import { controlStyles } from '../base/controls.styles.js';
import { openPrintWindow, printOnPaper } from '../base/paper.js';
import nl, { type Messages } from './i18n/nl.js';
import {
  learningLine,
  nameOf,
  renderCaseFile,
  saidAt,
  tooLong,
  type CaseFilePort,
  type Field,
  type LIMITS,
  type Place,
} from './case-file.js';
import { healthWordsIn } from './health-words.js';
import { styles } from './coach-desk.styles.js';

type View = 'loading' | 'signed-out' | 'failed' | 'list' | 'file';

/**
 * @tagname pfw-coach-desk
 * @summary A job coach's desk: the participants who gave access, who needs attention, and per person what helps the next talk.
 *
 * @fires pfw-error - When loading or saving failed. `detail: { problem }`.
 *
 * @csspart entry - One participant in the list.
 * @cssproperty --pfw-coach-desk-max-width - Widest the widget grows (default 56rem).
 */
export class PfwCoachDesk extends PfwElement {
  static override styles = [...PfwElement.styles, controlStyles, styles];
  static override properties: PropertyDeclarations = {
    view: { state: true },
    entries: { state: true },
    filter: { state: true },
    file: { state: true },
    skills: { state: true },
    busy: { state: true },
    invite: { state: true },
    invalid: { state: true },
    said: { state: true },
    lengths: { state: true },
  };

  private view: View = 'loading';
  private entries: CaseloadEntry[] = [];
  private filter: CaseloadFilter | 'all' = 'all';
  private file?: CaseFile;
  private skills = new Map<string, SkillTexts>();
  private busy = false;
  /** The code made last, while this desk is open (to copy it). */
  private invite?: CoachInvite;
  private invalid?: CaseFilePort['invalid'];
  /** What the last action did, said where it was done ("top": above everything, for the list). */
  private said: CaseFilePort['said'] = { at: 'top', text: '' };
  private lengths: CaseFilePort['lengths'] = {};

  private readonly locale = new LocaleController<Messages>(
    this,
    { nl, en: () => import('./i18n/en.js') },
    this.providerLang,
  );
  private seq = 0;

  private readonly signedIn = new SignedInView(
    this,
    () => this.config,
    () => void this.load(),
  );

  /** Load (again) the caseload with the filter in force. */
  async load(): Promise<void> {
    const seq = ++this.seq;
    if (!this.config.token) {
      this.view = 'signed-out';
      return;
    }
    if (this.view !== 'list') this.view = 'loading';
    try {
      const filter = this.filter === 'all' ? undefined : this.filter;
      const [skills, caseload] = await Promise.all([
        this.skills.size ? undefined : this.client.request(listSkillTexts),
        this.client.request(routes.listCaseload, { query: filter ? { filter } : {} }),
      ]);
      if (seq !== this.seq) return;
      if (skills) this.skills = new Map(skills.items.map((s) => [s.id, s]));
      this.entries = caseload.items;
      this.view = 'list';
    } catch (error) {
      if (seq !== this.seq) return;
      this.reportError(error);
      this.view = 'failed';
    }
  }

  private async onFilter(filter: CaseloadFilter | 'all'): Promise<void> {
    this.filter = filter;
    await this.load();
  }

  private async onInvite(): Promise<void> {
    // A double tap's second comes before the button is drawn disabled: one code, not two.
    if (this.busy) return;
    this.busy = true;
    try {
      this.invite = await this.client.request(routes.createCoachInvite);
      this.say('top', this.locale.t.inviteSaid(this.invite.code, new Date(this.invite.expiresAt)));
    } catch (error) {
      this.reportError(error);
      this.say('top', this.locale.t.saveFailed);
    } finally {
      // The button was disabled while busy, which drops focus: it goes back to the button.
      this.signedIn.focusNext = 'invite';
      this.busy = false;
    }
  }

  /** The code just made, to the clipboard (to send it in a message); without a clipboard it is on screen to copy. */
  private async copyCode(): Promise<void> {
    const invite = this.invite!;
    try {
      await navigator.clipboard.writeText(invite.code);
      this.say('top', `${this.locale.t.inviteSaid(invite.code, new Date(invite.expiresAt))} ${this.locale.t.copied}`);
    } catch {
      // No clipboard (permissions): the code stays on screen.
    }
  }

  private async open(entry: CaseloadEntry): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      this.file = await this.client.request(routes.getCaseFile, { params: { personId: entry.personId } });
      this.invalid = undefined;
      this.say('top', '');
      this.lengths = { note: this.noteDrafts.get(entry.personId)?.length ?? 0 };
      this.view = 'file';
      this.signedIn.focusNext = 'file-title';
    } catch (error) {
      this.afterFailure(error, entry.personId);
    } finally {
      this.busy = false;
    }
  }

  private back(): void {
    const personId = this.file?.entry.personId;
    // A note written and not yet saved waits for the coach's return (this page only: never stored).
    const note = this.renderRoot.querySelector<HTMLTextAreaElement>('#note')?.value ?? '';
    if (personId) {
      if (note.trim()) this.noteDrafts.set(personId, note);
      else this.noteDrafts.delete(personId);
    }
    this.file = undefined;
    this.say('top', '');
    this.view = 'list';
    this.signedIn.focusNext = personId ? `open-${personId}` : undefined;
    void this.load();
  }

  /**
   * A failed save: access taken away (say so and go back to the list), or try again. With access
   * gone, a note the coach wrote cannot be kept: the message says so, and focus goes to it (the
   * list is drawn again under it, and the page may be scrolled far down the file).
   */
  private afterFailure(error: unknown, personId = this.file?.entry.personId, at: Place = 'top'): void {
    if (error instanceof ApiError && isProblemType(error.problem, 'no-coach-access')) {
      const typed =
        this.view === 'file' ? (this.renderRoot.querySelector<HTMLTextAreaElement>('#note')?.value ?? '') : '';
      const draft = personId ? (this.noteDrafts.get(personId) ?? '') : '';
      if (personId) this.noteDrafts.delete(personId);
      const t = this.locale.t;
      this.file = undefined;
      this.invalid = undefined;
      this.view = 'list';
      this.say('top', typed.trim() || draft.trim() ? `${t.gone} ${t.noteLost}` : t.gone);
      this.signedIn.focusNext = 'said-top';
      void this.load();
      return;
    }
    this.reportError(error);
    this.say(at, this.locale.t.saveFailed);
  }

  /** Say what happened at `at`: beside what was done, and scrolled into view (on a phone the button may be at the foot of the screen). */
  private say(at: Place, text: string): void {
    this.said = { at, text };
    if (at !== 'top' && text)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#said-${at}`)?.scrollIntoView({ block: 'nearest' }),
      );
  }

  /**
   * Mark a field wrong and focus it: also when it was already marked (the same state renders
   * nothing anew, so the focus is asked for with an update of its own).
   */
  private refuse(field: Field, text: string): void {
    this.invalid = { field, text };
    this.say('top', '');
    this.signedIn.focusNext = field;
    this.requestUpdate();
  }

  /** A text with health words the coach was warned about: saved when they press again unchanged. */
  private healthWarned?: { field: keyof typeof LIMITS; text: string };

  /**
   * What is wrong with a text a coach wrote, if anything: empty, too long, or about health. Health
   * words are a warning, not a wall: the same words are often about work ("een baan in het
   * ziekenhuis"), so the same text pressed again is saved.
   */
  private wrongIn(field: keyof typeof LIMITS, text: string, min: number): string | undefined {
    const t = this.locale.t;
    if (text.length < min) return t.needText;
    const over = tooLong(field, text);
    if (over > 0) return t.charsOver(over);
    const health = healthWordsIn(text);
    if (!health.length) return undefined;
    const warned = this.healthWarned?.field === field && this.healthWarned.text === text;
    this.healthWarned = { field, text };
    return warned ? undefined : t.noHealth(health);
  }

  /**
   * Do something to the open file, then read it again (what the participant changed in between
   * shows too); say what happened at `at`, beside where it was done, and focus `focus` after.
   */
  private async change(
    send: (personId: string) => Promise<unknown>,
    said: string,
    at: Place,
    focus?: string,
  ): Promise<boolean> {
    const personId = this.file?.entry.personId;
    // While one change is under way, a second tap (a double tap on "Bewaar notitie") does nothing.
    if (!personId || this.busy) return false;
    this.busy = true;
    try {
      await send(personId);
      this.file = await this.client.request(routes.getCaseFile, { params: { personId } });
      this.invalid = undefined;
      this.say(at, said);
      return true;
    } catch (error) {
      this.afterFailure(error, personId, at);
      return false;
    } finally {
      // Also after a failure: the pressed button was disabled meanwhile, which drops focus.
      if (this.view === 'file') this.signedIn.focusNext = focus;
      this.busy = false;
    }
  }

  /** Per participant, a note written but not saved when the coach went back to the list. */
  private readonly noteDrafts = new Map<string, string>();

  private readonly port: Pick<CaseFilePort, 'confirmStep' | 'saveNext' | 'addNote' | 'typed' | 'print' | 'back'> = {
    // The button goes away with the step confirmed: focus goes to what says so, beside the steps.
    confirmStep: (step: LearningStep) =>
      void this.change(
        (personId) => this.client.request(routes.confirmLearningStep, { params: { personId, skillId: step.skillId } }),
        this.locale.t.confirmed(this.skills.get(step.skillId)?.label[this.locale.lang] ?? step.skillId),
        'goal',
        'said-goal',
      ),
    saveNext: (event: SubmitEvent) => {
      event.preventDefault();
      const t = this.locale.t;
      const form = new FormData(event.target as HTMLFormElement);
      const text = String(form.get('text') ?? '').trim();
      const due = String(form.get('due') ?? '');
      const { first, last } = nextActionDays();
      const wrong = this.wrongIn('next-text', text, 2);
      if (wrong) return this.refuse('next-text', wrong);
      if (!due || due < first || due > last) return this.refuse('next-due', t.needDue(new Date(last)));
      void this.change(
        (personId) => this.client.request(routes.setNextAction, { params: { personId }, body: { text, due } }),
        t.savedNext,
        'next',
        'save-next',
      );
    },
    addNote: (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const text = String(new FormData(form).get('text') ?? '').trim();
      const wrong = this.wrongIn('note', text, 1);
      if (wrong) return this.refuse('note', wrong);
      void this.change(
        (personId) => this.client.request(routes.addCoachNote, { params: { personId }, body: { text } }),
        this.locale.t.savedNote,
        'note',
        'add-note',
      ).then((saved) => {
        if (!saved) return;
        form.reset();
        this.lengths = { ...this.lengths, note: 0 };
        this.noteDrafts.delete(this.file?.entry.personId ?? '');
      });
    },
    typed: (field, length) => {
      this.lengths = { ...this.lengths, [field]: length };
    },
    print: () => void this.print(),
    back: () => this.back(),
  };

  private async print(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const popup = openPrintWindow();
    if (!popup) {
      this.say('top', this.locale.t.printBlocked);
      return;
    }
    const { conversationCard, cardPaperStyles } = await import('./conversation-card.js');
    await printOnPaper(popup, this, {
      lang: this.locale.lang,
      css: cardPaperStyles.cssText,
      content: conversationCard(this.locale.t, this.locale.lang, file, this.skills),
    });
  }

  private renderEntry(e: CaseloadEntry) {
    const t = this.locale.t;
    const name = nameOf(
      e,
      this.entries.some((o) => o !== e && o.called && o.called === e.called),
    );
    const today = new Date().toISOString().slice(0, 10);
    return html`<li part="entry" class="entry ${e.inactive || e.requestsWaiting ? 'attention' : ''}">
      <h3>${name}</h3>
      <p class="muted">${t.lastActive(new Date(e.lastActivityAt))}</p>
      ${e.inactive ? html`<p class="flag">⚠ ${t.inactive}</p>` : nothing}
      ${e.requestsWaiting ? html`<p class="flag">✉ ${t.requests(e.requestsWaiting)}</p>` : nothing}
      <p>${e.learning ? learningLine(t, this.locale.lang, this.skills, e.learning) : t.noGoal}</p>
      <p>
        <meter min="0" max="100" .value=${e.completeness} aria-label=${t.completeness(e.completeness)}></meter>
        ${t.completeness(e.completeness)}
      </p>
      ${
        e.nextAction
          ? html`<p>
            ${t.next(e.nextAction.text, new Date(e.nextAction.due))}
            ${e.nextAction.due < today ? html`<strong class="flag">${t.late}</strong>` : nothing}
          </p>`
          : nothing
      }
      <button id="open-${e.personId}" ?disabled=${this.busy} @click=${() => this.open(e)}>${t.open(name)}</button>
    </li>`;
  }

  private renderList() {
    const t = this.locale.t;
    const filters = ['all', 'inactive', 'request-waiting'] as const;
    return html`<div class="actions">
        <button id="invite" class="secondary" ?disabled=${this.busy} @click=${this.onInvite}>${t.invite}</button>
        ${this.invite ? html`<button class="secondary" @click=${this.copyCode}>${t.copyCode}</button>` : nothing}
      </div>
      <fieldset class="filters">
        <legend>${t.filterLegend}</legend>
        ${filters.map(
          (f) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="filter"
                .checked=${this.filter === f}
                @change=${() => this.onFilter(f)}
              />${t.filters[f]}</label
            >`,
        )}
      </fieldset>
      <p class="muted">${t.count(this.entries.length)}</p>
      ${
        this.entries.length
          ? html`<ul class="entries">
            ${this.entries.map((e) => this.renderEntry(e))}
          </ul>`
          : html`<p>${this.filter === 'all' ? t.empty : t.emptyFiltered}</p>`
      }`;
  }

  private renderBody() {
    const t = this.locale.t;
    switch (this.view) {
      case 'loading':
        return html`<p>${t.loading}</p>`;
      case 'signed-out':
        return html`<p>${t.signIn}</p>`;
      case 'failed':
        return html`<p>${t.failed}</p>
          <button @click=${() => this.load()}>${t.retry}</button>`;
      case 'list':
        return this.renderList();
      case 'file':
        return this.file
          ? renderCaseFile(
              {
                ...this.port,
                t,
                lang: this.locale.lang,
                skills: this.skills,
                busy: this.busy,
                invalid: this.invalid,
                said: this.said,
                lengths: this.lengths,
                noteDraft: this.noteDrafts.get(this.file.entry.personId) ?? '',
              },
              this.file,
            )
          : nothing;
    }
  }

  protected override render() {
    return html`<section aria-labelledby="title" aria-busy=${this.view === 'loading' ? 'true' : 'false'}>
      <h2 id="title">${this.locale.t.title}</h2>
      ${saidAt(this.said, 'top')}
      ${this.renderBody()}
    </section>`;
  }
}
