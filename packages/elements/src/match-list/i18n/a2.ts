/** Eenvoudig Nederlands (A2): texts of the match list, for readers who find B1 hard (MBO 1-2). */
import type { Messages } from './nl.js';

const a2: Messages = {
  jobsTitle: 'Banen die bij je passen',
  candidatesTitle: 'Kandidaten voor deze baan',
  loading: 'Even wachten. We zoeken wat het best past.',
  loadError: 'Het laden lukt nu niet.',
  retry: 'Probeer opnieuw',
  count: (shown: number, total: number) =>
    shown === total ? (total === 1 ? '1 resultaat' : `${total} resultaten`) : `${shown} van ${total} resultaten`,
  fit: (score: number): string => (score >= 70 ? 'Past goed' : score >= 50 ? 'Past redelijk' : 'Past nog niet'),
  score: (score: number) => `${score} van 100`,
  filters: 'Filters',
  region: 'Regio',
  anyRegion: 'Alle regio’s',
  minHours: 'Minstens hoeveel uur per week',
  minScore: 'Score minstens',
  sort: 'Sorteer op',
  sortScore: 'Past het best',
  sortName: 'Naam',
  sortHours: 'Uren',
  hours: (min: number, max: number) => (min === max ? `${min} uur per week` : `${min} tot ${max} uur per week`),
  perRequirement: 'Per eis',
  asks: (level: number, must: boolean) => `Nodig: niveau ${level}${must ? ' (moet)' : ''}`,
  youHave: (level: number, low: number, high: number) =>
    low === high ? `Jij: niveau ${level}` : `Jij: niveau ${level} (kan ${low} tot ${high} zijn)`,
  candidateHas: (level: number, low: number, high: number) =>
    low === high ? `Kandidaat: niveau ${level}` : `Kandidaat: niveau ${level} (kan ${low} tot ${high} zijn)`,
  notMeasured: 'Niet gemeten',
  helped: (points: number) => `Past. Dit geeft ${points} punten.`,
  hurt: (points: number, lost: number) => `Past nog niet. Dit geeft ${points} punten. Het kost er ${lost}.`,
  essentialPenalty: 'Iets dat echt moet, past nog niet. Dat kost punten (✗ hierboven).',
  secondaryPoints: (points: number) => `Wat je leuk vindt en hoe je graag werkt: +${points} punten`,
  gaps: 'Dit kun je nog leren',
  candidateGaps: 'Nog te leren',
  essentialMissing: 'Een belangrijke vaardigheid past nog niet.',
  allEssentials: 'Alle belangrijke vaardigheden passen.',
  level: (have: number, need: number) => `Nu niveau ${have}, nodig niveau ${need}`,
  chance: (p: number) => `Kans dat dit niveau er al is: ${Math.round(p * 100)} van de 100`,
  offer: (title: string, provider: string, hours: number) => `${title} (${provider}, ${hours} uur)`,
  keys: 'Pijltje omhoog of omlaag: naar een andere rij.',
  details: 'Uitleg',
  close: 'Sluit uitleg',
  why: 'Waarom deze score?',
  emptyJobs:
    'Er zijn nog geen banen die passen. Kijk wat je kunt leren. Of kom later terug. Er komen steeds nieuwe banen bij.',
  emptyFiltered: 'Geen resultaten met deze filters. Zet minder filters aan.',
  emptyCandidates: 'Nog geen kandidaten in de talentpool voor deze baan. Kijk of de eisen niet te hoog zijn.',
  availability: {
    now: 'Kan nu beginnen',
    'within-month': 'Binnen 1 maand',
    'within-three-months': 'Binnen 3 maanden',
    'not-now': 'Nu niet',
  },
  provisionalEstimate:
    'Let op: dit is nog niet zeker. De test is nieuw. We leren nog. We vergeleken de niveaus nog niet met echte antwoorden.',
};

export default a2;
