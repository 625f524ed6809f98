/**
 * A QR code (the skillprint's paper, the culture scan's share link), a lazy part: the encoder is most of its weight. Drawn
 * through a lit template from the code's modules, never from markup in a string: the widgets run
 * under a strict Content-Security-Policy with Trusted Types.
 */
import encodeQR from '@paulmillr/qr';
import { html, type TemplateResult } from 'lit';

/** The light margin the QR standard asks for, in modules: it tells a scanner where the code ends. */
const QUIET_ZONE = 4;

/**
 * The code of `text`, black on white with its quiet zone, whatever the theme: a scanner needs
 * the contrast. One path, a rectangle for each run of dark modules in a row.
 */
export function qrCode(text: string): TemplateResult {
  const rows = encodeQR(text, 'raw', { border: QUIET_ZONE });
  let path = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x + 1 - start}v1H${start}z`;
    }
  });
  const size = rows.length;
  return html`<svg viewBox="0 0 ${size} ${size}" aria-hidden="true" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
