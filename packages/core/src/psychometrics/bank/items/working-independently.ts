import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'working-independently';

export const items: Item[] = [
  scene({
    id: 'wi-s1',
    skill,
    setting: 'customer-home',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je leidinggevende is een uur weg. Je weet wat je moet doen: tegels leggen in de badkamer. Wat doe je?',
    en: 'Your manager is away for an hour. You know what to do: lay tiles in the bathroom. What do you do?',
    options: [
      { nl: 'Ik wacht met beginnen tot die terug is.', en: 'I wait to start until they are back.', category: 0 },
      { nl: 'Ik begin en werk door.', en: 'I start and keep going.', category: 2 },
      { nl: 'Ik begin, maar bel bij elke stap even.', en: 'I start, but call at every step.', category: 1 },
    ],
  }),
  scene({
    id: 'wi-s2',
    skill,
    setting: 'warehouse',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Je moet een bestelling inpakken, maar je weet niet welke doos. Je leidinggevende zit in overleg. Wat doe je?',
    en: 'You have to pack an order, but you do not know which box. Your manager is in a meeting. What do you do?',
    options: [
      { nl: 'Ik kies een doos die mij goed lijkt.', en: 'I pick a box that seems right to me.', category: 2 },
      { nl: 'Ik loop het overleg in om het te vragen.', en: 'I walk into the meeting to ask.', category: 1 },
      { nl: 'Ik kijk in de werkinstructie.', en: 'I look in the work instructions.', category: 3 },
      {
        nl: 'Ik stop en wacht tot het overleg klaar is.',
        en: 'I stop and wait until the meeting is over.',
        category: 0,
      },
    ],
  }),
  scene({
    id: 'wi-s3',
    skill,
    setting: 'customer-home',
    a: 1.2,
    difficulty: 'very-hard',
    nl: 'Je sluit in je eentje een vaatwasser aan bij een klant. Je ziet een aansluiting die je niet kent. Wat doe je?',
    en: "You are connecting a dishwasher at a customer's home on your own. You see a connection you do not know. What do you do?",
    options: [
      { nl: 'Ik bel meteen mijn leidinggevende.', en: 'I call my manager right away.', category: 1 },
      {
        nl: 'Ik zoek het op en bel als dat niet helpt.',
        en: 'I look it up and call if that does not help.',
        category: 2,
      },
      {
        nl: 'Ik stop en zeg dat er later iemand anders komt.',
        en: 'I stop and say someone else will come later.',
        category: 0,
      },
    ],
  }),
  scene({
    id: 'wi-s4',
    skill,
    setting: 'kitchen',
    a: 1.0,
    difficulty: 'hard',
    nl: 'Je staat alleen in de snackbar. Er komt een grote bestelling. Misschien is er te weinig friet. Wat doe je?',
    en: 'You are alone in the snack bar. A big order comes in. There may not be enough chips. What do you do?',
    options: [
      { nl: 'Ik kijk de voorraad na en bel de klant.', en: 'I check the stock and call the customer.', category: 2 },
      { nl: 'Ik zeg dat de bestelling niet kan.', en: 'I say the order is not possible.', category: 0 },
      {
        nl: 'Ik bel eerst de baas en wacht dan met beginnen.',
        en: 'I call the boss first and wait before I start.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'wi-s5',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je staat de hele middag alleen in de winkel. Er komt een levering. Dat heb je nog nooit alleen gedaan. Wat doe je?',
    en: 'You are alone in the shop all afternoon. A delivery arrives. You have never done that alone before. What do you do?',
    options: [
      {
        nl: 'Ik bel mijn leidinggevende en wacht op uitleg.',
        en: 'I call my manager and wait for instructions.',
        category: 1,
      },
      {
        nl: 'Ik check de pakbon en bel alleen bij twijfel.',
        en: 'I check the delivery note and only call if unsure.',
        category: 3,
      },
      { nl: 'Ik laat de dozen staan voor een collega.', en: 'I leave the boxes for a colleague.', category: 0 },
      {
        nl: 'Ik begin en vraag bij elke stap of het klopt.',
        en: 'I start and ask at every step if it is right.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 'wi-s6',
    skill,
    setting: 'customer-home',
    a: 1.3,
    difficulty: 'hard',
    nl: 'Je moet bij een klant een wand schilderen. Er staan twee soorten verf. Niemand heeft gezegd welke. Wat doe je?',
    en: "You have to paint a wall at a customer's home. There are two kinds of paint. Nobody said which one. What do you do?",
    options: [
      { nl: 'Ik check de werkbon en de blikken.', en: 'I check the job sheet and the tins.', category: 3 },
      { nl: 'Ik vraag het aan de klant.', en: 'I ask the customer.', category: 2 },
      { nl: 'Ik pak de verf die het dichtst bij staat.', en: 'I take the paint that is closest.', category: 0 },
      { nl: 'Ik bel en wacht tot iemand het zegt.', en: 'I call and wait until someone tells me.', category: 1 },
    ],
  }),
];
