/** Ukrainian: the texts around a micro-lesson (#25), written for meaning at B1. Not yet reviewed by a native speaker. */
import type { LessonMessages } from './lesson.js';

const uk: LessonMessages = {
  page: (n, of) => `Сторінка ${n} з ${of}`,
  readAloud: 'Читати вголос',
  noVoice: 'У вашому браузері немає голосу, щоб читати цю мову вголос.',
  previous: 'Назад',
  next: 'Далі',
  finish: 'Завершити урок',
  close: 'Закрити урок',
  good: 'Добрий вибір.',
  notQuite: 'Не зовсім.',
  think: 'Подумайте й виберіть. Нічого не надсилається на сайт.',
  failed: 'Урок не завантажився. Спробуйте пізніше.',
  saved: 'Урок завершено. Ви почали цей крок.',
};
export default uk;
