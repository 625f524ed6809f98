/** Turkish texts of requests, shared details and applications, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PeopleMessages } from './people.js';

const tr: PeopleMessages = {
  requestsCount: (n: number) =>
    n === 1 ? 'Bir işveren seninle tanışmak istiyor (1)' : `İşverenler seninle tanışmak istiyor (${n})`,
  interested: 'İlgileniyorum',
  applicants: (n: number) => `Bu işle ilgilenen kişiler (${n})`,
  invite: 'Davet et',
  declineApplicant: 'Reddet',
  invited: (who: string) => `${who} davet edildi ve isteğini görüyor.`,
  declinedApplicant: (who: string) => `${who}, şu an uymadığını söyleyen nazik bir mesaj alır.`,
  applied: 'İlgin gönderildi. İşveren puanını görür, adını görmez.',
  appliedBefore: 'Bu işle ilgilendiğini zaten gösterdin.',
  applyJoinPool:
    'İşverenler seni henüz bulamıyor. Önce işverenlerin seni bulabileceğini söyle. Sonra ilgini gösterebilirsin.',
  appliedShown: 'İlgini gösterdin',
  undo: 'Geri çek',
  undoAsk: 'Emin misin? O zaman işveren ilgini artık görmez.',
  undoYes: 'Evet, geri çek',
  undoNo: 'Hayır, kalsın',
  undone: 'İlgini geri çektin. İşveren artık bunu görmez.',
  requestFrom: (employer: string, job: string) => `${employer}, ${job} işi hakkında seninle konuşmak istiyor.`,
  shareWhat: 'Evet dersen, işveren skillprint’inin tamamını görür ve şu bilgileri alır:',
  name: 'Adın',
  email: 'E-posta adresin',
  phone: 'Telefon numaran (boş kalabilir)',
  accept: 'Evet, bilgilerimi paylaş',
  decline: 'Hayır, istemiyorum',
  sharedWith: 'Bilgilerini paylaştığın işverenler',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} artık adını, iletişim bilgilerini ve skillprint’inin tamamını da görür (${job} işi için).`,
  withdraw: 'Paylaşmayı durdur',
  withdrawn: (employer: string) =>
    `Artık ${employer} ile bilgilerini paylaşmıyorsun. İşveren adını ve iletişim bilgilerini artık görmüyor. Bu işverenin listesinde de artık yoksun.`,
  accepted: 'Evet dedin. İşveren seninle iletişime geçecek.',
  declined: (employer: string) => `${employer} için hayır dedin. İşveren sadece hayır dediğini görür, adını görmez.`,
  requestAsk: (who: string) =>
    `${who}, bu iş için tanışmak istediğinize dair bir mesaj alır. Adınızı ve işi görür. ${who} evet derse adı, e-posta adresini ve telefon numarasını görürsün.`,
  requestYes: 'Evet, isteği gönder',
  sendRequest: 'İstek gönder',
  requested: 'İstek gönderildi. Cevap bekleniyor.',
  statuses: {
    requested: 'Cevap bekleniyor',
    accepted: 'Kabul edildi',
    declined: 'Reddedildi',
    withdrawn: 'Geri çekildi',
    expired: 'Süresi doldu',
  },
  identity: 'İletişim bilgileri',
  whole: 'Skillprint’teki tüm beceriler',
  wholeLevel: (n: number) => `seviye ${n} / 5`,
  withdrawAsk: (employer: string) =>
    `Paylaşmayı durdurmak istiyor musun? O zaman ${employer} adını ve iletişim bilgilerini artık görmez. Bu işverenin listesinde de artık olmazsın.`,
  withdrawYes: 'Evet, paylaşmayı durdur',
  withdrawNo: 'Hayır, vazgeçtim',
  nameMissing: 'Adını yaz.',
  nameTooLong: (max: number) => `Adın çok uzun. En fazla ${max} harf kullan.`,
  emailMissing: 'E-posta adresini yaz.',
  emailWrong: 'Bu e-posta adresi doğru değil. Doğru bir adres şöyle: ad@ornek.nl.',
  phoneDigits: (min: number) => `En az ${min} rakamlı bir telefon numarası yaz ya da boş bırak.`,
  phoneLong: (max: number) => `Bu numara çok uzun. En fazla ${max} harf kullan.`,
  fieldWrong: 'Bu daha doğru değil. Lütfen bak.',
  checkFields: (n: number) =>
    n === 1 ? 'Bir bilgi daha doğru değil. Lütfen bak.' : `${n} bilgi daha doğru değil. Lütfen bak.`,
  failed: 'Bu şimdi olmadı. Sonra yine dene.',
};
export default tr;
