import { css } from 'lit';

/**
 * One column that works from 320 px up, with one thumb: big targets (at least 48 px), answers
 * at the bottom of the card, text that wraps when it is enlarged. No motion when the person
 * asked for less.
 */
export const styles = css`
  :host {
    display: block;
  }
  .panel {
    max-width: var(--pfw-assessment-max-width, 40rem);
    margin-inline: auto;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    min-height: 3rem;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-primary);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    justify-self: start;
  }
  button.read-aloud {
    justify-self: start;
    min-height: 2.75rem;
    border-width: 1px;
    font-size: 0.9em;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .icon {
    flex: none;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    flex: none;
    margin: 0;
  }
  .privacy {
    padding: calc(var(--_space) / 2);
    background: var(--_color-surface-raised);
    border-radius: var(--_radius);
  }
  .progress {
    display: grid;
    gap: 0.25em;
  }
  .bar {
    height: 0.75rem;
    border-radius: 999px;
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--_color-primary);
    transition: width var(--_duration) ease-out;
  }
  .percent,
  .trial-count {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .milestone {
    font-weight: 600;
    color: var(--_color-success);
  }
  /* "Je antwoordt heel snel": a note to slow down, not praise. */
  .milestone.slow-down {
    color: inherit;
    border-inline-start: 4px solid var(--_color-warning);
    padding-inline-start: 0.5em;
  }
  /* Practice feedback says "right" and "better was…": in the text colour, never green for both. */
  .feedback {
    font-weight: 600;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) * 1.25);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
    touch-action: pan-y;
    user-select: none;
    transition: transform var(--_duration) ease-out;
  }
  /* A scene's drawing, or an empty box of its size while the drawings load: the card's width, at most 28rem. */
  .art {
    display: block;
    justify-self: center;
    width: 100%;
    max-width: 28rem;
    height: auto;
    aspect-ratio: 2;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .card .prompt,
  .part,
  .situation {
    font-size: 1.3em;
    font-weight: 600;
    line-height: 1.35;
  }
  .question {
    color: var(--_color-text-muted);
  }
  /* Pause and "Aanpassen" (larger text and the other toggles), on questions and game instructions. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2);
  }
  .tool {
    font-size: 0.9em;
  }
  /* "Aanpassen" opens and closes: a chevron drawn with borders (no font needed) says which. */
  .tool[aria-expanded]::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline-start: 0.5em;
    border-inline-end: 2px solid;
    border-block-end: 2px solid;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .tool[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(225deg);
  }
  /* The toggles behind "Aanpassen": a row of their own under it. */
  .display-tools {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2);
  }
  .display-tools[hidden] {
    display: none;
  }
  .tool[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  /* Larger, wider-spaced text: spacing helps people who read with difficulty more than a special font. */
  .easy-reading {
    font-size: 1.15em;
    line-height: 1.6;
    letter-spacing: 0.03em;
    word-spacing: 0.12em;
  }
  /*
   * Colours that people with red-green colour blindness tell apart (after Okabe and Ito): a
   * bluish green and a vermilion instead of green and red, dark enough for text. The drawings
   * mix their colours from these tokens, so they follow.
   */
  .safe-colours {
    --_color-success: #00755a;
    --_color-danger: #a64500;
  }
  /* A block of three, second question: the first pick stays in view, with a way back. */
  .picked {
    margin: 0;
    padding-inline-start: 0.5em;
    border-inline-start: 4px solid var(--_color-success);
  }
  .again {
    justify-self: start;
  }
  .answers,
  .bins,
  .options {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .answer,
  .option {
    text-align: start;
  }
  .bins {
    grid-template-columns: repeat(auto-fit, minmax(5rem, 1fr));
  }
  .bin {
    min-height: 4rem;
    /* A code is compared whole ("AB-21" with "AB-11"): never broken at its hyphen on a phone. */
    white-space: nowrap;
    padding-inline: 0.25em;
    font-size: 1.2em;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .game {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  /* Minutes left fill from where the line starts: from the right in Arabic, like the progress bar. */
  :host([dir='rtl']) .team-bar {
    transform: scaleX(-1);
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  /* A long task wraps in its own column: its buttons stay on the right, in line with the others. */
  .steps li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5em;
  }
  .moves {
    display: flex;
    gap: 0.25em;
  }
  .moves button {
    min-width: 3rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .status {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  .rejected {
    color: var(--_color-danger);
  }
  .spinner {
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    border: 4px solid var(--_color-surface-raised);
    border-top-color: var(--_color-primary);
    animation: spin 1s linear infinite;
  }
  /* The sorting game's new box (games/sorting.ts): two names, so a change of class starts it again. */
  .part.odd {
    animation: ring-odd 0.4s ease-out;
  }
  .part.even {
    animation: ring-even 0.4s ease-out;
  }
  @keyframes ring-odd {
    from {
      box-shadow: 0 0 0 4px currentColor;
    }
  }
  @keyframes ring-even {
    from {
      box-shadow: 0 0 0 4px currentColor;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card,
    .fill {
      transition: none;
    }
    .spinner,
    .part.odd,
    .part.even {
      animation: none;
    }
  }
`;
