/** Ukrainian texts of the skillprint's print form and paper, written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PrintMessages } from './print.nl.js';

const uk: PrintMessages = {
  formTitle: 'Ваш skillprint на папері',
  holderName: 'Ім’я на папері (можна не заповнювати)',
  proof: 'Додати на папір QR-код, щоб інші могли перевірити, що документ справжній',
  proofHelp:
    'Для цього ми створимо посилання, яке працює один рік. Хто сканує код, бачить ваш skillprint. Посилання можна будь-коли зупинити в розділі «Ваші посилання».',
  printNow: 'Надрукувати',
  cancel: 'Скасувати',
  /** Under the QR code on paper. */
  scanToCheck: 'Відскануйте код, щоб перевірити, що цей документ справжній.',
  printBlocked: 'Надрукувати не вдалося. Дозвольте спливаючі вікна і спробуйте ще раз.',
  proofFailed: 'Створити QR-код не вдалося. Спробуйте пізніше.',
};
export default uk;
