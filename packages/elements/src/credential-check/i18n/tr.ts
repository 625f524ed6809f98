/** Turkish texts of the verify page, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { Messages } from './nl.js';

const tr: Messages = {
  title: 'Bu skillprint gerçek mi?',
  intro: 'Bağlantıyı ya da belgenin metnini yapıştır. Ya da dosyayı seç. Gerçek olup olmadığına bakarız.',
  inputLabel: 'Bağlantı ya da belge',
  fileLabel: 'Ya da dosyayı seç (.jwt)',
  check: 'Kontrol et',
  checking: 'Bir dakika. Kontrol ediyoruz.',
  notUnderstood: 'Bu, tanıdığımız bir bağlantı ya da belge değil. Bağlantının ya da metnin tamamını yapıştır.',
  fileNotUnderstood: 'Bu dosya tanıdığımız bir belge değil. Sana verilen dosyayı seç: adı .jwt ile biter.',
  empty: 'Önce bir bağlantı ya da belge yapıştır.',
  failed: 'Şu an kontrol edilemiyor. Daha sonra tekrar dene.',
  real: 'Gerçek',
  notReal: 'Geçerli değil',
  problems: {
    malformed: 'Bu, okuyabileceğimiz bir skillprint belgesi değil.',
    'other-issuer': 'Bu belgeyi Passport for Work vermedi. Onu burada kontrol edemeyiz.',
    signature: 'Bu belge imzalandıktan sonra değiştirilmiş. Ona güvenme.',
    expired: 'Bu belgenin süresi doldu. Sahibinden yeni bir belge iste.',
    'not-yet-valid': 'Bu belge henüz geçerli değil.',
    revoked: 'Sahibi bu belgeyi geri çekti. Artık geçerli değil.',
    'link-unknown': 'Bu bağlantıyı tanımıyoruz. Bağlantının tamamını aldığından emin ol.',
    'link-expired': 'Bu bağlantı artık çalışmıyor. Süresi doldu ya da durduruldu. Yeni bir bağlantı iste.',
  },
  issued: (issuer: string, date: Date) =>
    `${issuer} üzerinden ${date.toLocaleDateString('tr', { day: 'numeric', month: 'long', year: 'numeric' })} tarihinde yapıldı.`,
  measured: (month: Date) => `${month.toLocaleDateString('tr', { month: 'long', year: 'numeric' })} testiyle ölçüldü.`,
  version: (v: string) => `Test sürümü ${v} ile ölçüldü.`,
  provisional: 'Geçici tahmin: hâlâ öğreniyoruz. Seviyeler henüz gerçek cevaplara göre ayarlanmadı.',
  skillsHeading: 'Seviyeler ne anlatıyor',
  skill: 'Beceri',
  level: 'Seviye',
  meaning: 'Anlamı',
  levelNames: ['başlangıç', 'temel', 'orta', 'güçlü', 'çok güçlü'],
  holder: (name: string) => `Bu skillprint ${name} adlı kişiye ait. Bu bir takma ad, gerçek ad değil.`,
  levelOf: (level: number, low: number, high: number) =>
    low === high
      ? `5 üzerinden ${level}`
      : `5 üzerinden ${level} (${low === level ? high : low}${low < level && high > level ? ` ya da ${high}` : ''} de olabilir)`,
  scale:
    'Seviye 1 başlangıç, seviye 5 çok güçlü demek. Bir seviye, birinin ne gösterdiğini söyler, birinin değerini değil.',
};
export default tr;
