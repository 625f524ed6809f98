/** Dutch texts at B1: a job seeker's learning path. */
import { MONTHS_NL } from '../../base/months.js';

const day = (d: Date) => `${d.getDate()} ${MONTHS_NL[d.getMonth()]}`;
const jobs = (n: number) => (n === 1 ? '1 beroep of vacature' : `${n} beroepen en vacatures`);

const nl = {
  title: 'Jouw leerplan',
  loading: 'Even geduld. We halen je leerplan op.',
  signIn: 'Log in om je leerplan te zien.',
  noSkillprint: 'Doe eerst de test. Met je skillprint maken we een plan voor je.',
  failed: 'Het laden lukt nu niet. Probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  chooseTitle: 'Kies je doel',
  chooseIntro: 'Waar wil je naartoe werken? Kies een beroep of een vacature. Wij zetten de stappen op een rij.',
  careers: 'Beroepen die bij je passen',
  vacancies: 'Vacatures',
  fits: (score: number) => `past ${score} van 100`,
  at: (employer: string) => `bij ${employer}`,
  toLearn: (n: number) =>
    n === 0 ? 'je hebt alles al' : n === 1 ? 'nog 1 vaardigheid te leren' : `nog ${n} vaardigheden te leren`,
  makePlan: 'Maak mijn plan',
  cancel: 'Terug naar mijn plan',
  pickFirst: 'Kies eerst een doel.',
  planFor: (goal: string) => `Jouw doel: ${goal}`,
  remaining: (n: number, goal: string) =>
    n === 1 ? `Nog 1 stap tot ${goal.toLowerCase()}.` : `Nog ${n} stappen tot ${goal.toLowerCase()}.`,
  allDone: (goal: string) => `Je hebt alle stappen gedaan voor ${goal.toLowerCase()}. Goed gedaan!`,
  noSteps: (goal: string) => `Je hebt alles al wat ${goal.toLowerCase()} vraagt. Je hoeft niets te leren.`,
  progress: (done: number, all: number) => `${done} van ${all} stappen klaar`,
  fitNow: (score: number) => `Je past nu ${score} van 100.`,
  measureAgain: (n: number) =>
    `${n === 1 ? '1 stap is' : `${n} stappen zijn`} klaar, maar nog niet gemeten. Doe de test opnieuw. Dan zie je of je niveau is gegroeid.`,
  provisional: 'Voorlopige schatting: we leren nog. De niveaus zijn nog niet op echte antwoorden afgesteld.',
  step: (n: number, skill: string) => `Stap ${n}: ${skill}`,
  levels: (need: number, now: number) => `Nodig: niveau ${need}. Jij nu: niveau ${now}.`,
  mustHave: 'Dit is een must voor dit doel.',
  opens: (n: number) => `Als je dit leert, kun je ook aan de slag in ${jobs(n)}.`,
  blocks: (n: number) => `Dit heb je ook nodig voor ${jobs(n)}.`,
  status: {
    todo: 'Nog te doen',
    started: (d: Date) => `Begonnen op ${day(d)}`,
    done: (d: Date) => `Klaar op ${day(d)}`,
    reached: (level: number) => `Gehaald: de test zegt nu niveau ${level}`,
  },
  proofSaid: {
    none: 'Nog geen bewijs.',
    certificate: (note: string) => `Bewijs: ${note}.`,
    'open-badge': 'Bewijs: een Open Badge.',
  },
  offersTitle: 'Zo kun je het leren',
  noOffers: 'Hier is nog geen cursus voor. Vraag je coach of werkgever of je het op je werk kunt leren.',
  format: { online: 'online', classroom: 'in een les', 'on-the-job': 'op je werk', blended: 'online en in een les' },
  hours: (h: number) => (h === 1 ? '1 uur' : `${h} uur`),
  cost: (eur: number) => (eur === 0 ? 'gratis' : `€ ${eur}`),
  example: 'voorbeeld',
  chosen: 'Jouw keuze',
  openOffer: (title: string) => `${title} (opent in een nieuw venster)`,
  startWith: (title: string) => `Ik begin met ${title}`,
  startWithout: 'Ik ben begonnen',
  markDone: 'Ik ben klaar',
  notDone: 'Toch nog niet klaar',
  proofTitle: 'Hoe laat je zien dat je klaar bent?',
  proofCertificate: 'Ik heb een certificaat of diploma',
  proofCertificateNote: 'Wat voor certificaat? (een paar woorden)',
  proofBadge: 'Ik heb een Open Badge',
  proofBadgeWhich: 'Welke Open Badge?',
  proofNone: 'Ik heb (nog) geen bewijs',
  noteNeeded: 'Schrijf in een paar woorden wat voor certificaat het is.',
  save: 'Opslaan',
  cancelDone: 'Annuleren',
  saved: (skill: string, what: string) => `Opgeslagen: ${skill}. ${what}`,
  saveFailed: 'Opslaan lukt nu niet. Probeer het opnieuw.',
  otherGoal: 'Ander doel kiezen',
  newPlanWarning: 'Kies je een ander doel? Dan maken we een nieuw plan. Je oude plan bewaren we.',
};

export type Messages = typeof nl;
export default nl;
