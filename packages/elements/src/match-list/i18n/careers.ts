/**
 * Texts of the careers mode (occupations, their vacancies, what to learn): only careers.ts loads
 * these, Dutch and English in its lazy part (other languages: careers.<lang>.ts, each a chunk),
 * so the list's entry stays small.
 */
import { SECTOR_NAMES } from '../../base/sectors.js';

const nl = {
  careersTitle: 'Beroepen die bij je passen',
  emptyCareers: 'Maak eerst je skillprint. Dan zie je welke beroepen bij je passen.',
  sectors: SECTOR_NAMES.nl as Record<string, string>,
  sector: (name: string) => `Sector: ${name}`,
  vacancies: (occupation: string) => `Vacatures voor ${occupation}`,
  noVacancies: 'Nu geen vacatures',
  vacancy: (title: string, employer: string) => `${title} bij ${employer}`,
  moreVacancies: (n: number) => (n === 1 ? 'En nog 1 vacature' : `En nog ${n} vacatures`),
  learnToFit: (skills: string) => `Bijna! Om goed te passen, leer je: ${skills}.`,
  learnTip: (offer: string) => `Tip: ${offer}`,
};

const en: typeof nl = {
  careersTitle: 'Occupations that fit you',
  emptyCareers: 'Make your skillprint first. Then you see which occupations fit you.',
  sectors: SECTOR_NAMES.en,
  sector: (name: string) => `Sector: ${name}`,
  vacancies: (occupation: string) => `Vacancies for ${occupation}`,
  noVacancies: 'No vacancies right now',
  vacancy: (title: string, employer: string) => `${title} at ${employer}`,
  moreVacancies: (n: number) => (n === 1 ? 'And 1 more vacancy' : `And ${n} more vacancies`),
  learnToFit: (skills: string) => `Almost! To fit well, learn: ${skills}.`,
  learnTip: (offer: string) => `Tip: ${offer}`,
};

export type CareersMessages = typeof nl;
export { en, nl };
