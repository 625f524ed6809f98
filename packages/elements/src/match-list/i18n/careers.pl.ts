/** Polish texts of the careers mode, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { CareersMessages } from './careers.js';

/** Polish plural: 1 oferta, 2 oferty, 5 ofert. */
const plural = (n: number, one: string, few: string, many: string) => {
  const form = new Intl.PluralRules('pl').select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

const pl: CareersMessages = {
  careersTitle: 'Zawody, które do ciebie pasują',
  emptyCareers: 'Najpierw zrób swój skillprint. Wtedy zobaczysz, które zawody do ciebie pasują.',
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
  sector: (name: string) => `Branża: ${name}`,
  vacancies: (occupation: string) => `Oferty pracy: ${occupation}`,
  noVacancies: 'Teraz brak ofert pracy',
  vacancy: (title: string, employer: string) => `${title} w firmie ${employer}`,
  moreVacancies: (n: number) => `I jeszcze ${n} ${plural(n, 'oferta', 'oferty', 'ofert')} pracy`,
  learnToFit: (skills: string) => `Prawie! Żeby dobrze pasować, naucz się: ${skills}.`,
  learnTip: (offer: string) => `Wskazówka: ${offer}`,
};
export default pl;
