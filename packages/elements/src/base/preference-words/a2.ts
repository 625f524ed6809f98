/** Simple Dutch (A2): the B1 names (nl.ts), two poles said more simply. */
import nl, { type PreferenceWords } from './nl.js';

const a2: PreferenceWords = {
  interestNames: nl.interestNames,
  facetPoles: {
    ...nl.facetPoles,
    'seated-physical': ['zittend werk', 'werk waarbij je beweegt'],
    'routine-variety': ['vaste taken', 'steeds iets anders'],
  },
};

export default a2;
