/** Ukrainian texts of the careers mode, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { CareersMessages } from './careers.js';

/** The Ukrainian plural form for a count: one (1, 21), few (2–4, 22–24) or many (5–20, 25). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const form = new Intl.PluralRules('uk').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

const uk: CareersMessages = {
  careersTitle: 'Професії, які вам підходять',
  emptyCareers: 'Спершу створіть свій skillprint. Тоді ви побачите, які професії вам підходять.',
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
  sector: (name: string) => `Галузь: ${name}`,
  vacancies: (occupation: string) => `Вакансії: ${occupation}`,
  noVacancies: 'Зараз немає вакансій',
  vacancy: (title: string, employer: string) => `${title} (${employer})`,
  moreVacancies: (n: number) => `І ще ${n} ${plural(n, 'вакансія', 'вакансії', 'вакансій')}`,
  learnToFit: (skills: string) => `Майже! Щоб добре підходити, навчіться: ${skills}.`,
  learnTip: (offer: string) => `Порада: ${offer}`,
};
export default uk;
