/** Eenvoudig Nederlands (A2): texts of the skillprint's print form and paper, for readers who find B1 hard (MBO 1-2). */
import type { PrintMessages } from './print.nl.js';

const a2: PrintMessages = {
  formTitle: 'Je skillprint op papier',
  holderName: 'Naam op het papier (mag leeg blijven)',
  proof: 'Zet een QR-code op het papier. Dan kunnen anderen controleren of het echt is.',
  proofHelp:
    'Daarvoor maken we een link. De link werkt 1 jaar. Wie de code scant, ziet je skillprint. Je kunt de link altijd stoppen. Dat doe je bij "Je links".',
  printNow: 'Printen',
  cancel: 'Annuleren',
  scanToCheck: 'Scan de code. Dan zie je dat dit echt is.',
  printBlocked: 'Printen lukte niet. Zet pop-ups aan in je browser. Probeer het dan opnieuw.',
  proofFailed: 'We konden de QR-code niet maken. Probeer het later nog eens.',
};

export default a2;
