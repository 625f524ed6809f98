import { css } from 'lit';

/** The hard-requirement editor's part of the builder's styles: they load with its chunk and join the builder's. */
export const styles = css`
  pfw-hard-requirement-editor {
    display: contents;
  }
  .hard-requirements .hint {
    margin: 0;
  }
  /* Closed, the list is one line to open and one that says what is chosen. */
  .hard-requirements summary {
    cursor: pointer;
    min-height: 2.75rem;
    padding-block: calc(var(--_space) / 4);
    overflow-wrap: anywhere;
    scroll-margin-block: calc(var(--builder-bar-height, 0px) + var(--pfw-job-profile-builder-sticky-top, 0px) + var(--_space) / 2)
      calc(var(--_space) / 2);
  }
  .choose {
    font-weight: 600;
    color: var(--_color-primary);
  }
  .chosen {
    display: block;
  }
  .hard-requirements .kind {
    border: 0;
    padding: 0;
    margin: calc(var(--_space) / 2) 0 0;
  }
  .kind legend {
    padding: 0;
  }
  /* One column on a phone, two on a wider screen. */
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: calc(var(--_space) / 4) var(--_space);
  }
  .hard {
    min-width: 0;
  }
  .hard .check,
  .need label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 4);
    min-height: 2.75rem;
  }
  .hard input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .hard label {
    overflow-wrap: anywhere;
  }
  /* The description and the choice line up with the label, after the checkbox. */
  .hard .hint,
  .need {
    margin-inline-start: calc(1.5rem + var(--_space) / 4);
  }
  .need {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .need label {
    font-weight: 400;
  }
`;
