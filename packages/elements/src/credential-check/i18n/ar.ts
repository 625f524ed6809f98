/** Arabic texts of the page that checks a skillprint (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';
import { isolated } from '../../base/bidi.js';

const ar: Messages = {
  title: 'هل هذا skillprint حقيقي؟',
  intro: 'الصق الرابط أو نص الوثيقة. أو اختر الملف. نحن نتحقّق هل هي حقيقية.',
  inputLabel: 'الرابط أو الوثيقة',
  fileLabel: 'أو اختر الملف (jwt)',
  check: 'تحقّق',
  checking: 'لحظة من فضلك. نحن نتحقّق.',
  notUnderstood: 'هذا ليس رابطًا أو وثيقة نعرفها. الصق الرابط كله أو النص كله.',
  fileNotUnderstood: 'هذا الملف ليس وثيقة نعرفها. اختر الملف الذي استلمته: ينتهي اسمه بـ .jwt.',
  empty: 'الصق أولًا رابطًا أو وثيقة.',
  failed: 'التحقّق لا ينجح الآن. حاول مرة أخرى لاحقًا.',
  real: 'حقيقي',
  notReal: 'غير صالح',
  problems: {
    malformed: 'هذه ليست وثيقة skillprint نستطيع قراءتها.',
    'other-issuer': 'هذه الوثيقة لا تأتي من Passport for Work. لا نستطيع أن نتحقّق منها هنا.',
    signature: 'هذه الوثيقة تغيّرت بعد أن تمّ توقيعها. لا تثق بها.',
    expired: 'انتهت صلاحية هذه الوثيقة. اطلب من صاحبها وثيقة جديدة.',
    'not-yet-valid': 'هذه الوثيقة ليست صالحة بعد.',
    revoked: 'صاحب هذه الوثيقة سحبها. لم تعد صالحة.',
    'link-unknown': 'لا نعرف هذا الرابط. تأكّد أن عندك الرابط كله.',
    'link-expired': 'هذا الرابط لم يعد يعمل. انتهت مدته أو تمّ إيقافه. اطلب رابطًا جديدًا.',
  },
  issued: (issuer: string, date: Date) =>
    `صُنعت عبر ${issuer} في ${date.toLocaleDateString('ar', { day: 'numeric', month: 'long', year: 'numeric' })}.`,
  measured: (month: Date) =>
    `تمّ القياس بنسخة الاختبار من ${month.toLocaleDateString('ar', { month: 'long', year: 'numeric' })}.`,
  version: (v: string) => `تمّ القياس بنسخة الاختبار ${v}.`,
  provisional: 'تقدير مؤقت: ما زلنا نتعلّم. المستويات لم تُضبط بعد على إجابات حقيقية.',
  skillsHeading: 'ماذا تعني المستويات',
  skill: 'المهارة',
  level: 'المستوى',
  meaning: 'ماذا يعني ذلك',
  levelNames: ['مبتدئ', 'أساسي', 'متوسط', 'قوي', 'قوي جدًا'],
  holder: (name: string) => `هذا الـ skillprint يخص ${name}. هذا اسم مستعار، وليس الاسم الحقيقي.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `${level} من 5`
      : `${level} من 5 (قد يكون أيضًا ${low === level ? high : low}${low < level && high > level ? ` أو ${high}` : ''})`,
  scale: 'المستوى 1 مبتدئ، والمستوى 5 قوي جدًا. المستوى يقول ماذا يُظهر الشخص، وليس كم يساوي هذا الشخص.',
};

// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
