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
  applyJoinPool: 'Önce yetenek havuzuna katıl. O zaman işveren seni bulabilir.',
  requestFrom: (employer: string, job: string) => `${employer}, ${job} işi hakkında seninle konuşmak istiyor.`,
  shareWhat: 'Evet dersen, işveren sadece şu bilgileri alır:',
  name: 'Adın',
  email: 'E-posta adresin',
  phone: 'Telefon numaran (boş kalabilir)',
  accept: 'Evet, bilgilerimi paylaş',
  decline: 'Hayır, istemiyorum',
  sharedWith: 'Bilgilerini paylaştığın işverenler',
  sharedWithWhom: (employer: string, job: string) =>
    `${employer} adını, iletişim bilgilerini ve skillprint’ini görür (${job} işi için).`,
  withdraw: 'Paylaşmayı durdur',
  withdrawn: (employer: string) => `${employer} artık bilgilerini görmüyor.`,
  accepted: 'Evet dedin. İşveren seninle iletişime geçecek.',
  declined: 'Hayır dedin. İşveren bilgilerini görmüyor.',
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
};
export default tr;
