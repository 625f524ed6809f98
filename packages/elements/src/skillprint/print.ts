/**
 * The fridge version: the card alone, in its own window, on one A4 page, in the host page's
 * theme; with a name at the top and a QR code that proves it when asked. Constructable style
 * sheets are allowed under a strict Content-Security-Policy (a <style> element would not be).
 */
import { html, render, type TemplateResult } from 'lit';
import { TOKENS, tokenAliases, visuallyHidden } from '../base/tokens.js';
import { cardStyles } from './skillprint.styles.js';
import { paperStyles } from './print.styles.js';

/** What only paper has. */
export interface PaperExtras {
  /** The holder's name, for the title. */
  name?: string;
  /** A picture of the chart, drawn for paper. */
  chartImage?: string;
  /** The QR code that proves the paper, with what it is for. */
  proof?: TemplateResult;
}

/** What the widget gives to print. */
export interface Paper {
  skillprintId: string;
  /** The skills, for the chart's picture. */
  skills: { label: string; score: { level: number } }[];
  /** The card as printed. */
  card(extras: PaperExtras): TemplateResult;
}

export interface PaperOptions extends Omit<Paper, 'skills'> {
  lang: string;
  chartImage?: string;
  /** The partner's verify page with a proof of this skillprint: the card gets a QR code of exactly this address. */
  verifyUrl?: string;
  /** The name at the top ("Skillprint van …"): typed at print time, never sent anywhere or kept. */
  holderName?: string;
  /** The line under the QR code. */
  scanToCheck: string;
}

/**
 * Called before anything is awaited (a pop-up blocker lets a window open only right after the
 * click; making the proof's link takes a request). Null when the browser blocked it.
 */
export const openPrintWindow = (): Window | null => window.open('', '_blank', 'popup,width=820,height=1100');

/**
 * Draws the paper in the window and prints it, and tells the page (`pfw-skillprint-printed` on
 * the card, a domain event: it bubbles and is composed).
 */
export async function printCard(
  popup: Window,
  /** The card: where the theme comes from and the printed event goes. */
  host: HTMLElement,
  { lang, chartImage, verifyUrl, holderName, scanToCheck, card, skillprintId }: PaperOptions,
): Promise<void> {
  const proof = verifyUrl ? await proofOf(verifyUrl, scanToCheck) : undefined;
  const doc = popup.document;
  doc.documentElement.lang = lang;
  const sheet = new (popup as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(
    `@page { size: A4; margin: 15mm; } body { margin: 0; } .pfw-print-root { ${tokenAliases} font-family: var(--_font-family); line-height: var(--_line-height); color: var(--_color-text); } .pfw-print-root *, .pfw-print-root *::before { box-sizing: border-box; } ${visuallyHidden.cssText} ${cardStyles.cssText} ${paperStyles.cssText}`,
  );
  doc.adoptedStyleSheets = [sheet];
  const root = doc.createElement('div');
  root.className = 'pfw-print-root';
  takeTheme(host, root);
  doc.body.append(root);
  render(card({ name: holderName, chartImage, proof }), root);
  // The file name a "save as PDF" suggests: the card's title, with the name when there is one.
  doc.title = root.querySelector('h2')?.textContent ?? '';
  // The chart's picture ready before the print takes it (a failed picture leaves an empty space).
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  popup.focus();
  popup.setTimeout(() => popup.print(), 50);
  host.dispatchEvent(
    new CustomEvent('pfw-skillprint-printed', { detail: { skillprintId }, bubbles: true, composed: true }),
  );
}

/**
 * The host page's theme on paper: a new window inherits nothing from the page, so each `--pfw-*`
 * token goes over as it is computed on the card. Through the CSSOM, which a strict CSP allows
 * (a style attribute it blocks).
 */
function takeTheme(from: Element, to: HTMLElement): void {
  const computed = getComputedStyle(from);
  for (const name of Object.keys(TOKENS)) {
    const value = computed.getPropertyValue(`--pfw-${name}`).trim();
    if (value) to.style.setProperty(`--pfw-${name}`, value);
  }
}

/** The QR code of the verify page, with what it is for and the address in small print. */
async function proofOf(verifyUrl: string, scanToCheck: string): Promise<TemplateResult> {
  const { qrCode } = await import('./qr.js');
  return html`<figure class="proof">
    ${qrCode(verifyUrl)}
    <figcaption>${scanToCheck}<span class="url">${verifyUrl}</span></figcaption>
  </figure>`;
}
