/**
 * Arabic: the scene drawings’ texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const ar: Catalogue = {
  'Een kamer in een verzorgingshuis, met een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.':
    'غرفة في دار رعاية، فيها سرير ونافذة. مقيم يجلس على كرسي. أنت تقف بجانبه.',
  'Een woonkamer bij een cliënt thuis, met een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.':
    'غرفة جلوس في بيت عميل، فيها طاولة وساعة. العميل يجلس إلى الطاولة. أنت تقف قريبًا ومعك حقيبتك.',
  'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega zijn aan het werk.':
    'مستودع فيه رفوف مليئة بالصناديق وعربة منصّات. أنت وزميل تعملان.',
  'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.':
    'متجر فيه رفوف وصندوق دفع. أنت تقف خلف الصندوق. زبون يقف أمامه.',
  'De keuken van een restaurant, met een fornuis, pannen en borden. Jij staat bij het fornuis.':
    'مطبخ مطعم، فيه موقد وقدور وصحون. أنت تقف عند الموقد.',
  'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.':
    'مطعم فيه بار وطاولات. ضيف يجلس إلى طاولة. أنت تحمل إليه صحنًا.',
  'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.':
    'استقبال فندق. أنت تقف خلف المكتب. ضيف معه حقيبة سفر يقف أمامه.',
  'Een bouwplaats met een steiger en een muur van stenen. Jij en een collega dragen een helm.':
    'موقع بناء فيه سقالة وجدار من الطوب. أنت وزميل تلبسان خوذة.',
  'Bij een klant thuis, met een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.':
    'في بيت زبون، فيه غسّالة وراوتر ومصباح. معك أدواتك. الزبون يتفرّج.',
  'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.':
    'ورشة فيها طاولة عمل وأدوات على الحائط. أنت تقف عند طاولة العمل.',
  'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.':
    'شارع فيه بيوت وسيارة نقل صغيرة. تحمل طردًا. الطريق مغلق بعد مسافة.',
};
export default ar;
