/**
 * What the card's lazy parts (the share panel, the print form) share: the look of their form
 * controls, and how a part adds its styles to the card's shadow root.
 */
import { css, type CSSResult, type LitElement } from 'lit';

export const controlStyles = css`
  select,
  input[type='text'] {
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border-radius: var(--_radius);
    font: inherit;
    border: 2px solid var(--_color-border);
    background: var(--_color-surface);
    color: inherit;
  }
  button.primary {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
`;

/** After the styles already there (the card's, another part's): each part adds, none replaces. */
export function addStyles(host: LitElement, ...styles: CSSResult[]): void {
  const root = host.renderRoot as ShadowRoot;
  const sheets = styles.map((s) => s.styleSheet!).filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
