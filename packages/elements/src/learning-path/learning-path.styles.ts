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
  .progress {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  /*
   * What the goal asks besides skills: the match list's list (hard-list.ts), a mark beside each,
   * no bullet. Its own rule here: a shared style module would be one more file on every page.
   */
  .request-fits {
    list-style: none;
    padding: 0;
  }
  /* What a newer test found to learn: a note beside the plan, with its button. */
  .new-gaps {
    margin-block: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_color-primary);
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
  .growth-chart {
    position: relative;
    block-size: 9rem;
    max-inline-size: 24rem;
  }
  .growth.grew {
    color: var(--_color-success);
    font-weight: 600;
  }
  .finished .status {
    color: var(--_color-success);
  }
  .status.started,
  .status.below {
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
    /* "Jouw keuze" stays on one line (the step breaks long words anywhere). */
    display: inline-block;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  a {
    color: var(--_color-primary);
    font-weight: 600;
  }
  .sub {
    display: block;
    margin-block: calc(var(--_space) / 4);
  }
  .done {
    margin-block-start: calc(var(--_space) / 2);
  }
  .offers button {
    margin-block-start: calc(var(--_space) / 2);
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
`;
