/** Arabic texts of the match list (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

/** Arabic counts a noun differently for 1, 2, 3-10 and 11 or more. */
const plural = new Intl.PluralRules('ar');
/** The noun after a number: the plural for 3 to 10, otherwise the singular. */
const noun = (n: number, singular: string, few: string) => (plural.select(n) === 'few' ? few : singular);

const ar: Messages = {
  jobsTitle: 'وظائف تناسبك',
  candidatesTitle: 'مرشحون لهذه الوظيفة',
  loading: 'لحظة من فضلك. نبحث عن أفضل النتائج.',
  loadError: 'التحميل لا ينجح الآن.',
  retry: 'حاول مرة أخرى',
  count: (shown: number, total: number) =>
    shown === total
      ? total === 1
        ? 'نتيجة واحدة'
        : total === 2
          ? 'نتيجتان'
          : `${total} ${noun(total, 'نتيجة', 'نتائج')}`
      : `النتائج: ${shown} من ${total}`,
  fit: (score: number): string => (score >= 70 ? 'يناسب جيدًا' : score >= 50 ? 'يناسب إلى حد ما' : 'لا يناسب بعد'),
  score: (score: number) => `${score} من 100`,
  filters: 'الفلاتر',
  region: 'المنطقة',
  anyRegion: 'كل المناطق',
  minHours: 'أقل عدد من الساعات في الأسبوع',
  minScore: 'أقل درجة',
  sort: 'رتّب حسب',
  sortScore: 'الأنسب',
  sortName: 'الاسم',
  sortHours: 'الساعات',
  hours: (min: number, max: number) =>
    min === max
      ? `${min} ${noun(min, 'ساعة', 'ساعات')} في الأسبوع`
      : `من ${min} إلى ${max} ${noun(max, 'ساعة', 'ساعات')} في الأسبوع`,
  perRequirement: 'لكل شرط',
  asks: (level: number, must: boolean) => `المطلوب: المستوى ${level}${must ? '، ضروري' : ''}`,
  youHave: (level: number, low: number, high: number) =>
    low === high ? `أنت: المستوى ${level}` : `أنت: المستوى ${level} (قد يكون من ${low} إلى ${high})`,
  candidateHas: (level: number, low: number, high: number) =>
    low === high ? `المرشح: المستوى ${level}` : `المرشح: المستوى ${level} (قد يكون من ${low} إلى ${high})`,
  notMeasured: 'لم يُقَس',
  helped: (points: number) => `يناسب: +${points} ${noun(points, 'نقطة', 'نقاط')}`,
  hurt: (points: number, lost: number) =>
    `لا يناسب بعد: +${points} ${noun(points, 'نقطة', 'نقاط')}، ويكلّف ${lost} ${noun(lost, 'نقطة', 'نقاط')}`,
  essentialPenalty: 'شرط ضروري لا يناسب بعد. هذا يكلّف نقاطًا (✗ في الأعلى).',
  secondaryPoints: (points: number) => `الاهتمامات وبيئة العمل: +${points} ${noun(points, 'نقطة', 'نقاط')}`,
  gaps: 'هذا ما يمكنك أن تتعلّمه بعد',
  candidateGaps: 'ما زال للتعلّم',
  essentialMissing: 'مهارة مهمة لا تناسب بعد.',
  allEssentials: 'كل المهارات المهمة تناسب.',
  level: (have: number, need: number) => `الآن المستوى ${have}، المطلوب المستوى ${need}`,
  chance: (p: number) => `فرصة هذا المستوى: ${Math.round(p * 100)}%`,
  offer: (title: string, provider: string, hours: number) =>
    `${title} (${provider}، ${hours} ${noun(hours, 'ساعة', 'ساعات')})`,
  keys: 'استخدم السهمين لأعلى ولأسفل للانتقال إلى صف آخر.',
  details: 'شرح',
  close: 'أغلق الشرح',
  why: 'لماذا هذه الدرجة؟',
  emptyJobs: 'لا توجد بعد وظائف تناسبك. انظر ماذا يمكنك أن تتعلّم، أو ارجع لاحقًا: تُضاف وظائف جديدة باستمرار.',
  emptyFiltered: 'لا توجد نتائج بهذه الفلاتر. اجعل الفلاتر أوسع.',
  emptyCandidates: 'لا يوجد بعد مرشحون لهذه الوظيفة في مجموعة المواهب. تأكّد أن الشروط ليست عالية جدًا.',
  availability: {
    now: 'يمكن البدء الآن',
    'within-month': 'خلال شهر',
    'within-three-months': 'خلال ثلاثة أشهر',
    'not-now': 'ليس الآن',
  },
  provisionalEstimate: 'تقدير مؤقت: ما زلنا نتعلّم. الاختبار جديد، لذلك لم تُقارَن المستويات بعد بإجابات حقيقية.',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
