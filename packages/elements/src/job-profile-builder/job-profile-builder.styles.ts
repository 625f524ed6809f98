import { css } from 'lit';

/**
 * One column that works from 320 px up; touch targets at least 2.75rem; the summary bar sticky.
 * The skill editor adds its own (skill-editor.styles.ts), with the bar on a narrow screen.
 */
export const styles = css`
  :host {
    display: block;
    max-width: var(--pfw-job-profile-builder-max-width, 48rem);
  }
  .heading {
    font-size: 1.375em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.125em;
    margin: 0 0 calc(var(--_space) / 4);
  }
  fieldset {
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 calc(var(--_space) / 4);
  }
  fieldset fieldset {
    border-width: 1px;
  }
  .hours {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .hours .field-error {
    flex-basis: 100%;
  }
  .field {
    margin-block-end: calc(var(--_space) / 2);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.875em;
    margin: 0 0 calc(var(--_space) / 4);
  }
  input[type='text'],
  input[type='date'],
  textarea,
  select {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
  }
  input[inputmode='numeric'] {
    width: 7rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    margin: calc(var(--_space) / 4) 0 0;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  button {
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: var(--_color-surface);
    color: var(--_color-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* The summary bar stays in view while the skills scroll under it (the keyboard's focus stops below it: skill-editor.styles.ts). */
  .preview {
    position: sticky;
    top: var(--pfw-job-profile-builder-sticky-top, 0);
    z-index: 1;
    background: var(--_color-surface);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    margin-block-end: var(--_space);
  }
  .count {
    font-weight: 600;
    margin: 0;
  }
  .warning:empty {
    display: none;
  }
  .warning {
    color: var(--_color-warning);
    font-size: 0.875em;
    font-weight: 600;
    margin: calc(var(--_space) / 4) 0 0;
  }
  .errors {
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
  }
  .errors p {
    margin: 0;
    font-weight: 700;
  }
  .errors a {
    color: var(--_color-danger);
  }
  .message.error {
    color: var(--_color-danger);
  }
  .status,
  .save {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .empty {
    font-style: italic;
  }
  pfw-occupation-picker {
    margin-block-end: calc(var(--_space) / 2);
  }
`;
