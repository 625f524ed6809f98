/** Arabic texts of the skillprint's share panel (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { SharingMessages } from './sharing.nl.js';
import { isolated } from '../../base/bidi.js';

/** "3 نوفمبر 2026". */
const day = (date: Date) => date.toLocaleDateString('ar', { day: 'numeric', month: 'long', year: 'numeric' });

/** Arabic counts a noun differently for 1, 2, 3-10 and 11 or more. */
const plural = new Intl.PluralRules('ar');

const ar: SharingMessages = {
  shareTitle: 'شارك skillprint الخاص بك',
  shareHelp: 'برابط يستطيع شخص آخر أن يرى skillprint الخاص بك. أنت تختار إلى متى. يمكنك أن توقف الرابط في أي وقت.',
  expiry: 'إلى متى يعمل الرابط؟',
  days: (n: number) => {
    if (n === 1) return 'يوم واحد';
    if (n === 2) return 'يومان';
    const form = plural.select(n);
    return form === 'few' ? `${n} أيام` : form === 'many' ? `${n} يومًا` : `${n} يوم`;
  },
  makeLink: 'اصنع رابطًا',
  links: 'روابطك',
  noLinks: 'ليس لديك روابط بعد.',
  until: (date: Date) => `يعمل حتى ${day(date)}`,
  forPrint: 'لنسخة مطبوعة',
  stopped: 'متوقف',
  copy: 'انسخ الرابط',
  copied: 'تمّ نسخ الرابط.',
  revoke: 'أوقف هذا الرابط',
  revoked: 'تمّ إيقاف الرابط.',
  newLink: 'رابط جديد. انسخه الآن: لاحقًا ترى بدايته فقط.',
  claimsTitle: 'أكّده آخرون',
  claimsHelp: 'يمكن لمدرسة أو مدرّب أن يؤكّد ما تستطيع فعله. يظهر ذلك هنا، منفصلًا عن مستواك المقاس. هذا لا يغيّر مستواك.',
  noClaims: 'لم يؤكّد أحد أي شيء بعد.',
  confirmedBy: (issuer: string) => `أكّده ${issuer}`,
  level: (n: number) => `المستوى ${n}`,
  codeLabel: 'هل حصلت على رمز؟ أدخله هنا.',
  addCode: 'أضِفه إلى skillprint',
  codeAdded: 'التأكيد موجود الآن على skillprint الخاص بك.',
  codeWrong: 'هذا الرمز لا يعمل. ربما استُعمل من قبل أو انتهت مدته. اطلب رمزًا جديدًا.',
  codeEmpty: 'اكتب الرمز أولًا.',
  badgeLabel: 'أو أضف Open Badge (ملف jwt، مثلًا edubadge)',
  addBadge: 'أضف الشارة',
  badgeAdded: 'الشارة موجودة الآن على skillprint الخاص بك.',
  badgeWrong: {
    malformed: 'هذا الملف ليس شارة نستطيع قراءتها.',
    key: 'لم نستطع أن نعرف من صنع هذه الشارة.',
    signature: 'هذه الشارة تغيّرت، أو ليست موقّعة بشكل صحيح.',
    'not-open-badge': 'هذه ليست Open Badge.',
    'not-yet-valid': 'هذه الشارة ليست صالحة بعد.',
    expired: 'انتهت صلاحية هذه الشارة.',
    revoked: 'من صنع هذه الشارة سحبها.',
    'no-known-skill': 'هذه الشارة لا تذكر مهارة أو شهادة نعرفها.',
  },
  badgeFailed: 'لم تنجح الإضافة. حاول مرة أخرى لاحقًا.',
  badgeEmpty: 'اختر ملف الشارة أولًا.',
  remove: 'احذف',
  removed: 'تمّ حذف التأكيد.',
  badgeTitle: 'skillprint الخاص بك بصيغة Open Badge',
  badgeHelp:
    'احفظ skillprint الخاص بك بصيغة Open Badge في محفظة رقمية. أو أرسله إلى مدرسة أو صاحب عمل. كل شخص يستطيع أن يتحقّق أنه حقيقي. يمكنك أن تسحبه في أي وقت.',
  download: 'نزّل كـ Open Badge',
  downloaded: 'تمّ تنزيل Open Badge.',
  badges: 'شارات Open Badge الخاصة بك',
  day: (date: Date) => day(date),
  madeOn: (date: Date) => `صُنع في ${day(date)}`,
  withdrawn: 'مسحوبة',
  withdraw: 'اسحب',
  withdrawnNow: 'تمّ سحب Open Badge. لم تعد صالحة.',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
