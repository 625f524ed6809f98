/** Turkish texts of the skillprint's print form and paper, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PrintMessages } from './print.nl.js';

const tr: PrintMessages = {
  formTitle: 'Kâğıt üzerinde skillprint’in',
  holderName: 'Kâğıttaki ad (boş bırakabilirsin)',
  proof: 'Kâğıda bir QR kod koy, böylece başkaları gerçek olduğunu kontrol edebilir',
  proofHelp:
    'Bunun için bir yıl çalışan bir bağlantı oluştururuz. Kodu tarayan herkes skillprint’ini görebilir. Bağlantıyı istediğin zaman "Bağlantıların" bölümünde durdurabilirsin.',
  printNow: 'Yazdır',
  cancel: 'İptal',
  scanToCheck: 'Bunun gerçek olduğunu görmek için kodu tara.',
  printBlocked: 'Yazdırma olmadı. Açılır pencerelere izin ver ve tekrar dene.',
  proofFailed: 'QR kod oluşturulamadı. Daha sonra tekrar dene.',
};
export default tr;
