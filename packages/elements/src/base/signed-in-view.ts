/**
 * For a widget that shows a signed-in person's own data (the learning path, the coach desk): it
 * loads again whenever the API address or the token changes, and it can move focus to an element
 * of its next render (after a change, to the heading or line that says what happened).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PfwConfig } from './context.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class SignedInView implements ReactiveController {
  /** The id (in the widget's shadow root) to focus after the next render. */
  focusNext?: string;
  private loadedFor?: string;

  constructor(
    private readonly host: Host,
    private readonly config: () => PfwConfig,
    private readonly load: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { apiBase, token } = this.config();
    const key = `${apiBase}\u0000${token ?? ''}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.load();
  }

  hostUpdated(): void {
    if (!this.focusNext) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`#${this.focusNext}`);
    // A button disabled while the widget is busy cannot take focus: wait for the render that ends it.
    if (target?.matches(':disabled')) return;
    this.focusNext = undefined;
    target?.focus();
  }
}
