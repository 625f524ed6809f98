/** Dutch texts of the skillprint's share panel (a lazy part), at B1. */
import { months } from './nl.js';

const nl = {
  shareTitle: 'Deel je skillprint',
  shareHelp: 'Met een link kan iemand je skillprint zien. Jij kiest hoe lang. Je kunt een link altijd stoppen.',
  expiry: 'Hoe lang werkt de link?',
  days: (n: number) => (n === 1 ? '1 dag' : `${n} dagen`),
  makeLink: 'Maak een link',
  links: 'Je links',
  noLinks: 'Je hebt nog geen links.',
  until: (date: Date) => `Werkt tot ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`,
  stopped: 'Gestopt',
  copy: 'Kopieer link',
  copied: 'Link gekopieerd.',
  revoke: 'Stop deze link',
  revoked: 'De link is gestopt.',
  newLink: 'Nieuwe link. Kopieer hem nu: later zie je alleen het begin.',
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type SharingMessages = typeof nl;
export default nl;
