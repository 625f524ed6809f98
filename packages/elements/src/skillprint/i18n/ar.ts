/** Arabic texts of the skillprint (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import preferenceWords from '../../base/preference-words/ar.js';
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

/** "3 نوفمبر 2026" or, for a month, "نوفمبر 2026". */
const day = (date: Date) => date.toLocaleDateString('ar', { day: 'numeric', month: 'long', year: 'numeric' });
const monthOf = (date: Date) => date.toLocaleDateString('ar', { month: 'long', year: 'numeric' });

/** The names come from Intl.DisplayNames in Arabic ("التركية", "الهولندية"): "أجريت الاختبار باللغتين التركية والهولندية." */
function languages(names: string[]): string {
  if (names.length === 1) return `باللغة ${names[0]}`;
  if (names.length === 2) return `باللغتين ${names[0]} و${names[1]}`;
  return `باللغات ${names.slice(0, -1).join('، ')} و${names.at(-1)}`;
}

const ar: Messages = {
  title: 'skillprint الخاص بي',
  titleOf: (name: string) => `skillprint الخاص بـ${name}`,
  made: (date: Date) => `صُنع في ${day(date)}`,
  measured: (month: Date) => `تمّ القياس بنسخة الاختبار من ${monthOf(month)}`,
  testLanguage: (names: string[]) => `أجريت الاختبار ${languages(names)}.`,
  loading: 'لحظة من فضلك. نحن نحمّل skillprint.',
  checking: 'نتحقّق هل هذا skillprint حقيقي.',
  verified: 'حقيقي: تمّ التحقّق منه بتوقيع Passport for Work.',
  notVerified: 'لم يتمّ التحقّق: هذا skillprint تغيّر، أو التوقيع غير صحيح.',
  notFound: 'لا نستطيع أن نجد هذا skillprint. تأكّد أن الرابط صحيح، أو اطلب رابطًا جديدًا.',
  linkExpired: 'هذا الرابط لم يعد يعمل. انتهت مدته أو تمّ إيقافه. اطلب رابطًا جديدًا.',
  loadError: 'التحميل لا ينجح الآن. حاول مرة أخرى لاحقًا.',
  retry: 'حاول مرة أخرى',
  strengths: 'أنت قوي في هذا',
  skills: 'مهاراتك',
  level: (n: number) => `المستوى ${n} من 5`,
  sure: 'الاختبار متأكد من هذا إلى حد ما.',
  poorFit:
    'لم نستطع أن نقيس هذا جيدًا. إجاباتك لا تتناسب جيدًا مع بعضها. هذا يمكن أن يحدث، مثلًا إذا لم تفهم سؤالًا جيدًا. لذلك هذه المستويات لا تقول الكثير عنك. يمكنك أن تعيد الاختبار.',
  provisional: 'تقدير مؤقت: ما زلنا نتعلّم. الاختبار جديد، لذلك لم تُقارَن المستويات بعد بإجابات حقيقية.',
  range: (others: number[]) =>
    `قد يكون أيضًا المستوى ${others.length === 1 ? others[0] : `${others.slice(0, -1).join('، ')} أو ${others.at(-1)}`}.`,
  showTable: 'اعرض كجدول',
  showBars: 'اعرض كأعمدة',
  tableCaption: 'المهارات: المستوى ومدى تأكّد الاختبار',
  other: {
    title: 'skillprint',
    strengths: 'نقاط القوة',
    skills: 'المهارات',
    poorFit: 'لم يتمكن الاختبار من قياس ذلك جيدًا: الإجابات لا تتوافق جيدًا مع بعضها. لذلك لا تقول هذه المستويات الكثير.',
    interests: 'الاهتمامات',
    environment: 'طريقة العمل المفضلة',
  },
  colSkill: 'المهارة',
  colLevel: 'المستوى (من 1 إلى 5)',
  colRange: 'قد يكون أيضًا',
  colPercentile: 'أفضل من (من 100)',
  interests: 'هذا ما تحبه',
  environment: 'هكذا تحب أن تعمل',
  ...preferenceWords,
  notMeasured: (skills) => `لم يُقَس بشكل كافٍ بعد: ${skills}.`,
  print: 'اطبع أو احفظ كملف PDF',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
