/** Arabic names of the interest areas and of the work environment's poles (see nl.ts). */
import type { PreferenceWords } from './nl.js';

const ar: PreferenceWords = {
  interestNames: {
    realistic: 'العمل العملي',
    investigative: 'البحث والاكتشاف',
    artistic: 'العمل الإبداعي',
    social: 'مساعدة الناس',
    enterprising: 'الإقناع والقيادة',
    conventional: 'الترتيب والتنظيم',
  },
  facetPoles: {
    'indoors-outdoors': ['في الداخل', 'في الخارج'],
    'seated-physical': ['عمل وأنت جالس', 'عمل جسدي'],
    'fixed-hours-shifts': ['ساعات ثابتة', 'بالمناوبات'],
    'people-things': ['مع الناس', 'مع الأغراض والآلات'],
    'team-alone': ['في فريق', 'وحدك'],
    'routine-variety': ['مهامّ ثابتة', 'تنوّع'],
  },
};

export default ar;
