/**
 * The fridge version: the card alone, in its own window, on one A4 page, in the host page's
 * theme; with a name at the top and a QR code that proves it when asked. Constructable style
 * sheets are allowed under a strict Content-Security-Policy (a <style> element would not be).
 */
import { html, type TemplateResult } from 'lit';
import { printOnPaper } from '../base/paper.js';
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

export { openPrintWindow } from '../base/paper.js';

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
  await printOnPaper(popup, host, {
    lang,
    css: `${cardStyles.cssText} ${paperStyles.cssText}`,
    content: card({ name: holderName, chartImage, proof }),
  });
  host.dispatchEvent(
    new CustomEvent('pfw-skillprint-printed', { detail: { skillprintId }, bubbles: true, composed: true }),
  );
}

/** The QR code of the verify page, with what it is for and the address in small print. */
async function proofOf(verifyUrl: string, scanToCheck: string): Promise<TemplateResult> {
  const { qrCode } = await import('../base/qr.js');
  return html`<figure class="proof">
    ${qrCode(verifyUrl)}
    <figcaption>${scanToCheck}<span class="url">${verifyUrl}</span></figcaption>
  </figure>`;
}
