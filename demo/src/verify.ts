/**
 * A municipality's verify page: where the QR code on a printed skillprint leads (#share=…), and
 * where anyone pastes a credential or link. Public: no token.
 */
import { setup } from './setup.js';

await setup();
await import('@pfw/elements/define/pfw-credential-check.js');
