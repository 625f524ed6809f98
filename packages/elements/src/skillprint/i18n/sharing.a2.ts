/** Eenvoudig Nederlands (A2): texts of the skillprint's share panel, for readers who find B1 hard (MBO 1-2). */
import { dayIn } from '../../base/dates.js';
import type { SharingMessages } from './sharing.nl.js';

const a2: SharingMessages = {
  shareTitle: 'Deel je skillprint',
  shareHelp: 'Met een link kan iemand je skillprint zien. Jij kiest hoe lang. Je kunt een link altijd stoppen.',
  expiry: 'Hoe lang werkt de link?',
  days: (n: number) => (n === 1 ? '1 dag' : `${n} dagen`),
  makeLink: 'Maak een link',
  links: 'Je links',
  noLinks: 'Je hebt nog geen links.',
  until: (date: Date) => `Werkt tot ${dayIn('nl', date)}`,
  stopped: 'Gestopt',
  copy: 'Kopieer link',
  copied: 'Link gekopieerd.',
  revoke: 'Stop deze link',
  revoked: 'De link is gestopt.',
  newLink: 'Nieuwe link. Kopieer hem nu. Later zie je alleen het begin.',
  claimsTitle: 'Bevestigd door anderen',
  claimsHelp:
    'Een school of cursus kan zeggen wat je kunt. Dat heet een bevestiging. Die staat naast je niveau uit de test. Je niveau blijft hetzelfde.',
  noClaims: 'Nog niemand heeft iets bevestigd.',
  confirmedBy: (issuer: string) => `Bevestigd door ${issuer}`,
  level: (n: number) => `niveau ${n}`,
  codeLabel: 'Heb je een code gekregen? Vul hem hier in.',
  addCode: 'Zet op skillprint',
  codeAdded: 'De bevestiging staat nu op je skillprint.',
  codeWrong: 'Deze code werkt niet. Misschien is hij al gebruikt. Of hij is verlopen. Vraag een nieuwe code.',
  badgeLabel: 'Of zet een bewijs van school erbij. Dat is een bestand: een Open Badge of edubadge.',
  addBadge: 'Voeg badge toe',
  badgeAdded: 'De badge staat nu op je skillprint.',
  badgeWrong: {
    malformed: 'We kunnen dit bestand niet lezen als badge.',
    key: 'We kunnen niet zien wie deze badge maakte.',
    signature: 'Deze badge is veranderd. Of de handtekening klopt niet.',
    'not-open-badge': 'Dit is geen Open Badge.',
    'not-yet-valid': 'Deze badge geldt nog niet.',
    expired: 'Deze badge is verlopen.',
    revoked: 'De maker zegt: deze badge geldt niet meer.',
    'no-known-skill': 'Op deze badge staat geen vaardigheid die wij kennen. Ook geen certificaat.',
  },
  badgeFailed: 'Dit lukte niet. Probeer het later opnieuw.',
  remove: 'Haal weg',
  removed: 'We hebben de bevestiging weggehaald.',
  badgeTitle: 'Je skillprint als Open Badge',
  badgeHelp:
    "Bewaar je skillprint als bestand (een Open Badge). Bijvoorbeeld in een app voor diploma's. Of stuur het naar een school of werkgever. Iedereen kan zien dat het echt is. Je kunt het altijd weer stoppen.",
  download: 'Download als badge',
  downloaded: 'Je hebt de Open Badge gedownload.',
  badges: 'Je Open Badges',
  day: (date: Date) => dayIn('nl', date),
  madeOn: (date: Date) => `Gemaakt op ${dayIn('nl', date)}`,
  withdrawn: 'Gestopt',
  withdraw: 'Stop deze badge',
  withdrawnNow: 'Je hebt de Open Badge gestopt. Hij geldt niet meer.',
};

export default a2;
