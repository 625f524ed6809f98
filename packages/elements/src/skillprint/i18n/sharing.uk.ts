/** Ukrainian texts of the skillprint's share panel, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { SharingMessages } from './sharing.nl.js';

/** A date in words: "3 листопада 2026 р.". */
const inWords = (date: Date): string =>
  date.toLocaleDateString('uk', { day: 'numeric', month: 'long', year: 'numeric' });

/** The Ukrainian plural form for a count: one (1, 21), few (2–4, 22–24) or many (5–20, 25). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = new Intl.PluralRules('uk').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

const uk: SharingMessages = {
  shareTitle: 'Поділіться своїм skillprint',
  shareHelp:
    'За посиланням людина може побачити ваш skillprint. Ви вибираєте, як довго. Посилання можна зупинити будь-коли.',
  expiry: 'Як довго працює посилання?',
  days: (n: number) => `${n} ${plural(n, 'день', 'дні', 'днів')}`,
  makeLink: 'Створити посилання',
  links: 'Ваші посилання',
  noLinks: 'У вас ще немає посилань.',
  until: (date: Date) => `Працює до ${inWords(date)}`,
  forPrint: 'Для друку',
  stopped: 'Зупинено',
  copy: 'Копіювати посилання',
  copied: 'Посилання скопійовано.',
  revoke: 'Зупинити посилання',
  revoked: 'Посилання зупинено.',
  newLink: 'Нове посилання. Скопіюйте його зараз: пізніше ви побачите лише його початок.',
  // Confirmations by a school or trainer, and other issuers' badges.
  claimsTitle: 'Підтверджено іншими',
  claimsHelp:
    'Школа або навчальний центр може підтвердити, що ви вмієте. Це видно тут, окремо від вашого виміряного рівня. Ваш рівень від цього не змінюється.',
  noClaims: 'Поки ніхто нічого не підтвердив.',
  confirmedBy: (issuer: string) => `Підтверджено: ${issuer}`,
  level: (n: number) => `рівень ${n}`,
  codeLabel: 'Ви отримали код? Введіть його тут.',
  addCode: 'Додати до skillprint',
  codeAdded: 'Підтвердження тепер є у вашому skillprint.',
  codeWrong: 'Цей код не працює. Можливо, його вже використали або його строк минув. Попросіть новий.',
  codeEmpty: 'Спочатку введіть код.',
  badgeLabel: 'Або додайте Open Badge (файл .jwt, наприклад edubadge)',
  addBadge: 'Додати бейдж',
  badgeAdded: 'Бейдж тепер є у вашому skillprint.',
  badgeWrong: {
    malformed: 'Цей файл не є бейджем, який ми можемо прочитати.',
    key: 'Ми не змогли перевірити, хто створив цей бейдж.',
    signature: 'Цей бейдж змінили, або його неправильно підписано.',
    'not-open-badge': 'Це не Open Badge.',
    'not-yet-valid': 'Цей бейдж ще не діє.',
    expired: 'Строк дії цього бейджа минув.',
    revoked: 'Автор відкликав цей бейдж.',
    'no-known-skill': 'У цьому бейджі немає навички чи сертифіката, які ми знаємо.',
  },
  badgeFailed: 'Додати не вдалося. Спробуйте пізніше.',
  badgeEmpty: 'Спочатку виберіть файл бейджа.',
  remove: 'Видалити',
  removed: 'Підтвердження видалено.',
  // The skillprint as an Open Badge.
  badgeTitle: 'Ваш skillprint як Open Badge',
  badgeHelp:
    'Збережіть свій skillprint як Open Badge у цифровому гаманці або надішліть його школі чи роботодавцю. Будь-хто може перевірити, що він справжній. Ви можете будь-коли його відкликати.',
  download: 'Завантажити як Open Badge',
  downloaded: 'Open Badge завантажено.',
  badges: 'Ваші Open Badges',
  day: (date: Date) => inWords(date),
  madeOn: (date: Date) => `Створено ${inWords(date)}`,
  withdrawn: 'Відкликано',
  withdraw: 'Відкликати',
  withdrawnNow: 'Open Badge відкликано. Він більше не діє.',
};
export default uk;
