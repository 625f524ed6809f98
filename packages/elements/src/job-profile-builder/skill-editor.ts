/**
 * Lazy parts follow one rule (docs/architecture.md, "Lazy parts"): an internal element (light DOM
 * in the widget's shadow root) or a ReactiveController, in a chunk of its own, given one small
 * `port` object (what it shows, what it may call back). What it shares with the widget comes
 * through the port or as types, never as a value import of the widget's modules, PfwElement or
 * contract schemas: the bundler would split the widget's first load (rolldown#10731).
 *
 * The skill editor of <pfw-job-profile-builder>: a compact row per chosen skill (its level and
 * must-have, and "Meer" for the rest: the level's description, importance, remove) and the list
 * to add one; it owns the requirements, a form-associated control whose value they are. With it,
 * the requirements of a chosen occupation before they are used. It has nothing to show before
 * the skills arrive, so the builder loads it alongside the skills request and paints its other
 * fields at once. The hard-requirement editor (hard-requirement-editor.ts) comes in this chunk
 * too: `tags` is every tag the chunk brings, and the builder defines them (lazy-parts.ts).
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Lang, Occupation, Requirement, Skill } from '@pfw/contract';
import enPreferences from '../base/preference-words/en.js';
import nlPreferences from '../base/preference-words/nl.js';
import type { JobProfileDraft } from './draft.js';
import type { HardRequirementNeed } from '@pfw/core/domain';
import { FormAssociated } from '../base/form-associated.js';
import type { DraftIssue, described, errorsFor, invalid } from './draft-issues.js';
import { needLines, PfwHardRequirementEditor } from './hard-requirement-editor.js';
import type { Messages } from './i18n/nl.js';
import words from './i18n/skill-editor.js';
import { lightRoot } from './light-root.js';
import { styles } from './skill-editor.styles.js';

export { PfwHardRequirementEditor };
export type { HardRequirementEditorPort } from './hard-requirement-editor.js';

/** What the editor needs of its builder, for one render. */
export interface SkillEditorPort {
  t: Messages;
  lang: Lang;
  skills: readonly Skill[];
  issues: readonly DraftIssue[];
  /** Whether the problems of a field may be shown (touched, or publish was tried). */
  shown(field: string): boolean;
  /** The interests and work environment the draft has (from an occupation used): shown under the skills. */
  draft: Pick<JobProfileDraft, 'interests' | 'environment'>;
  /** Keep an edit of the requirements, or take the interests and work environment away. */
  edit(change: Partial<Pick<JobProfileDraft, 'requirements' | 'interests' | 'environment'>>): void;
  /** The employer finished a change of `field` (it counts as touched). */
  changed(field: string): void;
  /** The editor has drawn its controls (the builder's validity may point at one). */
  drawn(): void;
  // How a control shows its problems (draft-issues.ts).
  errorsFor: typeof errorsFor;
  invalid: typeof invalid;
  described: typeof described;
}

/** What the template preview needs of its builder. */
export interface SkillTemplatePort {
  lang: Lang;
  skills: readonly Skill[];
  draft: { title: string; requirements: readonly Requirement[]; hardRequirements?: readonly HardRequirementNeed[] };
  /**
   * Keep the template's requirements, hard requirements, interests and work environment (and
   * occupation, and title if there is none yet).
   */
  edit(
    change: Required<Pick<JobProfileDraft, 'occupationId' | 'requirements' | 'hardRequirements' | 'title'>> &
      Pick<JobProfileDraft, 'interests' | 'environment'>,
  ): void;
  changed(field: string): void;
  /** The template was used: the builder stops showing it. */
  templateUsed(): void;
  /** Put the keyboard focus on a control (a selector) once the builder and its editor have drawn. */
  focus(selector: string): void;
}

const labelOf = (skills: readonly Skill[], lang: Lang, skillId: string) =>
  skills.find((s) => s.id === skillId)?.label[lang] ?? skillId;

