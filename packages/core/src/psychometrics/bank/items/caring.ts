import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'caring';

export const items: Item[] = [
  scene({
    id: 'ca-s1',
    skill,
    setting: 'care-home',
    a: 0.9,
    difficulty: 'easy',
    nl: 'Je werkt in een verzorgingshuis. Een bewoner wil een glas water pakken, maar kan er net niet bij. Wat doe je?',
    en: 'You work in a care home. A resident wants to take a glass of water but cannot quite reach it. What do you do?',
    options: [
      { nl: 'Ik zet het glas iets dichterbij.', en: 'I move the glass a bit closer.', category: 1 },
      { nl: 'Ik loop door, ik heb nu een andere taak.', en: 'I walk on, I have another task now.', category: 0 },
      {
        nl: 'Ik geef het glas en vraag of het lukt.',
        en: 'I hand over the glass and ask if they can manage.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 'ca-s2',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Bij de kassa valt de tas van een klant om. Alles ligt op de grond. Er staat een rij. Wat doe je?',
    en: "At the checkout a customer's bag falls over. Everything is on the floor. There is a queue. What do you do?",
    options: [
      {
        nl: 'Ik wacht tot de klant alles heeft opgeraapt.',
        en: 'I wait until the customer has picked everything up.',
        category: 1,
      },
      {
        nl: 'Ik help snel rapen en vraag of het gaat.',
        en: 'I quickly help pick things up and ask if they are okay.',
        category: 3,
      },
      {
        nl: 'Ik help de volgende klant, de rij gaat voor.',
        en: 'I serve the next customer, the queue comes first.',
        category: 0,
      },
      { nl: 'Ik vraag een collega om te helpen rapen.', en: 'I ask a colleague to help pick things up.', category: 2 },
    ],
  }),
  scene({
    id: 'ca-s3',
    skill,
    setting: 'home-care',
    a: 1.4,
    difficulty: 'very-hard',
    nl: 'Je werkt in de thuiszorg. Een cliënt wil zelf de tafel afruimen, maar dat gaat erg langzaam. Je hebt weinig tijd. Wat doe je?',
    en: 'You work in home care. A client wants to clear the table themselves, but it goes very slowly. You are short of time. What do you do?',
    options: [
      { nl: 'Ik ruim snel zelf af, dat gaat sneller.', en: 'I quickly clear it myself, that is faster.', category: 1 },
      { nl: 'Ik wacht en doe intussen ander werk.', en: 'I wait and do other work meanwhile.', category: 2 },
      { nl: 'Ik help mee, maar de cliënt doet het.', en: 'I help, but the client does it.', category: 3 },
      { nl: 'Ik zeg dat de cliënt kan stoppen.', en: 'I tell the client they can stop.', category: 0 },
    ],
  }),
  scene({
    id: 'ca-s4',
    skill,
    setting: 'warehouse',
    a: 1.1,
    difficulty: 'hard',
    nl: 'Een nieuwe collega in het magazijn vraagt nooit iets en doet daardoor dingen fout. Wat doe je?',
    en: 'A new colleague in the warehouse never asks anything and so gets things wrong. What do you do?',
    options: [
      { nl: 'Ik loop af en toe langs en bied hulp.', en: 'Now and then I stop by and offer help.', category: 2 },
      { nl: 'Ik zeg dat die beter moet opletten.', en: 'I tell them to pay more attention.', category: 0 },
      {
        nl: 'Ik verbeter de fouten zelf, dat is sneller.',
        en: 'I fix the mistakes myself, that is faster.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'ca-s5',
    skill,
    setting: 'warehouse',
    a: 1.1,
    difficulty: 'medium',
    nl: 'Een nieuwe collega in het magazijn zit elke pauze alleen. Wat doe je?',
    en: 'A new colleague in the warehouse sits alone every break. What do you do?',
    options: [
      {
        nl: 'Ik groet die vriendelijk als ik langsloop.',
        en: 'I greet them in a friendly way as I pass.',
        category: 2,
      },
      { nl: 'Ik doe niets, dat is niet mijn zaak.', en: 'I do nothing, it is none of my business.', category: 0 },
      { nl: 'Ik zeg het tegen de leidinggevende.', en: 'I tell the manager.', category: 1 },
      { nl: 'Ik vraag of die bij ons komt zitten.', en: 'I ask if they want to come and sit with us.', category: 3 },
    ],
  }),
  scene({
    id: 'ca-s6',
    skill,
    setting: 'care-home',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Een bewoner in het verzorgingshuis komt al drie dagen niet naar de koffie. Normaal komt die altijd. Wat doe je?',
    en: 'A resident in the care home has not come to coffee time for three days. Normally they always come. What do you do?',
    options: [
      {
        nl: 'Ik wacht af, misschien komt die morgen weer.',
        en: 'I wait and see, maybe they will come tomorrow.',
        category: 1,
      },
      { nl: 'Ik breng de koffie naar de kamer.', en: 'I bring the coffee to their room.', category: 2 },
      {
        nl: 'Ik doe niets, iedereen mag zelf kiezen.',
        en: 'I do nothing, everyone may choose for themselves.',
        category: 0,
      },
      { nl: 'Ik ga even langs en meld het.', en: 'I drop by and report it.', category: 3 },
    ],
  }),
];
