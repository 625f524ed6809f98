/** Turkish texts of the skillprint's share panel, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { SharingMessages } from './sharing.nl.js';

const date = (d: Date) => d.toLocaleDateString('tr', { day: 'numeric', month: 'long', year: 'numeric' });

const tr: SharingMessages = {
  shareTitle: 'Skillprint’ini paylaş',
  shareHelp:
    'Bir bağlantıyla biri skillprint’ini görebilir. Ne kadar süre olacağını sen seçersin. Bir bağlantıyı istediğin zaman durdurabilirsin.',
  expiry: 'Bağlantı ne kadar süre çalışsın?',
  days: (n: number) => `${n} gün`,
  makeLink: 'Bağlantı oluştur',
  links: 'Bağlantıların',
  noLinks: 'Henüz bağlantın yok.',
  until: (d: Date) => `${date(d)} tarihine kadar çalışır`,
  forPrint: 'Basılı kopya için',
  stopped: 'Durduruldu',
  copy: 'Bağlantıyı kopyala',
  copied: 'Bağlantı kopyalandı.',
  revoke: 'Bu bağlantıyı durdur',
  revoked: 'Bağlantı durduruldu.',
  newLink: 'Yeni bağlantı. Şimdi kopyala: sonra sadece başını görürsün.',
  claimsTitle: 'Başkaları tarafından onaylandı',
  claimsHelp:
    'Bir okul ya da eğitmen neler yapabildiğini onaylayabilir. Bu, burada, ölçülen seviyenden ayrı görünür. Seviyeni değiştirmez.',
  noClaims: 'Henüz kimse bir şey onaylamadı.',
  confirmedBy: (issuer: string) => `Onaylayan: ${issuer}`,
  level: (n: number) => `seviye ${n}`,
  codeLabel: 'Bir kod mu aldın? Buraya yaz.',
  addCode: 'Skillprint’ime ekle',
  codeAdded: 'Onay artık skillprint’inde.',
  codeWrong: 'Bu kod çalışmıyor. Belki daha önce kullanıldı ya da süresi doldu. Yeni bir kod iste.',
  codeEmpty: 'Önce kodu yaz.',
  badgeLabel: 'Ya da bir Open Badge ekle (.jwt dosyası, örneğin bir edubadge)',
  addBadge: 'Rozeti ekle',
  badgeAdded: 'Rozet artık skillprint’inde.',
  badgeWrong: {
    malformed: 'Bu dosya okuyabileceğimiz bir rozet değil.',
    key: 'Bu rozeti kimin yaptığını bulamadık.',
    signature: 'Bu rozet değiştirilmiş ya da doğru imzalanmamış.',
    'not-open-badge': 'Bu bir Open Badge değil.',
    'not-yet-valid': 'Bu rozet henüz geçerli değil.',
    expired: 'Bu rozetin süresi doldu.',
    revoked: 'Rozeti yapan, onu geri çekti.',
    'no-known-skill': 'Bu rozette bildiğimiz bir beceri ya da sertifika yok.',
  },
  badgeFailed: 'Ekleme olmadı. Daha sonra tekrar dene.',
  badgeEmpty: 'Önce rozet dosyasını seç.',
  remove: 'Kaldır',
  removed: 'Onay kaldırıldı.',
  badgeTitle: 'Open Badge olarak skillprint’in',
  badgeHelp:
    'Skillprint’ini Open Badge olarak dijital bir cüzdanda sakla ya da bir okula veya işverene gönder. Herkes gerçek olduğunu kontrol edebilir. Onu istediğin zaman geri çekebilirsin.',
  download: 'Open Badge olarak indir',
  downloaded: 'Open Badge indirildi.',
  badges: 'Open Badge’lerin',
  day: (d: Date) => date(d),
  madeOn: (d: Date) => `${date(d)} tarihinde yapıldı`,
  withdrawn: 'Geri çekildi',
  withdraw: 'Geri çek',
  withdrawnNow: 'Open Badge geri çekildi. Artık geçerli değil.',
};
export default tr;
