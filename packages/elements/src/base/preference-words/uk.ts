/** Ukrainian names of the interest areas and of the work environment's poles (see nl.ts). */
import type { PreferenceWords } from './nl.js';

const uk: PreferenceWords = {
  /** The RIASEC areas, as the skill language names them. */
  interestNames: {
    realistic: 'практична робота',
    investigative: 'дослідження',
    artistic: 'творча робота',
    social: 'допомога людям',
    enterprising: 'підприємництво',
    conventional: 'наведення порядку',
  },
  /** Per work-environment facet: its two poles, in a few words. */
  facetPoles: {
    'indoors-outdoors': ['у приміщенні', 'надворі'],
    'seated-physical': ['сидяча робота', 'фізична робота'],
    'fixed-hours-shifts': ['сталі години', 'змінами'],
    'people-things': ['з людьми', 'з речами і машинами'],
    'team-alone': ['у команді', 'самостійно'],
    'routine-variety': ['сталі завдання', 'різноманітність'],
  },
};

export default uk;
