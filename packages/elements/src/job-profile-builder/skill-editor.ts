/**
 * The skill editor of <pfw-job-profile-builder>: the requirements of a chosen occupation, a card
 * per chosen skill (the five levels with their descriptions, importance, must-have, remove) and
 * the list to add a skill. A lazy chunk with its own words: it has nothing to show before the
 * skills arrive, so the builder loads it in parallel with the skills request and paints its
 * other fields at once.
 */
import { html, nothing } from 'lit';
import type { Lang, Occupation, Requirement, Skill } from '@pfw/contract';
import type { DraftIssue, Messages } from './job-profile-builder.js';
import words from './i18n/skill-editor.js';

export { styles } from './skill-editor.styles.js';

/**
 * What the editor uses of its builder, for one render. It imports nothing of the builder's
 * module (the builder passes what they share), so the bundler keeps this chunk apart.
 */
export interface SkillEditorView {
  t: Messages;
  lang: Lang;
  skills: readonly Skill[];
  requirements: readonly Requirement[];
  issues: DraftIssue[];
  /** The skill chosen in the add list, not added yet. */
  addChoice: string;
  /** Whether the problems of a field may be shown (touched, or publish was tried). */
  shown(field: string): boolean;
  errorsFor(issues: DraftIssue[], controls: string[], shown: boolean): unknown;
  invalid(issues: DraftIssue[], control: string, shown: boolean): 'true' | 'false';
  described(issues: DraftIssue[], control: string, shown: boolean, hint?: string): unknown;
  choose(skillId: string): void;
  // Events can come faster than renders: handlers read the state as it is at that moment.
  current(): readonly Requirement[];
  choice(): string;
  /** Apply an edit of the requirements, as a change of `field`; then put the focus on `focus` (a selector). */
  set(requirements: Requirement[], field: string, focus?: string): void;
  /** Replace the requirements with the template's (an event listener of the builder). */
  useTemplate(): void;
}

const labelOf = (v: SkillEditorView, skillId: string) =>
  v.skills.find((s) => s.id === skillId)?.label[v.lang] ?? skillId;

/** What the chosen occupation asks for, before the employer uses it. */
export function renderTemplate(v: SkillEditorView, o: Occupation) {
  const w = words[v.lang];
  return html`<div part="template" class="template">
    <p>${w.templateNeeds(o.title[v.lang])}</p>
    <ul>
      ${o.requirements.map(
        (r) =>
          html`<li>
            ${labelOf(v, r.skillId)}: ${w.levelOption(r.level)}, ${w.importance[r.importance - 1]}${
              r.essential ? html` · <strong>${w.essentialLabel.split(':')[0]}</strong>` : nothing
            }
          </li>`,
      )}
    </ul>
    ${v.requirements.length ? html`<p class="hint">${w.replaceWarning}</p>` : nothing}
    <button part="button" type="button" @click=${v.useTemplate}>${w.useTemplate}</button>
  </div>`;
}

/** The chosen skills, each with its level, importance and must-have, and the list to add one. */
export function renderSkills(v: SkillEditorView) {
  return html`${v.requirements.length ? v.requirements.map((r, i) => renderRequirement(v, r, i)) : html`<p class="empty">${words[v.lang].noSkills}</p>`}
  ${renderAdd(v)}`;
}

function renderRequirement(v: SkillEditorView, r: Requirement, i: number) {
  const { t, lang, issues } = v;
  const w = words[lang];
  const skill = v.skills.find((s) => s.id === r.skillId);
  const label = skill?.label[lang] ?? r.skillId;
  const field = `requirement-${i}`;
  const shown = v.shown(field);
  const edit = (change: Partial<Requirement>) =>
    v.set(
      v.current().map((x, n) => (n === i ? { ...x, ...change } : x)),
      field,
    );
  return html`<fieldset part="requirement" class="requirement">
    <legend>${label}</legend>
    ${skill ? html`<p class="hint">${skill.description[lang]}</p>` : nothing}
    <fieldset class="levels">
      <legend>${t.fields.level(label)}</legend>
      ${([1, 2, 3, 4, 5] as const).map((level) => {
        const id = `level-${i}-${level}`;
        return html`<div part="level" class="level">
          <input type="radio" id=${id} name="level-${i}" .checked=${r.level === level} aria-describedby="${id}-text" @change=${() => edit({ level })} />
          <label for=${id}><strong>${w.levelOption(level)}</strong> <span id="${id}-text">${skill?.levels[level - 1]?.[lang] ?? ''}</span></label>
        </div>`;
      })}
    </fieldset>
    ${v.errorsFor(issues, [`level-${i}-1`, `importance-${i}`], shown)}
    <div class="field">
      <label for="importance-${i}">${w.importanceLabel}</label>
      <select
        id="importance-${i}"
        aria-invalid=${v.invalid(issues, `importance-${i}`, shown)}
        @change=${(e: Event) => edit({ importance: Number((e.target as HTMLSelectElement).value) as Requirement['importance'] })}
      >
        ${w.importance.map((name, n) => html`<option value=${n + 1} ?selected=${r.importance === n + 1}>${name}</option>`)}
      </select>
    </div>
    <div class="check">
      <input type="checkbox" id="essential-${i}" .checked=${r.essential} @change=${(e: Event) => edit({ essential: (e.target as HTMLInputElement).checked })} />
      <label for="essential-${i}">${w.essentialLabel}</label>
    </div>
    <button
      part="button"
      class="secondary remove"
      type="button"
      @click=${() =>
        v.set(
          v.current().filter((_, n) => n !== i),
          'requirements',
          '#add-skill',
        )}
    >
      ${w.remove(label)}
    </button>
  </fieldset>`;
}

function renderAdd(v: SkillEditorView) {
  const { t, lang, issues, skills, requirements, addChoice } = v;
  const w = words[lang];
  const chosen = new Set(requirements.map((r) => r.skillId));
  const shown = v.shown('requirements');
  const add = () => {
    const skillId = v.choice();
    const rs = v.current();
    if (!skillId || rs.some((r) => r.skillId === skillId)) return;
    v.choose('');
    // The keyboard goes on to the new skill's level choice.
    v.set([...rs, { skillId, level: 3, importance: 2, essential: false }], 'requirements', `#level-${rs.length}-3`);
  };
  return html`<div class="add">
    <label for="add-skill">${w.addLabel}</label>
    <div class="row">
      <select
        id="add-skill"
        aria-invalid=${v.invalid(issues, 'add-skill', shown)}
        aria-describedby=${v.described(issues, 'add-skill', shown)}
        @change=${(e: Event) => {
          e.stopPropagation();
          v.choose((e.target as HTMLSelectElement).value);
        }}
      >
        <option value="" ?selected=${!addChoice}>${skills.length ? w.addChoose : t.loadingSkills}</option>
        ${skills.filter((s) => !chosen.has(s.id)).map((s) => html`<option value=${s.id} ?selected=${addChoice === s.id}>${s.label[lang]}</option>`)}
      </select>
      <button part="button" type="button" ?disabled=${!addChoice} @click=${add}>${w.add}</button>
    </div>
    ${v.errorsFor(issues, ['add-skill'], shown)}
  </div>`;
}
