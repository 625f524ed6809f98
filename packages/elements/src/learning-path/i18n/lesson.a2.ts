/** Eenvoudig Nederlands (A2): the texts around a micro-lesson, for readers who find B1 hard (MBO 1-2). */
import type { LessonMessages } from './lesson.js';

const a2: LessonMessages = {
  page: (n: number, of: number) => `Pagina ${n} van ${of}`,
  readAloud: 'Lees voor',
  noVoice: 'Je browser kan deze taal niet voorlezen.',
  previous: 'Vorige',
  next: 'Volgende',
  finish: 'Les klaar',
  close: 'Sluit de les',
  good: 'Goed gekozen.',
  notQuite: 'Niet helemaal goed.',
  think: 'Denk na en kies. We sturen je keuze nergens heen.',
  failed: 'We konden de les niet laden. Probeer het later nog eens.',
  saved: 'Je hebt de les gedaan. Je bent nu met deze stap begonnen.',
};

export default a2;
