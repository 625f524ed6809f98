import type { Messages } from './nl.js';
import { SECTOR_NAMES } from '../../base/sectors.js';

const en: Messages = {
  label: 'Occupation',
  hint: 'Type part of the name and choose a job from the list.',
  placeholder: 'For example: cook',
  showAll: 'Show all occupations',
  loading: 'One moment. We are loading the occupations.',
  loadError: 'The occupations cannot be loaded right now.',
  retry: 'Try again',
  noResults: 'No occupation found. Try another word.',
  results: (n: number) => (n === 1 ? '1 occupation found.' : `${n} occupations found.`),
  chosen: (title: string) => `Chosen: ${title}.`,
  required: 'Choose an occupation.',
  sectors: SECTOR_NAMES.en,
  mboLevel: (level: number) => `VET level ${level}`,
};
export default en;
