/** Turkish: the reasons behind interests and work environment in a job's details, written for meaning at B1. Not yet reviewed by a native speaker. */
import words from '../../base/preference-words/tr.js';
import type { PreferenceMessages } from './preferences.js';

const tr: PreferenceMessages = {
  words,
  fits: (what) => `Sana uyuyor: ${what}.`,
  fitsLess: (what) => `Sana daha az uyuyor: ${what}.`,
  rather: (job, you) => `${job} (senin tercihin: ${you})`,
  notMeasured: 'Neyi sevdiğini ve nasıl çalışmayı sevdiğini henüz bilmiyoruz. Bu yüzden puana sayılmıyor.',
};

export default tr;
