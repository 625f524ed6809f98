/** Polish: the texts around a micro-lesson (#25), written for meaning at B1. Not yet reviewed by a native speaker. */
import type { LessonMessages } from './lesson.js';

const pl: LessonMessages = {
  page: (n, of) => `Strona ${n} z ${of}`,
  readAloud: 'Czytaj na głos',
  noVoice: 'Twoja przeglądarka nie ma głosu, który czyta ten język na głos.',
  previous: 'Wstecz',
  next: 'Dalej',
  finish: 'Zakończ lekcję',
  close: 'Zamknij lekcję',
  good: 'Dobry wybór.',
  notQuite: 'Nie do końca.',
  think: 'Pomyśl i wybierz. Nic nie zostanie wysłane na stronę.',
  failed: 'Nie udało się wczytać lekcji. Spróbuj później.',
  saved: 'Lekcja zrobiona. Ten krok jest rozpoczęty.',
};
export default pl;
