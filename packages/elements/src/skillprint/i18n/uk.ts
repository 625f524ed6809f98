/** Ukrainian texts of the skillprint, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import preferenceWords from '../../base/preference-words/uk.js';
import type { Messages } from './nl.js';

/** A language name from Intl.DisplayNames in Ukrainian ("українська") as "in that language" ("українською"). */
const inLanguage = (name: string): string => (/[сц]ька$/.test(name) ? name.replace(/а$/, 'ою') : `мовою ${name}`);

const uk: Messages = {
  title: 'Мій skillprint',
  titleOf: (name: string) => `Skillprint: ${name}`,
  made: (date: Date) => `Створено ${date.toLocaleDateString('uk', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  /** "за листопад 2026 р.": every month is masculine, so the accusative is the month as Intl writes it. */
  measured: (month: Date) => `Виміряно тестом за ${month.toLocaleDateString('uk', { month: 'long', year: 'numeric' })}`,
  /** The names come from Intl.DisplayNames in Ukrainian: "Ви пройшли тест українською і нідерландською." */
  testLanguage: (names: string[]) => `Ви пройшли тест ${names.map(inLanguage).join(' і ')}.`,
  loading: 'Хвилинку. Ми завантажуємо skillprint.',
  checking: 'Ми перевіряємо, чи цей skillprint справжній.',
  verified: 'Справжній: перевірено за підписом Passport for Work.',
  notVerified: 'Не перевірено: цей skillprint змінили, або підпис не збігається.',
  notFound: 'Ми не можемо знайти цей skillprint. Перевірте посилання або попросіть нове.',
  linkExpired: 'Це посилання вже не працює. Його строк минув, або його зупинили. Попросіть нове посилання.',
  loadError: 'Зараз не вдається завантажити. Спробуйте пізніше.',
  retry: 'Спробувати ще раз',
  strengths: 'У цьому ви сильні',
  skills: 'Ваші навички',
  level: (n: number) => `Рівень ${n} з 5`,
  sure: 'Тут тест досить упевнений.',
  poorFit:
    'Ми не змогли добре це виміряти. Ваші відповіді погано поєднуються між собою. Таке буває, наприклад, коли ви не зовсім зрозуміли питання. Тому ці рівні мало що кажуть про вас. Ви можете пройти тест ще раз.',
  provisional: 'Попередня оцінка: ми ще вчимося. Тест новий, тому рівні ще не перевірені на реальних відповідях.',
  range: (others: number[]) =>
    `Це також може бути рівень ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} або ${others.at(-1)}`}.`,
  showTable: 'Показати таблицею',
  showBars: 'Показати стовпчиками',
  tableCaption: 'Навички: рівень і наскільки тест у цьому впевнений',
  other: {
    title: 'Skillprint',
    strengths: 'Сильні сторони',
    skills: 'Навички',
    poorFit: 'Тест не зміг добре це виміряти: відповіді погано узгоджуються між собою. Тож ці рівні мало що кажуть.',
    interests: 'Інтереси',
    environment: 'Улюблений спосіб роботи',
  },
  colSkill: 'Навичка',
  colLevel: 'Рівень (від 1 до 5)',
  colRange: 'Може бути також',
  colPercentile: 'Краще, ніж (зі 100)',
  interests: 'Це вам подобається',
  environment: 'Так ви любите працювати',
  ...preferenceWords,
  notMeasured: (skills) => `Ще недостатньо добре виміряно: ${skills}.`,
  print: 'Надрукувати або зберегти як PDF',
};
export default uk;
