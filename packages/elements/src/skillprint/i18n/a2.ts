/** Eenvoudig Nederlands (A2): texts of the skillprint, for readers who find B1 hard (MBO 1-2). */
import preferenceWords from '../../base/preference-words/a2.js';
import type { Messages } from './nl.js';
import { dayIn, monthIn } from '../../base/dates.js';

const a2: Messages = {
  title: 'Mijn skillprint',
  titleOf: (name: string) => `Skillprint van ${name}`,
  made: (date: Date) => `Gemaakt op ${dayIn('nl', date)}`,
  measured: (month: Date) => `Gemeten met de test van ${monthIn('nl', month)}`,
  testLanguage: (names: string[]) => `Je deed de test in ${names.map((name) => `het ${name}`).join(' en ')}.`,
  loading: 'Even wachten. De skillprint komt eraan.',
  checking: 'We kijken of deze skillprint echt is.',
  verified: 'Echt. De handtekening van Passport for Work klopt.',
  notVerified: 'Niet gecontroleerd. Deze skillprint is veranderd. Of de handtekening klopt niet.',
  notFound: 'We kunnen deze skillprint niet vinden. Kijk of de link goed is. Of vraag een nieuwe link.',
  linkExpired: 'Deze link werkt niet meer. Hij is verlopen of gestopt. Vraag een nieuwe link.',
  loadError: 'Het laden lukt nu niet. Probeer het later nog eens.',
  retry: 'Probeer opnieuw',
  strengths: 'Hier ben je sterk in',
  skills: 'Wat je kunt',
  level: (n: number) => `Niveau ${n} van 5`,
  sure: 'De test weet dit vrij zeker.',
  poorFit:
    'We konden dit niet goed meten. Je antwoorden passen niet goed bij elkaar. Dat kan gebeuren. Misschien begreep je een vraag niet goed. Deze niveaus zeggen dus weinig over jou. Je kunt de test nog een keer doen.',
  provisional:
    'Let op: dit is nog niet zeker. De test is nieuw. We leren nog. We vergeleken de niveaus nog niet met echte antwoorden.',
  range: (others: number[]) =>
    `Het kan ook niveau ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} of ${others.at(-1)}`} zijn.`,
  showTable: 'Toon als tabel',
  showBars: 'Toon als balken',
  tableCaption: 'Wat iemand kan: niveau en hoe zeker de test is',
  other: {
    title: 'Skillprint',
    strengths: 'Sterk in',
    skills: 'Wat iemand kan',
    poorFit: 'De test kon dit niet goed meten. De antwoorden passen niet bij elkaar. Deze niveaus zeggen weinig.',
    interests: 'Vindt leuk',
    environment: 'Werkt graag',
  },
  colSkill: 'Vaardigheid',
  colLevel: 'Niveau (1 tot 5)',
  colRange: 'Kan ook zijn',
  colPercentile: 'Beter dan (van 100 mensen)',
  interests: 'Dit vind je leuk',
  environment: 'Zo werk je graag',
  ...preferenceWords,
  notMeasured: (skills: string) => `Dit weten we nog niet goed genoeg: ${skills}.`,
  print: 'Printen of pdf',
};

export default a2;
