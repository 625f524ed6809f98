import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.3em;
  }
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
    margin-bottom: calc(var(--_space) / 2);
  }
  .filters label {
    display: grid;
    gap: 0.2em;
    font-size: 0.9em;
    font-weight: 600;
    /* A long region (typed freely, up to 80 characters) never makes the filter wider than the list:
       the column is the label's width, not the longest option's. */
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
    max-width: 100%;
  }
  .filters select {
    max-width: min(100%, 20em);
    text-overflow: ellipsis;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--_radius);
  }
  input,
  select {
    border: 2px solid var(--_color-border);
    background: var(--_color-surface);
    color: inherit;
    padding: 0 0.5em;
  }
  input[type='number'] {
    width: 6em;
  }
  button {
    border: 2px solid var(--_color-primary);
    background: var(--_color-surface);
    color: var(--_color-primary);
    padding: 0 0.9em;
    cursor: pointer;
  }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .count {
    color: var(--_color-text-muted);
    margin: 0 0 0.3em;
  }
  /* Only one row takes Tab (long lists): while the keyboard is in the list, say how to move. */
  .keys {
    display: none;
    margin: 0 0 0.3em;
  }
  .keys:has(+ .viewport :focus-visible) {
    display: block;
  }
  .viewport {
    /* Rows lay out by the list's width, not the window's: a narrow column on a wide page too. */
    container-type: inline-size;
    /* The padding above the rows changes as they scroll: the browser must not "correct" for it. */
    overflow-anchor: none;
    height: var(--pfw-match-list-height, 30rem);
    overflow-y: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  /* On a phone the rows go with the page: no scrolling box inside the scrolling page. */
  @media (max-width: 40rem) {
    .viewport {
      height: auto;
      overflow-y: visible;
    }
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* A row grows with its title: titles wrap, never cut off (the list measures each row). */
  .row {
    min-height: var(--pfw-match-list-row-height, 4.75rem);
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.2em 0.75em;
    align-items: center;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--_color-surface-raised);
  }
  .row.active {
    background: var(--_color-surface-raised);
  }
  .row .title {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .row .sub {
    grid-column: 1;
    color: var(--_color-text-muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .row .side {
    grid-row: 1 / span 2;
    grid-column: 2;
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  /* What a job requires that the job seeker lacks: beside the score, in words, never as colour alone. */
  .needed {
    max-width: 12em;
    font-size: 0.85em;
    color: var(--_color-warning);
  }
  /* Below a row (careers): what to learn, and the occupation's vacancies. */
  .row .below {
    grid-column: 1 / -1;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .below p {
    margin: 0.2em 0;
  }
  .below .learn {
    padding-inline-start: 0.6em;
    border-inline-start: 4px solid var(--_color-warning);
  }
  .vacancies {
    margin: 0.2em 0 0;
    padding-inline-start: 1.2em;
  }
  .vacancies li {
    margin-block: 0.15em;
  }
  .vacancies .vacancy {
    display: block;
    font-weight: 600;
  }
  .no-vacancies {
    color: var(--_color-text-muted);
  }
  .score {
    font-weight: 700;
    min-width: 6.5em;
    text-align: end;
  }
  .score .fit {
    display: block;
  }
  /* Narrow (a phone): the title gets the whole width; score and button go below it. */
  @container (max-width: 30em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .row .side {
      grid-row: auto;
      grid-column: 1;
      justify-content: space-between;
    }
    .score {
      min-width: 0;
      text-align: start;
    }
    .score .fit {
      display: inline;
    }
  }
  .score.good {
    color: var(--_color-success);
  }
  .score.low {
    color: var(--_color-text-muted);
  }
  .details,
  .requests,
  .empty {
    /* The explanation is a dialog: its text keeps the widget's colour, not the browser's. */
    color: inherit;
    margin-top: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .details ul {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: 1.2em;
  }
  .request {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block: calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_color-surface-raised);
  }
  /* A request's fit per requirement: a mark and words, not colour alone. */
  .request-fits {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
  .applied {
    font-weight: 600;
  }
  /* A checkbox and its words on one line (hard requirements: the job seeker's panel, the employer's filter). */
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75rem;
  }
  .check input {
    flex: none;
    min-height: 0;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .request form {
    display: grid;
    gap: 0.4em;
    max-width: 24rem;
  }
  .request label {
    display: grid;
    gap: 0.2em;
  }
  /* What is wrong with a field: right under it, in words (not colour alone). */
  .field-error {
    margin: 0 0 0.3em;
    color: var(--_color-danger);
    font-weight: 600;
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  /* What the job seeker did (said no, stopped sharing): in view where the card was. */
  .answered {
    margin-top: var(--_space);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .done {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_color-success);
    background: var(--_color-surface);
    font-weight: 600;
  }
  .confirm p {
    margin: 0 0 0.4em;
    font-weight: 600;
  }
  .saved {
    align-self: center;
  }
  .advice {
    font-size: 0.9em;
  }
  .set-aside {
    margin-block-start: var(--_space, 0.75rem);
  }
  .set-aside fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .set-aside input[type='text'] {
    width: 100%;
    box-sizing: border-box;
    min-height: 2.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .error {
    color: var(--_color-danger);
  }
  /* Fit per requirement: one block per requirement, its effect in words with a mark (not colour alone). */
  .details .fits {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .fits > .fit,
  .preferences > li {
    display: grid;
    padding-inline-start: 0.6em;
    border-inline-start: 4px solid var(--_color-success);
  }
  .fits > .fit.hurt,
  .preferences > li.hurt {
    border-inline-start-color: var(--_color-warning);
  }
  /* A part's own heading in the details ("Zo haal je wat nog ontbreekt"): as large as the text, not smaller. */
  .details h5 {
    font-size: 1em;
    margin: calc(var(--_space) / 2) 0 0.25em;
  }
  /* Why interests and work environment fit: mark and words on one line (not the grid of a requirement). */
  .details .preferences {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .preferences > li {
    display: block;
  }
`;
