/**
 * Eenvoudig Nederlands (A2): the scene drawings' texts (#25), keyed by the Dutch B1 source. For
 * readers who find B1 hard (MBO 1-2): at most 10 words a sentence, everyday words.
 */
import type { Catalogue } from '@pfw/core/text';

const a2: Catalogue = {
  'Een kamer in een verzorgingshuis, met een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.':
    'Een kamer in een zorghuis. Je ziet een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.',
  'Een woonkamer bij een cliënt thuis, met een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.':
    'De woonkamer van een cliënt. Je ziet een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.',
  'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega zijn aan het werk.':
    'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega werken.',
  'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.':
    'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.',
  'De keuken van een restaurant, met een fornuis, pannen en borden. Jij staat bij het fornuis.':
    'De keuken van een restaurant. Je ziet een fornuis, pannen en borden. Jij staat bij het fornuis.',
  'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.':
    'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.',
  'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.':
    'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.',
  'Een bouwplaats met een steiger en een muur van stenen. Jij en een collega dragen een helm.':
    'Een bouwplaats met een steiger en een stenen muur. Jij en een collega dragen een helm.',
  'Bij een klant thuis, met een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.':
    'Bij een klant thuis. Je ziet een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.',
  'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.':
    'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.',
  'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.':
    'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.',
};
export default a2;
