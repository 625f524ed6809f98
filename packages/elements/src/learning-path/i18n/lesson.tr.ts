/** Turkish: the texts around a micro-lesson (#25), written for meaning at B1. Not yet reviewed by a native speaker. */
import type { LessonMessages } from './lesson.js';

const tr: LessonMessages = {
  page: (n, of) => `Sayfa ${n} / ${of}`,
  readAloud: 'Sesli oku',
  noVoice: 'Tarayıcında bu dili sesli okuyacak bir ses yok.',
  previous: 'Geri',
  next: 'İleri',
  finish: 'Dersi bitir',
  close: 'Dersi kapat',
  good: 'İyi seçim.',
  notQuite: 'Tam olarak değil.',
  think: 'Düşün ve seç. Hiçbir şey siteye gönderilmez.',
  failed: 'Ders yüklenemedi. Daha sonra tekrar dene.',
  saved: 'Ders bitti. Bu adıma başladın.',
};
export default tr;
