/** Dutch texts at B1: the employer's side of the learning culture scan (a lazy part, with desk.ts). */
import { dayIn } from '../../base/dates.js';

const day = (d: Date) => dayIn('nl', d);
const euro = (n: number) => (n === 0 ? 'gratis' : `ongeveer €\u00a0${n.toLocaleString('nl-NL')}`);
const colleagues = (n: number) => (n === 1 ? '1 collega' : `${n} collega's`);
const tookPart = (n: number) => `${colleagues(n)} ${n === 1 ? 'deed' : 'deden'} mee.`;

const nl = {
  day,
  loading: 'Even geduld. We halen je scans op.',
  failed: 'Het lukt nu niet. Probeer het later opnieuw.',
  signIn: 'Log in als werkgever om een scan te starten.',
  deskIntro:
    'Vraag je medewerkers hoe leren in je bedrijf gaat. Zij vullen anoniem 28 korte zinnen in (5 minuten). Vanaf 5 antwoorden zie je de uitkomst, met tips die je zelf kunt doen.',
  start: 'Start een nieuwe scan',
  scansTitle: 'Je scans',
  noScans: 'Nog geen scan. Start er een en deel de link met je medewerkers.',
  started: (d: Date) => `Gestart op ${day(d)}`,
  closedOn: (d: Date) => `Gesloten op ${day(d)}`,
  /** A scan's name when another scan in the list has the same title: which one, and when it started. */
  scanNumber: (title: string, n: number) => `${title} (scan ${n})`,
  scanName: (title: string, n: number, started: Date) => `${title} (scan ${n}, gestart op ${day(started)})`,
  responses: (n: number) => tookPart(n) + (n >= 5 ? '' : ' Vanaf 5 zie je de uitkomst.'),
  management: (done: boolean): string =>
    done ? 'De versie voor de leiding is ingevuld.' : 'De versie voor de leiding is nog niet ingevuld.',
  /** A scan's buttons show these short words; their names for a screen reader (below) add which scan. */
  buttons: {
    openReport: 'Bekijk de uitkomst',
    share: 'Deel de link',
    answerAsManagement: 'Vul in als leiding',
    close: 'Sluit de scan',
    repeat: 'Herhaal de scan',
  },
  openReport: (title: string) => `Bekijk de uitkomst van ${title}`,
  share: (title: string) => `Deel de link van ${title}`,
  answerAsManagement: (title: string) => `Vul in als leiding: ${title}`,
  close: (title: string) => `Sluit de scan ${title}`,
  /** Asked before closing: it cannot be undone. */
  closeAsk: (title: string) => `De scan ${title} sluiten? Daarna kan niemand meer meedoen. De uitkomst blijft te zien.`,
  closeYes: 'Ja, sluit de scan',
  closeNo: 'Nee, laat open',
  repeat: (title: string) => `Herhaal de scan ${title}`,
  back: 'Terug naar je scans',
  // Starting a scan.
  startTitle: 'Nieuwe scan',
  nameLabel: 'Naam van je bedrijf of team',
  nameHint: 'Je medewerkers zien deze naam boven de vragen.',
  nameError: 'Vul een naam in van minstens 2 tekens.',
  sectorLabel: 'In welke sector werk je?',
  sectorHint: 'Dan passen de tips beter bij je werk.',
  noSector: 'Kies een sector',
  repeatLabel: 'Is dit een herhaling van een eerdere scan?',
  repeatHint: 'Dan zie je wat er veranderde.',
  notRepeat: 'Nee, een nieuwe scan',
  startSubmit: 'Start de scan',
  startedSaid: 'De scan is gestart. Deel nu de link met je medewerkers.',
  closedSaid: 'De scan is gesloten.',
  // Sharing.
  shareTitle: (title: string) => `Deel de scan: ${title}`,
  shareText:
    'Stuur deze link naar je medewerkers, of laat ze de QR-code scannen met hun telefoon. Iedereen doet één keer mee, zonder naam.',
  linkLabel: 'Link voor je medewerkers',
  copy: 'Kopieer de link',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  qrLabel: 'QR-code met de link',
  printPoster: 'Print een poster met de QR-code',
  posterTitle: (title: string) => `Hoe leer jij bij ${title}?`,
  posterText: 'Scan de code met je telefoon. Je doet anoniem mee: 28 korte zinnen, ongeveer 5 minuten.',
  printBlocked: 'Het printvenster is geblokkeerd. Sta pop-ups toe voor deze pagina en probeer het opnieuw.',
  // The management version.
  managementTitle: (title: string) => `Versie voor de leiding: ${title}`,
  managementIntro:
    'Geef aan wat jij als eigenaar of leiding wilt bieden. Zo zie je straks waar dat verschilt van wat je medewerkers merken.',
  /** When the management version was filled in before: its answers are not shown again, and new ones replace them. */
  managementAgain:
    'Je vulde deze versie al in. Vul je hem opnieuw in, dan tellen je nieuwe antwoorden in plaats van de vorige.',
  managementSend: 'Bewaar mijn antwoorden',
  managementSaid: 'Je antwoorden als leiding zijn bewaard.',
  // The report.
  reportTitle: (title: string) => `Uitkomst: ${title}`,
  notYet: (n: number, needed: number) =>
    `${tookPart(n)} Er ${needed === 1 ? 'is nog 1 antwoord' : `zijn nog ${needed} antwoorden`} nodig. Je ziet de uitkomst pas vanaf 5 antwoorden. Zo kan niemand zien wie wat antwoordde.`,
  respondents: tookPart,
  /** Answers in, not yet counted: the report counts five new ones at a time. */
  waiting: (n: number) =>
    `${n === 1 ? '1 nieuw antwoord telt' : `${n} nieuwe antwoorden tellen`} nog niet mee. De uitkomst verandert per 5 nieuwe antwoorden. Zo kan niemand zien wie wat antwoordde.`,
  indexTitle: 'Leercultuur',
  index: (mean: number, low: number, high: number) => `${mean} van 100 (waarschijnlijk tussen ${low} en ${high})`,
  indexHelp:
    'Hoe goed leren in je bedrijf gaat volgens je medewerkers. Het getal tussen haakjes zegt hoe zeker dat is: met meer antwoorden wordt het smaller.',
  previousScan: (d: Date, mean: number) => `Vorige scan (${day(d)}): ${mean} van 100.`,
  change: {
    up: 'Beter dan de vorige keer.',
    down: 'Minder dan de vorige keer.',
    unclear: 'Nog geen duidelijk verschil met de vorige keer.',
  },
  ranked: 'Van sterk naar minder sterk',
  rankedHelp:
    'De onderdelen hangen samen. Kijk vooral naar wat bovenaan en onderaan staat. In elke balk is het streepje wat de medewerkers gemiddeld zeggen. De lichte band is waar het waarschijnlijk ligt. De ruit is wat de leiding zegt.',
  /** When every part's range overlaps every other part's: the order is not sure yet. */
  orderUnsure:
    "De banden liggen nog over elkaar heen. Deze volgorde kan dus nog veranderen als meer collega's meedoen.",
  score: (mean: number, low: number, high: number) => `${mean} van 100 (${low}–${high})`,
  managementScore: (mean: number) => `Leiding: ${mean}`,
  gap: (gap: number) =>
    gap >= 10
      ? `De leiding denkt ${gap} punten beter over dit onderdeel dan de medewerkers.`
      : gap <= -10
        ? `De medewerkers zijn ${-gap} punten positiever dan de leiding.`
        : 'Leiding en medewerkers denken er ongeveer hetzelfde over.',
  noManagement: 'Vul de versie voor de leiding in om het verschil te zien.',
  /**
   * Reliability is of the employees' score; with management's answers, the difference rests on it
   * too. Not yet reliable: too few complete answers, or answers that differ too much (then more
   * answers may not help: colleagues see this part differently).
   */
  reliable: (yes: boolean, withManagement: boolean, because?: 'few-answers' | 'answers-differ'): string =>
    yes
      ? 'De score van de medewerkers is betrouwbaar genoeg.'
      : (because === 'answers-differ'
          ? "De antwoorden van collega's lopen hier sterk uiteen. Daarom is de score nog niet zeker."
          : 'Nog te weinig antwoorden: de score van de medewerkers is nog niet zeker.') +
        (withManagement ? ' Het verschil met de leiding dus ook niet.' : ''),
  before: (n: number) => `Vorige keer: ${n} van 100.`,
  actionsTitle: 'Wat kun je doen?',
  effort: { small: 'Weinig moeite', medium: 'Wat meer moeite', large: 'Veel moeite' },
  cost: euro,
  offers: 'Cursus of training:',
  onboarding: 'Maak een inwerkplan voor:',
  sharedPaths: (paths: string[]) => `Inwerkpad dat bedrijven delen: ${paths.join(', ')}`,
  print: 'Print de uitkomst (A4)',
  // Community paths: onboarding shared with other employers.
  community: {
    sharedBy: (title: string, n: number) => (n === 1 ? `${title} (1 bedrijf)` : `${title} (${n} bedrijven)`),
    open: 'Samen inwerken met andere bedrijven',
    title: 'Samen inwerken',
    intro:
      "Maak met andere bedrijven één inwerkpad voor een beroep. Zeg welke vaardigheden, tot welk niveau en met welke cursus. Zeg wat jullie op het werk doen. Nieuwe collega's volgen het pad in hun leerpad.",
    none: 'Er is nog geen inwerkpad. Maak het eerste.',
    occupation: (title: string) => `Beroep: ${title}`,
    members: (names: string[]) => `Gedeeld door ${names.join(', ')}`,
    steps: (n: number) => (n === 1 ? '1 stap' : `${n} stappen`),
    followers: (n: number) => (n === 1 ? '1 persoon volgt dit pad' : `${n} mensen volgen dit pad`),
    join: (title: string) => `Doe mee met ${title}`,
    joined: 'Je bedrijf deelt nu dit inwerkpad.',
    edit: (title: string) => `Pas aan: ${title}`,
    leave: (title: string) => `Stop met delen: ${title}`,
    left: 'Je bedrijf deelt dit inwerkpad niet meer.',
    create: 'Maak een nieuw inwerkpad',
    editTitle: 'Inwerkpad',
    occupationLabel: 'Voor welk beroep?',
    chooseOccupation: 'Kies een beroep',
    nameLabel: 'Naam van het pad',
    nameError: 'Vul een naam in van minstens 2 tekens.',
    stepsTitle: 'Stappen',
    stepsHint: 'In de volgorde waarin een nieuwe collega ze zet. We vulden ze in met wat het beroep vraagt.',
    level: 'Niveau dat een nieuwe collega haalt',
    offersLabel: 'Cursussen die jullie aanraden (hoogstens 3)',
    moreOffers: (n: number) => (n === 1 ? 'Kies een cursus (1)' : `Kies uit ${n} cursussen`),
    noOffers: 'Er is nog geen cursus voor deze vaardigheid.',
    noteLabel: 'Wat doen jullie op het werk? (mag leeg)',
    notePlaceholder: 'Week 1: loop mee met een vast maatje',
    remove: (skill: string) => `Haal ${skill} weg`,
    addLabel: 'Voeg een vaardigheid toe',
    add: 'Voeg toe',
    noSteps: 'Zet er minstens één stap in.',
    save: 'Bewaar en deel',
    saved: "Het inwerkpad is bewaard. Nieuwe collega's kunnen het nu kiezen in hun leerpad.",
    back: 'Terug naar de inwerkpaden',
  },
  printedOn: (d: Date) => `Geprint op ${day(d)}`,
};

export default nl;
export type DeskMessages = typeof nl;
