import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--pfw-coach-desk-max-width, 56rem);
  }
  h2 {
    font-size: 1.375em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.25em;
    margin: calc(var(--_space) / 2) 0 calc(var(--_space) / 4);
  }
  h4 {
    font-size: 1.0625em;
    margin: var(--_space) 0 calc(var(--_space) / 4);
  }
  .entry h3 {
    font-size: 1.125em;
    margin-block-start: 0;
  }
  p {
    margin: calc(var(--_space) / 4) 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: calc(var(--_space) / 4);
  }
  .muted,
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  .entries {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .entry {
    margin: 0;
    padding: var(--_space);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    overflow-wrap: anywhere;
  }
  .entry.attention {
    border-inline-start: 6px solid var(--_color-warning);
  }
  .flag {
    color: var(--_color-warning);
    font-weight: 600;
  }
  meter {
    inline-size: 6rem;
    vertical-align: middle;
  }
  fieldset {
    /* A fieldset is as wide as its content unless told: the filters must wrap at 320 px. */
    min-inline-size: 0;
    margin: var(--_space) 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  .choice {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: calc(var(--_space) / 2) calc(var(--_space) / 4);
  }
  .choice {
    font-weight: 400;
    margin: 0;
  }
  input:not([type='radio']),
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
  .notes {
    list-style: none;
    padding: 0;
  }
  .notes li {
    padding-block: calc(var(--_space) / 2);
    border-block-start: 1px solid var(--_color-border);
    white-space: pre-line;
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
  button.link {
    padding-inline: 0;
    color: var(--_color-primary);
    background: none;
    border-color: transparent;
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .message {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    font-weight: 600;
  }
  .message:empty {
    display: none;
  }
`;
