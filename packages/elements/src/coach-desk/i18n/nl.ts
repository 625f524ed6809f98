/** Dutch texts at B1: a job coach's desk. */
import { dayIn } from '../../base/dates.js';
import type { MissingData } from '@pfw/contract';

const day = (d: Date) => dayIn('nl', d);
const and = (items: string[]) => new Intl.ListFormat('nl', { type: 'conjunction' }).format(items);

const nl = {
  title: 'Mijn deelnemers',
  loading: 'Even geduld. We halen je deelnemers op.',
  signIn: 'Log in als coach om je deelnemers te zien.',
  failed: 'Het laden lukt nu niet. Probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  invite: 'Maak een koppelcode',
  inviteSaid: (code: string, until: Date) =>
    `Koppelcode: ${code}. Geef deze code aan je deelnemer. Die vult hem in bij "Je coach". De code werkt één keer, tot ${day(until)}. Vraag je deelnemer om daar ook een naam in te vullen. Anders zie je alleen een schuilnaam.`,
  copyCode: 'Kopieer de code',
  copied: 'De code is gekopieerd.',
  filterLegend: 'Wie wil je zien?',
  filters: {
    all: 'Iedereen',
    inactive: 'Meer dan 4 weken niet actief',
    'request-waiting': 'Verzoek wacht op antwoord',
  },
  empty: 'Nog niemand. Geef een deelnemer een koppelcode: pas als die de code invult, zie je iets.',
  emptyFiltered: 'Niemand in deze groep.',
  count: (n: number) => (n === 1 ? '1 deelnemer' : `${n} deelnemers`),
  lastActive: (d: Date) => `Laatst actief: ${day(d)}`,
  inactive: 'Meer dan 4 weken niet actief',
  requests: (n: number) => (n === 1 ? '1 verzoek wacht op antwoord' : `${n} verzoeken wachten op antwoord`),
  /** `notReached`: skills of steps said done whose level is not measured yet (done is not reached). */
  learning: (goal: string, remaining: number, notReached: string[]) => {
    const below = notReached.length ? `het niveau is nog niet gehaald voor: ${and(notReached)}.` : '';
    return remaining > 0
      ? `Doel: ${goal}. Nog ${remaining} ${remaining === 1 ? 'stap' : 'stappen'} te gaan.${below && ` Gedaan, maar ${below}`}`
      : below
        ? `Doel: ${goal}. Alle stappen zijn gedaan. Maar ${below}`
        : `Doel: ${goal}. Alle stappen zijn gedaan en het niveau is gehaald.`;
  },
  noGoal: 'Nog geen doel gekozen.',
  nothingToLearn: (goal: string) => `Doel: ${goal}. Niets te leren: alles is er al.`,
  completeness: (n: number) => `Gegevens ${n} % compleet`,
  next: (text: string, due: Date) => `Volgende actie: ${text} (${day(due)})`,
  late: 'te laat',
  open: (name: string) => `Open ${name}`,
  back: 'Terug naar mijn deelnemers',
  strengths: 'Sterke punten',
  strength: (skill: string, level: number) => `${skill} (niveau ${level})`,
  noSkillprint: 'Nog geen skillprint.',
  goalTitle: 'Doel en leerplan',
  step: (skill: string, need: number, now: number) => `${skill}: nodig niveau ${need}, nu niveau ${now}`,
  measured: (levels: number[]) => `Gemeten: niveau ${levels.join(' → ')}`,
  growth: { grew: 'gegroeid', unclear: 'nog geen zeker verschil', fell: 'lager' },
  stepStatus: {
    todo: 'nog te doen',
    started: 'begonnen',
    done: 'klaar',
    reached: 'gehaald (gemeten)',
    doneNotReached: 'klaar, maar het niveau is nog niet gehaald',
  },
  proofBy: (who: string) => `bevestigd door ${who}`,
  confirm: (skill: string) => `Bevestig: ${skill} is klaar`,
  confirmed: (skill: string) => `Bevestigd: ${skill} is klaar.`,
  work: 'Verzoeken en sollicitaties',
  noWork: 'Nog geen verzoeken of sollicitaties.',
  request: (job: string, employer: string) => `Verzoek: ${job} bij ${employer}`,
  application: (job: string, employer: string) => `Sollicitatie: ${job} bij ${employer}`,
  connectionStatus: {
    requested: 'wacht op antwoord',
    accepted: 'ja gezegd',
    declined: 'nee gezegd',
    withdrawn: 'ingetrokken',
    expired: 'verlopen',
  },
  applicationStatus: { open: 'verstuurd', invited: 'uitgenodigd', declined: 'afgewezen', withdrawn: 'ingetrokken' },
  missingTitle: 'Wat ontbreekt nog',
  nothingMissing: 'Alles is er.',
  missing: {
    skillprint: 'De test is nog niet gedaan.',
    'talent-pool': 'Werkgevers kunnen deze deelnemer nog niet vinden.',
    'learning-goal': 'Er is nog geen doel gekozen.',
    'learning-progress': 'Er is nog geen leerstap klaar.',
    'hard-requirements': 'De deelnemer heeft nog niet gezegd welke certificaten of rijbewijzen hij of zij heeft.',
  } satisfies Record<MissingData, string>,
  nextTitle: 'Volgende actie',
  nextText: 'Wat is de volgende actie?',
  nextDue: 'Wanneer?',
  saveNext: 'Bewaar actie',
  savedNext: 'De volgende actie is bewaard.',
  notesTitle: 'Notities',
  noteLabel: 'Nieuwe notitie',
  noteHint:
    'Schrijf alleen afspraken en wat jullie samen deden. Nooit iets over gezondheid, een ziekte of een diagnose. De deelnemer kan alles lezen.',
  addNote: 'Bewaar notitie',
  savedNote: 'De notitie is bewaard.',
  noNotes: 'Nog geen notities.',
  needText: 'Schrijf eerst iets.',
  pastDue: (was: Date) => `De datum ${day(was)} is voorbij. Kies een nieuwe datum.`,
  needDue: (last: Date) => `Kies een datum vanaf vandaag tot en met ${day(last)}.`,
  charsLeft: (n: number) => (n === 1 ? 'Nog 1 teken over.' : `Nog ${n} tekens over.`),
  charsOver: (n: number) => `${n === 1 ? '1 teken' : `${n} tekens`} te veel. Maak de tekst korter.`,
  noHealth: (words: string[]) =>
    `Schrijf geen dingen over gezondheid. Haal deze woorden weg: ${words.join(', ')}. Gaat het over werk, zoals een baan in de zorg? Druk dan nog een keer op bewaren.`,
  saveFailed: 'Bewaren lukt nu niet. Probeer het opnieuw.',
  gone: 'Deze deelnemer heeft de toegang gestopt. Je ziet niets meer.',
  noteLost: 'Je notitie is niet bewaard.',
  print: 'Print gesprekskaart',
  printBlocked: 'Je browser hield het printvenster tegen. Sta pop-ups toe voor deze pagina.',
  card: {
    title: (name: string) => `Gesprekskaart van ${name}`,
    strengths: 'Dit kun je goed',
    goal: 'Jouw doel',
    noGoal: 'We kiezen samen een doel.',
    steps: 'Je volgende stappen',
    noSteps: 'Je hebt alle stappen gedaan. En je hebt het niveau gehaald.',
    notReached: 'Je hebt alle stappen gedaan. Maar je niveau is nog niet hoog genoeg bij:',
    together: 'We kijken samen wat nu helpt. Bijvoorbeeld een nieuwe meting.',
    nothingToLearn: 'Je hebt alles al wat dit doel vraagt.',
    step: (skill: string, offer?: string) => (offer ? `${skill}: ${offer}` : skill),
    next: 'Wat we afspreken',
    date: (d: Date) => `Gemaakt op ${day(d)}`,
  },
  day,
};

export type Messages = typeof nl;
export default nl;
