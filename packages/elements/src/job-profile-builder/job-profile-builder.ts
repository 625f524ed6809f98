import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { JobProfile, JobStatus, Occupation } from '@pfw/contract';
import { FormAssociated } from '../base/form-associated.js';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import type { HardRequirementEditorPort, SkillEditorPort } from './skill-editor.js';
import { renderAbout, renderStart } from './sections.js';
import { described, errorSummary, errorsFor, invalid, type DraftIssue } from './draft-issues.js';
import { DraftSaver } from './draft-saver.js';
import { renderActions, renderPreview, renderStatus } from './status.js';
import { LazyParts } from './lazy-parts.js';
import { emptyDraft, toInput, type JobProfileDraft, type JobProfileEventDetail } from './draft.js';
import { styles } from './job-profile-builder.styles.js';
import nl, { type Messages } from './i18n/nl.js';

export type { DraftIssue, JobProfileDraft, JobProfileEventDetail };

/**
 * Describe a vacancy in the skill language: start from an occupation template or from scratch,
 * choose skills, each in one compact row with the level it needs and whether it is a must-have
 * ("Meer" shows the level's description, its importance and remove); title, region, hours, start
 * date and a short text; and the certificates, licences and physical work the job asks for, each
 * required ("verplicht") or preferred ("gewenst"), which do not count in the score. While the employer edits, a summary bar that stays in view counts how
 * many people in the talent pool would fit well and warns when the must-haves would exclude
 * almost everyone.
 *
 * Nothing is lost: every edit is kept on the device at once, and saved on the server as a draft
 * when it is valid (with an employer `token`). Then publish, and later close. Set
 * `job-profile-id` to edit a saved profile.
 *
 * It is a form control: with a `name`, the profile is sent with the host's form as JSON; the
 * form cannot be sent while the profile is not valid, with a message that names the field.
 *
 * @tagname pfw-job-profile-builder
 * @summary Build a job profile in the skill language, with a live count of fitting candidates.
 *
 * @fires input - The employer changed something. Read `value`.
 * @fires change - The employer finished a change (left a field, chose an option, added or removed a skill).
 * @fires pfw-job-profile-saved - The profile was saved on the server (created or updated). `detail: { jobProfile }`.
 * @fires pfw-job-profile-published - The profile was published. `detail: { jobProfile }`.
 * @fires pfw-job-profile-closed - The profile was closed. `detail: { jobProfile }`.
 * @fires pfw-error - Loading, saving or an action failed. `detail.problem` says why.
 *
 * @csspart section - Each group of fields (start, about the job, skills, certificates, licences and physical work).
 * @csspart template - The requirements of the chosen occupation, before they are used.
 * @csspart requirement - One chosen skill: a compact row with its level and must-have choice, and its details.
 * @csspart level - A skill's level choice (a select, 1-5 with short names).
 * @csspart more - The "Meer" button that shows or hides a skill's details.
 * @csspart details - A skill's details: the chosen level's description, importance and remove.
 * @csspart hard-requirements - The list of certificates, licences and physical work (a `details`, closed at first; its summary says what is chosen).
 * @csspart hard-requirement - One certificate, licence or physical condition: its checkbox, description and the choice "verplicht" or "gewenst".
 * @csspart preview - The summary bar that stays in view: the live count of fitting candidates and the strictness warning.
 * @csspart errors - The list of what is not right yet.
 * @csspart actions - The status and the publish and close buttons.
 * @csspart button - Every button.
 * @csspart occupation-label - The occupation picker's label (its `label` part, forwarded).
 * @csspart occupation-field - The box around the occupation picker's text input (its `field` part).
 * @csspart occupation-input - The occupation picker's text input (its `input` part).
 * @csspart occupation-listbox - The occupation picker's list of occupations (its `listbox` part).
 * @csspart occupation-option - One occupation in that list (its `option` part).
 *
 * @cssproperty --pfw-job-profile-builder-max-width - Widest the builder grows. Default 48rem.
 * @cssproperty --pfw-job-profile-builder-sticky-top - Where the summary bar stays while scrolling (below a sticky page header). Default 0.
 */
