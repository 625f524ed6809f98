/** Turkish names of the interest areas and of the work environment's poles (see nl.ts). */
import type { PreferenceWords } from './nl.js';

const tr: PreferenceWords = {
  interestNames: {
    realistic: 'pratik işler',
    investigative: 'bir şeyleri araştırmak',
    artistic: 'yaratıcı işler',
    social: 'insanlara yardım etmek',
    enterprising: 'girişimcilik',
    conventional: 'düzenlemek',
  },
  facetPoles: {
    'indoors-outdoors': ['içeride', 'dışarıda'],
    'seated-physical': ['oturarak iş', 'bedensel iş'],
    'fixed-hours-shifts': ['sabit saatler', 'vardiyalı'],
    'people-things': ['insanlarla', 'eşyalar ve makinelerle'],
    'team-alone': ['ekipte', 'tek başına'],
    'routine-variety': ['sabit işler', 'çeşitlilik'],
  },
};

export default tr;
