/** Arabic: the reasons behind interests and work environment in a job's details, written for meaning at B1. Not yet reviewed by a native speaker. */
import words from '../../base/preference-words/ar.js';
import type { PreferenceMessages } from './preferences.js';

const ar: PreferenceMessages = {
  words,
  fits: (what) => `يناسبك: ${what}.`,
  fitsLess: (what) => `يناسبك أقل: ${what}.`,
  rather: (job, you) => `${job} (أنت تفضّل: ${you})`,
  notMeasured: 'لا نعرف بعد ماذا تحب وكيف تحب أن تعمل. لذلك لا يُحسب هذا في النتيجة.',
};

export default ar;
