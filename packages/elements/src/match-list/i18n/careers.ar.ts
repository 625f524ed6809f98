/** Arabic texts of the careers mode (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { CareersMessages } from './careers.js';
import { isolated } from '../../base/bidi.js';

/** Arabic counts a noun differently for 1, 2, 3-10 and 11 or more. */
const plural = new Intl.PluralRules('ar');

const ar: CareersMessages = {
  careersTitle: 'مهن تناسبك',
  emptyCareers: 'اصنع skillprint أولًا. بعد ذلك ترى أي المهن تناسبك.',
  sectors: {
    construction: 'البناء',
    technology: 'التقنية',
    care: 'الرعاية والصحة',
    logistics: 'النقل والتخزين',
    hospitality: 'المطاعم والفنادق',
    retail: 'المتاجر',
    cleaning: 'التنظيف',
    green: 'الحدائق والمساحات الخضراء',
  },
  sector: (name: string) => `القطاع: ${name}`,
  vacancies: (occupation: string) => `وظائف شاغرة لمهنة ${occupation}`,
  noVacancies: 'لا توجد وظائف شاغرة الآن',
  vacancy: (title: string, employer: string) => `${title} لدى ${employer}`,
  moreVacancies: (n: number) =>
    n === 1
      ? 'ووظيفة شاغرة أخرى'
      : n === 2
        ? 'ووظيفتان شاغرتان أخريان'
        : plural.select(n) === 'few'
          ? `وأيضًا ${n} وظائف شاغرة أخرى`
          : `وأيضًا ${n} وظيفة شاغرة أخرى`,
  learnToFit: (skills: string) => `تقريبًا! لتناسب جيدًا، تعلّم: ${skills}.`,
  learnTip: (offer: string) => `نصيحة: ${offer}`,
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