export class PfwJobProfileBuilder extends FormAssociated(PfwElement) {
  static override shadowRootOptions = { ...PfwElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...PfwElement.styles, styles];
  static override properties: PropertyDeclarations = {
    jobProfileId: { attribute: 'job-profile-id' },
    name: {},
    noLocalSave: { type: Boolean, attribute: 'no-local-save' },
    draft: { state: true },
    template: { state: true },
    touched: { state: true },
    showAllErrors: { state: true },
    confirmEmpty: { state: true },
  };

  /** The saved job profile to edit. Leave empty for a new one. */
  jobProfileId?: string;

  /** Name under which the profile (JSON) is sent with a form. */
  name = '';

  /** Keep nothing on this device (e.g. on a shared computer). Drafts are then only saved on the server. */
  noLocalSave = false;

  private draft: JobProfileDraft = emptyDraft();
  private template?: Occupation;
  private touched = new Set<string>();
  private showAllErrors = false;
  /** "Begin leeg" was pressed once while something was chosen: it asks to be pressed again. */
  private confirmEmpty = false;

  private readonly locale = new LocaleController<Messages>(
    this,
    { nl, en: () => import('./i18n/en.js') },
    this.providerLang,
  );
  /** What the builder's controllers read of it and call (each takes the part it needs). */
  private readonly port = {
    draft: () => this.draft,
    show: (draft: JobProfileDraft) => (this.value = draft),
    id: () => this.jobProfileId,
    keepLocal: () => !this.noLocalSave,
    client: () => this.client,
    token: () => this.config.token,
    t: () => this.locale.t,
    lang: () => this.locale.lang,
    reportError: (error: unknown) => this.reportError(error),
  };
  private readonly saver = new DraftSaver(this, this.port);
  private readonly parts = new LazyParts(this, this.port);

  /** The profile as it is now, possibly not valid yet. Set it to fill the builder. */
  get value(): JobProfileDraft {
    return this.draft;
  }
  set value(draft: JobProfileDraft) {
    this.draft = {
      ...emptyDraft(),
      ...draft,
      hours: { ...draft.hours },
      requirements: [...(draft.requirements ?? [])],
    };
  }

  /** The profile as last saved on the server (with its id and status), if it was. */
  get jobProfile(): JobProfile | undefined {
    return this.saver.saved;
  }

  get status(): JobStatus | undefined {
    return this.saver.saved?.status;
  }

  /** What is not right with the profile now, each message naming its field; empty when valid. */
  get issues(): DraftIssue[] {
    return this.check().issues;
  }

  /** Also shows every field's message, not only those of fields already touched. */
  override reportValidity(): boolean {
    this.showAllProblems();
    return super.reportValidity();
  }

  /** Every field's message on screen, and whether the profile is valid (no browser bubble). */
  private showAllProblems(): boolean {
    // The validity of the draft as it is now: an edit made just before (a fast typist, a script)
    // may not have been rendered yet, and the last render's validity would then be stale.
    this.showAllErrors = true;
    this.setValidity();
    return this.checkValidity();
  }

  /** Load the profile of `job-profile-id` (again), with unsaved changes from this device on top. */
  load(): Promise<void> {
    return this.saver.load();
  }

  /**
   * Save the draft on the server now (create it, or update it). Does nothing and returns
   * undefined when the profile is not valid, there is no employer token, or it is closed.
   */
  save(): Promise<JobProfile | undefined> {
    return this.saver.save();
  }

  /** Save and publish. Shows every problem (and saves nothing) when the profile is not valid. */
  async publish(): Promise<JobProfile | undefined> {
    // The messages stand under their fields: the browser's bubble would say the first one twice.
    if (this.showAllProblems()) return this.afterStatusChange(this.saver.publish());
    void this.updateComplete.then(() => this.control(this.issues[0]?.control)?.focus());
    return undefined;
  }

