/** Polish texts of the occupation picker, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

/** Polish plural: 1 zawód, 2 zawody, 5 zawodów. */
const plural = (n: number, one: string, few: string, many: string) => {
  const form = new Intl.PluralRules('pl').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

const pl: Messages = {
  label: 'Zawód',
  hint: 'Wpisz część nazwy i wybierz zawód z listy.',
  placeholder: 'Na przykład: kucharz',
  showAll: 'Pokaż wszystkie zawody',
  loading: 'Chwileczkę. Ładujemy zawody.',
  loadError: 'Teraz nie da się załadować zawodów.',
  retry: 'Spróbuj ponownie',
  noResults: 'Nie znaleziono zawodu. Spróbuj innego słowa.',
  results: (n: number) => `Znaleziono ${n} ${plural(n, 'zawód', 'zawody', 'zawodów')}.`,
  chosen: (title: string) => `Wybrano: ${title}.`,
  required: 'Wybierz zawód.',
  sectors: {
    construction: 'Budownictwo',
    technology: 'Technika',
    care: 'Opieka i zdrowie',
    logistics: 'Logistyka',
    hospitality: 'Gastronomia i hotele',
    retail: 'Handel',
    cleaning: 'Sprzątanie',
    green: 'Ogrody i parki',
  },
  mboLevel: (level: number) => `MBO, poziom ${level}`,
};
export default pl;
