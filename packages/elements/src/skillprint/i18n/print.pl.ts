/** Polish texts of the skillprint's print form and paper, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PrintMessages } from './print.nl.js';

const pl: PrintMessages = {
  formTitle: 'Twój skillprint na papierze',
  holderName: 'Imię i nazwisko na papierze (może zostać puste)',
  proof: 'Dodaj kod QR na papierze, żeby inni mogli sprawdzić, że jest prawdziwy',
  proofHelp:
    'Do tego tworzymy link, który działa przez rok. Kto zeskanuje kod, zobaczy twój skillprint. Link możesz zawsze zatrzymać w „Twoje linki”.',
  printNow: 'Drukuj',
  cancel: 'Anuluj',
  scanToCheck: 'Zeskanuj kod, żeby sprawdzić, że ten dokument jest prawdziwy.',
  printBlocked: 'Drukowanie się nie udało. Zezwól na wyskakujące okienka i spróbuj ponownie.',
  proofFailed: 'Nie udało się utworzyć kodu QR. Spróbuj ponownie później.',
};
export default pl;
