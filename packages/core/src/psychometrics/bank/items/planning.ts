import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'planning';

export const items: Item[] = [
  scene({
    id: 'pl-s1',
    skill,
    setting: 'construction',
    a: 1.0,
    difficulty: 'easy',
    nl: 'Je begint morgen om 7 uur op een nieuwe bouwplaats. Het is nu avond. Wat doe je?',
    en: 'Tomorrow at 7 you start at a new building site. It is evening now. What do you do?',
    options: [
      {
        nl: 'Ik zet een wekker en zoek morgen de route op.',
        en: 'I set an alarm and look up the route tomorrow.',
        category: 1,
      },
      {
        nl: 'Ik zoek de route op en leg alles klaar.',
        en: 'I look up the route and get everything ready.',
        category: 2,
      },
      { nl: 'Ik zie morgen wel hoe ik er kom.', en: 'I will see tomorrow how I get there.', category: 0 },
    ],
  }),
  scene({
    id: 'pl-s2',
    skill,
    setting: 'warehouse',
    a: 1.4,
    difficulty: 'medium',
    nl: 'Je moet drie orders klaarzetten. Eén moet om 10 uur weg, de andere twee vanmiddag. Wat doe je?',
    en: 'You have to get three orders ready. One has to leave at 10, the other two this afternoon. What do you do?',
    options: [
      { nl: 'Ik doe eerst de makkelijkste order.', en: 'I do the easiest order first.', category: 1 },
      { nl: 'Ik begin met de order die bovenop ligt.', en: 'I start with the order on top of the pile.', category: 0 },
      { nl: 'Ik begin met de order van 10 uur.', en: "I start with the 10 o'clock order.", category: 2 },
    ],
  }),
  scene({
    id: 'pl-s3',
    skill,
    setting: 'kitchen',
    a: 1.5,
    difficulty: 'hard',
    nl: 'Je begint om 15 uur in de keuken. Om 18 uur komt een groep van 30 gasten. Wat doe je?',
    en: 'You start in the kitchen at 3 pm. At 6 pm a group of 30 guests arrives. What do you do?',
    options: [
      { nl: 'Ik vraag de chef wat ik eerst moet doen.', en: 'I ask the chef what to do first.', category: 2 },
      { nl: 'Ik begin meteen met snijden en koken.', en: 'I start chopping and cooking right away.', category: 1 },
      {
        nl: 'Ik kijk wat nodig is en maak een volgorde.',
        en: 'I look at what is needed and make an order of work.',
        category: 3,
      },
      {
        nl: 'Ik doe eerst mijn vaste taken, dan de groep.',
        en: 'I do my usual tasks first, then the group.',
        category: 0,
      },
    ],
  }),
  scene({
    id: 'pl-s4',
    skill,
    setting: 'customer-home',
    a: 1.3,
    difficulty: 'very-hard',
    nl: 'Je moet vandaag bij drie klanten een storing oplossen. Bij de eerste klant duurt het een uur langer. Wat doe je?',
    en: 'Today you have to fix a fault at three customers. At the first customer it takes an hour longer. What do you do?',
    options: [
      {
        nl: 'Ik vraag kantoor om de planning aan te passen.',
        en: 'I ask the office to change the schedule.',
        category: 2,
      },
      { nl: 'Ik sla de laatste klant over.', en: 'I skip the last customer.', category: 0 },
      { nl: 'Ik werk door en zie wel hoe laat het wordt.', en: 'I carry on and see how late it gets.', category: 1 },
      { nl: 'Ik bel de klanten en maak nieuwe tijden.', en: 'I call the customers and set new times.', category: 3 },
    ],
  }),
  scene({
    id: 'pl-s5',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je moet voor sluitingstijd vakken vullen, de vloer vegen en de kassa tellen. Je hebt nog een uur. Wat doe je?',
    en: 'Before closing time you have to stock shelves, sweep the floor and count the till. You have one hour left. What do you do?',
    options: [
      { nl: 'Ik doe het in de volgorde van de opdracht.', en: 'I do it in the order of the task.', category: 2 },
      { nl: 'Ik begin met wat ik het leukst vind.', en: 'I start with what I like best.', category: 0 },
      { nl: 'Ik doe van alles een beetje.', en: 'I do a bit of everything.', category: 1 },
      {
        nl: 'Ik kies wat eerst moet en verdeel het uur.',
        en: 'I choose what comes first and divide the hour.',
        category: 3,
      },
    ],
  }),
  scene({
    id: 'pl-s6',
    skill,
    setting: 'delivery',
    a: 1.5,
    difficulty: 'hard',
    nl: 'Je rijdt pakketten rond. Een weg is afgesloten en je route klopt niet meer. Er zijn nog tien adressen. Wat doe je?',
    en: 'You are delivering parcels. A road is closed and your route no longer works. There are ten addresses left. What do you do?',
    options: [
      {
        nl: 'Ik bel de planner en wacht op een nieuwe route.',
        en: 'I call the planner and wait for a new route.',
        category: 1,
      },
      { nl: 'Ik maak een nieuwe volgorde voor de adressen.', en: 'I make a new order for the addresses.', category: 3 },
      { nl: 'Ik rijd de adressen af die ik vind.', en: 'I drive to whichever addresses I find.', category: 0 },
      {
        nl: 'Ik rijd om en volg daarna de oude route.',
        en: 'I take a detour and then follow the old route.',
        category: 2,
      },
    ],
  }),
];
