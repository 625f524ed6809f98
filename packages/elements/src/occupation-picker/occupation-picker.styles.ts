import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    max-width: var(--pfw-occupation-picker-max-width, 32rem);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 4);
  }
  .hint {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.875em;
    margin-block-end: calc(var(--_space) / 4);
  }
  .field {
    display: flex;
    align-items: stretch;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .field:focus-within {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    border: 0;
    background: transparent;
    font: inherit;
    color: inherit;
    padding: 0 calc(var(--_space) / 2);
  }
  input:focus-visible {
    outline: none;
  }
  .toggle {
    min-width: 2.75rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [role='listbox'] {
    list-style: none;
    margin: calc(var(--_space) / 4) 0 0;
    padding: calc(var(--_space) / 4);
    max-height: var(--pfw-occupation-picker-list-height, 18rem);
    overflow-y: auto;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    min-height: 2.75rem;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--_color-surface-raised);
    outline: 2px solid var(--_color-primary);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] .title {
    font-weight: 700;
  }
  [role='option'][aria-selected='true'] .title::before {
    content: '✓ ';
    color: var(--_color-success);
  }
  .meta {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .message {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .error {
    color: var(--_color-danger);
  }
  button.retry {
    margin-inline-start: calc(var(--_space) / 2);
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    font: inherit;
    cursor: pointer;
  }
  :host([disabled]) .field {
    opacity: 0.6;
  }
`;
