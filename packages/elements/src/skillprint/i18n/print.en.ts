/** English texts of the skillprint's print form and paper (loaded on use, like en.ts). */
import type { PrintMessages } from './print.nl.js';

const en: PrintMessages = {
  formTitle: 'Your skillprint on paper',
  holderName: 'Name on the paper (you may leave it empty)',
  proof: 'Put a QR code on the paper. Then others can check that it is real',
  proofHelp:
    'For this we make a link that works for one year. Anyone who scans the code can see your skillprint. You can stop the link at any time under "Your links".',
  printNow: 'Print',
  cancel: 'Cancel',
  scanToCheck: 'Scan the code to check that this is real.',
  printBlocked: 'The print window did not open. Allow pop-ups and try again.',
  proofFailed: 'We could not make the QR code. Please try again later.',
};
export default en;
