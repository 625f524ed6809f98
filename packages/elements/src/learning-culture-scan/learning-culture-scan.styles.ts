import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--pfw-learning-culture-scan-max-width, 48rem);
  }
  section {
    container-type: inline-size;
  }
  h2 {
    font-size: 1.375em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1.25em;
    margin: var(--_space) 0 calc(var(--_space) / 4);
  }
  h4 {
    font-size: 1.0625em;
    margin: calc(var(--_space) / 2) 0 calc(var(--_space) / 4);
  }
  p {
    margin: calc(var(--_space) / 4) 0 calc(var(--_space) / 2);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_color-primary);
  }
  .statement legend {
    font-size: 1.0625em;
  }
  /* One answer a row on a phone; the five side by side where they fit. */
  .scale {
    display: grid;
    gap: 0.25rem;
  }
  @container (min-width: 36rem) {
    .scale {
      grid-template-columns: repeat(5, 1fr);
    }
    .option {
      flex-direction: column;
      align-items: center;
      text-align: center;
    }
  }
  .option {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_color-primary);
    outline: 1px solid var(--_color-primary);
  }
  .option input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .speak {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    min-block-size: 2.75rem;
    margin-block-end: 0.25rem;
    font-weight: 400;
  }
  .scans {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .scan {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  /* "Sluit de scan …?": the question on a line of its own above its two answers. */
  .scan .ask {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
  .scan h4 {
    margin-block-start: 0;
  }
  summary {
    padding-block: 0.65em;
    cursor: pointer;
    font-weight: 600;
    color: var(--_color-primary);
  }
  figure.qr {
    margin: var(--_space) 0;
  }
  figure.qr svg {
    inline-size: min(100%, 16rem);
    block-size: auto;
  }
`;
