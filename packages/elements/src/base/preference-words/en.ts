/** English names of the interest areas and of the work environment's poles (see nl.ts). */
import type { PreferenceWords } from './nl.js';

const en: PreferenceWords = {
  interestNames: {
    realistic: 'practical work',
    investigative: 'finding things out',
    artistic: 'creative work',
    social: 'helping people',
    enterprising: 'running things',
    conventional: 'organising',
  },
  facetPoles: {
    'indoors-outdoors': ['indoors', 'outdoors'],
    'seated-physical': ['seated work', 'physical work'],
    'fixed-hours-shifts': ['fixed hours', 'shifts'],
    'people-things': ['with people', 'with goods and machines'],
    'team-alone': ['in a team', 'alone'],
    'routine-variety': ['routine', 'variety'],
  },
};

export default en;
