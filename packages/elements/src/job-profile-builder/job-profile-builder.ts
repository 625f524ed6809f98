import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ApiError,
  JobProfileInput,
  JobProfilePreviewInput,
  formatPath,
  routes,
  type JobProfile,
  type JobProfilePreview,
  type JobStatus,
  type Occupation,
  type Requirement,
  type Skill,
} from '@pfw/contract';
import { tooStrict } from '@pfw/core/matching';
import { isRequirableSkill } from '@pfw/core/skill-kinds';
import { FormAssociated } from '../base/form-associated.js';
import { forgetLocal, readLocal, writeLocal } from '../base/local-store.js';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController } from '../base/locale.js';
import type { PfwOccupationPicker } from '../occupation-picker/occupation-picker.js';
import type { SkillEditorView } from './skill-editor.js';
import { styles } from './job-profile-builder.styles.js';
import nl from './i18n/nl.js';

export type Messages = typeof nl;

/** What the builder holds while the employer edits: a job profile that may not be valid yet. */
export interface JobProfileDraft {
  title: string;
  occupationId?: string;
  requirements: Requirement[];
  region: string;
  hours: { min?: number; max?: number };
  startDate?: string;
  description?: string;
}

export interface JobProfileEventDetail {
  jobProfile: JobProfile;
}

/** One problem with the draft, in words for the reader, and the control it belongs to. */
export interface DraftIssue {
  /** Where, as the API says it: "title", "requirements[0].level". */
  path: string;
  message: string;
  /** Id of the control in the shadow root. */
  control: string;
}

/** Wait this long after the last edit before counting candidates, and before saving on the server. */
const PREVIEW_DELAY = 400;
const SAVE_DELAY = 1200;
const STORAGE_PREFIX = 'pfw-job-profile-builder:';

/** The problems of these controls, when they may be shown (`shown`: touched, or publish was tried). */
function errorsFor(issues: DraftIssue[], controls: string[], shown: boolean) {
  const mine = shown ? issues.filter((i) => controls.includes(i.control)) : [];
  return mine.length
    ? html`<p class="field-error" id="${controls[0]}-error">${mine.map((i) => html`<span>${i.message}</span> `)}</p>`
    : nothing;
}

function invalid(issues: DraftIssue[], control: string, shown: boolean): 'true' | 'false' {
  return shown && issues.some((i) => i.control === control) ? 'true' : 'false';
}

/** The ids that describe a control: its hint, and its problems when they are shown. */
function described(issues: DraftIssue[], control: string, shown: boolean, hint?: string) {
  return (
    [hint, invalid(issues, control, shown) === 'true' ? `${control}-error` : undefined].filter(Boolean).join(' ') ||
    nothing
  );
}

type SkillEditor = typeof import('./skill-editor.js');
let skillEditor: Promise<SkillEditor> | undefined;

const emptyDraft = (): JobProfileDraft => ({ title: '', requirements: [], region: '', hours: { min: 24, max: 40 } });

/** What the API gets: empty optional fields left out. */
function toInput(draft: JobProfileDraft): unknown {
  const { startDate, description, occupationId, ...rest } = draft;
  return {
    ...rest,
    ...(occupationId ? { occupationId } : {}),
    ...(startDate ? { startDate } : {}),
    ...(description ? { description } : {}),
  };
}

interface Stored {
  /** The server id once the draft was created there. */
  id?: string;
  draft: JobProfileDraft;
  /** Changes not yet on the server. */
  dirty: boolean;
}
const isStored = (value: unknown): value is Stored => !!(value as Stored | undefined)?.draft;

/**
 * Describe a vacancy in the skill language: start from an occupation template or from scratch,
 * choose skills with the level each needs (with every level's description in view), their
 * importance and whether they are a must-have; title, region, hours, start date and a short
 * text. While the employer edits, it counts how many people in the talent pool would fit well
 * and warns when the must-haves would exclude almost everyone.
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
 * @csspart section - Each group of fields (start, about the job, skills).
 * @csspart template - The requirements of the chosen occupation, before they are used.
 * @csspart requirement - One chosen skill with its level, importance and must-have choice.
 * @csspart level - One level choice with its description.
 * @csspart preview - The live count of fitting candidates and the strictness warning.
 * @csspart errors - The list of what is not right yet.
 * @csspart actions - The status and the publish and close buttons.
 * @csspart button - Every button.
 *
 * @cssproperty --pfw-job-profile-builder-max-width - Widest the builder grows. Default 48rem.
 */
