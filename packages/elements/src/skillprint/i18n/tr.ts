/** Turkish texts of the skillprint, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import preferenceWords from '../../base/preference-words/tr.js';
import type { Messages } from './nl.js';

const tr: Messages = {
  title: 'Skillprint’im',
  titleOf: (name: string) => `Skillprint: ${name}`,
  made: (date: Date) =>
    `${date.toLocaleDateString('tr', { day: 'numeric', month: 'long', year: 'numeric' })} tarihinde yapıldı`,
  measured: (month: Date) => `${month.toLocaleDateString('tr', { month: 'long', year: 'numeric' })} testiyle ölçüldü`,
  /** The names come from Intl.DisplayNames in Turkish ("Türkçe", "Felemenkçe"): "Testi Türkçe ve Felemenkçe yaptın." */
  testLanguage: (names: string[]) => `Testi ${names.join(' ve ')} yaptın.`,
  loading: 'Bir dakika. Skillprint’i yüklüyoruz.',
  checking: 'Bu skillprint’in gerçek olup olmadığını kontrol ediyoruz.',
  verified: 'Gerçek: Passport for Work imzasıyla kontrol edildi.',
  notVerified: 'Doğrulanamadı: bu skillprint değiştirilmiş ya da imzası doğru değil.',
  notFound: 'Bu skillprint’i bulamıyoruz. Bağlantının doğru olduğuna bak ya da yeni bir bağlantı iste.',
  linkExpired: 'Bu bağlantı artık çalışmıyor. Süresi doldu ya da durduruldu. Yeni bir bağlantı iste.',
  loadError: 'Şu an yüklenemiyor. Daha sonra tekrar dene.',
  retry: 'Tekrar dene',
  strengths: 'Bunlarda güçlüsün',
  skills: 'Becerilerin',
  level: (n: number) => `Seviye ${n} / 5`,
  sure: 'Test bundan oldukça emin.',
  poorFit:
    'Bunu iyi ölçemedik. Cevapların birbirine pek uymuyor. Bu olabilir, örneğin bir soruyu iyi anlamadıysan. Yani bu seviyeler senin hakkında az şey söylüyor. Testi bir kez daha yapabilirsin.',
  provisional:
    'Geçici tahmin: hâlâ öğreniyoruz. Test yeni, bu yüzden seviyeler henüz gerçek cevaplarla kontrol edilmedi.',
  range: (others: number[]) =>
    `Seviye ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} ya da ${others.at(-1)}`} de olabilir.`,
  showTable: 'Tablo olarak göster',
  showBars: 'Çubuk olarak göster',
  tableCaption: 'Beceriler: seviye ve testin ne kadar emin olduğu',
  other: {
    title: 'Skillprint',
    strengths: 'Güçlü yönleri',
    skills: 'Beceriler',
    poorFit:
      'Test bunu iyi ölçemedi: cevaplar birbiriyle pek uyuşmuyor. Bu yüzden bu seviyeler pek bir şey söylemiyor.',
    interests: 'İlgi alanları',
    environment: 'Sevdiği çalışma şekli',
  },
  colSkill: 'Beceri',
  colLevel: 'Seviye (1 ile 5 arası)',
  colRange: 'Şu da olabilir',
  colPercentile: 'Kaç kişiden iyi (100 kişide)',
  interests: 'Bunları seversin',
  environment: 'Böyle çalışmayı seversin',
  ...preferenceWords,
  notMeasured: (skills) => `Henüz yeterince iyi ölçülmedi: ${skills}.`,
  print: 'Yazdır ya da PDF olarak kaydet',
};
export default tr;
