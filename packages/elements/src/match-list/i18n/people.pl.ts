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
  applyJoinPool: 'Najpierw zapisz się do bazy kandydatów. Wtedy pracodawca może cię znaleźć.',
  requestFrom: (employer: string, job: string) => `${employer} chce z tobą porozmawiać o pracy: ${job}.`,
  shareWhat: 'Jeśli powiesz „tak”, pracodawca dostanie tylko te dane:',
  name: 'Twoje imię i nazwisko',
  email: 'Twój adres e-mail',
  phone: 'Twój numer telefonu (może zostać pusty)',
  accept: 'Tak, udostępnij moje dane',
  decline: 'Nie, wolę nie',
  sharedWith: 'Pracodawcy, którym udostępniasz swoje dane',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} widzi twoje imię i nazwisko, dane kontaktowe i skillprint (do pracy: ${job}).`,
  withdraw: 'Przestań udostępniać',
  withdrawn: (employer: string) => `${employer} już nie widzi twoich danych.`,
  accepted: 'Twoja odpowiedź: tak. Pracodawca się z tobą skontaktuje.',
  declined: 'Twoja odpowiedź: nie. Pracodawca nie widzi twoich danych.',
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
};
export default pl;
