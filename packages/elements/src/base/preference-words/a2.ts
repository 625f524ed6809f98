/** Simple Dutch (A2) names of the interest areas and of the work environment's poles (see nl.ts). */
import type { PreferenceWords } from './nl.js';

const a2: PreferenceWords = {
  interestNames: {
    realistic: 'praktisch werk',
    investigative: 'uitzoeken',
    artistic: 'creatief werk',
    social: 'mensen helpen',
    enterprising: 'ondernemen',
    conventional: 'ordenen',
  },
  facetPoles: {
    'indoors-outdoors': ['binnen', 'buiten'],
    'seated-physical': ['zittend werk', 'werk waarbij je beweegt'],
    'fixed-hours-shifts': ['vaste tijden', 'in diensten'],
    'people-things': ['met mensen', 'met spullen en machines'],
    'team-alone': ['in een team', 'alleen'],
    'routine-variety': ['vaste taken', 'steeds iets anders'],
  },
};

export default a2;
