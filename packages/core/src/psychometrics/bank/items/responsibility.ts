import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'responsibility';

export const items: Item[] = [
  scene({
    id: 're-s1',
    skill,
    setting: 'shop',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je laat in de winkel een pot saus vallen. Niemand heeft het gezien. Wat doe je?',
    en: 'In the shop you drop a jar of sauce. Nobody saw it. What do you do?',
    options: [
      { nl: 'Ik loop snel door naar mijn eigen werk.', en: 'I quickly walk on to my own work.', category: 0 },
      { nl: 'Ik ruim het op en meld het.', en: 'I clean it up and report it.', category: 2 },
      { nl: 'Ik ruim het op en zeg er niets over.', en: 'I clean it up and say nothing about it.', category: 1 },
    ],
  }),
  scene({
    id: 're-s2',
    skill,
    setting: 'construction',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Het is het eind van de dag. Er ligt nog gereedschap van het team op de bouwplaats. Wat doe je?',
    en: 'At the end of the day there are still tools of the whole team lying on the building site. What do you do?',
    options: [
      { nl: 'Ik ruim het op of spreek af wie dat doet.', en: 'I tidy it up or agree who will do it.', category: 3 },
      { nl: 'Ik pak alleen mijn eigen gereedschap.', en: 'I only take my own tools.', category: 1 },
      { nl: 'Ik ga naar huis, het is tijd.', en: 'I go home, it is time.', category: 0 },
      {
        nl: 'Ik zeg tegen de anderen dat ze moeten opruimen.',
        en: 'I tell the others they have to tidy up.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 're-s3',
    skill,
    setting: 'home-care',
    a: 1.5,
    difficulty: 'hard',
    nl: 'Je bent in de thuiszorg een afspraak bij een cliënt vergeten. Je leidinggevende weet het nog niet. Wat doe je?',
    en: 'In home care you forgot an appointment with a client. Your manager does not know yet. What do you do?',
    options: [
      { nl: 'Ik bel de cliënt en zeg sorry.', en: 'I call the client and say sorry.', category: 2 },
      { nl: 'Ik zeg dat de planning niet klopte.', en: 'I say the schedule was wrong.', category: 0 },
      { nl: 'Ik meld het meteen en maak het goed.', en: 'I report it right away and put it right.', category: 3 },
      { nl: 'Ik wacht af of iemand het merkt.', en: 'I wait and see if anyone notices.', category: 1 },
    ],
  }),
  scene({
    id: 're-s4',
    skill,
    setting: 'warehouse',
    a: 1.3,
    difficulty: 'very-hard',
    nl: 'Je ziet in het magazijn dat een collega pallets te hoog stapelt. Het is niet jouw afdeling. Wat doe je?',
    en: 'In the warehouse you see a colleague stacking pallets too high. It is not your department. What do you do?',
    options: [
      {
        nl: 'Ik stapel ze zelf opnieuw als die collega weg is.',
        en: 'I restack them myself when that colleague has gone.',
        category: 1,
      },
      { nl: 'Ik zeg het tegen mijn eigen leidinggevende.', en: 'I tell my own manager.', category: 2 },
      { nl: 'Ik laat het, het is niet mijn afdeling.', en: 'I leave it, it is not my department.', category: 0 },
      { nl: 'Ik spreek de collega er vriendelijk op aan.', en: 'I kindly point it out to the colleague.', category: 3 },
    ],
  }),
  scene({
    id: 're-s5',
    skill,
    setting: 'restaurant',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je hebt in het restaurant een bestelling verkeerd doorgegeven. De gast krijgt het verkeerde gerecht. Wat doe je?',
    en: 'In the restaurant you passed on an order wrongly. The guest gets the wrong dish. What do you do?',
    options: [
      { nl: 'Ik vraag een collega om het op te lossen.', en: 'I ask a colleague to sort it out.', category: 1 },
      { nl: 'Ik geef mijn fout toe en regel het.', en: 'I admit my mistake and sort it out.', category: 3 },
      { nl: 'Ik zeg dat de keuken een fout maakte.', en: 'I say the kitchen made a mistake.', category: 0 },
      {
        nl: 'Ik breng snel het goede gerecht en zeg niets.',
        en: 'I quickly bring the right dish and say nothing.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 're-s6',
    skill,
    setting: 'customer-home',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Je installeert met een collega een alarm bij een klant. Je collega vergeet de laatste test. Jullie moeten weg. Wat doe je?',
    en: "You and a colleague are installing an alarm at a customer's. Your colleague forgets the final test. You have to leave. What do you do?",
    options: [
      { nl: 'Ik herinner mijn collega aan de test.', en: 'I remind my colleague about the test.', category: 2 },
      { nl: 'We gaan, het was de taak van mijn collega.', en: "We leave, it was my colleague's task.", category: 0 },
      {
        nl: 'Ik zet het op de werkbon voor de volgende keer.',
        en: 'I put it on the job sheet for next time.',
        category: 1,
      },
      { nl: 'Ik doe de test zelf voordat we gaan.', en: 'I do the test myself before we leave.', category: 3 },
    ],
  }),
];