/**
 * An occupation's (or a draft's) interest areas and work environment in words, one line each:
 * matching weighs them, so the employer sees them before using an occupation and after.
 */
function preferenceLines(p: Pick<JobProfileDraft, 'interests' | 'environment'>, lang: Lang): string[] {
  const names = lang === 'en' ? enPreferences : nlPreferences;
  const w = words[lang];
  const liked = (p.interests ?? []).map((id) => names.interestNames[id]).filter((n) => n);
  const sides = (p.environment ?? [])
    .filter((e) => e.value !== 0)
    .map((e) => names.facetPoles[e.facetId]?.[e.value < 0 ? 0 : 1])
    .filter((n) => n);
  return [
    ...(liked.length ? [w.interests(liked.join(', '))] : []),
    ...(sides.length ? [w.environment(sides.join(', '))] : []),
  ];
}

/** The chosen skills, each with its level, importance and must-have, and the list to add one. */
export class PfwSkillEditor extends FormAssociated(LitElement) {
  static override properties: PropertyDeclarations = {
    port: { attribute: false },
    value: { attribute: false },
    choice: { state: true },
    open: { state: true },
  };
  port!: SkillEditorPort;

  /** The requirements. */
  value: Requirement[] = [];

  /** The skill chosen in the add list, not added yet. */
  private choice = '';

  /** The skills (ids) whose details are shown ("Meer"). */
  private open = new Set<string>();

  protected override createRenderRoot() {
    return lightRoot(this, styles);
  }

  protected override willUpdate(): void {
    this.internals.setFormValue(JSON.stringify(this.value));
  }

  protected override updated(): void {
    const first = this.port.issues.find((i) => this.querySelector(`#${i.control}`));
    if (first)
      this.internals.setValidity(
        { customError: true },
        first.message,
        this.querySelector<HTMLElement>(`#${first.control}`)!,
      );
    else this.internals.setValidity({});
    this.port.drawn();
  }

  /** Apply an edit of the requirements, as a change of `field`; then put the focus on `focus` (a selector). */
  private set(requirements: Requirement[], field: string, focus?: string): void {
    this.value = requirements;
    this.port.edit({ requirements });
    this.port.changed(field);
    if (focus) void this.updateComplete.then(() => this.querySelector<HTMLElement>(focus)?.focus());
  }

  protected override render() {
    return html`<p class="hint">${words[this.port.lang].hint}</p>
    ${
      this.value.length
        ? this.value.map((r, i) => this.renderRequirement(r, i))
        : html`<p class="empty">${words[this.port.lang].noSkills}</p>`
    }
    ${this.renderAdd()} ${this.renderPreferences()}`;
  }

  /** The interests and work environment that came with the occupation: what they add, and a way to take them out. */
  private renderPreferences() {
    const { lang, draft } = this.port;
    const lines = preferenceLines(draft, lang);
    if (!lines.length) return nothing;
    const w = words[lang];
    return html`<div part="preferences" class="preferences">
      <p>${w.preferencesFrom}</p>
      <ul>
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>
      <button
        part="button"
        type="button"
        @click=${() => {
          this.port.edit({ interests: undefined, environment: undefined });
          this.port.changed('requirements');
        }}
      >
        ${w.preferencesRemove}
      </button>
    </div>`;
  }

