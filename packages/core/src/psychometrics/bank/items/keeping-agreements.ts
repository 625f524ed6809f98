import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'keeping-agreements';

export const items: Item[] = [
  scene({
    id: 'ka-s1',
    skill,
    setting: 'hotel',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je hebt morgen om 9 uur dienst in het hotel. Je bus rijdt morgen niet. Wat doe je?',
    en: 'Tomorrow at 9 you have a shift at the hotel. Your bus is not running tomorrow. What do you do?',
    options: [
      { nl: 'Ik kom later en leg het dan uit.', en: 'I come later and explain then.', category: 1 },
      { nl: 'Ik zoek een andere manier om er te komen.', en: 'I find another way to get there.', category: 2 },
      {
        nl: 'Ik blijf thuis, want het is niet mijn schuld.',
        en: 'I stay at home, because it is not my fault.',
        category: 0,
      },
    ],
  }),
  scene({
    id: 'ka-s2',
    skill,
    setting: 'construction',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Je hebt met een collega afgesproken dat jij morgen het gereedschap meeneemt. Nu stuurt je leidinggevende je naar een andere bouwplaats. Wat doe je?',
    en: 'You agreed with a colleague that you would bring the tools tomorrow. Now your manager sends you to another building site. What do you do?',
    options: [
      {
        nl: 'Ik vraag of ik eerst het gereedschap mag brengen.',
        en: 'I ask if I may drop off the tools first.',
        category: 2,
      },
      { nl: 'Ik ga naar de andere plek, jammer dan.', en: 'I go to the other place, too bad.', category: 0 },
      { nl: 'Ik bel mijn collega en regel het.', en: 'I call my colleague and sort it out.', category: 3 },
      {
        nl: 'Ik stuur een berichtje dat het niet lukt.',
        en: 'I send a message that it will not work out.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'ka-s3',
    skill,
    setting: 'shop',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Je hebt een klant beloofd te bellen als de bestelling binnen is. Het is druk en de bestelling ligt er al twee dagen. Wat doe je?',
    en: 'You promised a customer to call when the order came in. It is busy and the order has been here for two days. What do you do?',
    options: [
      { nl: 'Ik bel de klant nu en zeg sorry.', en: 'I call the customer now and say sorry.', category: 3 },
      { nl: 'Ik bel als het rustiger is in de winkel.', en: 'I call when it is quieter in the shop.', category: 1 },
      { nl: 'Ik vraag een collega om te bellen.', en: 'I ask a colleague to call.', category: 2 },
      { nl: 'Ik wacht tot de klant zelf belt.', en: 'I wait until the customer calls.', category: 0 },
    ],
  }),
  scene({
    id: 'ka-s4',
    skill,
    setting: 'care-home',
    a: 1.5,
    difficulty: 'very-hard',
    nl: 'In het verzorgingshuis is afgesproken: iedereen schrijft na de dienst op wat er gebeurd is. Een collega doet dat nooit. Wat doe je?',
    en: 'In the care home it was agreed: everyone writes down what happened after their shift. A colleague never does. What do you do?',
    options: [
      { nl: 'Ik meld het bij de leidinggevende.', en: 'I report it to the manager.', category: 2 },
      { nl: 'Ik spreek de collega er rustig op aan.', en: 'I calmly raise it with the colleague.', category: 3 },
      { nl: 'Ik zeg er niets van, dat is niet mijn taak.', en: 'I say nothing, it is not my job.', category: 0 },
      { nl: 'Ik schrijf het zelf op, dan is het klaar.', en: 'I write it down myself, then it is done.', category: 1 },
    ],
  }),
  scene({
    id: 'ka-s5',
    skill,
    setting: 'construction',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je hebt beloofd zaterdag te werken op de bouw. Vrienden vragen je mee naar een feest die dag. Wat doe je?',
    en: 'You promised to work on the building site on Saturday. Friends invite you to a party that day. What do you do?',
    options: [
      {
        nl: 'Ik zoek iemand die mijn dienst wil ruilen.',
        en: 'I look for someone who wants to swap my shift.',
        category: 2,
      },
      { nl: 'Ik bel die ochtend af.', en: 'I call in that morning to cancel.', category: 1 },
      { nl: 'Ik ga werken, zoals afgesproken.', en: 'I go to work, as agreed.', category: 3 },
      { nl: 'Ik ga naar het feest en meld me niet af.', en: 'I go to the party and do not call in.', category: 0 },
    ],
  }),
  scene({
    id: 'ka-s6',
    skill,
    setting: 'kitchen',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Je chef vraagt of jij volgende week een extra dienst kunt draaien. Je weet nog niet of het past. Wat doe je?',
    en: 'Your chef asks if you can work an extra shift next week. You do not know yet if it fits. What do you do?',
    options: [
      { nl: 'Ik check het en geef vandaag antwoord.', en: 'I check it and give an answer today.', category: 3 },
      { nl: 'Ik zeg ja, dat zie ik later wel.', en: 'I say yes, I will see later.', category: 0 },
      { nl: 'Ik zeg nee, voor de zekerheid.', en: 'I say no, to be on the safe side.', category: 2 },
      { nl: 'Ik zeg misschien en hoor het wel.', en: 'I say maybe and wait and see.', category: 1 },
    ],
  }),
];
