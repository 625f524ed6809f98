/** Eenvoudig Nederlands (A2): texts of the hard requirements beside a match, for readers who find B1 hard (MBO 1-2). */
import { nl, type HardMessages } from './hard.js';

const a2: HardMessages = {
  labels: nl.labels,
  seekerTitle: 'Wat dit werk ook vraagt',
  howToGet: 'Zo haal je wat je nog mist',
  employerTitle: 'Wat de baan ook vraagt',
  notInScore: 'Dit telt niet mee in de score.',
  neededFirst: (what: string) => `Eerst nodig: ${what}`,
  required: 'moet',
  preferred: 'graag',
  confirmed: 'bevestigd',
  seeker: {
    have: 'Jij hebt dit',
    can: 'Jij kunt dit',
    notTicked: 'Nog niet aangevinkt',
  },
  employer: {
    self: 'Heeft dit (zegt kandidaat zelf)',
    confirmed: 'Heeft dit (bevestigd)',
    none: 'Weten we nog niet',
    canSelf: 'Kan dit (zegt kandidaat zelf)',
    canConfirmed: 'Kan dit (bevestigd)',
    canNone: 'Weten we nog niet',
  },
  panel: 'Jouw certificaten en rijbewijs',
  filled: (n: number) => (n ? `${n} ingevuld` : 'Nog niets ingevuld'),
  intro: 'Vink aan wat je hebt. Werkgevers zien het naast je score. Het telt niet mee in de score.',
  kinds: { certificate: 'Certificaten', licence: 'Rijbewijzen', physical: 'Werk dat je kunt doen' },
  noReason: 'Vink aan wat je kunt. Je hoeft nooit te zeggen waarom iets niet kan.',
  tasks: {
    'zwaar-tillen': 'Ik kan zwaar tillen (tot 25 kilo)',
    'lang-staan': 'Ik kan lang staan of lopen',
    'werken-op-hoogte': 'Ik kan hoog werken, bijvoorbeeld op een ladder',
  },
  save: 'Opslaan',
  saved: 'Opgeslagen',
  only: 'Alleen kandidaten met:',
  noneHolds: 'Geen kandidaten die dit allemaal hebben. Vink minder aan.',
};

export default a2;