  /** Close the published profile: candidates no longer find it. */
  close(): Promise<JobProfile | undefined> {
    return this.afterStatusChange(this.saver.close());
  }

  /**
   * Publishing or closing swaps the pressed button for another, and the focus would fall back to
   * the page: it goes to the line that says what happened ("… is gepubliceerd") instead. Only when
   * the focus was on a button here (a host page that publishes keeps its own focus).
   */
  private async afterStatusChange(action: Promise<JobProfile | undefined>): Promise<JobProfile | undefined> {
    const pressed = (this.renderRoot as ShadowRoot).activeElement;
    const job = await action;
    await this.updateComplete;
    if (pressed && !pressed.isConnected) this.renderRoot.querySelector<HTMLElement>('[part=actions] .save')?.focus();
    return job;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another profile, or none: start from that one (or empty).
    if (changed.has('jobProfileId') && this.saver.idChanged(this.hasUpdated)) {
      this.touched = new Set();
      this.showAllErrors = false;
      this.template = undefined;
      this.parts.count?.clear();
    }
    if ((changed as Map<string, unknown>).has('draft')) this.parts.countAgain();
    this.internals.setFormValue(JSON.stringify(toInput(this.draft)));
  }

  protected override updated(): void {
    this.setValidity();
  }

  /**
   * The summary bar's height, so a control the keyboard reaches scrolls into view below it
   * (skill-editor.styles.ts): the bar, or on a small screen only its count (the bar is then no box).
   */
  private readonly bar = new ResizeObserver(() =>
    this.renderRoot
      .querySelector<HTMLElement>('.builder')
      ?.style.setProperty('--builder-bar-height', `${Math.max(...this.barParts().map((e) => e.offsetHeight))}px`),
  );

  private barParts() {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.preview,.count')];
  }

  protected override firstUpdated(): void {
    for (const part of this.barParts()) this.bar.observe(part);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: watch the bar again.
    if (this.hasUpdated) this.firstUpdated();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bar.disconnect();
  }

  /** The validity the host's form sees: the first problem, anchored at its control (maybe in the skill editor). */
  private setValidity(): void {
    const { issues, flag } = this.check();
    const [first] = issues;
    this.internals.setValidity(first ? flag : {}, first?.message, this.control(first?.control));
  }

  formResetCallback(): void {
    this.value = this.saver.defaultDraft;
    this.touched = new Set();
    this.showAllErrors = false;
    this.saver.writeLocal();
  }

  formStateRestoreCallback(state: string | null): void {
    if (!state) return;
    try {
      this.value = JSON.parse(state) as JobProfileDraft;
    } catch {
      // Not ours: keep what we have.
    }
  }

