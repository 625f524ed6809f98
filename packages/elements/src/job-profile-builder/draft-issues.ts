/**
 * What is not right with a draft, in the builder's words (draft-check.ts finds it), and how a
 * control shows its problems.
 */
import { html, nothing } from 'lit';

/** One problem with the draft, in words for the reader, and the control it belongs to. */
export interface DraftIssue {
  /** Where, as the API says it: "title", "requirements[0].level". */
  path: string;
  message: string;
  /** Id of the control in the shadow root. */
  control: string;
}

// ── How a control shows its problems (`shown`: touched, or publish was tried) ──

/** The problems of these controls, when they may be shown. */
export function errorsFor(issues: readonly DraftIssue[], controls: string[], shown: boolean) {
  const mine = shown ? issues.filter((i) => controls.includes(i.control)) : [];
  return mine.length
    ? html`<p class="field-error" id="${controls[0]}-error">${mine.map((i) => html`<span>${i.message}</span> `)}</p>`
    : nothing;
}

export function invalid(issues: readonly DraftIssue[], control: string, shown: boolean): 'true' | 'false' {
  return shown && issues.some((i) => i.control === control) ? 'true' : 'false';
}

/** The ids that describe a control: its hint, and its problems when they are shown. */
export function described(issues: readonly DraftIssue[], control: string, shown: boolean, hint?: string) {
  return (
    [hint, invalid(issues, control, shown) === 'true' ? `${control}-error` : undefined].filter(Boolean).join(' ') ||
    nothing
  );
}

/** After publish was tried: every problem, each a link to its control. */
export function errorSummary(heading: string, issues: readonly DraftIssue[], focus: (control: string) => void) {
  return html`<div part="errors" class="errors" role="alert">
    <p>${heading}</p>
    <ul>
      ${issues.map(
        (i) => html`<li>
          <a href="#${i.control}" @click=${(e: Event) => {
            e.preventDefault();
            focus(i.control);
          }}>${i.message}</a>
        </li>`,
      )}
    </ul>
  </div>`;
}
