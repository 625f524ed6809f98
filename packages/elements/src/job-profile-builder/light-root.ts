import type { CSSResult } from 'lit';

/**
 * A lazy part renders in light DOM (in its widget's shadow root): its chunk's styles join the
 * widget's there, once.
 */
export function lightRoot(el: HTMLElement, styles: CSSResult): HTMLElement {
  const root = el.getRootNode();
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return el;
}
