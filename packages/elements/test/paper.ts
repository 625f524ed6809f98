/**
 * What a widget prints, for element tests: the print window is a frame of the test page, as wide
 * as A4 less its margins (its print() does nothing), so a test can read the paper and measure it.
 */
import { waitUntil } from '@open-wc/testing';

/** The A4 page's height in CSS pixels, less the 15 mm margins. */
export const A4_CONTENT_HEIGHT = ((297 - 30) / 25.4) * 96;

/** Run `act` (a click on a print button), then `read` the paper once it has a heading; the frame goes after. */
export async function onPaper(act: () => void, read: (paper: Document) => void | Promise<void>): Promise<void> {
  const frame = document.createElement('iframe');
  frame.title = 'paper';
  frame.width = String(Math.round(((210 - 30) / 25.4) * 96));
  document.body.append(frame);
  frame.contentWindow!.print = () => {};
  const open = window.open;
  window.open = () => frame.contentWindow;
  try {
    act();
    await waitUntil(() => frame.contentDocument!.querySelector('h2'), 'nothing printed', { timeout: 8000 });
    await read(frame.contentDocument!);
  } finally {
    window.open = open;
    frame.remove();
  }
}
