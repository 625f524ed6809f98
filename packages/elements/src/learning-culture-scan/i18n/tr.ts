/** Turkish texts: the learning culture scan as employees answer it. Written for meaning, in plain words. */
import type { Messages } from './nl.js';

const tr: Messages = {
  answerTitle: 'İşinde öğrenmek',
  loading: 'Bir dakika. Soruları getiriyoruz.',
  title: (company) => `${company} şirketinde öğrenmek`,
  intro: 'İşinde öğrenmek nasıl? Her cümle için ne kadar katıldığını söyle. Yaklaşık 5 dakika sürer.',
  anonymous:
    'İsimsiz katılıyorsun. Adını ve e-postanı sormuyoruz. İşverenin sadece tüm çalışma arkadaşlarının birlikte verdiği cevapları görür. Bunu da ancak en az 5 kişi katıldıktan sonra görür.',
  skip: 'Bilmiyor musun? O zaman cümleyi geç.',
  minimum: (min, of) => `Ama ${of} cümleden en az ${min} tanesini cevapla.`,
  begin: 'Başla',
  part: (n, of) => `Bölüm ${n} / ${of}`,
  answered: (n, of) => `${of} cümleden ${n} tanesi cevaplandı`,
  previous: 'Geri',
  next: 'İleri',
  send: 'Cevaplarımı gönder',
  tooFew: (min, n) => `En az ${min} cümleyi cevapla. Şu an ${n} cevabın var. Cevapsız ilk cümle aşağıda.`,
  thanks: 'Teşekkürler!',
  thanksText: 'Cevapların kaydedildi. Adın hiçbir yerde yok. Bu sayfayı şimdi kapatabilirsin.',
  already:
    'Bu cihazda zaten katıldın. Teşekkürler! Bir iş arkadaşın da katılmak mı istiyor? Bağlantıyı kendi telefonunda veya bilgisayarında açsın. Böylece herkes bir kez sayılır.',
  closed: 'Bu anket kapandı. Artık katılamazsın.',
  noScan: 'Bu bağlantı çalışmıyor. İşvereninden yeni bir bağlantı iste.',
  failed: 'Şu an olmuyor. Daha sonra tekrar dene.',
  sendFailed: 'Gönderme olmadı. Cevapların hâlâ burada. Tekrar dene.',
  retry: 'Tekrar dene',
  readAloud: 'Sesli oku',
  noVoice: 'Tarayıcında bu dili sesli okuyacak bir ses yok.',
  deskTitle: 'Şirketinde öğrenme kültürü',
};

export default tr;
