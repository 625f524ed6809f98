import { css } from 'lit';

/** Card styles. Written against classes (not :host) where the print window reuses them. */
export const cardStyles = css`
  .card {
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.2;
  }
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.1em;
  }
  .meta {
    margin: 0.25em 0 0;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    margin: calc(var(--_space) / 2) 0 0;
    /* A rounding of one line's height: when the text wraps (320 px), its corners stay clear of it. */
    padding: 0.25em 0.75em;
    border-radius: 1em;
    font-size: 0.9em;
    border: 2px solid currentColor;
  }
  .badge.verified {
    color: var(--_color-success);
  }
  .badge.not-verified {
    color: var(--_color-danger);
  }
  .badge.checking {
    color: var(--_color-text-muted);
  }
  .strengths ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .strengths li {
    margin-block: 0.2em;
    font-weight: 600;
  }
  .profile {
    display: grid;
    gap: var(--_space);
  }
  .chart {
    max-width: 22rem;
    width: 100%;
    justify-self: center;
    /* Its minimum is then 0, not the canvas' width: the chart never widens the card on a phone. */
    overflow: hidden;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .bar {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) auto;
    gap: 0.15em 0.75em;
    align-items: center;
  }
  .bar .name {
    font-weight: 600;
  }
  .dots {
    display: inline-flex;
    gap: 3px;
    /* A browser prints no backgrounds unless asked: the level is in the filled squares. */
    print-color-adjust: exact;
  }
  .dot {
    width: 1.1em;
    height: 0.9em;
    border-radius: 3px;
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .dot.maybe {
    background: var(--_color-surface-raised);
    border-style: dashed;
  }
  .dot.on {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
  }
  .bar .note {
    grid-column: 1 / -1;
    color: var(--_color-text-muted);
    font-size: 0.85em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 0.3em;
  }
  th,
  td {
    text-align: start;
    padding: 0.3em 0.25em;
    border-bottom: 1px solid var(--_color-border);
    hyphens: auto;
  }
  /* Four columns at 320 px: a long skill name ("Verantwoordelijkheid") may break, the table never
     widens the card. Only there: the column heads break between words, not inside them. */
  tbody th {
    overflow-wrap: anywhere;
  }
  /* On a phone: the number columns as narrow as their heads, the rest of the width goes to the
     names (on paper there is room, and narrow heads would make the page taller). */
  @media screen and (max-width: 40rem) {
    thead th + th {
      width: 1%;
    }
  }
  @media screen and (max-width: 340px) {
    table {
      font-size: 0.875em;
    }
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
  }
  .pair p,
  .unmeasured,
  .provisional {
    margin: 0;
  }
  .provisional {
    font-size: 0.9em;
  }
  /* The i of a note, drawn: some devices have no circled i in their fonts (they show a box). */
  .provisional::before {
    content: "i" / "";
    border: 1px solid;
    border-radius: 50%;
    padding: 0 0.4em;
    margin-inline-end: 0.3em;
    font-weight: 700;
  }

  /* The fridge version: one A4 page. */
  .card.print {
    width: 180mm;
    max-height: 270mm;
    overflow: hidden;
    border: 0;
    padding: 0;
    gap: 4mm;
    font-size: 10.5pt;
  }
  .card.print .chart {
    max-width: 80mm;
  }
  .card.print .bars {
    grid-template-columns: 1fr 1fr;
    gap: 2mm 6mm;
  }
  /* The table beside the bars says the ranges too: on paper once is enough (and a compact card has no room). */
  .card.print .bar .note,
  .card.compact .bar .note {
    display: none;
  }

  /* Inline in a list or an HR tool. */
  .card.compact {
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 1.5);
  }
  .card.compact h2 {
    font-size: 1.1em;
  }
  .card.compact .bars {
    gap: 2px;
  }
`;

/** The card's element: its buttons and messages (the share panel brings its own styles). */
export const styles = css`
  :host {
    display: block;
    max-width: var(--pfw-skillprint-max-width, 48rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  button {
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border-radius: var(--_radius);
    font: inherit;
    border: 2px solid var(--_color-primary);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .message {
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 2px solid var(--_color-border);
    background: var(--_color-surface);
  }
  .message.error {
    border-color: var(--_color-danger);
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
