/** Polish texts of the skillprint, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import preferenceWords from '../../base/preference-words/pl.js';
import type { Messages } from './nl.js';

/** "polski", "polski i niderlandzki", "polski, angielski i niderlandzki". */
const list = (items: string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const pl: Messages = {
  title: 'Mój skillprint',
  titleOf: (name: string) => `Skillprint: ${name}`,
  made: (date: Date) =>
    `Utworzono ${date.toLocaleDateString('pl', { day: 'numeric', month: 'long', year: 'numeric' })}`,
  measured: (month: Date) =>
    `Zmierzono testem w wersji: ${month.toLocaleDateString('pl', { month: 'long', year: 'numeric' })}`,
  /** The names come from Intl.DisplayNames in Polish ("polski", "niderlandzki"): "Język testu: polski i niderlandzki." */
  testLanguage: (names: string[]) => `${names.length > 1 ? 'Języki' : 'Język'} twojego testu: ${list(names, 'i')}.`,
  loading: 'Chwileczkę. Ładujemy skillprint.',
  checking: 'Sprawdzamy, czy ten skillprint jest prawdziwy.',
  verified: 'Prawdziwy: sprawdzony podpisem Passport for Work.',
  notVerified: 'Niesprawdzony: ten skillprint został zmieniony albo podpis się nie zgadza.',
  notFound: 'Nie możemy znaleźć tego skillprintu. Sprawdź, czy link jest dobry, albo poproś o nowy link.',
  linkExpired: 'Ten link już nie działa. Wygasł albo został zatrzymany. Poproś o nowy link.',
  loadError: 'Teraz nie da się tego załadować. Spróbuj ponownie później.',
  retry: 'Spróbuj ponownie',
  strengths: 'Twoje mocne strony',
  skills: 'Twoje umiejętności',
  level: (n: number) => `Poziom ${n} z 5`,
  sure: 'Test jest tego dość pewny.',
  poorFit:
    'Nie udało się tego dobrze zmierzyć. Twoje odpowiedzi nie pasują dobrze do siebie. To może się zdarzyć, na przykład gdy pytanie było niejasne. Te poziomy mówią więc mało o tobie. Możesz zrobić test jeszcze raz.',
  provisional:
    'Wstępna ocena: wciąż się uczymy. Test jest nowy, więc poziomów nie sprawdzono jeszcze na prawdziwych odpowiedziach.',
  range: (others: number[]) => `To może być też poziom ${list(others.map(String), 'lub')}.`,
  showTable: 'Pokaż jako tabelę',
  showBars: 'Pokaż jako słupki',
  tableCaption: 'Umiejętności: poziom i jak bardzo test jest tego pewny',
  other: {
    title: 'Skillprint',
    strengths: 'Mocne strony',
    skills: 'Umiejętności',
    poorFit: 'Test nie zmierzył tego dobrze: odpowiedzi do siebie nie pasują. Dlatego te poziomy mówią niewiele.',
    interests: 'Zainteresowania',
    environment: 'Ulubiony sposób pracy',
  },
  colSkill: 'Umiejętność',
  colLevel: 'Poziom (od 1 do 5)',
  colRange: 'Może też być',
  colPercentile: 'Lepiej niż (na 100)',
  interests: 'To lubisz',
  environment: 'Tak lubisz pracować',
  ...preferenceWords,
  notMeasured: (skills) => `Tego nie zmierzyliśmy jeszcze dość dobrze: ${skills}.`,
  print: 'Drukuj albo zapisz jako PDF',
};
export default pl;
