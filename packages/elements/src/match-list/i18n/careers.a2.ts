/** Eenvoudig Nederlands (A2): texts of the careers mode, for readers who find B1 hard (MBO 1-2). */
import { SECTOR_NAMES } from '../../base/sectors.js';
import type { CareersMessages } from './careers.js';

const a2: CareersMessages = {
  careersTitle: 'Beroepen die bij je passen',
  emptyCareers: 'Maak eerst je skillprint. Dan zie je welke beroepen bij je passen.',
  sectors: SECTOR_NAMES.nl as Record<string, string>,
  sector: (name: string) => `Sector: ${name}`,
  vacancies: (occupation: string) => `Vacatures voor ${occupation}`,
  noVacancies: 'Nu geen vacatures',
  vacancy: (title: string, employer: string) => `${title} bij ${employer}`,
  moreVacancies: (n: number) => (n === 1 ? 'En nog 1 vacature' : `En nog ${n} vacatures`),
  learnToFit: (skills: string) => `Bijna! Leer dit, dan pas je goed: ${skills}.`,
  learnTip: (offer: string) => `Tip: ${offer}`,
};

export default a2;
