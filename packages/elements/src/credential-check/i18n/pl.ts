/** Polish texts of the verify page, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

const pl: Messages = {
  title: 'Czy ten skillprint jest prawdziwy?',
  intro: 'Wklej link albo tekst zaświadczenia. Albo wybierz plik. Sprawdzimy, czy jest prawdziwe.',
  inputLabel: 'Link lub zaświadczenie',
  fileLabel: 'Albo wybierz plik (.jwt)',
  check: 'Sprawdź',
  checking: 'Chwileczkę. Sprawdzamy to.',
  notUnderstood: 'Nie znamy takiego linku ani zaświadczenia. Wklej cały link albo cały tekst.',
  fileNotUnderstood: 'Nie znamy tego pliku. Wybierz plik, który dostałeś: jego nazwa kończy się na .jwt.',
  empty: 'Najpierw wklej link lub zaświadczenie.',
  failed: 'Teraz nie da się tego sprawdzić. Spróbuj ponownie później.',
  real: 'Prawdziwy',
  notReal: 'Nieważny',
  problems: {
    malformed: 'To nie jest zaświadczenie skillprint, które umiemy odczytać.',
    'other-issuer': 'To zaświadczenie nie pochodzi z Passport for Work. Nie możemy go tutaj sprawdzić.',
    signature: 'To zaświadczenie zostało zmienione po podpisaniu. Nie ufaj mu.',
    expired: 'To zaświadczenie wygasło. Poproś właściciela o nowe.',
    'not-yet-valid': 'To zaświadczenie jeszcze nie jest ważne.',
    revoked: 'Właściciel wycofał to zaświadczenie. Nie jest już ważne.',
    'link-unknown': 'Nie znamy tego linku. Sprawdź, czy masz cały link.',
    'link-expired': 'Ten link już nie działa. Wygasł albo został zatrzymany. Poproś o nowy link.',
  },
  issued: (issuer: string, date: Date) =>
    `Utworzone ${date.toLocaleDateString('pl', { day: 'numeric', month: 'long', year: 'numeric' })}. Wystawca: ${issuer}.`,
  measured: (month: Date) =>
    `Zmierzono testem w wersji: ${month.toLocaleDateString('pl', { month: 'long', year: 'numeric' })}.`,
  version: (v: string) => `Zmierzono testem w wersji ${v}.`,
  provisional: 'Wstępna ocena: wciąż się uczymy. Poziomy nie są jeszcze dopasowane do prawdziwych odpowiedzi.',
  skillsHeading: 'Co mówią poziomy',
  skill: 'Umiejętność',
  level: 'Poziom',
  meaning: 'Co to znaczy',
  levelNames: ['początkujący', 'podstawowy', 'średni', 'mocny', 'bardzo mocny'],
  holder: (name: string) => `Ten skillprint należy do: ${name}. To pseudonim, a nie prawdziwe imię.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `${level} z 5`
      : `${level} z 5 (może też być ${low === level ? high : low}${low < level && high > level ? ` lub ${high}` : ''})`,
  scale:
    'Poziom 1 to początkujący, poziom 5 to bardzo mocny. Poziom mówi, co ktoś pokazuje, a nie, ile ktoś jest wart.',
};

export default pl;
