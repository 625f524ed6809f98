/** The share panel's styles: a lazy part's CSS, added to the card's shadow root when the panel loads. */
import { css } from 'lit';

export const sharingStyles = css`
  .sharing {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .sharing ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .link {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .link code {
    word-break: break-all;
  }
  .sharing form {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .sharing form label,
  .sharing form p {
    flex-basis: 100%;
    margin: 0;
  }
  .sharing input[type='file'] {
    max-width: 100%;
    font: inherit;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .sharing .error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .sharing [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  @media print {
    .sharing {
      display: none;
    }
  }
`;
