/** Polish names of the interest areas and of the work environment's poles (see nl.ts). */
import type { PreferenceWords } from './nl.js';

const pl: PreferenceWords = {
  interestNames: {
    realistic: 'praca praktyczna',
    investigative: 'sprawdzanie, jak coś działa',
    artistic: 'praca twórcza',
    social: 'pomaganie ludziom',
    enterprising: 'przedsiębiorczość',
    conventional: 'porządkowanie',
  },
  facetPoles: {
    'indoors-outdoors': ['w budynku', 'na zewnątrz'],
    'seated-physical': ['praca na siedząco', 'praca fizyczna'],
    'fixed-hours-shifts': ['stałe godziny', 'praca na zmiany'],
    'people-things': ['z ludźmi', 'z rzeczami i maszynami'],
    'team-alone': ['w zespole', 'w pojedynkę'],
    'routine-variety': ['stałe zadania', 'różnorodność'],
  },
};

export default pl;
