/** Arabic texts of the skillprint's print form and paper (right to left), written for meaning at B1 (not word for word); not yet reviewed by a native speaker. */
import type { PrintMessages } from './print.nl.js';
import { isolated } from '../../base/bidi.js';

const ar: PrintMessages = {
  formTitle: 'skillprint الخاص بك على الورق',
  holderName: 'الاسم على الورقة (يمكنك أن تتركه فارغًا)',
  proof: 'ضع رمز QR على الورقة، حتى يستطيع الآخرون أن يتحقّقوا أنها حقيقية',
  proofHelp:
    'لذلك نصنع رابطًا يعمل سنة واحدة. من يمسح الرمز يستطيع أن يرى skillprint الخاص بك. يمكنك أن توقف الرابط في أي وقت، في «روابطك».',
  printNow: 'اطبع',
  cancel: 'إلغاء',
  scanToCheck: 'امسح الرمز لترى أن هذا حقيقي.',
  printBlocked: 'لم تنجح الطباعة. اسمح بالنوافذ المنبثقة وحاول مرة أخرى.',
  proofFailed: 'لم ننجح في صنع رمز QR. حاول مرة أخرى لاحقًا.',
};
// Names, titles and codes in Latin letters keep their own direction inside the Arabic.
export default isolated(ar);
