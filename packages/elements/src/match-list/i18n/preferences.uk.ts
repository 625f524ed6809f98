/** Ukrainian: the reasons behind interests and work environment in a job's details, written for meaning at B1. Not yet reviewed by a native speaker. */
import words from '../../base/preference-words/uk.js';
import type { PreferenceMessages } from './preferences.js';

const uk: PreferenceMessages = {
  words,
  fits: (what) => `Вам підходить: ${what}.`,
  fitsLess: (what) => `Вам підходить менше: ${what}.`,
  rather: (job, you) => `${job} (Ви волієте: ${you})`,
  notMeasured: 'Ми ще не знаємо, що Вам подобається і як Ви любите працювати. Тому це не враховується в оцінці.',
};

export default uk;
