/** Arabic texts of the assessment (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { GameMechanic } from '@pfw/contract';
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

/** Arabic counts a noun differently for 1, 2, 3-10 and 11 or more. */
const plural = new Intl.PluralRules('ar');

const ar: Messages = {
  welcomeTitle: 'اكتشف ما أنت جيد فيه',
  welcomeIntro: 'ستحصل على أسئلة قصيرة، ومواقف من العمل، وبعض الألعاب. هكذا ترى ما تحبه وما هي مهاراتك.',
  welcomeTime: 'يستغرق ذلك حوالي 12 دقيقة. يمكنك أن تتوقف في أي وقت وتكمل لاحقًا.',
  welcomePrivacy: 'لا نحتاج اسمك. تبقى إجاباتك أولًا على هذا الجهاز. لا نستخدم الكاميرا ولا الميكروفون.',
  remeasureTitle: 'قِس من جديد ما تعلّمته',
  remeasureIntro: 'اختبار قصير، فقط عن مهارة خطوة التعلّم الخاصة بك. اختر في كل مرة ما يناسبك أكثر.',
  remeasureTime: 'يستغرق ذلك من 2 إلى 3 دقائق.',
  remeasureDoneTitle: 'قياسك الجديد جاهز',
  remeasureDoneText: 'تراه في skillprint الخاص بك وفي خطة التعلّم. المهارات الأخرى تبقى كما كانت.',
  start: 'ابدأ',
  loading: 'لحظة من فضلك. نحن نحضر الأسئلة.',
  readAloud: 'اقرأ بصوت عالٍ',
  noVoice: 'متصفحك ليس فيه صوت يقرأ هذه اللغة بصوت عالٍ.',
  choiceHelp: 'قد يكون الاثنان صحيحين. اختر ما يناسبك أكثر.',
  rankBestHelp: 'قد تكون الثلاثة صحيحة. لا أحد كامل. اختر أولًا ما يناسبك أكثر.',
  rankLeast: 'وما الذي يناسبك أقل؟',
  rankLeastHelp: 'اختر من الاثنين الآخرين.',
  rankPicked: 'يناسبك أكثر',
  rankAgain: 'اختر من جديد',
  sceneQuestion: 'اختر ما كنت ستفعله أنت.',
  itemOf: (n) => `السؤال ${n}`,
  progressLabel: 'إلى أين وصلت',
  progress: (percent) => `أنجزت ${percent}%`,
  milestones: {
    25: 'أحسنت! انتهى ربع الاختبار.',
    50: 'رائع! أنت في المنتصف.',
    75: 'اقتربت من النهاية. استمر قليلًا!',
  },
  tooFast: 'أنت تجيب بسرعة كبيرة. اقرأ كل سؤال بهدوء. الإجابة السريعة جدًا لا تُحسب.',
  saved: 'إجاباتك محفوظة.',
  offline: 'لا يوجد اتصال. إجاباتك محفوظة بأمان على هذا الجهاز. نرسلها عندما يصبح ذلك ممكنًا.',
  rejected: (detail) => `الخادم لم يقبل هذه الإجابة: ${detail}. إجابتك ما زالت على هذا الجهاز.`,
  expiredTitle: 'انتهت مدة هذا الاختبار',
  expiredText: 'لم تفعل شيئًا لفترة، لذلك توقف الاختبار. ابدأ من جديد: الاختبار يختار لك أسئلة جديدة.',
  continue: 'ابدأ من جديد',
  unmeasuredTitle: 'لم نتمكن من قياس أي شيء',
  unmeasuredText:
    'أجبت بسرعة كبيرة، أسرع من أن تُقرأ الأسئلة. مثل هذه الإجابات لا تُحتسب. ابدأ من جديد واقرأ كل سؤال بهدوء.',
  finishing: 'انتهيت! نحن نصنع الآن skillprint الخاص بك.',
  gameDone: 'انتهت اللعبة',
  gameResult: (good: number, total: number) => `صحيح: ${good} من ${total}`,
  gamePraise: {
    sorting: 'في هذه اللعبة عملت بدقة.',
    risk: 'في هذه اللعبة اخترت الطريقة الآمنة في أغلب الأحيان.',
    planning: 'في هذه اللعبة خطّطت بذكاء.',
    queue: 'في هذه اللعبة ساعدت الزبائن بترتيب جيد.',
    team: 'في هذه اللعبة اخترت في أغلب الأحيان ما هو أفضل للفريق.',
  } as Record<GameMechanic, string>,
  gameEffort: 'لم يكن كل شيء صحيحًا. لا بأس.',
  /** The research round (#20): a few more questions for calibration only. */
  researchTitle: 'ساعدنا في تحسين الاختبار',
  researchIntro:
    'ستحصل على بعض الأسئلة الإضافية عن مهارة واحدة. تساعدنا إجاباتك على جعل الاختبار أكثر عدلاً وأفضل. لن يتغيّر skillprint الخاص بك.',
  researchTime: 'يستغرق ذلك حوالي 4 دقائق. يمكنك التوقف في أي وقت.',
  researchDoneTitle: 'شكرًا لك!',
  researchDoneText: 'تساعد إجاباتك على تحسين الاختبار. لم يتغيّر skillprint الخاص بك.',
  stop: 'توقّف',
  pause: 'إيقاف مؤقت',
  adjust: 'تعديل',
  pausedTitle: 'استراحة',
  pausedText: 'اختبارك متوقف. كل شيء محفوظ. يمكنك أيضًا أن تغلق هذه الصفحة وتكمل لاحقًا.',
  easyReading: 'حروف أكبر',
  safeColours: 'ألوان لعمى الألوان',
  easyWords: 'هولندية سهلة',
  breakTitle: 'حان وقت استراحة قصيرة. أحسنت!',
  breakText: 'خذ استراحة قصيرة إذا أردت. كل ما فعلته محفوظ. يمكنك أيضًا أن تكمل لاحقًا.',
  breakNext: 'بعد ذلك تأتي بعض الأسئلة عمّا تحب أن تفعله.',
  goOn: 'تابع',
  waitingTitle: 'لحظة، ننتظر السؤال التالي',
  waitingForSteps: 'لا يوجد اتصال. إجاباتك في أمان. نكمل عندما يعود الإنترنت.',
  doneTitle: 'أصبح skillprint الخاص بك جاهزًا',
  doneText: 'أحسنت! شاهد الآن في ماذا أنت قوي.',
  showSkillprint: 'شاهد skillprint',
  again: 'أعد الاختبار',
  errorTitle: 'حدث خطأ ما',
  errorText: 'لا ينجح ذلك الآن. إجاباتك في أمان. حاول مرة أخرى بعد قليل.',
  retry: 'حاول مرة أخرى',
  noAccess: 'لا يمكن أن يبدأ هذا الاختبار هنا. يجب على الموقع أن يضبط مفتاحًا أولًا.',
  gameTitles: {
    sorting: 'لعبة: الفرز',
    risk: 'لعبة: العمل بأمان',
    planning: 'لعبة: التخطيط الذكي',
    queue: 'لعبة: مساعدة الزبائن',
    team: 'لعبة: ننتهي معًا',
  } as Record<GameMechanic, string>,
  /** How each game is played, on its instruction screen. */
  gameHow: {
    sorting:
      'ترى صندوقًا عليه رمز. اضغط على السلة التي عليها نفس الرمز تمامًا. لا يوجد حد للوقت: فقط الصحيح يُحسب. انتبه جيدًا، الرموز تشبه بعضها.',
    risk: 'ترى موقفًا في العمل. اختر كيف تقوم بالعمل بأمان. لا يوجد حد للوقت.',
    planning:
      'ضع الخطوات في الترتيب الصحيح. استعمل زرَّي فوق وتحت. كل مرة تنقل فيها شيئًا هي حركة واحدة. حاول أن تستعمل أقل عدد ممكن من الحركات.',
    queue:
      'ترى أين تعمل ومن ينتظر. اضغط على الشخص الذي تساعده أولًا. اقرأ جيدًا ما هو مكتوب عند كل شخص. لا يوجد حد للوقت.',
    team: 'تعمل مع زميل. عند كل اختيار ترى كم دقيقة من العمل تبقى لكما بعده. الفريق ينتهي عندما ينتهي الجميع. اختر ما هو أفضل للفريق. أحيانًا يمكنك أيضًا أن تسأل رئيس الفريق أو أن تعطي نصيحة. لا يوجد حد للوقت.',
  } as Record<GameMechanic, string>,
  gamePractice: 'أولًا تمرين قصير. هذا لا يُحسب.',
  gameReady: 'الآن يُحسب. بالتوفيق!',
  gameResumed: (n, of) => `تكمل من حيث توقفت: الجولة ${n} من ${of}.`,
  startPractice: 'تمرّن',
  startGame: 'ابدأ اللعبة',
  right: 'أحسنت!',
  wrong: (answer) => `ليس صحيحًا. الإجابة الصحيحة كانت: ${answer.replace(/[.!?؟](\u2069?)$/, '$1')}.`,
  trial: (n, of) => `${n} من ${of}`,
  sortingPart: (code) => `صندوق ${code}`,
  sortingBins: 'السلال',
  up: (step) => `${step} إلى الأعلى`,
  down: (step) => `${step} إلى الأسفل`,
  moves: (n) => {
    if (n === 1) return 'حركة واحدة';
    if (n === 2) return 'حركتان';
    return plural.select(n) === 'few' ? `${n} حركات` : `${n} حركة`;
  },
  checkOrder: 'انتهيت',
  notYet: 'ليس صحيحًا بعد. انظر إلى الترتيب مرة أخرى.',
  skipPuzzle: 'تخطَّ هذه',
  moved: (step, position) => `${step} الآن في المكان ${position}.`,
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
