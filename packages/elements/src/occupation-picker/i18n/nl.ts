import { SECTOR_NAMES } from '../../base/sectors.js';

const nl = {
  label: 'Beroep',
  hint: 'Typ een deel van de naam en kies een beroep uit de lijst.',
  placeholder: 'Bijvoorbeeld: kok',
  showAll: 'Laat alle beroepen zien',
  loading: 'Even geduld. We laden de beroepen.',
  loadError: 'Het laden van de beroepen lukt nu niet.',
  retry: 'Probeer opnieuw',
  noResults: 'Geen beroep gevonden. Probeer een ander woord.',
  results: (n: number) => (n === 1 ? '1 beroep gevonden.' : `${n} beroepen gevonden.`),
  chosen: (title: string) => `Gekozen: ${title}.`,
  required: 'Kies een beroep.',
  sectors: SECTOR_NAMES.nl,
  mboLevel: (level: number) => `mbo ${level}`,
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type Messages = typeof nl;
export default nl;
