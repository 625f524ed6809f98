import { css } from 'lit';

/** The skill editor's part of the builder's styles: they load with the editor chunk and join the builder's. */
export const styles = css`
  pfw-skill-editor,
  pfw-skill-template {
    display: contents;
  }
  .requirement {
    background: var(--_color-surface-raised);
  }
  .level,
  .check {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 4) 0;
  }
  .level input,
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_color-primary);
  }
  .level label,
  .check label {
    font-weight: 400;
  }
  .row select {
    flex: 1 1 12rem;
    width: auto;
  }
  .template {
    margin: calc(var(--_space) / 2) 0;
    padding: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_color-primary);
    background: var(--_color-surface-raised);
  }
  .template ul {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: 1.25rem;
  }
  .remove {
    margin-block-start: calc(var(--_space) / 2);
  }
`;
