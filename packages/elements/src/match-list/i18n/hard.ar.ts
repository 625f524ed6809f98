/** Arabic: the hard requirements beside a match (#25), written for meaning at B1. Not yet reviewed by a native speaker. */
import type { HardMessages } from './hard.js';
import { isolated } from '../../base/bidi.js';

/**
 * A Latin name at the start of an Arabic label, isolated: a list of labels is isolated as a
 * whole, and its direction is that of its first letter outside inner isolates (Arabic), not "VCA".
 */
const latin = (name: string) => `\u2068${name}\u2069`;

const ar: HardMessages = {
  labels: {
    'vca-basis': `${latin('VCA Basis')} (السلامة في العمل)`,
    'vca-vol': `${latin('VCA VOL')} (السلامة في العمل، للمشرفين)`,
    bhv: `${latin('BHV')} (المساعدة في حالات الطوارئ في العمل)`,
    ehbo: 'شهادة الإسعافات الأولية (EHBO)',
    'nen-3140': `${latin('NEN 3140')} (العمل الآمن مع الكهرباء)`,
    heftruck: 'شهادة قيادة الرافعة الشوكية',
    hoogwerker: 'شهادة منصة العمل المرتفعة',
    haccp: 'نظافة الطعام (HACCP)',
    'sociale-hygiene': 'شهادة Sociale Hygiëne (للأماكن التي تقدّم الكحول)',
    'rijbewijs-b': 'رخصة القيادة B (سيارة)',
    'rijbewijs-c': 'رخصة القيادة C (شاحنة)',
    'rijbewijs-ce': 'رخصة القيادة CE (شاحنة مع مقطورة)',
    'code-95': 'الرمز 95 (سائق محترف)',
    'zwaar-tillen': 'رفع أشياء ثقيلة (حتى 25 كيلو)',
    'lang-staan': 'الوقوف أو المشي لوقت طويل',
    'werken-op-hoogte': 'العمل في أماكن مرتفعة',
  },
  seekerTitle: 'ما يطلبه هذا العمل أيضًا',
  howToGet: 'هكذا تحصل على ما ينقصك',
  employerTitle: 'ما تطلبه الوظيفة أيضًا',
  notInScore: 'هذا لا يُحسب في الدرجة.',
  neededFirst: (what: string) => `مطلوب أولًا: ${what}`,
  required: 'ضروري',
  preferred: 'مُفضَّل',
  confirmed: 'مؤكَّد',
  seeker: {
    have: 'لديك هذا',
    can: 'تستطيع هذا',
    notTicked: 'لم تضع علامة عليه بعد',
  },
  employer: {
    self: 'لديه هذا (المرشح يقول ذلك)',
    confirmed: 'لديه هذا (مؤكَّد)',
    none: 'غير معروف بعد (لم يذكر المرشح شيئًا عن ذلك)',
    canSelf: 'يستطيع هذا (المرشح يقول ذلك)',
    canConfirmed: 'يستطيع هذا (مؤكَّد)',
    canNone: 'غير معروف بعد (لم يذكر المرشح شيئًا عن ذلك)',
  },
  panel: 'شهاداتك ورخصة القيادة',
  filled: (n: number) => (n ? `اخترت ${n}` : 'لم تختر شيئًا بعد'),
  intro: 'ضع علامة على ما لديك. أصحاب العمل يرون ذلك بجانب درجتك. هذا لا يُحسب في الدرجة.',
  kinds: { certificate: 'الشهادات', licence: 'رخص القيادة', physical: 'عمل تستطيع القيام به' },
  noReason: 'ضع علامة على ما تستطيع القيام به. لا تحتاج أبدًا أن تشرح لماذا لا تستطيع شيئًا.',
  tasks: {
    'zwaar-tillen': 'أستطيع رفع أشياء ثقيلة (حتى 25 كيلو)',
    'lang-staan': 'أستطيع الوقوف أو المشي لوقت طويل',
    'werken-op-hoogte': 'أستطيع العمل في أماكن مرتفعة',
  },
  save: 'احفظ',
  saved: 'تمّ الحفظ',
  only: 'فقط المرشحون الذين لديهم:',
  noneHolds: 'لا يوجد مرشحون لديهم كل هذا. ضع علامة على عدد أقل.',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
