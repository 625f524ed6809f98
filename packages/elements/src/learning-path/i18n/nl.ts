/** Dutch texts at B1: a job seeker's learning path. */
import { dayIn } from '../../base/dates.js';
import { inSentence } from '../../base/in-sentence.js';

const day = (d: Date) => dayIn('nl', d, false);
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
  careers: 'Beroepen waar je naartoe kunt leren',
  /** A choice beside the best-fitting occupations: any other one, from a list. */
  otherCareer: 'Een ander beroep',
  pickCareer: 'Kies een beroep',
  vacancies: 'Vacatures',
  community: 'Inwerkpaden van werkgevers',
  sharedBy: (companies: string[]) => `Gedeeld door ${companies.join(', ')}`,
  stepCount: (n: number) => (n === 1 ? '1 stap' : `${n} stappen`),
  fits: (score: number) => `past ${score} van 100`,
  at: (employer: string) => `bij ${employer}`,
  toLearn: (n: number) =>
    n === 0
      ? 'je hebt alle vaardigheden al'
      : n === 1
        ? 'nog 1 vaardigheid te leren'
        : `nog ${n} vaardigheden te leren`,
  makePlan: 'Maak mijn plan',
  cancel: 'Terug naar mijn plan',
  pickFirst: 'Kies eerst een doel.',
  planFor: (goal: string) => `Jouw doel: ${goal}`,
  remaining: (n: number, goal: string) =>
    n === 1 ? `Nog 1 stap tot ${inSentence(goal)}.` : `Nog ${n} stappen tot ${inSentence(goal)}.`,
  allDone: (goal: string) => `Je hebt alle stappen gedaan voor ${inSentence(goal)}. Goed gedaan!`,
  noSteps: (goal: string) => `Je hebt alle vaardigheden al die ${inSentence(goal)} vraagt.`,
  /** Required papers the person has not ticked: a plan of skills does not bring them. */
  papersToo: (what: string) => `Dit werk vraagt ook: ${what}. Die haal je niet met deze stappen.`,
  /** In the goal chooser: required papers not ticked. */
  papersNeeded: (what: string) => `nog nodig: ${what}`,
  progress: (done: number, all: number) => `${done} van ${all} ${all === 1 ? 'stap' : 'stappen'} klaar`,
  fitNow: (score: number) => `Je past nu ${score} van 100.`,
  measureAgain: (n: number) =>
    `${n === 1 ? '1 stap is' : `${n} stappen zijn`} klaar, maar nog niet gemeten. Doe de test opnieuw. Dan zie je of je niveau is gegroeid.`,
  stillBelow: (n: number) =>
    `${n === 1 ? '1 stap is' : `${n} stappen zijn`} opnieuw gemeten. Je niveau is nog niet hoog genoeg. Oefen nog wat meer. Of probeer het later opnieuw.`,
  provisional:
    'Let op: de test is nieuw. Deze niveaus zijn een eerste schatting. We maken ze nog beter met de antwoorden van echte mensen.',
  step: (n: number, skill: string) => `Stap ${n}: ${skill}`,
  levels: (need: number, now: number) => `Nodig: niveau ${need}. Jij nu: niveau ${now}.`,
  mustHave: 'Dit moet je kunnen voor dit doel.',
  atWork: (note: string) => `Op je werk: ${note}`,
  measured: (d: Date, level: number, low: number, high: number) =>
    low === high ? `${day(d)}: niveau ${level}` : `${day(d)}: niveau ${level} (kan ${low} tot ${high} zijn)`,
  lessonOffer: (title: string, minutes: number) => `Korte les hier: ${title} (${minutes} minuten).`,
  lessonDone: (d: Date) => `Les gedaan op ${day(d)}`,
  lessonStart: 'Begin de les',
  lessonAgain: 'Doe de les nog eens',
  remeasure: 'Meet opnieuw (2 tot 3 minuten)',
  growthChart: (skill: string) => `${skill}: je niveau bij elke meting, met de niveaus die het ook kan zijn`,
  chartLevel: 'Niveau',
  chartRange: 'Kan ook zijn',
  day,
  history: 'Gemeten',
  growth: {
    grew: 'Je bent gegroeid. De test weet het zeker.',
    unclear: 'Nog geen zekere groei: de uitslagen verschillen te weinig om het zeker te weten.',
    fell: 'De laatste meting is lager. Dat kan gebeuren. Praat erover met je coach.',
  },
  opens: (n: number) => `Als je dit leert, kun je ook aan de slag in ${jobs(n)}.`,
  blocks: (n: number) => `Dit heb je ook nodig voor ${jobs(n)}.`,
  status: {
    todo: 'Nog te doen',
    started: (d: Date) => `Begonnen op ${day(d)}`,
    done: (d: Date) => `Klaar op ${day(d)}`,
    reached: (level: number) => `Gehaald: de test zegt nu niveau ${level}`,
    below: (now: number, need: number) =>
      `Opnieuw gemeten: nog niveau ${now}. Nodig is niveau ${need}. Oefen nog wat meer. Of probeer het later opnieuw.`,
  },
  proofSaid: {
    none: 'Nog geen bewijs.',
    certificate: (note: string) => `Bewijs: ${note}.`,
    'open-badge': 'Bewijs: een Open Badge.',
    coach: (name: string) => `Bevestigd door ${name}.`,
    platform: (name: string) => `Afgerond bij ${name}.`,
  },
  offersTitle: 'Zo kun je het leren',
  noOffers: 'Hier is nog geen cursus voor. Vraag je coach of werkgever of je het op je werk kunt leren.',
  format: { online: 'online', classroom: 'in een les', 'on-the-job': 'op je werk', blended: 'online en in een les' },
  hours: (h: number) => (h === 1 ? '1 uur' : `${h} uur`),
  cost: (eur: number) => (eur === 0 ? 'gratis' : `€\u00a0${eur}`),
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
  charsLeft: (n: number) =>
    n === 0 ? 'Het vak is vol. Meer tekens passen er niet in.' : n === 1 ? 'Nog 1 teken.' : `Nog ${n} tekens.`,
  save: 'Opslaan',
  cancelDone: 'Annuleren',
  saved: (skill: string, what: string) => `Opgeslagen: ${skill}. ${what}`,
  saveFailed: 'Opslaan lukt nu niet. Probeer het opnieuw.',
  otherGoal: 'Ander doel kiezen',
  /** The goal asks more than the plan has steps for (a newer test, a changed vacancy): named, with a button that adds them. */
  newGaps: (skills: string) => `Voor dit doel kun je nu ook dit leren: ${skills}. Dat staat nog niet in je plan.`,
  addNewGaps: 'Zet het in mijn plan',
  newGapsAdded: 'Je plan heeft nu ook deze stappen.',
  coach: {
    title: 'Je coach',
    intro: 'Heb je een coach? Dan kan die met je meekijken. Alleen als jij dat wilt.',
    looksAlong: (name: string, since: Date) => `${name} kijkt met je mee sinds ${day(since)}.`,
    lastLooked: (at: Date) => `Laatst gekeken op ${day(at)}.`,
    stop: (name: string) => `Stop: ${name} mag niet meer meekijken`,
    stopped: (name: string) => `${name} kijkt niet meer mee.`,
    /** Before stopping: what stopping does (the coach's notes go too). */
    stopAsk: (name: string) =>
      `Weet je het zeker? Dan ziet ${name} niets meer van je. Wat ${name} over je schreef, wissen we ook.`,
    stopYes: 'Ja, stop',
    /** Above the coach's notes, which the job seeker reads too. */
    wrote: (name: string) => `Wat ${name} over je schreef`,
    nextStep: (text: string, due: Date) => `Volgende stap (${day(due)}): ${text}`,
    note: (at: Date, text: string) => `${day(at)}: ${text}`,
    codeLabel: 'Code van je coach',
    codeHint: 'Je krijgt de code van je coach. Bijvoorbeeld: K7QM-4XTP.',
    next: 'Verder',
    emptyCode: 'Vul eerst de code in die je van je coach kreeg.',
    badCode: 'Deze code klopt niet. Kijk of je hem goed hebt overgenomen: 8 letters en cijfers.',
    unknownCode: 'Deze code werkt niet. Hij is fout, al gebruikt of verlopen. Vraag je coach om een nieuwe.',
    wants: (name: string) =>
      `${name} wil meekijken naar je skillprint, je leerplan, je verzoeken van werkgevers en je sollicitaties.`,
    youCanStop: 'Je kunt dit altijd weer stoppen. Je ziet hier wanneer je coach keek.',
    called: 'Hoe mag je coach je noemen? (mag leeg blijven)',
    yes: 'Ja, mijn coach mag meekijken',
    no: 'Nee',
    granted: (name: string) => `${name} kijkt nu met je mee. Je kunt dit altijd stoppen.`,
  },
  newPlanWarning: 'Kies je een ander doel? Dan maken we een nieuw plan. Je oude plan bewaren we.',
};

export type Messages = typeof nl;
export default nl;
