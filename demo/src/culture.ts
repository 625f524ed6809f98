/**
 * A small installer's page for its learning culture scan. The owner (an employer token) starts
 * scans, shares the link and reads the report. The same page is where employees answer: with
 * `#scan=<token>` in the address the widget shows the statements, and the page signs nobody in.
 */
import { setup } from './setup.js';
import { tokenFor } from './partner.js';
import { ZONNIG } from './seed.js';

await setup();
const scan = document.querySelector('pfw-learning-culture-scan')!;
// The share link comes back to this page (offline too: ?mock stays in it).
scan.answerUrl = location.href.replace(/#.*$/, '');
if (/[#&]scan=/.test(location.hash)) {
  // An employee: no account, no name.
  document.querySelectorAll('[data-employer], [data-signed-in]').forEach((e) => e.remove());
} else {
  document.querySelector('pfw-provider')!.token = await tokenFor('employer', ZONNIG.subject, ZONNIG.name);
}
await Promise.all([
  import('@pfw/elements/define/pfw-provider.js'),
  import('@pfw/elements/define/pfw-learning-culture-scan.js'),
]);
