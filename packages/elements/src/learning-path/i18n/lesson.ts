/** The texts around a micro-lesson (a lazy part of the learning path): Dutch and English here, the other languages in lesson.<lang>.ts. */
const nl = {
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  readAloud: 'Lees voor',
  noVoice: 'Je browser heeft geen stem om deze taal voor te lezen.',
  previous: 'Vorige',
  next: 'Volgende',
  finish: 'Klaar met de les',
  close: 'Sluit de les',
  good: 'Goed gekozen.',
  notQuite: 'Niet helemaal.',
  think: 'Denk na en kies. We sturen je keuze nergens heen.',
  failed: 'De les kon niet laden. Probeer het later nog eens.',
  saved: 'De les is gedaan. Je bent met deze stap begonnen.',
};

const en: typeof nl = {
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  readAloud: 'Read aloud',
  noVoice: 'Your browser has no voice to read this language aloud.',
  previous: 'Previous',
  next: 'Next',
  finish: 'Finish the lesson',
  close: 'Close the lesson',
  good: 'Good choice.',
  notQuite: 'Not quite.',
  think: 'Think and choose. Your choice is not sent anywhere.',
  failed: 'The lesson could not load. Please try again later.',
  saved: 'The lesson is done. You have begun this step.',
};

export type LessonMessages = typeof nl;
export { en, nl };
