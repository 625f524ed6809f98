/** Arabic texts of a job seeker's learning path (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

/** "3 نوفمبر": the day and month, like the Dutch. */
const day = (d: Date) => d.toLocaleDateString('ar', { day: 'numeric', month: 'long' });

/** Arabic counts a noun differently for 1, 2, 3-10 and 11 or more. */
const plural = new Intl.PluralRules('ar');
/** A number with its noun: "خطوة واحدة", "خطوتان", "3 خطوات", "12 خطوة". */
const count = (n: number, one: string, two: string, few: string, other: string) =>
  n === 1 ? one : n === 2 ? two : plural.select(n) === 'few' ? `${n} ${few}` : `${n} ${other}`;
const steps = (n: number) => count(n, 'خطوة واحدة', 'خطوتان', 'خطوات', 'خطوة');
const jobs = (n: number) => (n === 1 ? 'مهنة أو وظيفة شاغرة واحدة' : `${n} من المهن والوظائف الشاغرة`);

const ar: Messages = {
  title: 'خطة التعلّم الخاصة بك',
  loading: 'لحظة من فضلك. نحن نحضر خطة التعلّم الخاصة بك.',
  signIn: 'سجّل الدخول لترى خطة التعلّم الخاصة بك.',
  noSkillprint: 'قم بالاختبار أولًا. بعد ذلك نصنع لك خطة من skillprint الخاص بك.',
  failed: 'التحميل لا ينجح الآن. حاول مرة أخرى لاحقًا.',
  retry: 'حاول مرة أخرى',
  chooseTitle: 'اختر هدفك',
  chooseIntro: 'إلى أي عمل تريد أن تصل؟ اختر مهنة أو وظيفة شاغرة. نحن نرتّب لك الخطوات.',
  careers: 'مهن يمكنك أن تتعلّم للوصول إليها',
  /** A choice beside the best-fitting occupations: any other one, from a list. */
  otherCareer: 'مهنة أخرى',
  pickCareer: 'اختر مهنة',
  vacancies: 'وظائف شاغرة',
  community: 'مسارات بداية العمل من أصحاب العمل',
  sharedBy: (companies: string[]) => `شاركه ${companies.join('، ')}`,
  stepCount: (n: number) => steps(n),
  fits: (score: number) => `يناسب ${score} من 100`,
  at: (employer: string) => `لدى ${employer}`,
  toLearn: (n: number) =>
    n === 0 ? 'لديك كل المهارات' : `بقي للتعلّم: ${count(n, 'مهارة واحدة', 'مهارتان', 'مهارات', 'مهارة')}`,
  makePlan: 'اصنع خطتي',
  cancel: 'ارجع إلى خطتي',
  pickFirst: 'اختر هدفًا أولًا.',
  planFor: (goal: string) => `هدفك: ${goal}`,
  remaining: (n: number, goal: string) => `بقيت ${steps(n)} نحو هدفك: ${goal}.`,
  allDone: (goal: string) => `أنهيت كل الخطوات لهدفك: ${goal}. أحسنت!`,
  noSteps: (goal: string) => `لديك كل المهارات التي يطلبها هدفك: ${goal}.`,
  papersToo: (what: string) => `هذا العمل يطلب أيضًا: ${what}. لا تحصل على ذلك بهذه الخطوات.`,
  papersNeeded: (what: string) => `مطلوب أيضًا: ${what}`,
  progress: (done: number, all: number) => `خطوات منتهية: ${done} من ${all}`,
  fitNow: (score: number) => `أنت تناسب الآن ${score} من 100.`,
  measureAgain: (n: number) =>
    `انتهت ${steps(n)}، لكن لم يتمّ القياس بعد. قم بالاختبار من جديد. بعد ذلك ترى هل ارتفع مستواك.`,
  stillBelow: (n: number) =>
    `قيست ${steps(n)} من جديد. مستواك ليس عاليًا بما يكفي بعد. تدرّب أكثر قليلًا. أو حاول مرة أخرى لاحقًا.`,
  provisional: 'تقدير مؤقت: ما زلنا نتعلّم. المستويات لم تُضبط بعد على إجابات حقيقية.',
  step: (n: number, skill: string) => `الخطوة ${n}: ${skill}`,
  levels: (need: number, now: number) => `المطلوب: المستوى ${need}. أنت الآن: المستوى ${now}.`,
  mustHave: 'هذا ضروري لهذا الهدف.',
  atWork: (note: string) => `في عملك: ${note}`,
  measured: (d: Date, level: number, low: number, high: number) =>
    low === high ? `${day(d)}: المستوى ${level}` : `${day(d)}: المستوى ${level} (قد يكون من ${low} إلى ${high})`,
  lessonOffer: (title: string, minutes: number) =>
    `درس قصير هنا: ${title} (${count(minutes, 'دقيقة واحدة', 'دقيقتان', 'دقائق', 'دقيقة')}).`,
  lessonDone: (d: Date) => `أنهيت الدرس في ${day(d)}`,
  lessonStart: 'ابدأ الدرس',
  lessonAgain: 'أعد الدرس',
  remeasure: 'قِس من جديد (من 2 إلى 3 دقائق)',
  growthChart: (skill: string) => `${skill}: مستواك في كل قياس، مع المستويات الممكنة أيضًا`,
  chartLevel: 'المستوى',
  chartRange: 'قد يكون أيضًا',
  day,
  history: 'القياسات',
  growth: {
    grew: 'لقد تطوّرت. الاختبار متأكد من ذلك.',
    unclear: 'لا يوجد تطوّر مؤكد بعد: النتائج تختلف قليلًا جدًا لنكون متأكدين.',
    fell: 'القياس الأخير أقل. هذا يمكن أن يحدث. تكلّم عن ذلك مع مرشدك.',
  },
  opens: (n: number) => `إذا تعلّمت هذا، يمكنك أيضًا أن تعمل في ${jobs(n)}.`,
  blocks: (n: number) => `تحتاج هذا أيضًا في ${jobs(n)}.`,
  status: {
    todo: 'لم يتمّ بعد',
    started: (d: Date) => `بدأت في ${day(d)}`,
    done: (d: Date) => `انتهيت في ${day(d)}`,
    reached: (level: number) => `تحقّق: الاختبار يقول الآن المستوى ${level}`,
    below: (now: number, need: number) =>
      `قيس من جديد: ما زلت في المستوى ${now}. المطلوب هو المستوى ${need}. تدرّب أكثر قليلًا. أو حاول مرة أخرى لاحقًا.`,
  },
  proofSaid: {
    none: 'لا يوجد دليل بعد.',
    certificate: (note: string) => `الدليل: ${note}.`,
    'open-badge': 'الدليل: Open Badge.',
    coach: (name: string) => `أكّده ${name}.`,
    platform: (name: string) => `أنهيته لدى ${name}.`,
  },
  offersTitle: 'هكذا يمكنك أن تتعلّمه',
  noOffers: 'لا توجد دورة لهذا بعد. اسأل مرشدك أو صاحب العمل: هل يمكنك أن تتعلّمه في عملك؟',
  format: {
    online: 'عبر الإنترنت',
    classroom: 'في صف دراسي',
    'on-the-job': 'في عملك',
    blended: 'عبر الإنترنت وفي صف دراسي',
  },
  hours: (h: number) => count(h, 'ساعة واحدة', 'ساعتان', 'ساعات', 'ساعة'),
  cost: (eur: number) => (eur === 0 ? 'مجانًا' : `€\u00a0${eur}`),
  example: 'مثال',
  chosen: 'اختيارك',
  openOffer: (title: string) => `${title} (يفتح في نافذة جديدة)`,
  startWith: (title: string) => `أبدأ بـ${title}`,
  startWithout: 'لقد بدأت',
  markDone: 'انتهيت',
  notDone: 'لم أنتهِ بعد',
  proofTitle: 'كيف تُظهر أنك انتهيت؟',
  proofCertificate: 'عندي شهادة أو دبلوم',
  proofCertificateNote: 'أي شهادة؟ (بضع كلمات)',
  proofBadge: 'عندي Open Badge',
  proofBadgeWhich: 'أي Open Badge؟',
  proofNone: 'ليس عندي دليل (بعد)',
  noteNeeded: 'اكتب في بضع كلمات ما نوع الشهادة.',
  charsLeft: (n: number) =>
    n === 0 ? 'الحقل ممتلئ. لا يمكن كتابة المزيد.' : `بقي ${count(n, 'حرف واحد', 'حرفان', 'أحرف', 'حرفًا')}.`,
  save: 'احفظ',
  cancelDone: 'إلغاء',
  saved: (skill: string, what: string) => `تمّ الحفظ: ${skill}. ${what}`,
  saveFailed: 'الحفظ لا ينجح الآن. حاول مرة أخرى.',
  otherGoal: 'اختر هدفًا آخر',
  newGaps: (skills) => `لهذا الهدف يمكنك الآن أن تتعلّم هذا أيضًا: ${skills}. هذا ليس في خطتك بعد.`,
  addNewGaps: 'أضفه إلى خطتي',
  newGapsAdded: 'خطتك فيها الآن هذه الخطوات أيضًا.',
  coach: {
    title: 'مرشدك',
    intro: 'هل لديك مرشد؟ عندها يمكنه أن يتابع معك. فقط إذا أردت أنت ذلك.',
    looksAlong: (name: string, since: Date) => `${name} يتابع معك منذ ${day(since)}.`,
    lastLooked: (at: Date) => `آخر مرة نظر فيها: ${day(at)}.`,
    stop: (name: string) => `أوقف: ${name} لا يتابع بعد الآن`,
    stopped: (name: string) => `${name} لم يعد يتابع معك.`,
    stopAsk: (name: string) => `هل أنت متأكد؟ عندها لن يرى ${name} أي شيء من بياناتك. وسنمسح أيضًا ما كتبه ${name} عنك.`,
    stopYes: 'نعم، أوقف',
    wrote: (name: string) => `ما كتبه ${name} عنك`,
    nextStep: (text: string, due: Date) => `الخطوة التالية (${day(due)}): ${text}`,
    note: (at: Date, text: string) => `${day(at)}: ${text}`,
    codeLabel: 'الرمز من مرشدك',
    codeHint: 'تحصل على الرمز من مرشدك. مثلًا: \u2068K7QM\u20114XTP\u2069.',
    next: 'التالي',
    emptyCode: 'اكتب أولًا الرمز الذي أعطاك إياه مرشدك.',
    badCode: 'هذا الرمز غير صحيح. تأكّد أنك نقلته جيدًا: 8 حروف وأرقام.',
    unknownCode: 'هذا الرمز لا يعمل. هو خطأ، أو استُعمل من قبل، أو انتهت مدته. اطلب من مرشدك رمزًا جديدًا.',
    wants: (name: string) =>
      `${name} يريد أن يرى skillprint الخاص بك، وخطة التعلّم، وطلبات أصحاب العمل، وطلبات التوظيف التي قدّمتها.`,
    youCanStop: 'يمكنك أن توقف هذا في أي وقت. هنا ترى متى نظر مرشدك.',
    called: 'بأي اسم يناديك مرشدك؟ (يمكن أن يبقى فارغًا)',
    yes: 'نعم، يمكن لمرشدي أن يتابع',
    no: 'لا',
    granted: (name: string) => `${name} يتابع معك الآن. يمكنك أن توقف هذا في أي وقت.`,
  },
  newPlanWarning: 'هل تختار هدفًا آخر؟ عندها نصنع خطة جديدة. نحتفظ بخطتك القديمة.',
};

// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
