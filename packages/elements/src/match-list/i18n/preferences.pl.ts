/** Polish: the reasons behind interests and work environment in a job's details, written for meaning at B1. Not yet reviewed by a native speaker. */
import words from '../../base/preference-words/pl.js';
import type { PreferenceMessages } from './preferences.js';

const pl: PreferenceMessages = {
  words,
  fits: (what) => `Pasuje do ciebie: ${what}.`,
  fitsLess: (what) => `Pasuje do ciebie mniej: ${what}.`,
  rather: (job, you) => `${job} (ty wolisz: ${you})`,
  notMeasured: 'Nie wiemy jeszcze, co lubisz i jak lubisz pracować. Dlatego to nie liczy się do wyniku.',
};

export default pl;
