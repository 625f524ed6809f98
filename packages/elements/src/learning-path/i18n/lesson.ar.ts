/** Arabic: the texts around a micro-lesson (#25), written for meaning at B1. Not yet reviewed by a native speaker. */
import type { LessonMessages } from './lesson.js';
import { isolated } from '../../base/bidi.js';

const ar: LessonMessages = {
  page: (n, of) => `الصفحة ${n} من ${of}`,
  readAloud: 'اقرأ بصوت عالٍ',
  noVoice: 'متصفحك ليس فيه صوت يقرأ هذه اللغة بصوت عالٍ.',
  previous: 'السابق',
  next: 'التالي',
  finish: 'أنهيت الدرس',
  close: 'أغلق الدرس',
  good: 'اختيار جيد.',
  notQuite: 'ليس تمامًا.',
  think: 'فكّر واختر. لا يُرسَل شيء إلى الموقع.',
  failed: 'لم يُحمَّل الدرس. حاول مرة أخرى لاحقًا.',
  saved: 'انتهى الدرس. لقد بدأت هذه الخطوة.',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
