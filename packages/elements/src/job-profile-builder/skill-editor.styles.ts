import { css } from 'lit';

/** The skill editor's part of the builder's styles: they load with the editor chunk and join the builder's. */
export const styles = css`
  pfw-skill-editor,
  pfw-skill-template {
    display: contents;
  }
  /* A control the keyboard reaches scrolls into view below the builder's sticky summary bar (its height: --builder-bar-height, set by the builder). */
  .builder :is(input, select, textarea, button, a, .name) {
    scroll-margin-block: calc(var(--builder-bar-height, 0px) + var(--pfw-job-profile-builder-sticky-top, 0px) + var(--_space) / 2)
      calc(var(--_space) / 2);
  }
  /* On a narrow screen only the builder's count stays in view (the warning scrolls with the page): the bar is no more than a few lines. */
  @media (max-width: 40rem) {
    .preview {
      display: contents;
    }
    /* Above the rows that scroll under it (their selects and checkboxes paint later), with a line under it. */
    .count {
      position: sticky;
      top: var(--pfw-job-profile-builder-sticky-top, 0);
      z-index: 1;
      background: var(--_color-surface);
      padding-block: calc(var(--_space) / 4);
      border-block-end: 2px solid var(--_color-primary);
    }
    .warning {
      margin-block-end: var(--_space);
    }
  }
  /* A publish or close under way: pressing again does nothing (draft-saver.ts). */
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  /* One compact row per skill: its name, then level, "Moet" and "Meer" (on a second line when narrow). */
  .requirement {
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 4) calc(var(--_space) * 0.375);
    margin-block-end: calc(var(--_space) / 4);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 4) calc(var(--_space) / 2);
  }
  .name {
    flex: 1 1 9rem;
    min-width: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .controls {
    display: flex;
    flex: 0 1 auto;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 4) calc(var(--_space) * 0.375);
    max-width: 100%;
  }
  .controls select {
    width: auto;
    max-width: 100%;
    padding-inline: calc(var(--_space) / 4);
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 4);
    min-height: 2.75rem;
  }
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .check label {
    font-weight: 400;
  }
  button.more {
    padding: 0 calc(var(--_space) / 2);
  }
  button.more::after {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin-inline-start: 0.3em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.15em) rotate(45deg);
  }
  button.more[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .details {
    padding: calc(var(--_space) / 2) 0 calc(var(--_space) / 4);
  }
  .details[hidden] {
    display: none;
  }
  .level-text {
    margin: 0 0 calc(var(--_space) / 4);
  }
  .row select {
    flex: 1 1 12rem;
    width: auto;
  }
  .template,
  .preferences {
    margin: calc(var(--_space) / 2) 0;
    padding: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_color-primary);
    background: var(--_color-surface-raised);
  }
  .preferences p {
    margin: 0;
  }
  .template ul,
  .preferences ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.25rem;
  }
`;
