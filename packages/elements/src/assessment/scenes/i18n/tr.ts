/**
 * Turkish: the scene drawings' alternative texts (#25), keyed by the Dutch source. Written for meaning at B1.
 * Not yet reviewed by a native speaker.
 */
import type { Catalogue } from '@pfw/core/text';

const tr: Catalogue = {
  'Een kamer in een verzorgingshuis, met een bed en een raam. Een bewoner zit in een stoel. Jij staat ernaast.':
    'Bir bakımevinde, yatağı ve penceresi olan bir oda. Bakımevinde kalan biri sandalyede oturuyor. Sen yanında duruyorsun.',
  'Een woonkamer bij een cliënt thuis, met een tafel en een klok. De cliënt zit aan tafel. Jij staat erbij met je tas.':
    'Bir danışanın evinde, masası ve saati olan bir oturma odası. Danışan masada oturuyor. Sen çantanla yanında duruyorsun.',
  'Een magazijn met rekken vol dozen en een palletwagen. Jij en een collega zijn aan het werk.':
    'Kutularla dolu rafları ve bir transpaleti olan bir depo. Sen ve bir iş arkadaşın çalışıyorsunuz.',
  'Een winkel met schappen en een kassa. Jij staat achter de kassa. Een klant staat ervoor.':
    'Rafları ve bir kasası olan bir mağaza. Sen kasanın arkasında duruyorsun. Bir müşteri kasanın önünde duruyor.',
  'De keuken van een restaurant, met een fornuis, pannen en borden. Jij staat bij het fornuis.':
    'Ocak, tencere ve tabakların olduğu bir restoran mutfağı. Sen ocağın başında duruyorsun.',
  'Een restaurant met een bar en tafels. Een gast zit aan tafel. Jij brengt een bord.':
    'Barı ve masaları olan bir restoran. Bir misafir masada oturuyor. Sen bir tabak getiriyorsun.',
  'De receptie van een hotel. Jij staat achter de balie. Een gast met een koffer staat ervoor.':
    'Bir otelin resepsiyonu. Sen bankonun arkasında duruyorsun. Bavullu bir misafir bankonun önünde duruyor.',
  'Een bouwplaats met een steiger en een muur van stenen. Jij en een collega dragen een helm.':
    'İskelesi ve tuğla duvarı olan bir inşaat alanı. Sen ve bir iş arkadaşın baret takıyorsunuz.',
  'Bij een klant thuis, met een wasmachine, een router en een lamp. Jij hebt je gereedschap bij je. De klant kijkt mee.':
    'Bir müşterinin evinde; bir çamaşır makinesi, bir modem ve bir lamba var. Aletlerin yanında. Müşteri ne yaptığına bakıyor.',
  'Een werkplaats met een werkbank en gereedschap aan de muur. Jij staat bij de werkbank.':
    'Çalışma tezgâhı olan ve duvarında aletler asılı bir atölye. Sen tezgâhın başında duruyorsun.',
  'Een straat met huizen en een bestelbus. Jij hebt een pakket vast. Verderop is de weg dicht.':
    'Evleri ve bir kargo minibüsü olan bir sokak. Elinde bir paket var. İleride yol kapalı.',
};
export default tr;
