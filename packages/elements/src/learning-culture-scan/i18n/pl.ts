/** Polish texts: the learning culture scan as employees answer it. Written for meaning, in plain words. */
import type { Messages } from './nl.js';

const pl: Messages = {
  answerTitle: 'Nauka w twojej pracy',
  loading: 'Chwileczkę. Pobieramy pytania.',
  title: (company) => `Nauka w firmie ${company}`,
  intro: 'Jak wygląda nauka w twojej pracy? Przy każdym zdaniu powiedz, na ile się zgadzasz. To zajmie około 5 minut.',
  anonymous:
    'Bierzesz udział anonimowo. Nie pytamy o imię ani e-mail. Pracodawca widzi tylko to, co odpowiedzieli wszyscy współpracownicy razem. I dopiero gdy wzięło udział co najmniej 5 osób.',
  skip: 'Nie wiesz? To pomiń to zdanie.',
  minimum: (min, of) => `Ale odpowiedz na co najmniej ${min} z ${of} zdań.`,
  begin: 'Zacznij',
  part: (n, of) => `Część ${n} z ${of}`,
  answered: (n, of) => `Odpowiedzi: ${n} z ${of} zdań`,
  previous: 'Wstecz',
  next: 'Dalej',
  send: 'Wyślij moje odpowiedzi',
  tooFew: (min, n) =>
    `Odpowiedz na co najmniej ${min} zdań. Masz teraz ${n}. Pierwsze zdanie bez odpowiedzi jest poniżej.`,
  thanks: 'Dziękujemy!',
  thanksText: 'Twoje odpowiedzi są zapisane. Nigdzie nie ma przy nich twojego imienia. Możesz teraz zamknąć tę stronę.',
  already:
    'Z tego urządzenia odpowiedzi zostały już wysłane. Dziękujemy! Kolega też chce wziąć udział? Niech otworzy link na swoim telefonie lub komputerze. Wtedy każdy liczy się raz.',
  closed: 'Ta ankieta jest zamknięta. Nie możesz już wziąć udziału.',
  noScan: 'Ten link nie działa. Poproś pracodawcę o nowy link.',
  failed: 'Teraz to nie działa. Spróbuj ponownie później.',
  sendFailed: 'Wysyłanie się nie udało. Twoje odpowiedzi nadal tu są. Spróbuj ponownie.',
  retry: 'Spróbuj ponownie',
  readAloud: 'Czytaj na głos',
  noVoice: 'Twoja przeglądarka nie ma głosu, który czyta ten język na głos.',
  deskTitle: 'Kultura uczenia się w twojej firmie',
};

export default pl;