  private renderRequirement(r: Requirement, i: number) {
    const { t, lang, issues, skills } = this.port;
    const { errorsFor, invalid, described } = this.port;
    const w = words[lang];
    const skill = skills.find((s) => s.id === r.skillId);
    const label = skill?.label[lang] ?? r.skillId;
    const field = `requirement-${i}`;
    const shown = this.port.shown(field);
    // Events can come faster than renders: an edit starts from the requirements as they are then.
    const edit = (change: Partial<Requirement>) =>
      this.set(
        this.value.map((x, n) => (n === i ? { ...x, ...change } : x)),
        field,
      );
    const level = `level-${i}`;
    const importance = `importance-${i}`;
    // A problem with the importance shows it, so its message and control are in view.
    const open = this.open.has(r.skillId) || invalid(issues, importance, shown) === 'true';
    const toggle = (e: Event) => {
      const next = new Set(this.open);
      if (!next.delete(r.skillId)) next.add(r.skillId);
      this.open = next;
      // What was opened starts with the skill's name: never under the summary bar.
      (e.target as Element).closest('.requirement')?.querySelector('.name')?.scrollIntoView({ block: 'nearest' });
    };
    return html`<div part="requirement" class="requirement" role="group" aria-labelledby="skill-${i}">
      <div class="line">
        <span class="name" id="skill-${i}">${label}</span>
        <div class="controls">
          <label class="visually-hidden" for=${level}>${t.fields.level(label)}</label>
          <select
            id=${level}
            part="level"
            .value=${String(r.level)}
            aria-invalid=${invalid(issues, level, shown)}
            aria-describedby=${described(issues, level, shown, skill ? `${level}-text` : undefined)}
            @change=${(e: Event) => edit({ level: Number((e.target as HTMLSelectElement).value) as Requirement['level'] })}
          >
            ${([1, 2, 3, 4, 5] as const).map(
              (n) =>
                html`<option value=${n} ?selected=${r.level === n}>${w.levelShort(n, w.levelNames[n - 1]!)}</option>`,
            )}
          </select>
          <span class="check">
            <input type="checkbox" id="essential-${i}" .checked=${r.essential} @change=${(e: Event) => edit({ essential: (e.target as HTMLInputElement).checked })} />
            <label for="essential-${i}">${w.essentialShort}<span class="visually-hidden">${w.essentialHidden(label)}</span></label>
          </span>
          <button
            part="button more"
            class="secondary more"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="more-${i}"
            @click=${toggle}
          >
            ${w.more}<span class="visually-hidden">${w.moreHidden(label)}</span>
          </button>
        </div>
      </div>
      ${errorsFor(issues, [level, importance], shown)}
      <div part="details" class="details" id="more-${i}" ?hidden=${!open}>
        ${
          skill
            ? html`<p class="level-text" id="${level}-text">
              <strong>${w.levelText(r.level, w.levelNames[r.level - 1] ?? '')}</strong> ${skill.levels[r.level - 1]?.[lang] ?? ''}
            </p>
            <p class="hint">${skill.description[lang]}</p>`
            : nothing
        }
        <div class="field">
          <label for=${importance}>${w.importanceLabel(label)}</label>
          <select
            id=${importance}
            .value=${String(r.importance)}
            aria-invalid=${invalid(issues, importance, shown)}
            @change=${(e: Event) => edit({ importance: Number((e.target as HTMLSelectElement).value) as Requirement['importance'] })}
          >
            ${w.importance.map((name, n) => html`<option value=${n + 1} ?selected=${r.importance === n + 1}>${name}</option>`)}
          </select>
        </div>
        <button
          part="button"
          class="secondary remove"
          type="button"
          @click=${() =>
            this.set(
              this.value.filter((_, n) => n !== i),
              'requirements',
              '#add-skill',
            )}
        >
          ${w.remove(label)}
        </button>
      </div>
    </div>`;
  }

