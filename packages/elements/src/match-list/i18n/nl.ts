/** Dutch texts of the match list, at B1. */
const nl = {
  jobsTitle: 'Banen die bij je passen',
  candidatesTitle: 'Kandidaten voor deze baan',
  loading: 'Even geduld. We zoeken de beste matches.',
  loadError: 'Het laden lukt nu niet.',
  retry: 'Probeer opnieuw',
  count: (shown: number, total: number) =>
    shown === total ? (total === 1 ? '1 resultaat' : `${total} resultaten`) : `${shown} van ${total} resultaten`,
  fit: (score: number): string => (score >= 70 ? 'Past goed' : score >= 50 ? 'Past redelijk' : 'Past nog niet'),
  score: (score: number) => `${score} van 100`,
  filters: 'Filters',
  region: 'Regio',
  anyRegion: 'Alle regio’s',
  minHours: 'Minimaal uren per week',
  minScore: 'Minimale score',
  sort: 'Sorteer op',
  sortScore: 'Past het best',
  sortName: 'Naam',
  sortHours: 'Uren',
  hours: (min: number, max: number) => (min === max ? `${min} uur per week` : `${min} tot ${max} uur per week`),
  perRequirement: 'Per eis',
  asks: (level: number, must: boolean) => `Gevraagd: niveau ${level}${must ? ' (dit moet)' : ''}`,
  youHave: (level: number, low: number, high: number) =>
    low === high ? `Jij: niveau ${level}` : `Jij: niveau ${level} (kan ${low} tot ${high} zijn)`,
  candidateHas: (level: number, low: number, high: number) =>
    low === high ? `Kandidaat: niveau ${level}` : `Kandidaat: niveau ${level} (kan ${low} tot ${high} zijn)`,
  notMeasured: 'Niet gemeten',
  helped: (points: number) => `Past. Dit geeft ${points} punten.`,
  hurt: (points: number, lost: number) => `Past nog niet. Dit geeft ${points} punten en kost er ${lost}.`,
  essentialPenalty: 'Een moet-eis past nog niet. Dat kost punten (✗ hierboven).',
  secondaryPoints: (points: number) => `Interesses en werkomgeving: +${points} punten`,
  gaps: 'Dit kun je nog leren',
  candidateGaps: 'Nog te leren',
  essentialMissing: 'Een belangrijke vaardigheid past nog niet.',
  allEssentials: 'Alle belangrijke vaardigheden passen.',
  level: (have: number, need: number) => `Nu niveau ${have}, nodig niveau ${need}`,
  chance: (p: number) => `Kans dat dit niveau er al is: ${Math.round(p * 100)} van de 100`,
  offer: (title: string, provider: string, hours: number) => `${title} (${provider}, ${hours} uur)`,
  /** Shown while the keyboard is in the list: one row at a time takes Tab, arrows move between rows. */
  keys: 'Met pijltje omhoog en omlaag ga je naar een andere rij.',
  details: 'Uitleg',
  close: 'Sluit uitleg',
  why: 'Waarom deze score?',
  emptyJobs:
    'Er zijn nog geen banen die passen. Kijk wat je kunt leren, of kom later terug: er komen steeds banen bij.',
  emptyFiltered: 'Niets gevonden. Maak de filters ruimer.',
  emptyCandidates: 'Nog geen kandidaten voor deze baan. Kijk of de eisen niet te hoog zijn.',
  availability: {
    now: 'Kan nu beginnen',
    'within-month': 'Binnen een maand',
    'within-three-months': 'Binnen drie maanden',
    'not-now': 'Nu niet',
  } as Record<string, string>,
  /** While the bank is provisional, the levels in the details are an estimate: said where they are read. */
  provisionalEstimate:
    'Voorlopige schatting: we leren nog. De test is nieuw, dus de niveaus zijn nog niet getoetst aan echte antwoorden.',
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type Messages = typeof nl;
export default nl;
