/** Eenvoudig Nederlands (A2): texts of the occupation picker, for readers who find B1 hard (MBO 1-2). */
import { SECTOR_NAMES } from '../../base/sectors.js';
import type { Messages } from './nl.js';

const a2: Messages = {
  label: 'Beroep',
  hint: 'Typ een deel van de naam. Kies dan een beroep uit de lijst.',
  placeholder: 'Bijvoorbeeld: kok',
  showAll: 'Toon alle beroepen',
  loading: 'Even wachten. We laden de beroepen.',
  loadError: 'We kunnen de beroepen nu niet laden.',
  retry: 'Probeer opnieuw',
  noResults: 'Geen beroep gevonden. Probeer een ander woord.',
  results: (n: number) => (n === 1 ? '1 beroep gevonden.' : `${n} beroepen gevonden.`),
  chosen: (title: string) => `Gekozen: ${title}.`,
  required: 'Kies een beroep.',
  sectors: SECTOR_NAMES.nl,
  mboLevel: (level: number) => `mbo ${level}`,
};

export default a2;
