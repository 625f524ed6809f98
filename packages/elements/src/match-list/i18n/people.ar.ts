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
  applyJoinPool: 'سجّل أولًا في مجموعة المواهب. بعد ذلك يستطيع صاحب العمل أن يجدك.',
  requestFrom: (employer: string, job: string) => `${employer} يريد أن يتكلم معك عن وظيفة ${job}.`,
  shareWhat: 'إذا قلت نعم، يحصل صاحب العمل على هذه المعلومات فقط:',
  name: 'اسمك',
  email: 'بريدك الإلكتروني',
  phone: 'رقم هاتفك (يمكن أن يبقى فارغًا)',
  accept: 'نعم، شارك معلوماتي',
  decline: 'لا، شكرًا',
  sharedWith: 'أصحاب العمل الذين تشارك معهم معلوماتك',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} يرى اسمك ومعلومات الاتصال بك و skillprint الخاص بك (لوظيفة ${job}).`,
  withdraw: 'أوقف المشاركة',
  withdrawn: (employer: string) => `${employer} لم يعد يرى معلوماتك.`,
  accepted: 'قلت نعم. صاحب العمل سيتصل بك.',
  declined: 'قلت لا. صاحب العمل لا يرى معلوماتك.',
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
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