export class PfwJobProfileBuilder extends FormAssociated(PfwElement) {
  static override shadowRootOptions = { ...PfwElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...PfwElement.styles, styles];

  /** The saved job profile to edit. Leave empty for a new one. */
  @property({ attribute: 'job-profile-id' }) jobProfileId?: string;

  /** Name under which the profile (JSON) is sent with a form. */
  @property() name = '';

  /** Nothing can be changed. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Keep nothing on this device (e.g. on a shared computer). Drafts are then only saved on the server. */
  @property({ type: Boolean, attribute: 'no-local-save' }) noLocalSave = false;

  @state() private draft: JobProfileDraft = emptyDraft();
  @state() private skills: Skill[] = [];
  @state() private template?: Occupation;
  @state() private saved?: JobProfile;
  @state() private saveState: 'idle' | 'local' | 'saving' | 'saved' | 'failed' = 'idle';
  @state() private preview?: JobProfilePreview;
  @state() private previewState: 'idle' | 'counting' | 'failed' = 'idle';
  @state() private touched = new Set<string>();
  @state() private showAllErrors = false;
  @state() private notice = '';
  @state() private loadFailed = false;
  @state() private addChoice = '';
  @state() private editor?: SkillEditor;

  private readonly locale = new LocaleController<Messages>(
    this,
    { nl, en: () => import('./i18n/en.js') },
    this.providerLang,
  );
  /** The draft a form reset goes back to: empty, or the profile as loaded. */
  private defaultDraft: JobProfileDraft = emptyDraft();
  private skillsFrom?: unknown;
  private loadedId?: string;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  /** Bumped when the builder moves to another profile: a save still under way then leaves this one alone. */
  private generation = 0;
  /** Server writes run one after another, so a create is never made twice. */
  private queue: Promise<unknown> = Promise.resolve();
  private previewAsked = 0;
  private dirty = false;
  /** The server id of the profile being edited (known before `saved` after a reload from this device). */
  private serverId?: string;

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
    return this.saved;
  }

  get status(): JobStatus | undefined {
    return this.saved?.status;
  }

  /** Also shows every field's message, not only those of fields already touched. */
  override reportValidity(): boolean {
    this.showAllErrors = true;
    return super.reportValidity();
  }

  /** What is not right with the profile now, each message naming its field; empty when valid. */
  get issues(): DraftIssue[] {
    const result = JobProfileInput.safeParse(toInput(this.draft));
    return result.success ? [] : result.error.issues.map((issue) => this.describe(issue));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.jobProfileId) this.restoreLocal();
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    clearTimeout(this.previewTimer);
    clearTimeout(this.saveTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.skillsFrom !== this.client) void this.loadSkills();
    // Another profile, or none: start from that one (or empty). The same id the builder just
    // created is not a change.
    if (changed.has('jobProfileId') && this.jobProfileId !== this.serverId) {
      if (this.hasUpdated) this.switchProfile();
      else if (this.jobProfileId && this.jobProfileId !== this.loadedId) void this.load();
    }
    if ((changed as Map<string, unknown>).has('draft')) this.schedulePreview();
    this.internals.setFormValue(JSON.stringify(toInput(this.draft)));
  }

  protected override updated(): void {
    const [first] = this.issues;
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${first.control}`) ?? undefined;
    this.internals.setValidity(this.flagOf(first.path), first.message, anchor);
  }

  formResetCallback(): void {
    this.value = this.defaultDraft;
    this.touched = new Set();
    this.showAllErrors = false;
    this.writeLocal();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: string | null): void {
    if (!state) return;
    try {
      this.value = JSON.parse(state) as JobProfileDraft;
    } catch {
      // Not ours: keep what we have.
    }
  }

  // ── Loading ───────────────────────────────────────────────────────────────

  private async loadSkills(): Promise<void> {
    const client = this.client;
    this.skillsFrom = client;
    // The skill editor is a lazy chunk: it loads while the skills are on their way.
    skillEditor ??= import('./skill-editor.js');
    void skillEditor.then(
      (editor) => {
        if (this.editor) return;
        // Its styles join the builder's in this shadow root.
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...(this.constructor as typeof PfwElement).elementStyles,
          editor.styles,
        ]);
        this.editor = editor;
      },
      (error: unknown) => {
        skillEditor = undefined;
        this.reportError(error);
      },
    );
    try {
      const { items } = await client.request(routes.listSkills, { query: { lang: this.locale.lang } });
      if (this.skillsFrom === client) this.skills = items.filter(isRequirableSkill);
    } catch (error) {
      if (this.skillsFrom === client) this.reportError(error);
    }
  }

  /**
   * Leave the profile being edited for the one `job-profile-id` now names, or for a new, empty
   * one when it was removed. Edits of the old profile not yet on the server stay on this device
   * under its own key; a save under way finishes for the old profile and changes nothing here.
   */
  private switchProfile(): void {
    const left = this.serverId;
    clearTimeout(this.saveTimer);
    this.generation++;
    this.saved = undefined;
    this.serverId = undefined;
    this.loadedId = undefined;
    this.dirty = false;
    this.saveState = 'idle';
    this.notice = '';
    this.touched = new Set();
    this.showAllErrors = false;
    this.template = undefined;
    this.preview = undefined;
    this.defaultDraft = emptyDraft();
    this.value = emptyDraft();
    if (this.jobProfileId) return void this.load();
    // A new profile: what this device kept for "new" belongs to the profile just left (it is on
    // the server under its id), so it is not picked up again.
    if (left && this.readLocal()?.id === left) this.forgetLocal();
    this.restoreLocal();
  }

  /** Load the profile of `job-profile-id` (again), with unsaved changes from this device on top. */
  async load(): Promise<void> {
    const id = this.jobProfileId;
    if (!id) return;
    this.loadedId = id;
    this.loadFailed = false;
    try {
      const job = await this.client.request(routes.getJobProfile, { params: { id } });
      if (this.loadedId !== id) return;
      this.saved = job;
      this.serverId = job.id;
      // A published profile is edited through its draft: what candidates see stays until publish.
      const { title, occupationId, requirements, region, hours, startDate, description } = job.draft ?? job;
      this.defaultDraft = { title, occupationId, requirements, region, hours, startDate, description };
      const local = this.readLocal();
      if (local?.dirty && job.status !== 'closed') {
        this.value = local.draft;
        this.notice = this.locale.t.restored;
        this.dirty = true;
        this.scheduleSave();
      } else {
        this.value = this.defaultDraft;
        this.saveState = 'saved';
      }
    } catch (error) {
      if (this.loadedId !== id) return;
      this.loadFailed = true;
      this.reportError(error);
    }
  }

  // ── Saving ────────────────────────────────────────────────────────────────

  private get storageKey(): string {
    return STORAGE_PREFIX + (this.jobProfileId ?? 'new');
  }

  private readLocal(): Stored | undefined {
    return this.noLocalSave ? undefined : readLocal(this.storageKey, isStored);
  }

  /** Keep the draft on this device at once: a reload or a lost connection loses nothing. */
  private writeLocal(): void {
    if (!this.noLocalSave) writeLocal(this.storageKey, { id: this.serverId, draft: this.draft, dirty: this.dirty });
  }

  private forgetLocal(key = this.storageKey): void {
    forgetLocal(key);
  }

  /** A new builder picks up the draft this device kept (and the server draft it belongs to). */
  private restoreLocal(): void {
    const local = this.readLocal();
    if (!local) return;
    this.value = local.draft;
    this.dirty = local.dirty;
    this.saveState = 'local';
    this.serverId = local.id;
    if (local.dirty) this.scheduleSave();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY);
  }

  private onOnline = () => {
    if (this.dirty) void this.save();
  };

  /**
   * Save the draft on the server now (create it, or update it). Does nothing and returns
   * undefined when the profile is not valid, there is no employer token, or it is closed.
   */
  save(): Promise<JobProfile | undefined> {
    clearTimeout(this.saveTimer);
    const run = this.queue.then(async () => {
      const parsed = JobProfileInput.safeParse(toInput(this.draft));
      if (!parsed.success || !this.config.token || this.saved?.status === 'closed') return this.saved;
      if (!this.dirty && this.saved) return this.saved;
      const sent = this.draft;
      const generation = this.generation;
      this.saveState = 'saving';
      try {
        const job = this.serverId
          ? await this.client.request(routes.updateJobProfile, { params: { id: this.serverId }, body: parsed.data })
          : await this.client.request(routes.createJobProfile, { body: parsed.data });
        if (generation !== this.generation) return job;
        this.saved = job;
        this.serverId = job.id;
        // Edits made while the request was under way still need saving.
        this.dirty = this.draft !== sent;
        this.saveState = 'saved';
        this.writeLocal();
        if (this.dirty) this.scheduleSave();
        this.dispatchEvent(
          new CustomEvent<JobProfileEventDetail>('pfw-job-profile-saved', {
            detail: { jobProfile: job },
            bubbles: true,
          }),
        );
        return job;
      } catch (error) {
        if (generation !== this.generation) return undefined;
        this.saveState = 'failed';
        this.reportError(error);
        return undefined;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Save and publish. Shows every problem (and saves nothing) when the profile is not valid. */
  async publish(): Promise<JobProfile | undefined> {
    if (!this.reportValidity()) {
      this.focusFirstIssue();
      return undefined;
    }
    const job = await this.save();
    if (!job) return undefined;
    if (job.status === 'published' && !job.draft) return job;
    return this.setStatus(routes.publishJobProfile, 'pfw-job-profile-published', this.locale.t.published);
  }

  /** Close the published profile: candidates no longer find it. */
  async close(): Promise<JobProfile | undefined> {
    if (!this.saved) return undefined;
    return this.setStatus(routes.closeJobProfile, 'pfw-job-profile-closed', this.locale.t.closed);
  }

  private async setStatus(
    route: typeof routes.publishJobProfile | typeof routes.closeJobProfile,
    event: 'pfw-job-profile-published' | 'pfw-job-profile-closed',
    say: (title: string) => string,
  ): Promise<JobProfile | undefined> {
    try {
      const job = await this.client.request(route, { params: { id: this.serverId! } });
      this.saved = job;
      // The profile now lives on the server under its id: a fresh builder starts empty again.
      this.forgetLocal(STORAGE_PREFIX + 'new');
      this.dirty = false;
      this.notice = say(job.title);
      this.dispatchEvent(new CustomEvent<JobProfileEventDetail>(event, { detail: { jobProfile: job }, bubbles: true }));
      return job;
    } catch (error) {
      this.notice = this.locale.t.actionFailed;
      this.reportError(error);
      return undefined;
    }
  }

  // ── Live preview ──────────────────────────────────────────────────────────

  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.countCandidates(), PREVIEW_DELAY);
  }

  private async countCandidates(): Promise<void> {
    const asked = ++this.previewAsked;
    const body = JobProfilePreviewInput.safeParse({ requirements: this.draft.requirements });
    if (!body.success || !this.config.token) {
      this.preview = undefined;
      this.previewState = 'idle';
      return;
    }
    this.previewState = 'counting';
    try {
      const preview = await this.client.request(routes.previewJobProfile, { body: body.data });
      if (asked !== this.previewAsked) return; // a newer edit is being counted
      this.preview = preview;
      this.previewState = 'idle';
    } catch (error) {
      if (asked !== this.previewAsked) return;
      this.previewState = 'failed';
      if (!(error instanceof ApiError && error.status === 400)) this.reportError(error);
    }
  }

  // ── Editing ───────────────────────────────────────────────────────────────

  /** Apply one edit of the employer: keep it, count again, save later, and tell the host. */
  private edit(change: Partial<JobProfileDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.dirty = true;
    this.notice = '';
    if (this.saveState !== 'saving') this.saveState = 'local';
    this.writeLocal();
    this.scheduleSave();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private changed(field: string): void {
    this.touched = new Set(this.touched).add(field);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private useTemplate(): void {
    const o = this.template;
    if (!o) return;
    this.edit({
      occupationId: o.id,
      requirements: o.requirements.map((r) => ({ ...r })),
      title: this.draft.title || o.title[this.locale.lang],
    });
    this.template = undefined;
    this.changed('requirements');
  }

  private fromScratch(): void {
    this.template = undefined;
    this.edit({ occupationId: undefined, requirements: [] });
    this.changed('requirements');
  }

  /** Native input events of our controls stop here: the host gets one `input` of ours, after the value changed. */
  private stopNative = (event: Event) => event.stopPropagation();

  private onTemplateChosen(event: Event): void {
    event.stopPropagation();
    this.template = (event.target as PfwOccupationPicker).selectedOccupation;
  }

  // ── Messages ──────────────────────────────────────────────────────────────

  private skillLabel(skillId: string): string {
    return this.skills.find((s) => s.id === skillId)?.label[this.locale.lang] ?? skillId;
  }

  /** One zod issue as a sentence that names the field, and the control to put the focus on. */
  private describe(issue: {
    code: string;
    path: PropertyKey[];
    minimum?: unknown;
    maximum?: unknown;
    input?: unknown;
    origin?: string;
    format?: string;
  }): DraftIssue {
    const { fields, issue: say } = this.locale.t;
    const path = formatPath(issue.path);
    const [head, index, leaf] = issue.path;
    let field: string;
    let control: string;
    let range: [number, number] = [1, 60];
    if (head === 'requirements' && typeof index === 'number') {
      const r = this.draft.requirements[index];
      const skill = this.skillLabel(r?.skillId ?? '');
      field =
        leaf === 'importance' ? fields.importance(skill) : leaf === 'level' ? fields.level(skill) : fields.requirements;
      control = leaf === 'importance' ? `importance-${index}` : `level-${index}-1`;
      range = leaf === 'importance' ? [1, 3] : [1, 5];
    } else if (head === 'hours') {
      field = index === 'max' ? fields.hoursMax : fields.hoursMin;
      control = index === 'max' ? 'hours-max' : 'hours-min';
      if (issue.code === 'custom') return { path, message: say.hoursOrder, control };
    } else if (head === 'requirements') {
      const message =
        issue.code === 'too_big'
          ? say.tooManySkills(Number(issue.maximum))
          : issue.code === 'too_small'
            ? say.noSkills
            : say.other(fields.requirements);
      return { path, message, control: 'add-skill' };
    } else {
      const key = (
        head === 'startDate' || head === 'description' || head === 'region' || head === 'occupationId' ? head : 'title'
      ) as keyof typeof fields;
      field = fields[key] as string;
      control =
        {
          title: 'title',
          region: 'region',
          startDate: 'start-date',
          description: 'description',
          occupationId: 'template',
        }[key as string] ?? 'title';
    }
    let message: string;
    if (issue.code === 'invalid_type' && (issue.input === undefined || Number.isNaN(issue.input)))
      message = say.required(field);
    else if (issue.origin === 'string' && issue.code === 'too_small')
      message = say.tooShort(field, Number(issue.minimum));
    else if (issue.origin === 'string' && issue.code === 'too_big')
      message = say.tooLong(field, Number(issue.maximum), String(issue.input ?? this.draft.title).length);
    else if (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type')
      message = say.range(field, range[0], range[1]);
    else if (issue.code === 'invalid_format') message = say.date(field);
    else message = say.other(field);
    return { path, message, control };
  }

  private flagOf(path: string): ValidityStateFlags {
    const issue = JobProfileInput.safeParse(toInput(this.draft)).error?.issues.find((i) => formatPath(i.path) === path);
    if (path === 'requirements' && issue?.code === 'too_small') return { valueMissing: true };
    if (issue?.code === 'too_big') return issue.origin === 'string' ? { tooLong: true } : { rangeOverflow: true };
    if (issue?.code === 'too_small') return issue.origin === 'string' ? { tooShort: true } : { rangeUnderflow: true };
    if (issue?.code === 'invalid_type' && issue.input === undefined) return { valueMissing: true };
    return { customError: true };
  }

  private focusFirstIssue(): void {
    void this.updateComplete.then(() => {
      const [first] = this.issues;
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${first.control}`)?.focus();
    });
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  /** Whether the problems of a field may be shown now (after it was touched, or after publish was tried). */
  private shown(field: string): boolean {
    return this.showAllErrors || this.touched.has(field);
  }

  protected override render() {
    const { t, lang } = this.locale;
    const issues = this.issues;
    const closed = this.saved?.status === 'closed';
    const off = this.disabled || closed;
    const d = this.draft;
    const editor = this.editor;
    const view: SkillEditorView | undefined = editor && {
      t,
      lang,
      skills: this.skills,
      requirements: d.requirements,
      issues,
      addChoice: this.addChoice,
      shown: (field) => this.shown(field),
      errorsFor,
      invalid,
      described,
      choose: (skillId) => (this.addChoice = skillId),
      current: () => this.draft.requirements,
      choice: () => this.addChoice,
      set: (requirements, field, focus) => {
        this.edit({ requirements });
        this.changed(field);
        if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focus)?.focus());
      },
      useTemplate: this.useTemplate,
    };
    return html`
      <div class="builder" @input=${this.stopNative}>
        <h2 class="heading">${t.heading}</h2>
        ${this.saved ? html`<p class="status">${t.statusLabel(t.status[this.saved.status])}</p>` : nothing}
        ${
          this.loadFailed
            ? html`<p class="message error" role="alert">
              ${t.loadFailed} <button part="button" type="button" @click=${() => void this.load()}>${t.retry}</button>
            </p>`
            : nothing
        }

        <fieldset part="section" ?disabled=${off}>
          <legend>${t.startLegend}</legend>
          <p class="hint" id="start-hint">${t.startHint}</p>
          <pfw-occupation-picker
            id="template"
            .apiBase=${this.config.apiBase}
            .publishableKey=${this.config.publishableKey}
            .value=${d.occupationId ?? ''}
            ?disabled=${off}
            lang=${lang}
            @change=${this.onTemplateChosen}
          ></pfw-occupation-picker>
          ${editor && view && this.template && this.template.id !== d.occupationId ? editor.renderTemplate(view, this.template) : nothing}
          <button part="button" class="secondary" type="button" ?disabled=${off} @click=${this.fromScratch}>${t.fromScratch}</button>
        </fieldset>

        <fieldset part="section" ?disabled=${off}>
          <legend>${t.aboutLegend}</legend>
          ${this.renderInput(issues, 'title', 'title', t.fields.title, d.title, (input) => this.edit({ title: input.value }), t.titleHint)}
          ${this.renderInput(issues, 'region', 'region', t.fields.region, d.region, (input) => this.edit({ region: input.value }), t.regionHint)}
          <fieldset class="hours">
            <legend>${t.hoursLegend}</legend>
            ${(['min', 'max'] as const).map((end) =>
              this.renderInput(
                issues,
                `hours-${end}`,
                'hours',
                end === 'min' ? t.hoursFrom : t.hoursTo,
                d.hours[end],
                ({ valueAsNumber: n }) => this.edit({ hours: { ...d.hours, [end]: Number.isNaN(n) ? undefined : n } }),
                undefined,
                'number',
              ),
            )}
            ${errorsFor(issues, ['hours-min', 'hours-max'], this.shown('hours'))}
          </fieldset>
          ${this.renderInput(issues, 'start-date', 'startDate', t.fields.startDate, d.startDate, (input) => this.edit({ startDate: input.value || undefined }), undefined, 'date')}
          <div class="field">
            <label for="description">${t.fields.description}</label>
            <span class="hint" id="description-hint">${t.descriptionHint}</span>
            <textarea
              id="description"
              rows="4"
              .value=${d.description ?? ''}
              aria-invalid=${invalid(issues, 'description', this.shown('description'))}
              aria-describedby=${described(issues, 'description', this.shown('description'), 'description-hint')}
              @input=${(e: Event) => this.edit({ description: (e.target as HTMLTextAreaElement).value })}
              @change=${() => this.changed('description')}
            ></textarea>
            ${errorsFor(issues, ['description'], this.shown('description'))}
          </div>
        </fieldset>

        <fieldset part="section" ?disabled=${off}>
          <legend>${t.skillsLegend}</legend>
          <p class="hint">${t.skillsHint}</p>
          ${editor && view ? editor.renderSkills(view) : html`<p class="empty">${t.loadingSkills}</p>`}
        </fieldset>

        ${this.renderPreview()} ${this.renderErrors(issues)} ${this.renderActions(closed)}
      </div>
    `;
  }

  /**
   * One input with its label and hint. `field` is its name in `touched` and the messages; the
   * two hours inputs (type number) share one list of problems, after both.
   */
  private renderInput(
    issues: DraftIssue[],
    id: string,
    field: string,
    label: string,
    value: string | number | undefined,
    set: (input: HTMLInputElement) => void,
    hint?: string,
    type = 'text',
  ) {
    const shown = this.shown(field);
    const number = type === 'number';
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      <input
        id=${id}
        type=${type}
        autocomplete="off"
        inputmode=${number ? 'numeric' : nothing}
        min=${number ? 1 : nothing}
        max=${number ? 60 : nothing}
        .value=${String(value ?? '')}
        aria-invalid=${invalid(issues, id, shown)}
        aria-describedby=${described(issues, id, shown, hint && `${id}-hint`)}
        @input=${(e: Event) => set(e.target as HTMLInputElement)}
        @change=${() => this.changed(field)}
      />
      ${number ? nothing : errorsFor(issues, [id], shown)}
    </div>`;
  }

  private renderPreview() {
    const { t } = this.locale;
    const p = this.preview;
    const text = !this.draft.requirements.length
      ? t.previewNeedsSkills
      : !this.config.token
        ? t.previewNeedsLogin
        : this.previewState === 'failed'
          ? t.previewFailed
          : p
            ? t.preview(p.strong, p.total)
            : t.previewCounting;
    const strict = tooStrict(this.draft.requirements);
    return html`<section part="preview" class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${t.previewHeading}</h3>
      <p role="status" class="count">${text}</p>
      <p class="warning" aria-live="polite">${strict ? t.tooStrict(strict.count, Math.max(1, Math.round(strict.share * 100))) : ''}</p>
    </section>`;
  }

  private renderErrors(issues: DraftIssue[]) {
    if (!this.showAllErrors || !issues.length) return nothing;
    return html`<div part="errors" class="errors" role="alert">
      <p>${this.locale.t.errorsHeading}</p>
      <ul>
        ${issues.map(
          (i) => html`<li>
            <a href="#${i.control}" @click=${(e: Event) => {
              e.preventDefault();
              this.renderRoot.querySelector<HTMLElement>(`#${i.control}`)?.focus();
            }}>${i.message}</a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderActions(closed: boolean) {
    const { t } = this.locale;
    const saveText =
      this.saveState === 'saving'
        ? t.saving
        : this.saveState === 'failed'
          ? t.saveFailed
          : this.saveState === 'saved' && this.saved
            ? t.savedServer(
                new Date(this.saved.updatedAt).toLocaleTimeString(this.locale.lang, {
                  hour: '2-digit',
                  minute: '2-digit',
                }),
              )
            : this.saveState === 'local'
              ? t.savedLocal
              : '';
    const status = this.saved?.status;
    // Edits of a published profile wait (saved, as its draft) until they are published.
    const pending = status === 'published' && (this.dirty || !!this.saved?.draft);
    return html`<div part="actions" class="actions">
      <p class="save" role="status">${this.notice || saveText}</p>
      ${closed ? html`<p class="hint">${t.closedNote}</p>` : nothing}
      ${pending ? html`<p class="hint">${t.pendingNote}</p>` : nothing}
      <div class="row">
        ${
          status !== 'published' || pending
            ? html`<button part="button" type="button" class="primary" ?disabled=${this.disabled} @click=${() => void this.publish()}>
              ${closed ? t.publishAgain : pending ? t.publishChanges : t.publish}
            </button>`
            : nothing
        }
        ${
          status === 'published'
            ? html`<button part="button" type="button" class="secondary" ?disabled=${this.disabled} @click=${() => void this.close()}>${t.close}</button>`
            : nothing
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pfw-job-profile-builder': PfwJobProfileBuilder;
  }
  interface GlobalEventHandlersEventMap {
    'pfw-job-profile-saved': CustomEvent<JobProfileEventDetail>;
    'pfw-job-profile-published': CustomEvent<JobProfileEventDetail>;
    'pfw-job-profile-closed': CustomEvent<JobProfileEventDetail>;
  }
}
