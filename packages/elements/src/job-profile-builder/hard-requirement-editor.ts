/**
 * The hard-requirement editor of <pfw-job-profile-builder>, a lazy part (the rule: skill-editor.ts,
 * docs/architecture.md): the certificates, licences and physical work a job asks for besides
 * skills, each required ("verplicht") or preferred ("gewenst"). They do not count in the score.
 * One section with its own legend, the list closed in a <details> whose summary names what is
 * chosen, so it adds little height. It loads in the skill editor's chunk (skill-editor.ts
 * re-exports it), with its words and the catalog (@pfw/core/hard-requirements).
 */
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { Lang } from '@pfw/contract';
import type { HardRequirement, HardRequirementKind, HardRequirementNeed } from '@pfw/core/domain';
import { hardRequirements } from '@pfw/core/hard-requirements';
import words from './i18n/hard-requirement-editor.js';
import { lightRoot } from './light-root.js';
import { styles } from './hard-requirement-editor.styles.js';

/** At most this many (the contract's `HardRequirementNeeds`): once reached, the others cannot be ticked. */
const MAX = 12;
const KINDS: readonly HardRequirementKind[] = ['certificate', 'licence', 'physical'];

/** What the editor needs of its builder, for one render. */
export interface HardRequirementEditorPort {
  lang: Lang;
  /** Nothing can be changed. */
  off: boolean;
  /** Keep an edit of the hard requirements. */
  edit(change: { hardRequirements: HardRequirementNeed[] }): void;
  /** The employer finished a change of `field` (it counts as touched). */
  changed(field: string): void;
}

const labelOf = (id: string, lang: Lang) => hardRequirements.find((h) => h.id === id)?.label[lang] ?? id;

/** One line per need, "VCA Basis: verplicht" (the template preview lists them with its skills). */
export function needLines(needs: readonly HardRequirementNeed[], lang: Lang): string[] {
  const w = words[lang];
  return needs.map(({ id, required }) => `${labelOf(id, lang)}: ${required ? w.required : w.preferred}`);
}

/** The hard requirements: a checkbox per item of the catalog, grouped by kind; once ticked, required or preferred. */
export class PfwHardRequirementEditor extends LitElement {
  static override properties: PropertyDeclarations = {
    port: { attribute: false },
    value: { attribute: false },
  };
  port!: HardRequirementEditorPort;

  /** The chosen hard requirements, in the order they were chosen. */
  value?: HardRequirementNeed[];

  protected override createRenderRoot() {
    return lightRoot(this, styles);
  }

  /** Apply an edit (events can come faster than renders: the next one starts from this one). */
  private set(needs: HardRequirementNeed[]): void {
    this.value = needs;
    this.port.edit({ hardRequirements: needs });
    this.port.changed('hardRequirements');
  }

  protected override render() {
    const { lang, off } = this.port;
    const w = words[lang];
    const chosen = this.value ?? [];
    const full = chosen.length >= MAX;
    return html`<fieldset part="section" class="hard-requirements" ?disabled=${off}>
      <legend>${w.legend}</legend>
      <p class="hint">${w.hint}</p>
      <details part="hard-requirements">
        <summary>
          <span class="choose">${w.choose}</span>
          ${chosen.length ? [true, false].map((required) => this.renderChosen(required)) : html`<span class="chosen">${w.none}</span>`}
        </summary>
        ${KINDS.map(
          (kind) => html`<fieldset class="kind">
            <legend>${w.kinds[kind]}</legend>
            <div class="items">
              ${hardRequirements.filter((h) => h.kind === kind).map((h) => this.renderItem(h, full))}
            </div>
          </fieldset>`,
        )}
        ${full ? html`<p class="hint">${w.max(MAX)}</p>` : nothing}
      </details>
    </fieldset>`;
  }

  /** In the summary: the required ones (or the preferred ones), when there are any. */
  private renderChosen(required: boolean) {
    const { lang } = this.port;
    const w = words[lang];
    const labels = (this.value ?? []).filter((n) => n.required === required).map((n) => labelOf(n.id, lang));
    return labels.length
      ? html`<span class="chosen">${(required ? w.requiredList : w.preferredList)(labels.join(', '))}</span> `
      : nothing;
  }

  private renderItem(h: HardRequirement, full: boolean) {
    const { lang } = this.port;
    const w = words[lang];
    const label = h.label[lang];
    const need = this.value?.find((n) => n.id === h.id);
    const id = `hard-${h.id}`;
    const tick = (e: Event) => {
      const rest = (this.value ?? []).filter((n) => n.id !== h.id);
      this.set((e.target as HTMLInputElement).checked ? [...rest, { id: h.id, required: true }] : rest);
    };
    const choose = (required: boolean) => () =>
      this.set((this.value ?? []).map((n) => (n.id === h.id ? { ...n, required } : n)));
    return html`<div part="hard-requirement" class="hard">
      <span class="check">
        <input
          type="checkbox"
          id=${id}
          .checked=${!!need}
          ?disabled=${full && !need}
          aria-describedby="${id}-text"
          @change=${tick}
        />
        <label for=${id}>${label}</label>
      </span>
      <span class="hint" id="${id}-text">${h.description[lang]}</span>
      ${
        need
          ? html`<div class="need" role="radiogroup" aria-label=${w.need(label)}>
            ${[true, false].map(
              (required) =>
                html`<label>
                  <input type="radio" name="${id}-need" .checked=${need.required === required} @change=${choose(required)} />
                  <span class="visually-hidden">${label}: </span>${required ? w.required : w.preferred}
                </label>`,
            )}
          </div>`
          : nothing
      }
    </div>`;
  }
}
