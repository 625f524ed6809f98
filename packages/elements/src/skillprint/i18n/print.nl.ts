/** Dutch texts of the skillprint's print form and paper (a lazy part), at B1. */
const nl = {
  formTitle: 'Je skillprint op papier',
  holderName: 'Naam op het papier (mag leeg blijven)',
  proof: 'Zet een QR-code op het papier, zodat anderen kunnen controleren dat het echt is',
  proofHelp:
    'Daarvoor maken we een link die een jaar werkt. Wie de code scant, kan je skillprint zien. Je kunt de link altijd stoppen bij "Je links".',
  printNow: 'Printen',
  cancel: 'Annuleren',
  /** Under the QR code on paper. */
  scanToCheck: 'Scan de code om te zien dat dit echt is.',
  printBlocked: 'Printen lukte niet. Sta pop-ups toe en probeer opnieuw.',
  proofFailed: 'De QR-code maken lukte niet. Probeer het later nog eens.',
};

/** The shape every language of these texts has (print.en.ts is typed with it). */
export type PrintMessages = typeof nl;
export default nl;
