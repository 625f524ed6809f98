import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'problem-solving';

export const items: Item[] = [
  scene({
    id: 'ps-s1',
    skill,
    setting: 'shop',
    a: 1.0,
    difficulty: 'easy',
    nl: 'De kassa in de winkel print geen bonnetje. Een klant wil wel een bon. Wat doe je?',
    en: 'The till in the shop does not print a receipt. A customer does want one. What do you do?',
    options: [
      { nl: 'Ik roep meteen een collega erbij.', en: 'I call a colleague over right away.', category: 1 },
      { nl: 'Ik zeg dat het vandaag niet kan.', en: 'I say it is not possible today.', category: 0 },
      { nl: 'Ik kijk of het papier op is.', en: 'I check if the paper has run out.', category: 2 },
    ],
  }),
  scene({
    id: 'ps-s2',
    skill,
    setting: 'customer-home',
    a: 1.4,
    difficulty: 'medium',
    nl: 'Je hangt bij een klant een lamp op. Na het aansluiten doet die het niet. Wat doe je?',
    en: "You are putting up a lamp at a customer's home. After connecting it, it does not work. What do you do?",
    options: [
      { nl: 'Ik bel een collega om het op te lossen.', en: 'I call a colleague to solve it.', category: 1 },
      { nl: 'Ik zoek stap voor stap de oorzaak.', en: 'I look for the cause step by step.', category: 3 },
      { nl: 'Ik zeg dat de lamp kapot is.', en: 'I say the lamp is broken.', category: 0 },
      { nl: 'Ik draai er een andere lamp in.', en: 'I put in a different bulb.', category: 2 },
    ],
  }),
  scene({
    id: 'ps-s3',
    skill,
    setting: 'construction',
    a: 1.3,
    difficulty: 'hard',
    nl: 'Op de bouw komt het materiaal voor vandaag niet. Het team staat stil. Wat doe je?',
    en: 'On the building site the materials for today do not arrive. The team is standing idle. What do you do?',
    options: [
      {
        nl: 'Ik bel de leverancier om te vragen waar het blijft.',
        en: 'I call the supplier to ask where it is.',
        category: 2,
      },
      { nl: 'Ik ga alvast opruimen.', en: 'I start tidying up.', category: 1 },
      { nl: 'Ik wacht tot het materiaal er is.', en: 'I wait until the materials are there.', category: 0 },
      { nl: 'Ik kijk welk ander werk we nu kunnen doen.', en: 'I look at what other work we can do now.', category: 3 },
    ],
  }),
  scene({
    id: 'ps-s4',
    skill,
    setting: 'warehouse',
    a: 1.6,
    difficulty: 'very-hard',
    nl: 'De scanners in het magazijn geven steeds dezelfde fout. Iedereen zet de scanner dan opnieuw aan. Wat doe je?',
    en: 'The scanners in the warehouse keep giving the same error. Everyone then restarts the scanner. What do you do?',
    options: [
      { nl: 'Ik pak een andere scanner.', en: 'I take another scanner.', category: 2 },
      {
        nl: 'Ik zet de scanner ook opnieuw aan en werk door.',
        en: 'I restart the scanner too and carry on.',
        category: 1,
      },
      {
        nl: 'Ik schrijf op wanneer de fout komt en meld het.',
        en: 'I write down when the error happens and report it.',
        category: 3,
      },
      { nl: 'Ik stop tot de scanners gemaakt zijn.', en: 'I stop until the scanners are fixed.', category: 0 },
    ],
  }),
  scene({
    id: 'ps-s5',
    skill,
    setting: 'restaurant',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je werkt in de bediening. De pinautomaat doet het niet en een tafel wil betalen. Wat doe je?',
    en: 'You are waiting tables. The card machine is not working and a table wants to pay. What do you do?',
    options: [
      { nl: 'Ik roep mijn leidinggevende.', en: 'I call my manager.', category: 1 },
      { nl: 'Ik zet het apparaat uit en aan.', en: 'I switch the machine off and on.', category: 2 },
      { nl: 'Ik zeg dat betalen nu niet kan.', en: 'I say paying is not possible now.', category: 0 },
      {
        nl: 'Ik herstart het en zoek anders een andere manier.',
        en: 'I restart it, or else find another way.',
        category: 3,
      },
    ],
  }),
  scene({
    id: 'ps-s6',
    skill,
    setting: 'warehouse',
    a: 1.5,
    difficulty: 'hard',
    nl: 'In het magazijn past een grote levering niet in de vakken. Morgen komt er nog meer. Wat doe je?',
    en: 'In the warehouse a big delivery does not fit in the racks. More is coming tomorrow. What do you do?',
    options: [
      {
        nl: 'Ik zoek ruimte en bespreek hoe het morgen beter kan.',
        en: 'I find space and discuss how to do better tomorrow.',
        category: 3,
      },
      { nl: 'Ik zet de rest maar in het looppad.', en: 'I just put the rest in the walkway.', category: 0 },
      {
        nl: 'Ik maak plek door vakken anders in te delen.',
        en: 'I make room by arranging the racks differently.',
        category: 2,
      },
      {
        nl: 'Ik vraag de leidinggevende waar het heen moet.',
        en: 'I ask the manager where it should go.',
        category: 1,
      },
    ],
  }),
];
