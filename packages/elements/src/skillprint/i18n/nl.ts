/** Dutch texts of the skillprint, at B1. */
import preferenceWords from '../../base/preference-words/nl.js';
import { dayIn, monthIn } from '../../base/dates.js';

const nl = {
  title: 'Mijn skillprint',
  titleOf: (name: string) => `Skillprint van ${name}`,
  made: (date: Date) => `Gemaakt op ${dayIn('nl', date)}`,
  /** The month of the test, from the assessment version (see testMonth in @pfw/core/norms; without one, the version itself). */
  measured: (month: Date) => `Gemeten met de test van ${monthIn('nl', month)}`,
  /** The languages the test was shown in, each named by the browser in this language (Intl.DisplayNames: "Turks"). */
  testLanguage: (names: string[]) => `Je deed de test in ${names.map((name) => `het ${name}`).join(' en ')}.`,
  loading: 'Even geduld. We laden de skillprint.',
  checking: 'We controleren of deze skillprint echt is.',
  verified: 'Echt: gecontroleerd met de handtekening van Passport for Work.',
  notVerified: 'Niet gecontroleerd: deze skillprint is veranderd of de handtekening klopt niet.',
  notFound: 'Deze skillprint kunnen we niet vinden. Kijk of de link goed is, of vraag een nieuwe link.',
  linkExpired: 'Deze link werkt niet meer. Hij is verlopen of gestopt. Vraag een nieuwe link.',
  loadError: 'Het laden lukt nu niet. Probeer het later nog eens.',
  retry: 'Probeer opnieuw',
  strengths: 'Hier ben je sterk in',
  skills: 'Je vaardigheden',
  level: (n: number) => `Niveau ${n} van 5`,
  sure: 'De test is hier vrij zeker van.',
  poorFit:
    'We konden dit niet goed meten. Je antwoorden passen niet goed bij elkaar. Dat kan gebeuren, bijvoorbeeld als je een vraag niet goed begreep. Deze niveaus zeggen dus weinig over jou. Je kunt de test nog een keer doen.',
  provisional:
    'Voorlopige schatting: we leren nog. De test is nieuw, dus de niveaus zijn nog niet getoetst aan echte antwoorden.',
  range: (others: number[]) =>
    `Het kan ook niveau ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} of ${others.at(-1)}`} zijn.`,
  showTable: 'Toon als tabel',
  showBars: 'Toon als balken',
  tableCaption: 'Vaardigheden: niveau en hoe zeker de test is',
  /** The same, read by someone else (the compact card of lists and HR tools, a card opened by a share link): not "je". */
  other: {
    title: 'Skillprint',
    strengths: 'Sterk in',
    skills: 'Vaardigheden',
    poorFit:
      'De test kon dit niet goed meten: de antwoorden passen niet goed bij elkaar. Deze niveaus zeggen dus weinig.',
    interests: 'Vindt leuk',
    environment: 'Werkt graag',
  },
  colSkill: 'Vaardigheid',
  colLevel: 'Niveau (1 tot 5)',
  colRange: 'Kan ook zijn',
  colPercentile: 'Beter dan (van 100)',
  interests: 'Dit vind je leuk',
  environment: 'Zo werk je graag',
  ...preferenceWords,
  notMeasured: (skills: string) => `Nog niet goed genoeg gemeten: ${skills}.`,
  print: 'Printen of bewaren als pdf',
};

/** The shape every language of these texts has (en.ts is typed with it). */
export type Messages = typeof nl;
export default nl;
