/**
 * Dutch names of the interest areas and of the work environment's poles, in a few words: the
 * skillprint says what someone likes with them, a match's details why a job fits or not. The
 * other languages are typed with this shape.
 */
const nl = {
  /** The RIASEC areas, as the skill language names them. */
  interestNames: {
    realistic: 'praktisch werk',
    investigative: 'uitzoeken',
    artistic: 'creatief werk',
    social: 'mensen helpen',
    enterprising: 'ondernemen',
    conventional: 'ordenen',
  } as Record<string, string>,
  /** Per work-environment facet: its two poles, in a few words. */
  facetPoles: {
    'indoors-outdoors': ['binnen', 'buiten'],
    'seated-physical': ['zittend werk', 'lichamelijk werk'],
    'fixed-hours-shifts': ['vaste tijden', 'in diensten'],
    'people-things': ['met mensen', 'met spullen en machines'],
    'team-alone': ['in een team', 'alleen'],
    'routine-variety': ['vaste taken', 'afwisseling'],
  } as Record<string, readonly [string, string]>,
};

export type PreferenceWords = typeof nl;
export default nl;
