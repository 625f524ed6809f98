/** Polish texts of requests, shared details and applications, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PeopleMessages } from './people.js';

const pl: PeopleMessages = {
  requestsCount: (n: number) => (n === 1 ? 'Pracodawca chce cię poznać (1)' : `Pracodawcy chcą cię poznać (${n})`),
  interested: 'Interesuje mnie to',
  applicants: (n: number) => `Osoby zainteresowane tą pracą (${n})`,
  invite: 'Zaproś',
  declineApplicant: 'Odrzuć',
  invited: (who: string) => `${who} ma zaproszenie i widzi twoją prośbę.`,
  declinedApplicant: (who: string) => `${who} dostanie miłą wiadomość, że teraz to nie pasuje.`,
  applied: 'Twoje zgłoszenie zostało wysłane. Pracodawca widzi twój wynik, ale nie twoje imię.',
  appliedBefore: 'Twoje zgłoszenie do tej pracy zostało już wysłane.',
  applyJoinPool:
    'Pracodawcy nie mogą cię jeszcze znaleźć. Najpierw zgódź się, żeby pracodawcy mogli cię znaleźć. Potem możesz pokazać, że jesteś zainteresowany.',
  appliedShown: 'Twoje zgłoszenie zostało wysłane',
  undo: 'Wycofaj',
  undoAsk: 'Na pewno? Wtedy pracodawca nie zobaczy już twojego zgłoszenia.',
  undoYes: 'Tak, wycofaj',
  undoNo: 'Nie, jednak nie',
  undone: 'Twoje zgłoszenie zostało wycofane. Pracodawca już go nie widzi.',
  requestFrom: (employer: string, job: string) => `${employer} chce z tobą porozmawiać o pracy: ${job}.`,
  shareWhat: 'Jeśli powiesz „tak”, pracodawca zobaczy cały twój skillprint i dostanie te dane:',
  name: 'Twoje imię i nazwisko',
  email: 'Twój adres e-mail',
  phone: 'Twój numer telefonu (może zostać pusty)',
  accept: 'Tak, udostępnij moje dane',
  decline: 'Nie, wolę nie',
  sharedWith: 'Pracodawcy, którym udostępniasz swoje dane',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} widzi teraz też twoje imię i nazwisko, dane kontaktowe i cały skillprint (do pracy: ${job}).`,
  withdraw: 'Przestań udostępniać',
  withdrawn: (employer: string) =>
    `Już nie udostępniasz danych. ${employer} nie widzi już twojego imienia i nazwiska ani danych kontaktowych. Nie ma cię też już na liście tego pracodawcy.`,
  accepted: 'Twoja odpowiedź: tak. Pracodawca się z tobą skontaktuje.',
  declined: (employer: string) =>
    `Twoja odpowiedź dla ${employer}: nie. Pracodawca widzi tylko tę odpowiedź, nie twoje imię i nazwisko.`,
  requestAsk: (who: string) =>
    `${who} dostanie wiadomość, że chcecie się poznać w sprawie tej pracy. Zobaczy waszą nazwę i pracę. Dopiero gdy ${who} powie tak, zobaczysz imię, e-mail i numer telefonu.`,
  requestYes: 'Tak, wyślij prośbę',
  sendRequest: 'Wyślij prośbę',
  requested: 'Prośba wysłana. Czekamy na odpowiedź.',
  statuses: {
    requested: 'Czeka na odpowiedź',
    accepted: 'Przyjęta',
    declined: 'Odrzucona',
    withdrawn: 'Wycofana',
    expired: 'Wygasła',
  },
  identity: 'Dane kontaktowe',
  whole: 'Wszystkie umiejętności ze skillprintu',
  wholeLevel: (n: number) => `poziom ${n} z 5`,
  withdrawAsk: (employer: string) =>
    `Przestać udostępniać? Wtedy ${employer} nie zobaczy już twojego imienia i nazwiska ani danych kontaktowych. Nie będzie cię też już na liście tego pracodawcy.`,
  withdrawYes: 'Tak, przestań udostępniać',
  withdrawNo: 'Nie, jednak nie',
  nameMissing: 'Wpisz swoje imię i nazwisko.',
  nameTooLong: (max: number) => `Imię i nazwisko jest za długie. Użyj najwyżej ${max} znaków.`,
  emailMissing: 'Wpisz swój adres e-mail.',
  emailWrong: 'Ten adres e-mail jest niepoprawny. Dobry adres wygląda tak: imie@przyklad.pl.',
  phoneDigits: (min: number) => `Wpisz numer telefonu, który ma co najmniej ${min} cyfr, albo zostaw puste pole.`,
  phoneLong: (max: number) => `Ten numer telefonu jest za długi. Użyj najwyżej ${max} znaków.`,
  fieldWrong: 'To jeszcze nie jest poprawne. Sprawdź to.',
  checkFields: (n: number) =>
    n === 1 ? 'Jedno pole jest jeszcze niepoprawne. Sprawdź je.' : `Niepoprawne pola: ${n}. Sprawdź je.`,
  failed: 'Teraz się nie udało. Spróbuj ponownie później.',
};
export default pl;
