/** Dutch texts at B1: the learning culture scan as employees answer it (the employer's are in desk-nl.ts). */

const nl = {
  // Employees: answering by the shared link.
  answerTitle: 'Leren in je werk',
  loading: 'Even geduld. We halen de vragen op.',
  title: (company: string) => `Leren bij ${company}`,
  intro:
    'Hoe is het om te leren in je werk? Geef bij elke zin aan hoe eens je het ermee bent. Het duurt ongeveer 5 minuten.',
  anonymous:
    "Je doet anoniem mee. We vragen geen naam en geen e-mail. Je werkgever ziet alleen wat alle collega's samen antwoorden. En pas als minstens 5 collega's meededen.",
  skip: 'Weet je het niet? Sla de zin dan over.',
  /** On the start screen: how many statements must have an answer (the same number that is checked at sending). */
  minimum: (min: number, of: number) => `Beantwoord wel minstens ${min} van de ${of} zinnen.`,
  begin: 'Begin',
  part: (n: number, of: number) => `Deel ${n} van ${of}`,
  answered: (n: number, of: number) => `${n} van ${of} zinnen beantwoord`,
  previous: 'Vorige',
  next: 'Volgende',
  send: 'Verstuur mijn antwoorden',
  tooFew: (min: number, n: number) =>
    `Beantwoord minstens ${min} zinnen. Je hebt er nu ${n}. Hieronder staat de eerste zin zonder antwoord.`,
  thanks: 'Dank je wel!',
  thanksText: 'Je antwoorden zijn bewaard. Je naam staat er nergens bij. Je kunt deze pagina nu sluiten.',
  already:
    'Je hebt op dit apparaat al meegedaan. Dank je wel! Wil een collega ook meedoen? Die opent de link op een eigen telefoon of computer. Zo telt iedereen één keer.',
  closed: 'Deze scan is gesloten. Je kunt niet meer meedoen.',
  noScan: 'Deze link werkt niet. Vraag je werkgever om een nieuwe link.',
  failed: 'Het lukt nu niet. Probeer het later opnieuw.',
  sendFailed: 'Versturen lukte niet. Je antwoorden staan er nog. Probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  readAloud: 'Lees voor',

  noVoice: 'Je browser heeft geen stem om deze taal voor te lezen.',
  deskTitle: 'Leercultuur in je bedrijf',
};

export default nl;
export type Messages = typeof nl;
