/** Ukrainian texts of the verify page, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

/** A sentence ending in a date ("… 2026 р."): one full stop, not two. */
const sentence = (text: string) => `${text.replace(/\.$/, '')}.`;

const uk: Messages = {
  title: 'Чи справжній цей skillprint?',
  intro: 'Вставте посилання або текст посвідчення. Або виберіть файл. Ми перевіримо, чи воно справжнє.',
  inputLabel: 'Посилання або посвідчення',
  fileLabel: 'Або виберіть файл (.jwt)',
  check: 'Перевірити',
  checking: 'Хвилинку. Ми перевіряємо.',
  notUnderstood: 'Це не посилання і не посвідчення, яке ми знаємо. Вставте все посилання або весь текст.',
  fileNotUnderstood:
    'Цей файл не є посвідченням, яке ми знаємо. Виберіть файл, який ви отримали: його назва закінчується на .jwt.',
  empty: 'Спершу вставте посилання або посвідчення.',
  failed: 'Зараз не вдається перевірити. Спробуйте пізніше.',
  real: 'Справжній',
  notReal: 'Недійсний',
  problems: {
    malformed: 'Це не посвідчення skillprint, яке ми можемо прочитати.',
    'other-issuer': 'Це посвідчення не від Passport for Work. Ми не можемо перевірити його тут.',
    signature: 'Це посвідчення змінили після підписання. Не довіряйте йому.',
    expired: 'Строк дії цього посвідчення минув. Попросіть у власника нове.',
    'not-yet-valid': 'Це посвідчення ще не діє.',
    revoked: 'Власник відкликав це посвідчення. Воно більше не діє.',
    'link-unknown': 'Ми не знаємо цього посилання. Перевірте, чи у вас повне посилання.',
    'link-expired': 'Це посилання вже не працює. Його строк минув, або його зупинили. Попросіть нове посилання.',
  },
  issued: (issuer: string, date: Date) =>
    sentence(
      `Створено через ${issuer} ${date.toLocaleDateString('uk', { day: 'numeric', month: 'long', year: 'numeric' })}`,
    ),
  /** "за листопад 2026 р.": every month is masculine, so the accusative is the month as Intl writes it. */
  measured: (month: Date) =>
    sentence(`Виміряно тестом за ${month.toLocaleDateString('uk', { month: 'long', year: 'numeric' })}`),
  version: (v: string) => `Виміряно тестом версії ${v}.`,
  provisional: 'Попередня оцінка: ми ще вчимося. Рівні ще не налаштовані на справжніх відповідях.',
  skillsHeading: 'Що означають рівні',
  skill: 'Навичка',
  level: 'Рівень',
  meaning: 'Що це означає',
  levelNames: ['початківець', 'базовий', 'середній', 'сильний', 'дуже сильний'],
  holder: (name: string) => `Цей skillprint належить: ${name}. Це псевдонім, а не справжнє ім’я.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `${level} з 5`
      : `${level} з 5 (може бути також ${low === level ? high : low}${low < level && high > level ? ` або ${high}` : ''})`,
  scale: 'Рівень 1 — це початківець, рівень 5 — дуже сильний. Рівень каже, що людина показує, а не чого вона варта.',
};

export default uk;
