/** Dutch texts of the skillprint's share panel (a lazy part), at B1. */
import { dayIn } from '../../base/dates.js';

const nl = {
  shareTitle: 'Deel je skillprint',
  shareHelp: 'Met een link kan iemand je skillprint zien. Jij kiest hoe lang. Je kunt een link altijd stoppen.',
  expiry: 'Hoe lang werkt de link?',
  days: (n: number) => (n === 1 ? '1 dag' : `${n} dagen`),
  makeLink: 'Maak een link',
  links: 'Je links',
  noLinks: 'Je hebt nog geen links.',
  until: (date: Date) => `Werkt tot ${dayIn('nl', date)}`,
  /** A link made for the QR code of a printed skillprint (each print makes one). */
  forPrint: 'Voor een print',
  stopped: 'Gestopt',
  copy: 'Kopieer link',
  copied: 'Link gekopieerd.',
  revoke: 'Stop deze link',
  revoked: 'De link is gestopt.',
  newLink: 'Nieuwe link. Kopieer hem nu: later zie je alleen het begin.',
  // Confirmations by a school or trainer, and other issuers' badges.
  claimsTitle: 'Bevestigd door anderen',
  claimsHelp:
    'Een school of opleider kan bevestigen wat je kunt. Dat staat hier, apart van je gemeten niveau. Het verandert je niveau niet.',
  noClaims: 'Nog niemand heeft iets bevestigd.',
  confirmedBy: (issuer: string) => `Bevestigd door ${issuer}`,
  level: (n: number) => `niveau ${n}`,
  codeLabel: 'Heb je een code gekregen? Vul hem hier in.',
  addCode: 'Zet op mijn skillprint',
  codeAdded: 'De bevestiging staat nu op je skillprint.',
  codeWrong: 'Deze code werkt niet. Misschien is hij al gebruikt of verlopen. Vraag een nieuwe.',
  /** Said at the field when the code field is empty. */
  codeEmpty: 'Vul eerst de code in.',
  badgeLabel: 'Of voeg een bewijs van een school of cursus toe. Dat is een bestand: een Open Badge of edubadge.',
  addBadge: 'Voeg de badge toe',
  badgeAdded: 'De badge staat nu op je skillprint.',
  badgeWrong: {
    malformed: 'Dit bestand is geen badge die we kunnen lezen.',
    key: 'We konden niet nagaan wie deze badge maakte.',
    signature: 'Deze badge is veranderd of niet goed ondertekend.',
    'not-open-badge': 'Dit is geen Open Badge.',
    'not-yet-valid': 'Deze badge geldt nog niet.',
    expired: 'Deze badge is verlopen.',
    revoked: 'De maker heeft deze badge ingetrokken.',
    'no-known-skill': 'Deze badge noemt geen vaardigheid of certificaat dat wij kennen.',
  } as Record<string, string>,
  badgeFailed: 'Het toevoegen lukte niet. Probeer het later opnieuw.',
  /** Said at the field when no file was chosen. */
  badgeEmpty: 'Kies eerst het bestand van de badge.',
  remove: 'Haal weg',
  removed: 'De bevestiging is weggehaald.',
  // The skillprint as an Open Badge.
  badgeTitle: 'Je skillprint als Open Badge',
  badgeHelp:
    "Download je skillprint als bestand (een Open Badge). Bewaar het in een app voor diploma's. Of stuur het naar een school of werkgever. Iedereen kan controleren dat het echt is. Je kunt het altijd intrekken.",
  download: 'Download als Open Badge',
  downloaded: 'De Open Badge is gedownload.',
  badges: 'Je Open Badges',
  day: (date: Date) => dayIn('nl', date),
  madeOn: (date: Date) => `Gemaakt op ${dayIn('nl', date)}`,
  withdrawn: 'Ingetrokken',
  withdraw: 'Trek in',
  withdrawnNow: 'De Open Badge is ingetrokken. Hij geldt niet meer.',
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type SharingMessages = typeof nl;
export default nl;
