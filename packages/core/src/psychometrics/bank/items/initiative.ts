import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'initiative';

export const items: Item[] = [
  scene({
    id: 'in-s1',
    skill,
    setting: 'shop',
    a: 1.0,
    difficulty: 'easy',
    nl: 'Het is rustig in de winkel. Je ziet dat een schap bijna leeg is. Wat doe je?',
    en: 'It is quiet in the shop. You see that a shelf is almost empty. What do you do?',
    options: [
      { nl: 'Ik vul het schap aan.', en: 'I restock the shelf.', category: 2 },
      { nl: 'Ik wacht tot iemand zegt dat het moet.', en: 'I wait until someone tells me to.', category: 0 },
      { nl: 'Ik zeg het tegen een collega.', en: 'I tell a colleague.', category: 1 },
    ],
  }),
  scene({
    id: 'in-s2',
    skill,
    setting: 'construction',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Je bent klaar met je klus op de bouw. Je leidinggevende is even weg. Wat doe je?',
    en: 'You have finished your job on the building site. Your manager is away for a while. What do you do?',
    options: [
      { nl: 'Ik bel mijn leidinggevende voor een nieuwe taak.', en: 'I call my manager for a new task.', category: 2 },
      { nl: 'Ik wacht in de bus tot die terug is.', en: 'I wait in the van until they are back.', category: 0 },
      { nl: 'Ik begin alvast aan de klus van morgen.', en: "I already start on tomorrow's job.", category: 1 },
      { nl: 'Ik kijk waar ik kan helpen.', en: 'I look where I can help.', category: 3 },
    ],
  }),
  scene({
    id: 'in-s3',
    skill,
    setting: 'restaurant',
    a: 1.4,
    difficulty: 'hard',
    nl: 'In het café vragen gasten steeds waar de wc is. Er hangt geen bordje. Wat doe je?',
    en: 'In the café guests keep asking where the toilet is. There is no sign. What do you do?',
    options: [
      { nl: 'Ik wijs elke keer de weg.', en: 'I show the way every time.', category: 1 },
      { nl: 'Ik zeg het tegen de baas.', en: 'I tell the boss.', category: 2 },
      { nl: 'Ik maak een bordje en vraag of het mag.', en: 'I make a sign and ask if it is okay.', category: 3 },
      { nl: 'Ik zeg dat ze het aan de bar kunnen vragen.', en: 'I say they can ask at the bar.', category: 0 },
    ],
  }),
  scene({
    id: 'in-s4',
    skill,
    setting: 'workshop',
    a: 1.6,
    difficulty: 'very-hard',
    nl: "In de werkplaats zijn collega's veel tijd kwijt met zoeken naar gereedschap. Wat doe je?",
    en: 'In the workshop colleagues lose a lot of time looking for tools. What do you do?',
    options: [
      {
        nl: 'Ik leg mijn eigen gereedschap op een vaste plek.',
        en: 'I keep my own tools in a fixed place.',
        category: 1,
      },
      {
        nl: 'Ik stel vaste plekken voor en help die maken.',
        en: 'I suggest fixed places and help set them up.',
        category: 3,
      },
      { nl: 'Ik zeg tegen de baas dat het rommelig is.', en: 'I tell the boss it is messy.', category: 2 },
      { nl: 'Ik zoek zelf ook, zo gaat het nu eenmaal.', en: 'I search too, that is just how it is.', category: 0 },
    ],
  }),
  scene({
    id: 'in-s5',
    skill,
    setting: 'warehouse',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je werkt in het magazijn. Het is rustig. De vloer is vies en niemand heeft tijd gehad om te vegen. Wat doe je?',
    en: 'You work in the warehouse. It is quiet. The floor is dirty and nobody has had time to sweep. What do you do?',
    options: [
      { nl: 'Ik vraag of ik mag vegen.', en: 'I ask if I may sweep.', category: 2 },
      { nl: 'Ik wacht tot het weer druk wordt.', en: 'I wait until it gets busy again.', category: 0 },
      { nl: 'Ik pak een bezem en veeg de vloer.', en: 'I get a broom and sweep the floor.', category: 3 },
      { nl: 'Ik zeg tegen een collega dat het vies is.', en: 'I tell a colleague that it is dirty.', category: 1 },
    ],
  }),
  scene({
    id: 'in-s6',
    skill,
    setting: 'hotel',
    a: 1.5,
    difficulty: 'hard',
    nl: 'In het hotel moeten gasten lang wachten bij het ontbijt. Jij ziet hoe dat sneller kan. Wat doe je?',
    en: 'In the hotel guests have to wait a long time at breakfast. You see how it could go faster. What do you do?',
    options: [
      { nl: 'Ik stel het voor en help het testen.', en: 'I suggest it and help test it.', category: 3 },
      { nl: 'Ik vertel het aan een collega.', en: 'I tell a colleague.', category: 1 },
      { nl: 'Ik doe niets, het is niet mijn taak.', en: 'I do nothing, it is not my task.', category: 0 },
      { nl: 'Ik vertel mijn idee aan de leidinggevende.', en: 'I tell my idea to the manager.', category: 2 },
    ],
  }),
];
