/** Eenvoudig Nederlands (A2): texts of a job seeker's learning path, for readers who find B1 hard (MBO 1-2). */
import { dayIn } from '../../base/dates.js';
import type { Messages } from './nl.js';
import { inSentence } from '../../base/in-sentence.js';

const day = (d: Date) => dayIn('nl', d, false);
const jobs = (n: number) => (n === 1 ? '1 beroep of vacature' : `${n} beroepen en vacatures`);

const a2: Messages = {
  title: 'Jouw leerplan',
  loading: 'Even wachten. Je leerplan komt eraan.',
  signIn: 'Log in. Dan zie je je leerplan.',
  noSkillprint: 'Doe eerst de test. Met je skillprint maken we een plan voor je.',
  failed: 'Het laden lukt nu niet. Probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  chooseTitle: 'Kies je doel',
  chooseIntro: 'Welk werk wil je later doen? Kies een beroep of een vacature. Dan laten wij de stappen zien.',
  careers: 'Beroepen waar je naartoe kunt leren',
  /** A choice beside the best-fitting occupations: any other one, from a list. */
  otherCareer: 'Een ander beroep',
  pickCareer: 'Kies een beroep',
  vacancies: 'Vacatures',
  community: 'Leerplannen van werkgevers',
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
  cancel: 'Terug naar plan',
  pickFirst: 'Kies eerst een doel.',
  planFor: (goal: string) => `Jouw doel: ${goal}`,
  remaining: (n: number, goal: string) =>
    n === 1 ? `Nog 1 stap tot ${inSentence(goal)}.` : `Nog ${n} stappen tot ${inSentence(goal)}.`,
  allDone: (goal: string) => `Je hebt alle stappen gedaan voor ${inSentence(goal)}. Goed gedaan!`,
  noSteps: (goal: string) => `Je hebt alle vaardigheden al voor ${inSentence(goal)}.`,
  papersToo: (what: string) => `Voor dit werk moet je ook dit hebben: ${what}. Dat leer je niet met deze stappen.`,
  papersNeeded: (what: string) => `je moet ook hebben: ${what}`,
  progress: (done: number, all: number) => `${done} van ${all} ${all === 1 ? 'stap' : 'stappen'} klaar`,
  fitNow: (score: number) => `Je past nu ${score} van 100.`,
  measureAgain: (n: number) =>
    `${n === 1 ? '1 stap is' : `${n} stappen zijn`} klaar, maar nog niet getest. Doe de test opnieuw. Dan zie je of je niveau hoger is.`,
  stillBelow: (n: number) =>
    `${n === 1 ? '1 stap is' : `${n} stappen zijn`} opnieuw getest. Je niveau is nog te laag. Oefen nog wat meer. Of probeer het later nog eens.`,
  provisional: 'Let op: dit is nog niet zeker. We leren nog. We vergeleken de niveaus nog niet met echte antwoorden.',
  step: (n: number, skill: string) => `Stap ${n}: ${skill}`,
  levels: (need: number, now: number) => `Nodig: niveau ${need}. Jij nu: niveau ${now}.`,
  mustHave: 'Dit moet je echt kunnen voor dit doel.',
  atWork: (note: string) => `Op je werk: ${note}`,
  measured: (d: Date, level: number, low: number, high: number) =>
    low === high ? `${day(d)}: niveau ${level}` : `${day(d)}: niveau ${level} (kan ${low} tot ${high} zijn)`,
  lessonOffer: (title: string, minutes: number) => `Korte les hier: ${title} (${minutes} minuten).`,
  lessonDone: (d: Date) => `Les gedaan op ${day(d)}`,
  lessonStart: 'Begin de les',
  lessonAgain: 'Doe les opnieuw',
  remeasure: 'Test opnieuw (2 tot 3 minuten)',
  growthChart: (skill: string) => `${skill}: je niveau bij elke test. Ook de niveaus die het kan zijn.`,
  chartLevel: 'Niveau',
  chartRange: 'Kan ook zijn',
  day,
  history: 'Gemeten',
  growth: {
    grew: 'Je niveau is hoger. De test weet dit zeker.',
    unclear: 'We weten nog niet zeker of je beter bent. De uitslagen lijken te veel op elkaar.',
    fell: 'De laatste uitslag is lager. Dat kan gebeuren. Praat erover met je coach.',
  },
  opens: (n: number) => `Leer je dit? Dan kun je ook kiezen uit ${jobs(n)}.`,
  blocks: (n: number) => `Dit heb je ook nodig voor ${jobs(n)}.`,
  status: {
    todo: 'Nog te doen',
    started: (d: Date) => `Begonnen op ${day(d)}`,
    done: (d: Date) => `Klaar op ${day(d)}`,
    reached: (level: number) => `Gehaald: de test zegt nu niveau ${level}`,
    below: (now: number, need: number) =>
      `Opnieuw getest: nog niveau ${now}. Je hebt niveau ${need} nodig. Oefen nog wat meer. Of probeer het later nog eens.`,
  },
  proofSaid: {
    none: 'Nog geen bewijs.',
    certificate: (note: string) => `Bewijs: ${note}.`,
    'open-badge': 'Bewijs: een Open Badge.',
    coach: (name: string) => `Bevestigd door ${name}.`,
    platform: (name: string) => `Gedaan bij ${name}.`,
  },
  offersTitle: 'Zo kun je het leren',
  noOffers: 'Hier is nog geen cursus voor. Vraag het aan je coach of werkgever. Kun je het leren op je werk?',
  format: { online: 'online', classroom: 'in de klas', 'on-the-job': 'op je werk', blended: 'online en in de klas' },
  hours: (h: number) => (h === 1 ? '1 uur' : `${h} uur`),
  cost: (eur: number) => (eur === 0 ? 'gratis' : `€\u00a0${eur}`),
  example: 'voorbeeld',
  chosen: 'Jouw keuze',
  openOffer: (title: string) => `${title} (opent in een nieuw scherm)`,
  startWith: (title: string) => `Ik begin met ${title}`,
  startWithout: 'Ik ben begonnen',
  markDone: 'Ik ben klaar',
  notDone: 'Toch nog niet klaar',
  proofTitle: 'Hoe laat je zien dat je klaar bent?',
  proofCertificate: 'Ik heb een certificaat of diploma',
  proofCertificateNote: 'Welk certificaat? (een paar woorden)',
  proofBadge: 'Ik heb een Open Badge',
  proofBadgeWhich: 'Welke Open Badge?',
  proofNone: 'Ik heb (nog) geen bewijs',
  noteNeeded: 'Schrijf kort welk certificaat het is.',
  charsLeft: (n: number) =>
    n === 0
      ? 'Het vak is vol. Je kunt niet meer typen.'
      : n === 1
        ? 'Je kunt nog 1 teken typen.'
        : `Je kunt nog ${n} tekens typen.`,
  save: 'Opslaan',
  cancelDone: 'Annuleren',
  saved: (skill: string, what: string) => `Opgeslagen: ${skill}. ${what}`,
  saveFailed: 'Opslaan lukt nu niet. Probeer het opnieuw.',
  otherGoal: 'Kies ander doel',
  newGaps: (skills) => `Voor dit doel kun je nu ook dit leren: ${skills}. Dit staat nog niet in je plan.`,
  addNewGaps: 'Zet het in mijn plan',
  newGapsAdded: 'Deze stappen staan nu ook in je plan.',
  coach: {
    title: 'Je coach',
    intro: 'Heb je een coach? Die kan met je meekijken. Alleen als jij dat wilt.',
    looksAlong: (name: string, since: Date) => `${name} kijkt met je mee sinds ${day(since)}.`,
    lastLooked: (at: Date) => `Laatst gekeken op ${day(at)}.`,
    stop: (name: string) => `Stop: ${name} mag niet meer meekijken`,
    stopped: (name: string) => `${name} kijkt niet meer mee.`,
    stopAsk: (name: string) =>
      `Wil je echt stoppen? Dan ziet ${name} niets meer van je. We wissen ook wat ${name} over je schreef.`,
    stopYes: 'Ja, stop',
    wrote: (name: string) => `Dit schreef ${name} over je`,
    nextStep: (text: string, due: Date) => `Wat je nu gaat doen (${day(due)}): ${text}`,
    note: (at: Date, text: string) => `${day(at)}: ${text}`,
    codeLabel: 'Code van je coach',
    codeHint: 'Je krijgt de code van je coach. Bijvoorbeeld: K7QM-4XTP.',
    next: 'Verder',
    emptyCode: 'Vul eerst de code in. Je krijgt de code van je coach.',
    badCode: 'Deze code klopt niet. Kijk of je hem goed typte. De code heeft 8 letters en cijfers.',
    unknownCode: 'Deze code werkt niet. Hij is fout, al gebruikt of verlopen. Vraag je coach om een nieuwe code.',
    wants: (name: string) =>
      `${name} wil meekijken naar je skillprint en je leerplan. En naar vragen van werkgevers en je sollicitaties.`,
    youCanStop: 'Je kunt dit altijd weer stoppen. Je ziet hier wanneer je coach keek.',
    called: 'Hoe mag je coach je noemen? (mag leeg blijven)',
    yes: 'Ja, dat mag',
    no: 'Nee',
    granted: (name: string) => `${name} kijkt nu met je mee. Je kunt dit altijd stoppen.`,
  },
  newPlanWarning: 'Kies je een ander doel? Dan maken we een nieuw plan. We bewaren je oude plan.',
};

export default a2;
