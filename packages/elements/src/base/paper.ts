/**
 * Printing on paper from a widget: its content alone, in a window of its own, on A4, in the host
 * page's theme. A shadow root cannot be printed alone, and the host page's print styles are not
 * ours to change. Constructable style sheets are allowed under a strict Content-Security-Policy
 * (a <style> element would not be). Used by the skillprint's print version and the coach's
 * conversation card.
 */
import { render, type TemplateResult } from 'lit';
import { TOKENS, tokenAliases, visuallyHidden } from './tokens.js';

/**
 * Called before anything is awaited (a pop-up blocker lets a window open only right after the
 * click). Null when the browser blocked it.
 */
export const openPrintWindow = (): Window | null => window.open('', '_blank', 'popup,width=820,height=1100');

/**
 * Draws `content` in the window with `css` (the widget's paper styles) and prints it. The window's
 * title, which a "save as PDF" suggests as the file name, is the content's first h2.
 */
export async function printOnPaper(
  popup: Window,
  /** Where the theme comes from. */
  host: HTMLElement,
  { lang, css, content }: { lang: string; css: string; content: TemplateResult },
): Promise<void> {
  const doc = popup.document;
  doc.documentElement.lang = lang;
  // Arabic paper reads right to left too.
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const sheet = new (popup as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(
    `@page { size: A4; margin: 15mm; } body { margin: 0; } .pfw-print-root { ${tokenAliases} font-family: var(--_font-family); line-height: var(--_line-height); color: var(--_color-text); } .pfw-print-root *, .pfw-print-root *::before { box-sizing: border-box; } ${visuallyHidden.cssText} ${css}`,
  );
  doc.adoptedStyleSheets = [sheet];
  const root = doc.createElement('div');
  root.className = 'pfw-print-root';
  takeTheme(host, root);
  doc.body.append(root);
  render(content, root);
  doc.title = root.querySelector('h2')?.textContent ?? '';
  // Pictures ready before the print takes them (a failed picture leaves an empty space).
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  popup.focus();
  popup.setTimeout(() => popup.print(), 50);
}

/**
 * The host page's theme on paper: a new window inherits nothing from the page, so each `--pfw-*`
 * token goes over as it is computed on the widget. Through the CSSOM, which a strict CSP allows
 * (a style attribute it blocks).
 */
function takeTheme(from: Element, to: HTMLElement): void {
  const computed = getComputedStyle(from);
  for (const name of Object.keys(TOKENS)) {
    const value = computed.getPropertyValue(`--pfw-${name}`).trim();
    if (value) to.style.setProperty(`--pfw-${name}`, value);
  }
}
