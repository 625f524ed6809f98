import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--pfw-learning-path-max-width, 48rem);
  }
  h2 {
    font-size: 1.375em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.25em;
    margin: var(--_space) 0 calc(var(--_space) / 2);
  }
  h4 {
    font-size: 1.125em;
    margin: 0 0 calc(var(--_space) / 4);
  }
  h5 {
    font-size: 1em;
    margin: calc(var(--_space) / 2) 0 calc(var(--_space) / 4);
  }
  p {
    margin: calc(var(--_space) / 4) 0;
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  .progress {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_color-success);
  }
  .steps {
    list-style: none;
    margin: var(--_space) 0;
    padding: 0;
  }
  .step {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    overflow-wrap: anywhere;
  }
  .step.finished {
    border-color: var(--_color-success);
  }
  .status {
    font-weight: 600;
  }
  .history {
    color: var(--_color-text-muted);
  }
  .growth.grew {
    color: var(--_color-success);
    font-weight: 600;
  }
  .finished .status {
    color: var(--_color-success);
  }
  .status.started {
    color: var(--_color-warning);
  }
  .offers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .offers li {
    padding-block: calc(var(--_space) / 2);
    border-block-start: 1px solid var(--_color-border);
  }
  .offers .chosen {
    padding-inline-start: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_color-primary);
  }
  .offer-title {
    font-weight: 600;
  }
  .tag {
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    color: var(--_color-on-primary);
    background: var(--_color-primary);
    font-size: 0.875em;
  }
  a {
    color: var(--_color-primary);
    font-weight: 600;
  }
  fieldset {
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
  .sub {
    display: block;
    margin-block: calc(var(--_space) / 4);
  }
  input:not([type]),
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0 calc(var(--_space) / 2);
    font: inherit;
    color: inherit;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .done {
    margin-block-start: calc(var(--_space) / 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block-start: calc(var(--_space) / 2);
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
  .offers button {
    margin-block-start: calc(var(--_space) / 2);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .coach {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_color-border);
  }
  .grants {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .coach label {
    display: block;
    font-weight: 600;
    margin-block: calc(var(--_space) / 2) calc(var(--_space) / 4);
  }
  .message:empty {
    display: none;
  }
`;
