/**
 * What every form-associated widget shares: ElementInternals and the native form-control API
 * (form, validity, validationMessage, checkValidity, reportValidity). One mixin deep, over
 * PfwElement (or LitElement, for an internal element of a lazy chunk, which must not import
 * PfwElement); each widget sets its own value and validity through `internals` and handles the
 * form callbacks (reset, disabled, restore) itself.
 */
import type { LitElement } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs `any[]` constructor args
type Constructor<T> = new (...args: any[]) => T;

/** The mixin's type, declared apart so `internals` can stay protected (Lit's mixin pattern). */
export declare class FormControl {
  static formAssociated: boolean;
  protected readonly internals: ElementInternals;
  get form(): HTMLFormElement | null;
  get validity(): ValidityState;
  get validationMessage(): string;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

export function FormAssociated<T extends Constructor<LitElement>>(Base: T): Constructor<FormControl> & T {
  class FormAssociatedElement extends Base {
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
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }
    reportValidity(): boolean {
      return this.internals.reportValidity();
    }
  }
  return FormAssociatedElement as unknown as Constructor<FormControl> & T;
}
