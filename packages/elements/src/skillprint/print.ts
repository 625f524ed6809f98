/**
 * The fridge version: the card alone, in its own window, on one A4 page. Loaded on the first
 * click on "print". Constructable style sheets are allowed under a strict Content-Security-Policy
 * (a <style> element would not be).
 */
import { render, type TemplateResult } from 'lit';
import { tokenAliases, visuallyHidden } from '../base/tokens.js';
import { cardStyles } from './skillprint.styles.js';

/**
 * Opens and prints, and tells the page (`pfw-skillprint-printed` on the card, a domain event:
 * it bubbles and is composed); false when the browser blocked the window.
 */
export function printCard(
  /** Where the printed event goes (the card). */
  host: EventTarget,
  card: TemplateResult,
  { t, lang }: { t: { title: string }; lang: string },
  skillprintId?: string,
): boolean {
  const popup = window.open('', '_blank', 'popup,width=820,height=1100');
  if (!popup) return false;
  const doc = popup.document;
  doc.title = t.title;
  doc.documentElement.lang = lang;
  const sheet = new (popup as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(
    `@page { size: A4; margin: 15mm; } body { margin: 0; } .pfw-print-root { ${tokenAliases} font-family: var(--_font-family); line-height: var(--_line-height); color: var(--_color-text); } .pfw-print-root *, .pfw-print-root *::before { box-sizing: border-box; } ${visuallyHidden.cssText} ${cardStyles.cssText}`,
  );
  doc.adoptedStyleSheets = [sheet];
  const root = doc.createElement('div');
  root.className = 'pfw-print-root';
  doc.body.append(root);
  render(card, root);
  popup.focus();
  popup.setTimeout(() => popup.print(), 50);
  host.dispatchEvent(
    new CustomEvent('pfw-skillprint-printed', { detail: { skillprintId }, bubbles: true, composed: true }),
  );
  return true;
}
