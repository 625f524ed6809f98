import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'working-together';

export const items: Item[] = [
  scene({
    id: 'wt-s1',
    skill,
    setting: 'construction',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je werkt op de bouw. Een collega moet alleen zware platen dragen. Wat doe je?',
    en: 'You work on a building site. A colleague has to carry heavy boards alone. What do you do?',
    options: [
      { nl: 'Ik help als mijn eigen taak klaar is.', en: 'I help when my own task is done.', category: 2 },
      { nl: 'Ik werk door aan mijn eigen taak.', en: 'I carry on with my own task.', category: 0 },
      { nl: 'Ik zeg dat die de baas moet bellen.', en: 'I say they should call the boss.', category: 1 },
      { nl: 'Ik vraag of ik kan helpen dragen.', en: 'I ask if I can help carry.', category: 3 },
    ],
  }),
  scene({
    id: 'wt-s2',
    skill,
    setting: 'kitchen',
    a: 1.3,
    difficulty: 'medium',
    nl: 'In de keuken is het druk. Jij bent klaar, een collega heeft nog veel afwas. Wat doe je?',
    en: 'It is busy in the kitchen. You are done, a colleague still has a lot of washing-up. What do you do?',
    options: [
      { nl: 'Ik vraag de chef wat ik nu moet doen.', en: 'I ask the chef what to do now.', category: 2 },
      { nl: 'Ik help mijn collega met de afwas.', en: 'I help my colleague with the washing-up.', category: 3 },
      { nl: 'Ik ruim alleen mijn eigen plek op.', en: 'I only clean up my own spot.', category: 1 },
      { nl: 'Ik ga pauze houden, ik ben klaar.', en: 'I take a break, I am done.', category: 0 },
    ],
  }),
  scene({
    id: 'wt-s3',
    skill,
    setting: 'warehouse',
    a: 1.4,
    difficulty: 'hard',
    nl: 'In het magazijn verdelen jullie de orders. Jij krijgt steeds de makkelijke, een collega steeds de zware. Wat doe je?',
    en: 'In the warehouse you share out the orders. You always get the easy ones, a colleague always the heavy ones. What do you do?',
    options: [
      {
        nl: 'Ik stel voor om de orders eerlijk te verdelen.',
        en: 'I suggest sharing the orders out fairly.',
        category: 3,
      },
      { nl: 'Ik zeg niets, zo is het nu eenmaal.', en: 'I say nothing, that is just how it is.', category: 0 },
      {
        nl: 'Ik help mijn collega als ik tijd over heb.',
        en: 'I help my colleague when I have time left.',
        category: 2,
      },
      { nl: 'Ik vraag de leidinggevende om het op te lossen.', en: 'I ask the manager to sort it out.', category: 1 },
    ],
  }),
  scene({
    id: 'wt-s4',
    skill,
    setting: 'shop',
    a: 1.5,
    difficulty: 'very-hard',
    nl: 'Jullie moeten samen de winkel anders inrichten. Iedereen begint maar wat en niemand weet wie wat doet. Wat doe je?',
    en: 'Together you have to rearrange the shop. Everyone just starts somewhere and nobody knows who does what. What do you do?',
    options: [
      { nl: 'Ik wacht tot de leidinggevende komt.', en: 'I wait until the manager comes.', category: 0 },
      { nl: 'Ik stel voor om eerst de taken te verdelen.', en: 'I suggest we first divide the tasks.', category: 3 },
      { nl: 'Ik begin gewoon zelf aan een stuk.', en: 'I just start on a part myself.', category: 1 },
      {
        nl: 'Ik vraag een collega wat ik het beste kan doen.',
        en: 'I ask a colleague what I had best do.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 'wt-s5',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je werkt in de winkel. Een collega vraagt of je helpt met een grote levering uitpakken. Je bent bezig met prijskaartjes. Wat doe je?',
    en: 'You work in a shop. A colleague asks if you will help unpack a big delivery. You are busy with price tags. What do you do?',
    options: [
      { nl: 'Ik zeg nee, ik heb mijn eigen werk.', en: 'I say no, I have my own work.', category: 0 },
      {
        nl: 'Ik overleg wat voor gaat en help dan mee.',
        en: 'I check what comes first and then help out.',
        category: 3,
      },
      { nl: 'Ik zeg dat die het een ander moet vragen.', en: 'I say they should ask someone else.', category: 1 },
      { nl: 'Ik help zodra mijn prijskaartjes af zijn.', en: 'I help as soon as my price tags are done.', category: 2 },
    ],
  }),
  scene({
    id: 'wt-s6',
    skill,
    setting: 'home-care',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Jij en een collega in de thuiszorg hebben dezelfde cliënten. Je ziet dat jullie steeds dingen dubbel doen. Wat doe je?',
    en: 'You and a colleague in home care have the same clients. You see that you keep doing things twice. What do you do?',
    options: [
      { nl: 'Ik vertel het aan de leidinggevende.', en: 'I tell the manager.', category: 1 },
      {
        nl: 'Ik blijf alles doen zoals ik gewend ben.',
        en: 'I keep doing everything the way I am used to.',
        category: 0,
      },
      {
        nl: 'Ik schrijf voortaan op wat ik heb gedaan.',
        en: 'From now on I write down what I have done.',
        category: 2,
      },
      {
        nl: 'Ik spreek met mijn collega af wie wat doet.',
        en: 'I agree with my colleague on who does what.',
        category: 3,
      },
    ],
  }),
];
