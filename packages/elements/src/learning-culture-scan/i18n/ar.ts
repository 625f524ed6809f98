/** Arabic texts (right to left): the learning culture scan as employees answer it. Written for meaning, in plain words. */
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

const ar: Messages = {
  answerTitle: 'التعلّم في عملك',
  loading: 'لحظة من فضلك. نحن نحضر الأسئلة.',
  title: (company) => `التعلّم في ${company}`,
  intro: 'كيف هو التعلّم في عملك؟ قل عند كل جملة إلى أي حد توافق عليها. يستغرق ذلك حوالي 5 دقائق.',
  anonymous:
    'مشاركتك بدون اسم. لا نسأل عن اسمك ولا عن بريدك الإلكتروني. صاحب العمل يرى فقط ما يجيب به كل الزملاء معًا. ويرى ذلك فقط بعد أن يشارك 5 زملاء على الأقل.',
  skip: 'لا تعرف؟ اترك الجملة إذن.',
  minimum: (min, of) => `لكن أجب على الأقل على ${min} من ${of} جملة.`,
  begin: 'ابدأ',
  part: (n, of) => `الجزء ${n} من ${of}`,
  answered: (n, of) => `أجبت على ${n} من ${of} جملة`,
  previous: 'السابق',
  next: 'التالي',
  send: 'أرسل إجاباتي',
  tooFew: (min, n) => `أجب على ${min} جملة على الأقل. أجبت الآن على ${n}. أول جملة بدون إجابة موجودة في الأسفل.`,
  thanks: 'شكرًا لك!',
  thanksText: 'حفظنا إجاباتك. اسمك غير موجود معها في أي مكان. يمكنك الآن إغلاق هذه الصفحة.',
  already:
    'لقد شاركت من قبل على هذا الجهاز. شكرًا لك! هل يريد زميل أن يشارك أيضًا؟ يفتح الرابط على هاتفه أو حاسوبه. هكذا يُحسب كل شخص مرة واحدة.',
  closed: 'هذا الاستبيان مغلق. لا يمكنك المشاركة بعد الآن.',
  noScan: 'هذا الرابط لا يعمل. اطلب من صاحب العمل رابطًا جديدًا.',
  failed: 'لا ينجح ذلك الآن. حاول مرة أخرى لاحقًا.',
  sendFailed: 'لم ينجح الإرسال. إجاباتك ما زالت هنا. حاول مرة أخرى.',
  retry: 'حاول مرة أخرى',
  readAloud: 'اقرأ بصوت عالٍ',
  noVoice: 'متصفحك ليس فيه صوت يقرأ هذه اللغة بصوت عالٍ.',
  deskTitle: 'ثقافة التعلّم في شركتك',
};

// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
