/** Eenvoudig Nederlands (A2): the reasons behind interests and work environment in a job's details. */
import words from '../../base/preference-words/a2.js';
import type { PreferenceMessages } from './preferences.js';

const a2: PreferenceMessages = {
  words,
  fits: (what) => `Dit past bij jou: ${what}.`,
  fitsLess: (what) => `Dit past minder bij jou: ${what}.`,
  rather: (job, you) => `${job} (jij wilt liever ${you})`,
  notMeasured: 'We weten nog niet wat je leuk vindt en hoe je graag werkt. Dat telt dus niet mee.',
};

export default a2;
