/** Turkish texts of the careers mode, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { CareersMessages } from './careers.js';

const tr: CareersMessages = {
  careersTitle: 'Sana uyan meslekler',
  emptyCareers: 'Önce skillprint’ini yap. O zaman hangi mesleklerin sana uyduğunu görürsün.',
  sectors: {
    construction: 'İnşaat',
    technology: 'Teknik',
    care: 'Sağlık ve bakım',
    logistics: 'Lojistik',
    hospitality: 'Restoran ve otel',
    retail: 'Mağaza',
    cleaning: 'Temizlik',
    green: 'Bahçe ve park',
  },
  sector: (name: string) => `Sektör: ${name}`,
  vacancies: (occupation: string) => `${occupation} için iş ilanları`,
  noVacancies: 'Şu an iş ilanı yok',
  vacancy: (title: string, employer: string) => `${title} (${employer})`,
  moreVacancies: (n: number) => `Ve ${n} iş ilanı daha`,
  learnToFit: (skills: string) => `Neredeyse! Tam uyman için şunları öğren: ${skills}.`,
  learnTip: (offer: string) => `İpucu: ${offer}`,
};
export default tr;
