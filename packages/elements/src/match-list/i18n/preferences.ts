/**
 * Texts of the reasons behind interests and work environment in a job seeker's details: Dutch and
 * English here, the other languages in preferences.<lang>.ts, each a chunk. The names of the
 * areas and poles are the skillprint's (base/preference-words).
 */
import nlWords from '../../base/preference-words/nl.js';
import enWords from '../../base/preference-words/en.js';

export const nl = {
  words: nlWords,
  /** What of the job fits what the person likes and how they like to work. */
  fits: (what: string) => `Past bij je: ${what}.`,
  fitsLess: (what: string) => `Past minder bij je: ${what}.`,
  /** A facet the job and the person are on opposite sides of: the job's side, then theirs. */
  rather: (job: string, you: string) => `${job} (jij liever ${you})`,
  notMeasured: 'Wat je leuk vindt en hoe je graag werkt, weten we nog niet. Dat telt daarom niet mee in de score.',
};

export type PreferenceMessages = typeof nl;

export const en: PreferenceMessages = {
  words: enWords,
  fits: (what) => `Fits you: ${what}.`,
  fitsLess: (what) => `Fits you less: ${what}.`,
  rather: (job, you) => `${job} (you would rather: ${you})`,
  notMeasured: 'We do not know yet what you like and how you like to work. So it does not count in the score.',
};
