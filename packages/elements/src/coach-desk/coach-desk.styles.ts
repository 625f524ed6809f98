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
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  .filters {
    margin-block: var(--_space);
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: calc(var(--_space) / 2) calc(var(--_space) / 4);
  }
  /* The filters side by side, as far as they fit. */
  .choice {
    display: inline-flex;
    align-items: center;
    font-weight: 400;
    margin: 0;
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
  button.link {
    padding-inline: 0;
    color: var(--_color-primary);
    background: none;
    border-color: transparent;
    text-decoration: underline;
  }
  .message {
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    font-weight: 600;
  }
  /* Each place that says what happened is there before it speaks (a live region); empty, it takes no room. */
  .message:empty {
    padding: 0;
  }
  .hint.over {
    color: var(--_color-danger);
    font-weight: 600;
  }
`;