  /**
   * Checking a draft brings zod (draft-check.ts): a lazy part, asked for as the builder is made.
   * Until it is there the builder draws without problems (nothing is touched yet by then);
   * `updateComplete` waits for it.
   */
  private checker?: typeof import('./draft-check.js');
  private readonly checking = import('./draft-check.js').then(
    (m) => {
      this.checker = m;
      this.requestUpdate();
    },
    (error: unknown) => void this.reportError(error),
  );

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.checking;
    return super.getUpdateComplete();
  }

  private check() {
    const { t, lang } = this.locale;
    return this.checker?.checkDraft(this.draft, t, (id) => this.parts.label(id, lang)) ?? { issues: [], flag: {} };
  }

  private control(id = ''): HTMLElement | undefined {
    return (id && this.renderRoot.querySelector<HTMLElement>(`#${id}`)) || undefined;
  }

  // ── Editing ───────────────────────────────────────────────────────────────

  /** Apply one edit of the employer: keep it, count again, save later, and tell the host. */
  private edit(change: Partial<JobProfileDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.confirmEmpty = false;
    this.saver.edited();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private changed(field: string): void {
    this.touched = new Set(this.touched).add(field);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Native input events of our controls stop here: the host gets one `input` of ours, after the value changed. */
  private stopNative = (event: Event) => event.stopPropagation();

  // ── Rendering ─────────────────────────────────────────────────────────────

  /** Whether the problems of a field may be shown now (after it was touched, or after publish was tried). */
  private shown(field: string): boolean {
    return this.showAllErrors || this.touched.has(field);
  }

  protected override render() {
    const { t, lang } = this.locale;
    const { issues } = this.check();
    const closed = this.status === 'closed';
    const off = this.disabled || closed;
    const d = this.draft;
    const { skills, editorLoaded, count } = this.parts;
    // What the sections and the skill editor get of the builder for this render.
    const view = {
      t,
      lang,
      skills,
      draft: d,
      issues,
      off,
      apiBase: this.config.apiBase,
      publishableKey: this.config.publishableKey,
      template: this.template,
      editorLoaded,
      chooseTemplate: (occupation?: Occupation) => (this.template = occupation),
      confirmEmpty: this.confirmEmpty,
      fromScratch: () => {
        // Nothing chosen is lost without a warning: the first press asks, the second empties.
        if (!this.confirmEmpty && (d.requirements.length || d.hardRequirements?.length))
          return void (this.confirmEmpty = true);
        this.template = undefined;
        this.edit({
          occupationId: undefined,
          requirements: [],
          hardRequirements: [],
          interests: undefined,
          environment: undefined,
        });
        // Emptied on purpose: no "choose a skill" yet (it shows on publish, or after a skill is removed).
        this.touched.delete('requirements');
        this.changed('occupationId');
        // The keyboard goes on to the first field to fill.
        void view.focus(`#${this.issues[0]?.control}`);
      },
      shown: (field: string) => this.shown(field),
      edit: (change: Partial<JobProfileDraft>) => this.edit(change),
      changed: (field: string) => this.changed(field),
      drawn: () => this.setValidity(),
      templateUsed: () => (this.template = undefined),
      focus: async (selector: string) => {
        await this.updateComplete;
        await this.renderRoot.querySelector('pfw-skill-editor')?.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
      },
      errorsFor,
      invalid,
      described,
    };
    return html`
      <div class="builder" @input=${this.stopNative}>
        <h2 class="heading">${t.heading}</h2>
        ${renderStatus(this.saver, t)}

        <fieldset part="section" ?disabled=${off}>
          <legend>${t.startLegend}</legend>
          ${renderStart(view)}
        </fieldset>

        <fieldset part="section" ?disabled=${off}>
          <legend>${t.aboutLegend}</legend>
          ${renderAbout(view)}
        </fieldset>

        ${renderPreview(t, lang, d.requirements, !!this.config.token, count, off)}

        <fieldset part="section" ?disabled=${off}>
          <legend>${t.skillsLegend}</legend>
          ${
            editorLoaded
              ? html`<pfw-skill-editor .value=${d.requirements} .port=${view satisfies SkillEditorPort}></pfw-skill-editor>`
              : html`<p class="empty">${t.loadingSkills}</p>`
          }
        </fieldset>

        <pfw-hard-requirement-editor .value=${d.hardRequirements} .port=${view satisfies HardRequirementEditorPort}></pfw-hard-requirement-editor>

        ${this.showAllErrors && issues.length ? errorSummary(t.errorsHeading, issues, (id) => this.control(id)?.focus()) : nothing}
        ${renderActions(
          this.saver,
          t,
          lang,
          this.disabled,
          () => void this.publish(),
          () => void this.close(),
        )}
      </div>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pfw-job-profile-saved': CustomEvent<JobProfileEventDetail>;
    'pfw-job-profile-published': CustomEvent<JobProfileEventDetail>;
    'pfw-job-profile-closed': CustomEvent<JobProfileEventDetail>;
  }
}
