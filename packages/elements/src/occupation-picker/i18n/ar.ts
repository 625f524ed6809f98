/** Arabic texts of the occupation picker (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

/** Arabic counts a noun differently for 1, 2, 3-10 and 11 or more. */
const plural = new Intl.PluralRules('ar');

const ar: Messages = {
  label: 'المهنة',
  hint: 'اكتب جزءًا من الاسم واختر مهنة من القائمة.',
  placeholder: 'مثلًا: طبّاخ',
  showAll: 'اعرض كل المهن',
  loading: 'لحظة من فضلك. نحن نحمّل المهن.',
  loadError: 'لا يمكن تحميل المهن الآن.',
  retry: 'حاول مرة أخرى',
  noResults: 'لم نجد أي مهنة. جرّب كلمة أخرى.',
  results: (n: number) =>
    n === 1
      ? 'وجدنا مهنة واحدة.'
      : n === 2
        ? 'وجدنا مهنتين.'
        : plural.select(n) === 'few'
          ? `وجدنا ${n} مهن.`
          : `وجدنا ${n} مهنة.`,
  chosen: (title: string) => `اخترت: ${title}.`,
  required: 'اختر مهنة.',
  sectors: {
    construction: 'البناء',
    technology: 'التقنية',
    care: 'الرعاية والصحة',
    logistics: 'النقل والتخزين',
    hospitality: 'المطاعم والفنادق',
    retail: 'المتاجر',
    cleaning: 'التنظيف',
    green: 'الحدائق والمساحات الخضراء',
  },
  mboLevel: (level: number) => `مستوى MBO ${level}`,
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
