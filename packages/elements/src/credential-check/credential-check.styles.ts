import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--pfw-credential-check-max-width, 48rem);
  }
  h2 {
    font-size: 1.375em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.125em;
    margin: var(--_space) 0 calc(var(--_space) / 2);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: calc(var(--_space) / 2) calc(var(--_space) / 4);
  }
  textarea,
  input[type='file'] {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: inherit;
  }
  textarea {
    min-block-size: 5.5rem;
    padding: calc(var(--_space) / 2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    word-break: break-all;
  }
  textarea:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  button {
    margin-block-start: calc(var(--_space) / 2);
    min-block-size: 2.75rem;
    padding: 0 var(--_space);
    font: inherit;
    font-weight: 600;
    color: var(--_color-on-primary, #fff);
    background: var(--_color-primary);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .message {
    margin-block: calc(var(--_space) / 2);
  }
  .verdict {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .verdict.valid {
    border-color: var(--_color-success);
  }
  .verdict p {
    margin: calc(var(--_space) / 4) 0;
  }
  .badge {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0;
  }
  .holder {
    font-weight: 600;
  }
  .valid .badge {
    color: var(--_color-success);
  }
  .badge:not(.ok) {
    color: var(--_color-danger);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_color-border);
  }
  .skill {
    font-weight: 600;
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
`;
