import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { routes, type Occupation, type TextLang } from '@pfw/contract';
import { matchesQuery, sortByText } from '@pfw/core/text';
import { FormAssociated } from '../base/form-associated.js';
import { PfwElement } from '../base/pfw-element.js';
import { LocaleController, inLang, tagOf } from '../base/locale.js';
import { styles } from './occupation-picker.styles.js';
import nl, { type Messages } from './i18n/nl.js';

/**
 * Choose an occupation from the skill language's occupation templates. A combobox: type to
 * filter, arrow keys to move, Enter to choose. It is a form control: with a `name` its value
 * (the occupation id) is sent with the form.
 *
 * @tagname pfw-occupation-picker
 * @summary Search and choose an occupation.
 *
 * @fires change - The user chose another occupation (or cleared it). Read `value` or `selectedOccupation`.
 * @fires input - Same moment as change, as native inputs do.
 * @fires pfw-error - The occupations could not be loaded. `detail.problem` says why.
 *
 * @csspart label - The visible label.
 * @csspart field - The box around the text input.
 * @csspart input - The text input (role combobox).
 * @csspart listbox - The list of occupations.
 * @csspart option - One occupation in the list.
 *
 * @cssproperty --pfw-occupation-picker-max-width - Widest the picker grows. Default 32rem.
 * @cssproperty --pfw-occupation-picker-list-height - Highest the open list grows before it scrolls. Default 18rem.
 */
export class PfwOccupationPicker extends FormAssociated(PfwElement) {
  static override shadowRootOptions = { ...PfwElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [...PfwElement.styles, styles];
  static override properties: PropertyDeclarations = {
    value: {},
    name: {},
    required: { type: Boolean, reflect: true },
    label: {},
    occupations: { attribute: false },
    loaded: { state: true },
    loading: { state: true },
    loadFailed: { state: true },
    open: { state: true },
    text: { state: true },
    active: { state: true },
  };

  /** The chosen occupation id. */
  value = '';

  /** Name under which the value is sent with a form. */
  name = '';

  /** A choice is needed before the form can be sent. */
  required = false;

  /** A label of your own instead of "Beroep". */
  label?: string;

  /** Occupations to choose from. Leave empty to load them from the API. */
  occupations?: Occupation[];

  private loaded: Occupation[] = [];
  private loading = false;
  private loadFailed = false;
  private open = false;
  private text = '';
  private active = -1;

  // A plain getter, not @query: no decorator code in the entry.
  private get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  private readonly locale = new LocaleController<Messages, TextLang>(
    this,
    {
      nl,
      en: () => import('./i18n/en.js'),
      ar: () => import('./i18n/ar.js'),
      tr: () => import('./i18n/tr.js'),
      pl: () => import('./i18n/pl.js'),
      uk: () => import('./i18n/uk.js'),
      a2: () => import('./i18n/a2.js'),
    },
    this.providerLang,
  );
  private defaultValue = '';
  private loadedFrom?: unknown;

  /** The chosen occupation, once the list is there. */
  get selectedOccupation(): Occupation | undefined {
    return this.all.find((o) => o.id === this.value);
  }

  private get all(): Occupation[] {
    return this.occupations ?? this.loaded;
  }

  private get filtered(): Occupation[] {
    const { lang, t } = this.locale;
    const chosen = this.selectedOccupation;
    // Showing the chosen title in the box must not filter the list down to that one.
    const q = chosen && this.text === inLang(chosen.title, lang) ? '' : this.text;
    const list = this.all.filter((o) => matchesQuery(q, [o.title.nl, o.title.en, t.sectors[o.sector]]));
    return sortByText(list, (o) => o.title, tagOf(lang)); // A2 titles are the Dutch ones
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.defaultValue = this.getAttribute('value') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.occupations && this.loadedFrom !== this.client) void this.load();
    if (changed.has('value') || changed.has('occupations') || (changed as Map<string, unknown>).has('loaded')) {
      const chosen = this.selectedOccupation;
      if (chosen && !this.open) this.text = inLang(chosen.title, this.locale.lang);
      if (!this.value && !this.open && changed.has('value')) this.text = '';
    }
    // Typed before the list arrived: the first match becomes active, as if typed after.
    if ((changed as Map<string, unknown>).has('loaded') && this.open && this.active < 0 && this.filtered.length)
      this.active = 0;
    this.internals.setFormValue(this.value || null);
  }

