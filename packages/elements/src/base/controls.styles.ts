import { css } from 'lit';

/**
 * Buttons, choices, fields and their errors as the learning path and the coach desk draw them:
 * 44 px targets, a primary and a secondary button, radio choices with the text beside, a field
 * that is red-bordered when aria-invalid, and the error line under it.
 */
export const controlStyles = css`
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  fieldset {
    /* As wide as its content unless told: choices must wrap at 320 px. */
    min-inline-size: 0;
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  input:not([type]),
  input[type='date'],
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    font: inherit;
    color: inherit;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block: calc(var(--_space) / 2);
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.5em var(--_space);
    font: inherit;
    font-weight: 600;
    color: var(--_color-on-primary);
    background: var(--_color-primary);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    cursor: pointer;
    text-align: start;
  }
  button.secondary {
    color: var(--_color-primary);
    background: var(--_color-surface);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .message:empty {
    display: none;
  }
`;
