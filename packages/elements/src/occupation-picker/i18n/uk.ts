/** Ukrainian texts of the occupation picker, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

/** The Ukrainian plural form for a count: one (1, 21), few (2–4, 22–24) or many (5–20, 25). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = new Intl.PluralRules('uk').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

const uk: Messages = {
  label: 'Професія',
  hint: 'Введіть частину назви і виберіть професію зі списку.',
  placeholder: 'Наприклад: кухар',
  showAll: 'Показати всі професії',
  loading: 'Хвилинку. Ми завантажуємо професії.',
  loadError: 'Зараз не вдається завантажити професії.',
  retry: 'Спробувати ще раз',
  noResults: 'Професію не знайдено. Спробуйте інше слово.',
  results: (n: number) => `Знайдено ${n} ${plural(n, 'професію', 'професії', 'професій')}.`,
  chosen: (title: string) => `Вибрано: ${title}.`,
  required: 'Виберіть професію.',
  sectors: {
    construction: 'Будівництво',
    technology: 'Техніка',
    care: 'Догляд і здоров’я',
    logistics: 'Логістика',
    hospitality: 'Ресторани і готелі',
    retail: 'Магазини',
    cleaning: 'Прибирання',
    green: 'Сади і парки',
  },
  mboLevel: (level: number) => `MBO, рівень ${level}`,
};
export default uk;
