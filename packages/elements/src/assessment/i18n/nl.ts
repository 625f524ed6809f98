import type { GameMechanic } from '@pfw/contract';
/** Dutch texts of the assessment, at B1: short sentences, everyday words, "je". */
const nl = {
  welcomeTitle: 'Ontdek waar je goed in bent',
  welcomeIntro:
    'Je krijgt korte vragen, situaties uit het werk en een paar spelletjes. Zo zie je wat je leuk vindt en welke vaardigheden je hebt.',
  welcomeTime: 'Het duurt ongeveer 12 minuten. Je kunt altijd stoppen en later verder gaan.',
  welcomePrivacy:
    'Je naam is niet nodig. Je antwoorden blijven eerst op dit apparaat. We gebruiken geen camera en geen microfoon.',
  remeasureTitle: 'Meet opnieuw wat je hebt geleerd',
  remeasureIntro: 'Een korte test, alleen over de vaardigheid van je leerstap. Kies steeds wat het best bij je past.',
  remeasureTime: 'Het duurt 2 tot 3 minuten.',
  remeasureDoneTitle: 'Je nieuwe meting is klaar',
  remeasureDoneText: 'Je ziet hem in je skillprint en in je leerplan. De andere vaardigheden blijven zoals ze waren.',
  start: 'Begin',
  loading: 'Even geduld. We halen de vragen op.',
  readAloud: 'Lees voor',
  noVoice: 'Je browser heeft geen stem om deze taal voor te lezen.',
  choiceHelp: 'Allebei kan kloppen. Kies wat het meest bij je past.',
  rankBestHelp: 'Alle drie kunnen kloppen. Niemand is perfect. Kies eerst wat het meest bij je past.',
  rankLeast: 'En wat past het minst bij jou?',
  rankLeastHelp: 'Kies uit de andere twee.',
  rankPicked: 'Past het best',
  rankAgain: 'Kies opnieuw',
  /** Under a scene, whose text already ends in its question ("Wat doe je?"): what to do, not the question again. */
  sceneQuestion: 'Kies wat jij zou doen.',
  itemOf: (n: number) => `Vraag ${n}`,
  progressLabel: 'Hoe ver je bent',
  progress: (percent: number) => `${percent}% klaar`,
  milestones: {
    25: 'Goed bezig! Een kwart is al klaar.',
    50: 'Knap! Je bent op de helft.',
    75: 'Bijna klaar. Nog even volhouden!',
  } as Record<number, string>,
  tooFast: 'Je antwoordt heel snel. Lees elke vraag rustig. Te snel telt niet mee.',
  saved: 'Je antwoorden zijn opgeslagen.',
  offline: 'Geen verbinding. Je antwoorden staan veilig op dit apparaat. We sturen ze zodra het weer kan.',
  rejected: (detail: string) =>
    `Dit antwoord nam de server niet aan: ${detail}. Je antwoord staat nog op dit apparaat.`,
  expiredTitle: 'Deze test is verlopen',
  expiredText: 'Je hebt een tijd niets gedaan. Daarom is de test gestopt. Begin opnieuw.',
  continue: 'Begin opnieuw',
  /** When the test is over and no answer could count: every one came too fast to have been read. */
  unmeasuredTitle: 'We konden niets meten',
  unmeasuredText:
    'Je antwoordde heel snel, sneller dan je de vragen kunt lezen. Zulke antwoorden tellen niet mee. Begin opnieuw en lees elke vraag rustig.',
  finishing: 'Klaar! We maken nu je skillprint.',
  /** The heading after a game: the score is said below it, not as a heading ("0 van de 6 goed" in large letters discourages). */
  gameDone: 'Dit spel is klaar',
  gameResult: (good: number, total: number) => `Je had ${good} van de ${total} goed.`,
  /** Said after a game with at least 3 in 4 good: about this game, not the person (the skillprint weighs every answer). */
  gamePraise: {
    sorting: 'In dit spel werkte je nauwkeurig.',
    risk: 'In dit spel koos je vaak de veilige manier.',
    planning: 'In dit spel plande je slim.',
    queue: 'In dit spel hielp je klanten in een goede volgorde.',
    team: 'In dit spel koos je vaak wat het beste is voor het team.',
  } as Record<GameMechanic, string>,
  /** Said after a game with fewer than 3 in 4 good (also none, or skipped): no praise for what went wrong. */
  gameEffort: 'Niet alles ging goed. Dat geeft niet.',
  /** The research round (#20): a few more questions for calibration only. */
  researchTitle: 'Help de test beter maken',
  researchIntro:
    'Je krijgt nog een paar vragen over één vaardigheid. Met je antwoorden maken we de test eerlijker en beter. Je skillprint verandert niet.',
  researchTime: 'Het duurt ongeveer 4 minuten. Je mag altijd stoppen.',
  researchDoneTitle: 'Dank je wel!',
  researchDoneText: 'Je antwoorden helpen de test beter te maken. Je skillprint is niet veranderd.',
  stop: 'Stoppen',
  pause: 'Pauze',
  /** Opens the display toggles (one row of tools on a phone, not three). */
  adjust: 'Aanpassen',
  pausedTitle: 'Pauze',
  pausedText: 'Je test staat stil. Alles is bewaard. Je kunt deze pagina ook sluiten en later verder gaan.',
  easyReading: 'Grotere letters',
  safeColours: 'Kleuren voor kleurenblinden',
  easyWords: 'Makkelijke woorden',
  breakTitle: 'Tijd voor een korte pauze. Goed bezig!',
  breakText: 'Neem gerust even pauze. Alles wat je deed, is bewaard. Je kunt ook later verder.',
  breakNext: 'Hierna komen een paar vragen over wat je graag doet.',
  goOn: 'Verder',
  waitingTitle: 'Even wachten op de volgende vraag',
  waitingForSteps: 'Geen verbinding. Je antwoorden zijn veilig. We gaan verder zodra er weer internet is.',
  doneTitle: 'Je skillprint is klaar',
  doneText: 'Goed gedaan! Bekijk nu waar je sterk in bent.',
  showSkillprint: 'Bekijk je skillprint',
  again: 'Doe de test opnieuw',
  errorTitle: 'Er ging iets mis',
  errorText: 'Het lukt nu niet. Je antwoorden zijn veilig. Probeer het zo nog eens.',
  retry: 'Probeer opnieuw',
  noAccess: 'Deze test kan hier niet starten. De website moet nog een sleutel instellen.',
  // Games
  gameTitles: {
    sorting: 'Spel: sorteren',
    risk: 'Spel: veilig werken',
    planning: 'Spel: slim plannen',
    queue: 'Spel: klanten helpen',
    team: 'Spel: samen klaar',
  } as Record<GameMechanic, string>,
  /** How each game is played, on its instruction screen. */
  gameHow: {
    sorting:
      'Je ziet een doos met een code. Tik op de bak met precies dezelfde code. Je hebt zo veel tijd als je nodig hebt: alleen goed telt. Let goed op, de codes lijken op elkaar.',
    risk: 'Je ziet een situatie op het werk. Kies hoe je het werk veilig doet. Je hebt zo veel tijd als je nodig hebt.',
    planning:
      'Zet de taken in de goede volgorde. Gebruik de knoppen omhoog en omlaag. Elke keer dat je een taak verplaatst, is dat één zet. Probeer het met zo min mogelijk zetten.',
    queue:
      'Je ziet waar je werkt en wie er wachten. Tik op de persoon die je als eerste helpt. Lees goed wat er bij iedereen staat. Je hebt zo veel tijd als je nodig hebt.',
    team: 'Je werkt samen met een collega. Bij elke keuze zie je hoeveel minuten werk jullie dan nog hebben. Het team is klaar als iedereen klaar is. Kies wat het beste is voor het team. Soms kun je ook de teamleider iets vragen of een tip geven. Je hebt zo veel tijd als je nodig hebt.',
  } as Record<GameMechanic, string>,
  gamePractice: 'Eerst even oefenen. Dat telt niet mee.',
  gameReady: 'Nu telt het. Succes!',
  /** A scored block after a reload: it goes on at this trial (the count as the game shows it, `trial`). */
  gameResumed: (n: number, of: number) => `Je gaat verder waar je was: ronde ${n} van ${of}.`,
  startPractice: 'Oefen',
  startGame: 'Start het spel',
  right: 'Goed zo!',
  wrong: (answer: string) => `Niet goed. Het goede antwoord was: ${answer.replace(/[.!?]$/, '')}.`,
  trial: (n: number, of: number) => `${n} van ${of}`,
  /** No time limit: the argument (a number of seconds the instruction screen still passes) is not shown. */
  sortingPart: (code: string) => `Doos ${code}`,
  sortingBins: 'Bakken',
  up: (step: string) => `${step} omhoog`,
  down: (step: string) => `${step} omlaag`,
  moves: (n: number) => (n === 1 ? '1 zet' : `${n} zetten`),
  checkOrder: 'Klaar',
  notYet: 'Nog niet goed. Kijk nog eens naar de volgorde.',
  skipPuzzle: 'Sla deze over',
  moved: (step: string, position: number) => `${step} staat nu op plek ${position}.`,
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type Messages = typeof nl;
export default nl;
