/**
 * What every form-associated widget shares: ElementInternals and the native form-control API
 * (form, validity, validationMessage, checkValidity, reportValidity). One mixin deep, over
 * PfwElement (or LitElement, for an internal element of a lazy chunk, which must not import
 * PfwElement); each widget sets its own value and validity through `internals` and handles the
 * form callbacks for reset and restore itself. `disabled` is shared: the widget's own attribute,
 * or a disabled fieldset around it.
 */
import type { LitElement, PropertyDeclarations } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs `any[]` constructor args
type Constructor<T> = new (...args: any[]) => T;

/** The mixin's type, declared apart so `internals` can stay protected (Lit's mixin pattern). */
export declare class FormControl {
  static formAssociated: boolean;
  protected readonly internals: ElementInternals;
  get form(): HTMLFormElement | null;
  get validity(): ValidityState;
  get validationMessage(): string;
  /** Nothing can be changed. Reads true as well while a disabled fieldset around it disables it. */
  disabled: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formDisabledCallback(disabled: boolean): void;
}

export function FormAssociated<T extends Constructor<LitElement>>(Base: T): Constructor<FormControl> & T {
  class FormAssociatedElement extends Base {
    static properties: PropertyDeclarations = {
      disabled: { type: Boolean },
    };
    static formAssociated = true;
    protected readonly internals = this.attachInternals();

    /** The form this widget belongs to. */
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }
    get validity(): ValidityState {
      return this.internals.validity;
    }
    get validationMessage(): string {
      return this.internals.validationMessage;
    }

    /** Nothing can be changed. Reads true as well while a disabled fieldset around it disables it. */
    get disabled(): boolean {
      // The attribute is the widget's own setting; a disabled fieldset is the form's, so the
      // property never writes it into the attribute (which would keep the widget disabled after).
      return this.hasAttribute('disabled') || this.matches(':disabled');
    }
    set disabled(value: boolean) {
      const old = this.disabled;
      this.toggleAttribute('disabled', value);
      this.requestUpdate('disabled', old);
    }

    /** A fieldset around the widget was disabled or enabled: render with the new state. */
    formDisabledCallback(): void {
      this.requestUpdate('disabled', !this.disabled);
    }
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }
    reportValidity(): boolean {
      return this.internals.reportValidity();
    }
  }
  return FormAssociatedElement as unknown as Constructor<FormControl> & T;
}
