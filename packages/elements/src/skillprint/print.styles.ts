/** The print part's styles: its form (in the card's shadow root) and what only paper has (in the print window). */
import { css } from 'lit';

export const printFormStyles = css`
  .print-form {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space);
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
  }
  .print-form input[type='text'] {
    width: 100%;
    max-width: 24rem;
  }
  .print-form .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.5em;
    align-items: start;
  }
  .print-form input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .print-form .help {
    grid-column: 2;
    margin: 0;
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .print-form .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  @media print {
    .print-form {
      display: none;
    }
  }
`;

/**
 * What only paper has, in the print window: the chart as a wide picture (the names need room
 * beside the radar), and the QR code beside the title and the strengths, where it adds no height
 * to the page. The code is black on white whatever the theme (the drawing says so itself), 30 mm
 * square with its quiet zone: large enough for a phone's camera. The line that says what it is
 * for goes under it.
 */
export const paperStyles = css`
  /* The window on a phone, before its print dialog opens: one column (paper has room for two). */
  @media screen and (max-width: 150mm) {
    .card.print {
      max-width: 100%;
    }
    .card.print .bars {
      grid-template-columns: 1fr;
    }
  }
  .card.print .chart {
    max-width: 120mm;
  }
  /* Paper cannot show a check: only its QR code (the proof) leads to one. */
  .card.print .badge {
    display: none;
  }
  .chart img {
    display: block;
    width: 100%;
    height: auto;
  }
  .card.print:has(> .proof) {
    grid-template-columns: 1fr auto;
  }
  .card.print:has(> .proof) > * {
    grid-column: 1 / -1;
  }
  .card.print:has(> .proof) > :is(header, .strengths) {
    grid-column: 1;
  }
  .card.print > .proof {
    grid-column: 2;
    grid-row: 1 / span 2;
    width: 34mm;
    margin: 0;
    font-size: 8pt;
    line-height: 1.3;
  }
  .proof svg {
    display: block;
    width: 30mm;
    height: 30mm;
  }
  .proof .url {
    display: block;
    margin-top: 1mm;
    font-size: 6.5pt;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }
`;
