/**
 * The builder's first two sections: where to start (an occupation template, or empty) and the
 * fields about the job (title, region, hours a week, start date and a short text).
 */
import { html, noChange, nothing } from 'lit';
import type { Lang, Occupation } from '@pfw/contract';
import type { PfwOccupationPicker } from '../occupation-picker/occupation-picker.js';
import { described, errorsFor, invalid, type DraftIssue } from './draft-issues.js';
import type { JobProfileDraft } from './draft.js';
import type { Messages } from './i18n/nl.js';
import type { SkillTemplatePort } from './skill-editor.js';

/** The occupation picker's parts, forwarded for the host page's styles. */
const PICKER_PARTS =
  'label:occupation-label,field:occupation-field,input:occupation-input,listbox:occupation-listbox,option:occupation-option';

/** What the start needs of its builder, for one render. */
export interface StartView extends SkillTemplatePort {
  t: Messages;
  lang: Lang;
  draft: JobProfileDraft;
  /** Nothing can be changed. */
  off: boolean;
  apiBase: string;
  publishableKey?: string;
  /** The occupation chosen in the picker, not used yet. */
  template?: Occupation;
  /** The template preview (the skill editor's chunk) is there. */
  editorLoaded: boolean;
  chooseTemplate(occupation: Occupation | undefined): void;
  /** "Begin leeg" asks to be pressed again: what was chosen would go. */
  confirmEmpty: boolean;
  fromScratch(): void;
}

/** The occupation picker, what the chosen occupation asks for, and "start empty". */
export function renderStart(v: StartView) {
  const { t, draft: d, template } = v;
  return html`
    <p class="hint" id="start-hint">${t.startHint}</p>
    <pfw-occupation-picker
      id="template"
      exportparts=${PICKER_PARTS}
      .apiBase=${v.apiBase}
      .publishableKey=${v.publishableKey}
      .value=${d.occupationId ?? ''}
      ?disabled=${v.off}
      lang=${v.lang}
      @change=${(e: Event) => {
        e.stopPropagation();
        v.chooseTemplate((e.target as PfwOccupationPicker).selectedOccupation);
      }}
    ></pfw-occupation-picker>
    ${
      v.editorLoaded && template && template.id !== d.occupationId
        ? html`<pfw-skill-template .occupation=${template} .port=${v}></pfw-skill-template>`
        : nothing
    }
    ${v.confirmEmpty ? html`<p class="hint" id="scratch-warning" role="alert">${t.fromScratchWarning}</p>` : nothing}
    <button
      part="button"
      class="secondary"
      type="button"
      ?disabled=${v.off}
      @click=${() => v.fromScratch()}
    >${v.confirmEmpty ? t.fromScratchConfirm : t.fromScratch}</button>
  `;
}

/** What the fields about the job need of their builder, for one render. */
export interface AboutView {
  t: Messages;
  draft: JobProfileDraft;
  issues: readonly DraftIssue[];
  /** Whether the problems of a field may be shown (touched, or publish was tried). */
  shown(field: string): boolean;
  /** The employer typed: keep the change. */
  edit(change: Partial<JobProfileDraft>): void;
  /** The employer left a field: it counts as touched. */
  changed(field: string): void;
}

export function renderAbout(v: AboutView) {
  const { t, draft: d, issues } = v;
  const description = v.shown('description');
  return html`
    ${renderInput(v, 'title', 'title', t.fields.title, d.title, (input) => v.edit({ title: input.value }), t.titleHint)}
    ${renderInput(v, 'region', 'region', t.fields.region, d.region, (input) => v.edit({ region: input.value }), t.regionHint)}
    <fieldset class="hours">
      <legend>${t.hoursLegend}</legend>
      ${(['min', 'max'] as const).map((end) =>
        renderInput(
          v,
          `hours-${end}`,
          'hours',
          end === 'min' ? t.hoursFrom : t.hoursTo,
          d.hours[end],
          // Not a whole number ("3e5", "3,5"): NaN, said to be wrong; what was typed stays (renderInput).
          ({ value }) =>
            v.edit({
              hours: { ...d.hours, [end]: value.trim() ? (/^\s*\d+\s*$/.test(value) ? +value : NaN) : undefined },
            }),
          undefined,
          'number',
        ),
      )}
      ${errorsFor(issues, ['hours-min', 'hours-max'], v.shown('hours'))}
    </fieldset>
    ${renderInput(v, 'start-date', 'startDate', t.fields.startDate, d.startDate, (input) => v.edit({ startDate: input.value || undefined }), undefined, 'date')}
    <div class="field">
      <label for="description">${t.fields.description}</label>
      <span class="hint" id="description-hint">${t.descriptionHint}</span>
      <textarea
        id="description"
        rows="4"
        .value=${d.description ?? ''}
        aria-invalid=${invalid(issues, 'description', description)}
        aria-describedby=${described(issues, 'description', description, 'description-hint')}
        @input=${(e: Event) => v.edit({ description: (e.target as HTMLTextAreaElement).value })}
        @change=${() => v.changed('description')}
      ></textarea>
      ${errorsFor(issues, ['description'], description)}
    </div>
  `;
}

/**
 * One input with its label and hint. `field` is its name in `touched` and the messages; the
 * two hours inputs (type number: a text box with a number keyboard, so a wrong character never
 * wipes the digits typed) share one list of problems, after both.
 */
function renderInput(
  v: AboutView,
  id: string,
  field: string,
  label: string,
  value: string | number | undefined,
  set: (input: HTMLInputElement) => void,
  hint?: string,
  type = 'text',
) {
  const { issues } = v;
  const shown = v.shown(field);
  const number = type === 'number';
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    <input
      id=${id}
      type=${number ? 'text' : type}
      autocomplete="off"
      inputmode=${number ? 'numeric' : nothing}
      .value=${Number.isNaN(value) ? noChange : String(value ?? '')}
      aria-invalid=${invalid(issues, id, shown)}
      aria-describedby=${described(issues, id, shown, hint && `${id}-hint`)}
      @input=${(e: Event) => set(e.target as HTMLInputElement)}
      @change=${() => v.changed(field)}
    />
    ${number ? nothing : errorsFor(issues, [id], shown)}
  </div>`;
}
