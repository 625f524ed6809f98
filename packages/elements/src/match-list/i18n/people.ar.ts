/** Arabic texts of requests, shared details and applications (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PeopleMessages } from './people.js';
import { isolated } from '../../base/bidi.js';

const ar: PeopleMessages = {
  requestsCount: (n: number) =>
    n === 1 ? 'صاحب عمل يريد أن يتعرّف عليك (1)' : `أصحاب عمل يريدون أن يتعرّفوا عليك (${n})`,
  interested: 'أنا مهتم',
  applicants: (n: number) => `أشخاص مهتمون بهذه الوظيفة (${n})`,
  invite: 'أرسل دعوة',
  declineApplicant: 'ارفض',
  invited: (who: string) => `تمّت دعوة ${who}. سيرى طلبك.`,
  declinedApplicant: (who: string) => `سيحصل ${who} على رسالة لطيفة: هذا لا يناسب الآن.`,
  applied: 'تمّ إرسال اهتمامك. صاحب العمل يرى درجتك، وليس اسمك.',
  appliedBefore: 'لقد أظهرت اهتمامك بهذه الوظيفة من قبل.',
  applyJoinPool:
    'أصحاب العمل لا يستطيعون أن يجدوك بعد. قل أولًا إنه يمكن لأصحاب العمل أن يجدوك. بعد ذلك تستطيع أن تُظهر اهتمامك.',
  appliedShown: 'لقد أظهرت اهتمامك',
  undo: 'اسحب اهتمامك',
  undoAsk: 'هل أنت متأكد؟ عندها لن يرى صاحب العمل اهتمامك بعد الآن.',
  undoYes: 'نعم، اسحبه',
  undoNo: 'لا، أبقِه',
  undone: 'تمّ سحب اهتمامك. صاحب العمل لم يعد يراه.',
  requestFrom: (employer: string, job: string) => `${employer} يريد أن يتكلم معك عن وظيفة ${job}.`,
  shareWhat: 'إذا قلت نعم، يرى صاحب العمل skillprint كاملًا ويحصل على هذه المعلومات:',
  name: 'اسمك',
  email: 'بريدك الإلكتروني',
  phone: 'رقم هاتفك (يمكن أن يبقى فارغًا)',
  accept: 'نعم، شارك معلوماتي',
  decline: 'لا، شكرًا',
  sharedWith: 'أصحاب العمل الذين تشارك معهم معلوماتك',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} يرى الآن أيضًا اسمك ومعلومات الاتصال بك وskillprint كاملًا (لوظيفة ${job}).`,
  withdraw: 'أوقف المشاركة',
  withdrawn: (employer: string) =>
    `لم تعد تشارك معلوماتك مع ${employer}. صاحب العمل لم يعد يرى اسمك ومعلومات الاتصال بك. ولم تعد تظهر في قائمة صاحب العمل هذا.`,
  accepted: 'قلت نعم. صاحب العمل سيتصل بك.',
  declined: (employer: string) => `قلت لا لـ ${employer}. صاحب العمل يرى فقط أنك قلت لا، ولا يرى اسمك.`,
  requestAsk: (who: string) =>
    `سيتلقى ${who} رسالة بأنكم تريدون التعارف بخصوص هذه الوظيفة. يرى اسمكم والوظيفة. فقط عندما يوافق ${who} ترى الاسم والبريد الإلكتروني ورقم الهاتف.`,
  requestYes: 'نعم، أرسل الطلب',
  sendRequest: 'أرسل طلبًا',
  requested: 'تمّ إرسال الطلب. ننتظر الرد.',
  statuses: {
    requested: 'ننتظر الرد',
    accepted: 'مقبول',
    declined: 'مرفوض',
    withdrawn: 'مسحوب',
    expired: 'انتهت المدة',
  },
  identity: 'معلومات الاتصال',
  whole: 'كل المهارات في skillprint',
  wholeLevel: (n: number) => `المستوى ${n} من 5`,
  withdrawAsk: (employer: string) =>
    `هل تريد إيقاف المشاركة؟ بعد ذلك لن يرى ${employer} اسمك ومعلومات الاتصال بك. ولن تظهر بعد ذلك في قائمة صاحب العمل هذا.`,
  withdrawYes: 'نعم، أوقف المشاركة',
  withdrawNo: 'لا، استمر في المشاركة',
  nameMissing: 'اكتب اسمك.',
  nameTooLong: (max: number) => `اسمك طويل جدًا. استخدم ${max} حرفًا على الأكثر.`,
  emailMissing: 'اكتب بريدك الإلكتروني.',
  emailWrong: 'هذا البريد الإلكتروني غير صحيح. مثال على عنوان صحيح: name@example.nl.',
  phoneDigits: (min: number) => `اكتب رقم هاتف من ${min} أرقام على الأقل، أو اتركه فارغًا.`,
  phoneLong: (max: number) => `رقم الهاتف طويل جدًا. استخدم ${max} حرفًا على الأكثر.`,
  fieldWrong: 'هذا غير صحيح بعد. تحقّق منه من فضلك.',
  checkFields: (n: number) =>
    n === 1 ? 'معلومة واحدة غير صحيحة بعد. تحقّق منها.' : `عدد المعلومات غير الصحيحة: ${n}. تحقّق منها.`,
  failed: 'لم ينجح ذلك الآن. حاول مرة أخرى لاحقًا.',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