  protected override updated(): void {
    const input = this.input as HTMLInputElement | null;
    if (this.required && !this.value)
      this.internals.setValidity({ valueMissing: true }, this.locale.t.required, input ?? undefined);
    else this.internals.setValidity({});
    this.renderRoot.querySelector('[role="option"].active')?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Load (again) from the API. */
  async load(): Promise<void> {
    const client = this.client;
    this.loadedFrom = client;
    this.loading = true;
    this.loadFailed = false;
    try {
      const { items } = await client.request(routes.listOccupations, { query: { lang: this.locale.tag } });
      if (this.loadedFrom === client) this.loaded = items;
    } catch (error) {
      if (this.loadedFrom !== client) return;
      this.loadFailed = true;
      this.reportError(error);
    } finally {
      if (this.loadedFrom === client) this.loading = false;
    }
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.text = inLang(this.selectedOccupation?.title, this.locale.lang) ?? '';
  }

  formStateRestoreCallback(state: string | null): void {
    this.value = state ?? '';
  }

  private choose(occupation: Occupation | undefined): void {
    const next = occupation?.id ?? '';
    this.open = false;
    this.active = -1;
    this.text = inLang(occupation?.title, this.locale.lang) ?? '';
    if (next === this.value) return;
    this.value = next;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.filtered.length ? 0 : -1;
    const chosen = this.selectedOccupation;
    if (chosen && this.text !== inLang(chosen.title, this.locale.lang)) {
      this.value = '';
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.filtered.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          this.active = Math.max(
            0,
            this.filtered.findIndex((o) => o.id === this.value),
          );
        } else if (count) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.open = true;
        if (count) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.filtered[this.active]);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.text = inLang(this.selectedOccupation?.title, this.locale.lang) ?? this.text;
        } else if (this.text) {
          event.preventDefault();
          this.choose(undefined);
        }
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  private onBlur(): void {
    this.open = false;
    this.active = -1;
    this.text = inLang(this.selectedOccupation?.title, this.locale.lang) ?? this.text;
  }

  /* eslint-disable lit-a11y/click-events-have-key-events -- options are chosen from the keyboard through the combobox (aria-activedescendant), never focused themselves */
  protected override render() {
    const { t, lang } = this.locale;
    const list = this.filtered;
    const activeOption = this.open ? list[this.active] : undefined;
    const status = this.loading
      ? t.loading
      : this.open
        ? list.length
          ? t.results(list.length)
          : t.noResults
        : this.selectedOccupation
          ? t.chosen(inLang(this.selectedOccupation.title, lang))
          : '';
    // One root element: it carries the widget's own text (see baseStyles).
    return html`<div>
      <label id="label" for="input" part="label">${this.label ?? t.label}</label>
      <span class="hint" id="hint">${t.hint}</span>
      <div class="field" part="field">
        <input
          id="input"
          part="input"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-activedescendant=${activeOption ? `option-${activeOption.id}` : nothing}
          aria-labelledby="label"
          aria-describedby="hint"
          placeholder=${t.placeholder}
          .value=${this.text}
          ?disabled=${this.disabled}
          ?required=${this.required}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
          @click=${() => (this.open = true)}
        />
        <button
          class="toggle"
          type="button"
          tabindex="-1"
          aria-label=${t.showAll}
          ?disabled=${this.disabled}
          @pointerdown=${(e: Event) => e.preventDefault()}
          @click=${() => {
            this.open = !this.open;
            this.input.focus();
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul id="listbox" role="listbox" part="listbox" aria-label=${this.label ?? t.label} ?hidden=${!this.open || !list.length}>
        ${list.map(
          (o, i) => html`
            <li
              id="option-${o.id}"
              role="option"
              part="option"
              aria-selected=${o.id === this.value ? 'true' : 'false'}
              class=${i === this.active ? 'active' : ''}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(o)}
            >
              <span class="title">${inLang(o.title, lang)}</span>
              <span class="meta">${t.sectors[o.sector]} · ${t.mboLevel(o.mboLevel)}</span>
            </li>
          `,
        )}
      </ul>
      ${
        this.loadFailed
          ? html`<p class="message error" role="alert">
            ${t.loadError}<button class="retry" type="button" @click=${() => void this.load()}>${t.retry}</button>
          </p>`
          : nothing
      }
      <div class="visually-hidden" role="status">${status}</div>
    </div>`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