  private renderAdd() {
    const { t, lang, issues, skills } = this.port;
    const w = words[lang];
    const chosen = new Set(this.value.map((r) => r.skillId));
    const shown = this.port.shown('requirements');
    const add = () => {
      const skillId = this.choice;
      const rs = this.value;
      if (!skillId || rs.some((r) => r.skillId === skillId)) return;
      this.choice = '';
      // The keyboard goes on to the new skill's level choice.
      this.set([...rs, { skillId, level: 3, importance: 2, essential: false }], 'requirements', `#level-${rs.length}`);
    };
    return html`<div class="add">
      <label for="add-skill">${w.addLabel}</label>
      <div class="row">
        <select
          id="add-skill"
          aria-invalid=${this.port.invalid(issues, 'add-skill', shown)}
          aria-describedby=${this.port.described(issues, 'add-skill', shown)}
          @change=${(e: Event) => {
            e.stopPropagation();
            this.choice = (e.target as HTMLSelectElement).value;
          }}
        >
          <option value="" ?selected=${!this.choice}>${skills.length ? w.addChoose : t.loadingSkills}</option>
          ${skills
            .filter((s) => !chosen.has(s.id))
            .map((s) => html`<option value=${s.id} ?selected=${this.choice === s.id}>${s.label[lang]}</option>`)}
        </select>
        <button part="button" type="button" ?disabled=${!this.choice} @click=${add}>${w.add}</button>
      </div>
      ${this.port.errorsFor(issues, ['add-skill'], shown)}
    </div>`;
  }
}

/** What the chosen occupation asks for, before the employer uses it; and using it. */
export class PfwSkillTemplate extends LitElement {
  static override properties: PropertyDeclarations = {
    port: { attribute: false },
    occupation: { attribute: false },
  };
  port!: SkillTemplatePort;
  occupation!: Occupation;

  protected override createRenderRoot() {
    return lightRoot(this, styles);
  }

  /**
   * Chosen with the keyboard in the picker: its long list comes in above the rest of the page, and
   * the browser's scroll anchoring kept the page below in place, so the picker (with the focus)
   * and "Gebruik dit beroep" went out of sight on a phone. The picker goes to the middle of the
   * screen, its button under it. Not when a saved draft opens: the page does not jump.
   */
  protected override updated(changed: PropertyValues<this>): void {
    const picker = (this.getRootNode() as ShadowRoot).activeElement;
    if (changed.has('occupation') && picker?.localName === 'pfw-occupation-picker')
      picker.scrollIntoView({ block: 'center' });
  }

  /** The template's requirements and hard requirements replace the draft's, and its title fills an empty one. */
  private use(): void {
    const { port, occupation: o } = this;
    port.edit({
      occupationId: o.id,
      requirements: o.requirements.map((r) => ({ ...r })),
      hardRequirements: (o.hardRequirements ?? []).map((h) => ({ ...h })),
      title: port.draft.title || o.title[port.lang],
      // Matching weighs them too (15 % of the score where the job seeker's are measured).
      interests: [...o.interests],
      environment: o.environment.map((e) => ({ ...e })),
    });
    port.templateUsed();
    port.changed('requirements');
    // This button goes: the keyboard goes on to the first skill's level, as after adding a skill.
    port.focus('#level-0');
  }

  protected override render() {
    const { lang, skills, draft } = this.port;
    const o = this.occupation;
    const w = words[lang];
    // The button first, under the picker that showed it: a long list must not hide how to use it.
    return html`<div part="template" class="template">
      <p>${w.templateNeeds(o.title[lang])}</p>
      ${draft.requirements.length || draft.hardRequirements?.length ? html`<p class="hint">${w.replaceWarning}</p>` : nothing}
      <button part="button" type="button" @click=${this.use}>${w.useTemplate}</button>
      <ul>
        ${o.requirements.map(
          (r) =>
            html`<li>
              ${labelOf(skills, lang, r.skillId)}: ${w.levelOption(r.level)} (${w.levelNames[r.level - 1]}), ${w.importance[r.importance - 1]}${
                r.essential ? html` · <strong>${w.essentialName}</strong>` : nothing
              }
            </li>`,
        )}
        ${needLines(o.hardRequirements ?? [], lang).map((line) => html`<li>${line}</li>`)}
        ${preferenceLines(o, lang).map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}

/** Every tag this chunk brings, for the builder to define when it has loaded (lazy-parts.ts). */
export const tags = {
  'pfw-skill-editor': PfwSkillEditor,
  'pfw-skill-template': PfwSkillTemplate,
  'pfw-hard-requirement-editor': PfwHardRequirementEditor,
};
