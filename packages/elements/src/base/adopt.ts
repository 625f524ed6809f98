import type { CSSResult } from 'lit';

/** Add a lazy chunk's style sheet to an element's shadow root, once (the drawings bring their colours this way). */
export function adopt(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
