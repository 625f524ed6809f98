import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'accuracy';

export const items: Item[] = [
  scene({
    id: 'ac-s1',
    skill,
    setting: 'warehouse',
    a: 1.2,
    difficulty: 'easy',
    nl: 'Je pakt een bestelling in. Op de lijst staan 12 stuks, maar je telt er 11. Wat doe je?',
    en: 'You are packing an order. The list says 12 items, but you count 11. What do you do?',
    options: [
      { nl: 'Ik doe er snel eentje bij en stuur het weg.', en: 'I quickly add one and send it off.', category: 1 },
      { nl: 'Ik stuur het zo, één maakt niet uit.', en: 'I send it like this, one does not matter.', category: 0 },
      { nl: 'Ik tel opnieuw en zoek uit wat klopt.', en: 'I count again and find out what is right.', category: 2 },
    ],
  }),
  scene({
    id: 'ac-s2',
    skill,
    setting: 'kitchen',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Je maakt in de keuken een saus volgens recept. Je hebt geen maatbeker en het is druk. Wat doe je?',
    en: 'In the kitchen you make a sauce from a recipe. You have no measuring jug and it is busy. What do you do?',
    options: [
      { nl: 'Ik doe het op het oog en proef tussendoor.', en: 'I judge it by eye and taste as I go.', category: 1 },
      { nl: 'Ik doe het op het oog, dat gaat snel.', en: 'I judge it by eye, that is quick.', category: 0 },
      { nl: 'Ik zoek iets om het goed af te meten.', en: 'I find something to measure it properly.', category: 2 },
    ],
  }),
  scene({
    id: 'ac-s3',
    skill,
    setting: 'construction',
    a: 1.5,
    difficulty: 'hard',
    nl: 'Je moet een kozijn plaatsen. Volgens de tekening is het gat 90 cm, maar je meet 92 cm. Wat doe je?',
    en: 'You have to fit a window frame. The drawing says the opening is 90 cm, but you measure 92 cm. What do you do?',
    options: [
      { nl: 'Ik plaats het en vul de ruimte op.', en: 'I fit it and fill the gap.', category: 1 },
      { nl: 'Ik meet opnieuw en overleg.', en: 'I measure again and discuss it.', category: 3 },
      { nl: 'Ik meet nog een keer en plaats het dan.', en: 'I measure once more and then fit it.', category: 2 },
      { nl: 'Ik plaats het, 2 cm maakt niet uit.', en: 'I fit it, 2 cm does not matter.', category: 0 },
    ],
  }),
  scene({
    id: 'ac-s4',
    skill,
    setting: 'shop',
    a: 1.1,
    difficulty: 'very-hard',
    nl: 'Je prijst artikelen in de winkel. In de computer staat een andere prijs dan op het schap. Wat doe je?',
    en: 'You are pricing items in the shop. The computer shows a different price than the shelf. What do you do?',
    options: [
      { nl: 'Ik vraag na welke klopt en pas het aan.', en: 'I check which one is right and correct it.', category: 3 },
      { nl: 'Ik gebruik de prijs die op het schap staat.', en: 'I use the price that is on the shelf.', category: 1 },
      { nl: 'Ik laat het zo, de kassa regelt het wel.', en: 'I leave it, the till will sort it out.', category: 0 },
      {
        nl: 'Ik gebruik de prijs die in de computer staat.',
        en: 'I use the price that is in the computer.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 'ac-s5',
    skill,
    setting: 'care-home',
    a: 1.2,
    difficulty: 'medium',
    nl: 'In het verzorgingshuis moet je bijhouden hoeveel een bewoner drinkt. Je bent vergeten het op te schrijven. Wat doe je?',
    en: 'In the care home you have to keep track of how much a resident drinks. You forgot to write it down. What do you do?',
    options: [
      {
        nl: 'Ik vul iets in wat ongeveer klopt, dat is genoeg.',
        en: 'I fill in something roughly right, that is enough.',
        category: 1,
      },
      { nl: 'Ik laat het leeg, niemand merkt het.', en: 'I leave it empty, nobody will notice.', category: 0 },
      {
        nl: 'Ik noteer wat ik zeker weet en meld het.',
        en: 'I write down what I know for sure and report it.',
        category: 3,
      },
      { nl: 'Ik vraag de bewoner hoeveel die dronk.', en: 'I ask the resident how much they drank.', category: 2 },
    ],
  }),
  scene({
    id: 'ac-s6',
    skill,
    setting: 'warehouse',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Je scant pakketten in het magazijn. De scanner piept bij één pakket niet, maar de lijst lijkt te kloppen. Wat doe je?',
    en: 'You are scanning parcels in the warehouse. The scanner does not beep for one parcel, but the list seems right. What do you do?',
    options: [
      { nl: 'Ik scan het opnieuw en check de lijst.', en: 'I scan it again and check the list.', category: 3 },
      { nl: 'Ik ga door, de lijst klopt toch.', en: 'I carry on, the list is right anyway.', category: 0 },
      { nl: 'Ik leg het pakket apart voor later.', en: 'I put the parcel aside for later.', category: 1 },
      { nl: 'Ik typ de code met de hand in.', en: 'I type in the code by hand.', category: 2 },
    ],
  }),
];
