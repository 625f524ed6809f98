/**
 * Texts of the hard requirements (certificates, licences, physical work) beside a match: Dutch
 * and English in the modes' lazy parts, the other languages in hard.<lang>.ts, each a chunk.
 */
import { hardRequirements } from '@pfw/core/hard-requirements';

/** The kinds of hard requirement, as the skill language has them. */
type Kind = 'certificate' | 'licence' | 'physical';

/** The names of the skill language's hard requirements (certificates, licences, physical work), by id. */
const labels = (lang: 'nl' | 'en'): Record<string, string> =>
  Object.fromEntries(hardRequirements.map((h) => [h.id, h.label[lang]]));

const nl = {
  labels: labels('nl'),
  seekerTitle: 'Wat dit werk ook vraagt',
  /** Under what the work asks: the courses that lead to a certificate or licence the person lacks. */
  howToGet: 'Zo haal je wat nog ontbreekt',
  employerTitle: 'Wat de baan ook vraagt',
  notInScore: 'Dit telt niet mee in de score.',
  /** In a job's row: what it requires that the job seeker does not have yet. */
  neededFirst: (what: string) => `Eerst nodig: ${what}`,
  required: 'verplicht',
  preferred: 'gewenst',
  confirmed: 'bevestigd',
  /** What the job seeker is told per item; a physical condition is something you can do, not something you have. */
  seeker: {
    have: 'Jij hebt dit',
    can: 'Jij kunt dit',
    /** Not ticked: they may not have it, or may not have said (the panel was never filled in). */
    notTicked: 'Nog niet aangevinkt',
  },
  /** What the employer is told per item, and who says so. */
  employer: {
    self: 'Heeft dit (zegt kandidaat zelf)',
    confirmed: 'Heeft dit (bevestigd)',
    none: 'Nog onbekend (kandidaat zei er nog niets over)',
    canSelf: 'Kan dit (zegt kandidaat zelf)',
    canConfirmed: 'Kan dit (bevestigd)',
    canNone: 'Nog onbekend (kandidaat zei er nog niets over)',
  },
  panel: 'Jouw certificaten en rijbewijs',
  filled: (n: number) => (n ? `${n} ingevuld` : 'Nog niets ingevuld'),
  intro: 'Vink aan wat je hebt. Werkgevers zien het naast je score. Het telt niet mee in de score.',
  kinds: { certificate: 'Certificaten', licence: 'Rijbewijzen', physical: 'Werk dat je kunt doen' } as Record<
    Kind,
    string
  >,
  noReason: 'Vink aan wat je kunt. Je hoeft nooit te zeggen waarom iets niet kan.',
  /** Physical conditions as tasks: what you can do (never a question about health). */
  tasks: {
    'zwaar-tillen': 'Ik kan zwaar tillen (tot 25 kilo)',
    'lang-staan': 'Ik kan lang staan of lopen',
    'werken-op-hoogte': 'Ik kan werken op hoogte',
  } as Record<string, string>,
  save: 'Opslaan',
  saved: 'Opgeslagen',
  only: 'Alleen kandidaten met:',
  noneHolds: 'Geen kandidaten die dit allemaal hebben. Vink minder aan.',
};

const en: typeof nl = {
  labels: labels('en'),
  seekerTitle: 'What this work also asks',
  howToGet: 'How to get what is still missing',
  employerTitle: 'What the job also asks',
  notInScore: 'This does not count in the score.',
  neededFirst: (what: string) => `Needed first: ${what}`,
  required: 'required',
  preferred: 'preferred',
  confirmed: 'confirmed',
  seeker: {
    have: 'You have this',
    can: 'You can do this',
    notTicked: 'Not ticked yet',
  },
  employer: {
    self: 'Has this (the candidate says so)',
    confirmed: 'Has this (confirmed)',
    none: 'Not known yet (the candidate has not said)',
    canSelf: 'Can do this (the candidate says so)',
    canConfirmed: 'Can do this (confirmed)',
    canNone: 'Not known yet (the candidate has not said)',
  },
  panel: 'Your certificates and driving licence',
  filled: (n: number) => (n ? `${n} filled in` : 'Nothing filled in yet'),
  intro: 'Tick what you have. Employers see it next to your score. It does not count in the score.',
  kinds: { certificate: 'Certificates', licence: 'Driving licences', physical: 'Work you can do' },
  noReason: 'Tick what you can do. You never have to say why something is not possible.',
  tasks: {
    'zwaar-tillen': 'I can lift heavy things (up to 25 kilos)',
    'lang-staan': 'I can stand or walk for a long time',
    'werken-op-hoogte': 'I can work at heights',
  },
  save: 'Save',
  saved: 'Saved',
  only: 'Only candidates with:',
  noneHolds: 'No candidates have all of these. Tick fewer.',
};

export type HardMessages = typeof nl;
export { en, nl };
