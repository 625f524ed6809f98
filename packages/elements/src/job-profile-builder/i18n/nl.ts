import type { JobStatus } from '@pfw/contract';

/** Names of the fields, as the messages say them. */
const fields = {
  title: 'Titel',
  region: 'Regio',
  hoursMin: 'Uren per week, minimaal',
  hoursMax: 'Uren per week, maximaal',
  startDate: 'Startdatum',
  description: 'Korte tekst',
  requirements: 'Vaardigheden',
  occupationId: 'Beroep',
  level: (skill: string) => `Niveau van ${skill}`,
  importance: (skill: string) => `Belang van ${skill}`,
};

const status: Record<JobStatus, string> = {
  draft: 'Concept',
  published: 'Gepubliceerd',
  closed: 'Gesloten',
};

const nl = {
  heading: 'Vacature in vaardigheden',
  fields,
  status,
  statusLabel: (s: string) => `Status: ${s}.`,

  startLegend: 'Begin met een beroep of begin leeg',
  startHint: 'Een beroep geeft je een lijst met vaardigheden. Die lijst kun je daarna aanpassen.',
  fromScratch: 'Begin leeg',
  fromScratchWarning: 'Wat je al hebt gekozen, gaat dan weg.',
  fromScratchConfirm: 'Ja, begin leeg',

  aboutLegend: 'Over de baan',
  titleHint: 'Bijvoorbeeld: Stratenmaker in Eindhoven',
  regionHint: 'Een plaats of provincie.',
  hoursLegend: 'Uren per week',
  hoursFrom: 'Minimaal',
  hoursTo: 'Maximaal',
  descriptionHint: 'Wat voor werk is het? Hoogstens 2000 tekens.',

  skillsLegend: 'Vaardigheden',
  loadingSkills: 'Even geduld. We laden de vaardigheden.',

  previewHeading: 'Wie past er bij?',
  previewNeedsSkills: 'Kies vaardigheden. Dan zie je hoeveel mensen goed passen.',
  publishNeedsLogin: 'Log in als werkgever om te publiceren. Wat je hebt ingevuld, blijft staan.',
  previewNeedsLogin: 'Log in als werkgever om te zien hoeveel mensen goed passen.',
  previewCounting: 'We tellen…',
  preview: (strong: number, total: number) =>
    total === 0
      ? 'Er staat nog niemand in de talentpool.'
      : `${strong} van de ${total} ${total === 1 ? 'persoon' : 'mensen'} in de talentpool ${strong === 1 ? 'past' : 'passen'} goed.`,
  previewFailed: 'Tellen lukt nu niet.',

  errorsHeading: 'Dit klopt nog niet:',
  savedLocal: 'Bewaard op dit apparaat.',
  savedServer: (time: string) => `Opgeslagen om ${time}.`,
  saving: 'Bezig met opslaan…',
  saveFailed: 'Opslaan lukt nu niet. Je wijzigingen staan veilig op dit apparaat. We proberen het straks opnieuw.',
  restored: 'We hebben je wijzigingen teruggezet die nog niet waren opgeslagen.',
  loadFailed: 'Het laden van de vacature lukt nu niet.',
  retry: 'Probeer opnieuw',
  publish: 'Publiceer',
  publishChanges: 'Publiceer wijzigingen',
  pendingNote: 'Bewaard, nog niet gepubliceerd. Kandidaten zien de vacature zoals ze was.',
  publishAgain: 'Publiceer opnieuw',
  close: 'Sluit vacature',
  published: (title: string) => `"${title}" is gepubliceerd. Kandidaten kunnen de vacature nu vinden.`,
  closed: (title: string) => `"${title}" is gesloten.`,
  closedNote: 'Deze vacature is gesloten. Publiceer opnieuw om haar te veranderen.',
  actionFailed: 'Dat lukt nu niet. Probeer het zo opnieuw.',

  /** One message per problem, always naming the field. */
  issue: {
    required: (field: string) => `${field}: vul dit in.`,
    tooShort: (field: string, min: number) => `${field}: gebruik minstens ${min} tekens.`,
    tooLong: (field: string, max: number, now: number) =>
      `${field}: gebruik hoogstens ${max} tekens. Nu zijn het er ${now}.`,
    noSkills: 'Vaardigheden: kies minstens één vaardigheid.',
    tooManySkills: (max: number) => `Vaardigheden: kies hoogstens ${max} vaardigheden.`,
    range: (field: string, min: number, max: number) => `${field}: kies een heel getal van ${min} tot en met ${max}.`,
    hoursOrder: 'Uren per week: het minimum is hoger dan het maximum.',
    date: (field: string) => `${field}: dit is geen goede datum.`,
    other: (field: string) => `${field}: dit klopt niet.`,
  },
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type Messages = typeof nl;
export default nl;
