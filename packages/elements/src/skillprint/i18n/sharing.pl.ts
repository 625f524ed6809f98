/** Polish texts of the skillprint's share panel, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { SharingMessages } from './sharing.nl.js';

const date = (d: Date) => d.toLocaleDateString('pl', { day: 'numeric', month: 'long', year: 'numeric' });

const pl: SharingMessages = {
  shareTitle: 'Udostępnij swój skillprint',
  shareHelp:
    'Dzięki linkowi ktoś może zobaczyć twój skillprint. Ty wybierasz, na jak długo. Link możesz zawsze zatrzymać.',
  expiry: 'Jak długo ma działać link?',
  days: (n: number) => (n === 1 ? '1 dzień' : `${n} dni`),
  makeLink: 'Utwórz link',
  links: 'Twoje linki',
  noLinks: 'Nie masz jeszcze linków.',
  until: (d: Date) => `Działa do ${date(d)}`,
  forPrint: 'Do wydruku',
  stopped: 'Zatrzymany',
  copy: 'Kopiuj link',
  copied: 'Link skopiowany.',
  revoke: 'Zatrzymaj ten link',
  revoked: 'Link został zatrzymany.',
  newLink: 'Nowy link. Skopiuj go teraz: później zobaczysz tylko jego początek.',
  claimsTitle: 'Potwierdzone przez innych',
  claimsHelp:
    'Szkoła lub firma szkoleniowa może potwierdzić, co umiesz. To widać tutaj, osobno od twojego zmierzonego poziomu. To nie zmienia twojego poziomu.',
  noClaims: 'Nikt jeszcze niczego nie potwierdził.',
  confirmedBy: (issuer: string) => `Potwierdzone przez: ${issuer}`,
  level: (n: number) => `poziom ${n}`,
  codeLabel: 'Masz kod? Wpisz go tutaj.',
  addCode: 'Dodaj do skillprintu',
  codeAdded: 'Potwierdzenie zostało dodane do twojego skillprintu.',
  codeWrong: 'Ten kod nie działa. Może był już użyty albo wygasł. Poproś o nowy.',
  codeEmpty: 'Najpierw wpisz kod.',
  badgeLabel: 'Albo dodaj odznakę Open Badge (plik .jwt, na przykład edubadge)',
  addBadge: 'Dodaj odznakę',
  badgeAdded: 'Odznaka została dodana do twojego skillprintu.',
  badgeWrong: {
    malformed: 'Ten plik nie jest odznaką, którą umiemy odczytać.',
    key: 'Nie mogliśmy sprawdzić, kto zrobił tę odznakę.',
    signature: 'Ta odznaka została zmieniona albo nie jest dobrze podpisana.',
    'not-open-badge': 'To nie jest Open Badge.',
    'not-yet-valid': 'Ta odznaka jeszcze nie jest ważna.',
    expired: 'Ta odznaka wygasła.',
    revoked: 'Twórca wycofał tę odznakę.',
    'no-known-skill': 'Ta odznaka nie podaje umiejętności ani certyfikatu, które znamy.',
  },
  badgeFailed: 'Dodawanie się nie udało. Spróbuj ponownie później.',
  badgeEmpty: 'Najpierw wybierz plik odznaki.',
  remove: 'Usuń',
  removed: 'Potwierdzenie zostało usunięte.',
  badgeTitle: 'Twój skillprint jako Open Badge',
  badgeHelp:
    'Zapisz swój skillprint jako Open Badge w portfelu cyfrowym. Albo wyślij go do szkoły lub pracodawcy. Każdy może sprawdzić, że jest prawdziwy. Zawsze możesz go wycofać.',
  download: 'Pobierz jako Open Badge',
  downloaded: 'Odznaka Open Badge została pobrana.',
  badges: 'Twoje odznaki Open Badge',
  day: (d: Date) => date(d),
  madeOn: (d: Date) => `Utworzono ${date(d)}`,
  withdrawn: 'Wycofana',
  withdraw: 'Wycofaj',
  withdrawnNow: 'Odznaka Open Badge została wycofana. Nie jest już ważna.',
};
export default pl;
