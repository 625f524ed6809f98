/**
 * One suite for every form-associated widget, run in its own test file: it checks the widget the
 * way a host page's form uses it, through the browser's own form APIs — the FormData of a real
 * <form>, form.reset(), form.checkValidity() and requestSubmit(), a disabled <fieldset> — and the
 * form state restore callback (what the browser calls on a back navigation or autofill). The
 * invalid and the disabled widget each pass an axe check too.
 */
import { expect, fixture, html } from '@open-wc/testing';

/** What the suite uses of a widget: the native form-control API it promises. */
export type FormControlElement = HTMLElement & {
  readonly updateComplete: Promise<unknown>;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void;
};

export interface FormControlSuiteOptions<E extends FormControlElement> {
  /** The widget's tag, defined by the test file. */
  tag: string;
  /** Attributes besides `name`, e.g. `{ required: '' }` for a control that is only invalid when required. */
  attributes?: Record<string, string>;
  /** Wait until the widget is ready (its data loaded), once it is in the form. */
  ready?(el: E): Promise<unknown>;
  /** Give the widget a valid value, as a user or the host page would. Until then it is not valid. */
  fill(el: E): unknown;
  /** What it then sends with the form, as `read` gives it back. */
  filled: unknown;
  /** The form data entry as something to compare (e.g. JSON.parse); the entry itself by default. */
  read?(entry: FormDataEntryValue): unknown;
}

const NAME = 'control';

export function formControlSuite<E extends FormControlElement>(options: FormControlSuiteOptions<E>): void {
  const { tag, attributes = {}, ready, fill, filled, read = (entry) => entry } = options;

  /** A real form with the widget in it, ready. */
  async function inForm(): Promise<{ form: HTMLFormElement; el: E }> {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement(tag) as E;
    el.setAttribute('name', NAME);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    form.append(el);
    await el.updateComplete;
    await ready?.(el);
    return { form, el };
  }

  const entry = (form: HTMLFormElement) => new FormData(form).get(NAME);
  const settle = async (el: E) => {
    await el.updateComplete;
    await el.updateComplete;
  };

  describe(`<${tag}> in a form`, () => {
    it('is one of the form’s controls and sends its value under its name', async () => {
      const { form, el } = await inForm();
      expect(el.form).to.equal(form);
      expect([...form.elements]).to.include(el);
      await fill(el);
      await settle(el);
      const sent = entry(form);
      expect(sent, 'no entry in the FormData').to.not.equal(null);
      expect(read(sent!)).to.deep.equal(filled);
    });

    it('goes back to its default value on form.reset()', async () => {
      const { form, el } = await inForm();
      const initial = entry(form);
      await fill(el);
      await settle(el);
      expect(entry(form)).to.not.equal(initial);
      form.reset();
      await settle(el);
      expect(entry(form)).to.equal(initial);
      expect(el.validity.valid).to.equal(false, 'its default is not valid again');
    });

    it('reports its validity to the form: no submit while it is not valid', async () => {
      const { form, el } = await inForm();
      const invalid: Event[] = [];
      const submitted: Event[] = [];
      el.addEventListener('invalid', (e) => invalid.push(e));
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push(e);
      });
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.not.equal('');
      expect(el.matches(':invalid')).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      expect(invalid).to.have.length(1, 'form.checkValidity() fires invalid at the control');
      form.requestSubmit();
      expect(submitted).to.have.length(0);
      await expect(el).to.be.accessible();

      await fill(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(el.matches(':valid')).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.have.length(1);
    });

    it('is disabled by a disabled fieldset: its own controls too, and it sends nothing', async () => {
      const { form, el } = await inForm();
      await fill(el);
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      await settle(el);
      await ready?.(el);
      expect(entry(form)).to.not.equal(null);

      fieldset.disabled = true;
      await settle(el);
      expect(el.disabled).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(entry(form)).to.equal(null, 'a disabled control sends nothing');
      // Native controls and nested form controls of its shadow root.
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
        (c) =>
          c.matches('input, select, textarea, button') ||
          !!(c.constructor as { formAssociated?: boolean }).formAssociated,
      );
      expect(controls.length).to.be.greaterThan(0);
      expect(controls.filter((c) => !c.matches(':disabled')).map((c) => c.id || c.localName)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      fieldset.disabled = false;
      await settle(el);
      expect(el.disabled).to.equal(false);
      expect(read(entry(form)!)).to.deep.equal(filled);
    });

    it('restores the state the browser kept (formStateRestoreCallback)', async () => {
      const { form, el } = await inForm();
      await fill(el);
      await settle(el);
      // Widgets set one value with setFormValue, so the state the browser keeps is what was sent.
      const state = entry(form) as string;
      for (const mode of ['restore', 'autocomplete'] as const) {
        form.reset();
        await settle(el);
        expect(entry(form)).to.not.equal(state);
        el.formStateRestoreCallback(state, mode);
        await settle(el);
        expect(entry(form)).to.equal(state, mode);
        expect(el.validity.valid).to.equal(true, mode);
      }
    });
  });
}
