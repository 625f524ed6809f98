import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'learning';

export const items: Item[] = [
  scene({
    id: 'le-s1',
    skill,
    setting: 'warehouse',
    a: 1.0,
    difficulty: 'easy',
    nl: 'Je krijgt in het magazijn uitleg over een nieuwe pallettruck. Eén knop snap je niet. Wat doe je?',
    en: 'In the warehouse you get an explanation of a new pallet truck. You do not understand one button. What do you do?',
    options: [
      { nl: 'Ik gebruik die knop gewoon niet.', en: 'I just do not use that button.', category: 1 },
      { nl: 'Ik vraag wat die knop doet.', en: 'I ask what that button does.', category: 2 },
      {
        nl: 'Ik zeg dat ik alles snap, dat is makkelijker.',
        en: 'I say I understand everything, that is easier.',
        category: 0,
      },
    ],
  }),
  scene({
    id: 'le-s2',
    skill,
    setting: 'kitchen',
    a: 1.3,
    difficulty: 'medium',
    nl: 'De chef laat zien hoe je een nieuw gerecht opmaakt. Morgen moet jij het zelf doen. Wat doe je?',
    en: 'The chef shows how to plate a new dish. Tomorrow you have to do it yourself. What do you do?',
    options: [
      { nl: 'Ik doe het morgen op mijn eigen manier.', en: 'Tomorrow I do it my own way.', category: 0 },
      { nl: 'Ik kijk en onthoud het wel.', en: 'I watch and will remember it.', category: 2 },
      { nl: 'Ik kijk goed en maak een foto.', en: 'I watch closely and take a photo.', category: 3 },
      {
        nl: 'Ik kijk even en vraag het morgen opnieuw.',
        en: 'I have a quick look and ask again tomorrow.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'le-s3',
    skill,
    setting: 'care-home',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Een collega zegt dat je een cliënt op een betere manier kunt helpen aankleden. Jij doet het al lang zo. Wat doe je?',
    en: 'A colleague says there is a better way to help a client get dressed. You have done it your way for a long time. What do you do?',
    options: [
      { nl: 'Ik luister, maar doe het op mijn manier.', en: 'I listen, but do it my way.', category: 1 },
      {
        nl: 'Ik vraag de leidinggevende wat de goede manier is.',
        en: 'I ask the manager which way is right.',
        category: 2,
      },
      { nl: 'Ik zeg dat mijn manier ook goed werkt.', en: 'I say my way works fine too.', category: 0 },
      { nl: 'Ik vraag hoe en probeer het uit.', en: 'I ask how and try it out.', category: 3 },
    ],
  }),
  scene({
    id: 'le-s4',
    skill,
    setting: 'customer-home',
    a: 1.2,
    difficulty: 'very-hard',
    nl: 'Je bent monteur. Er komt een nieuw soort warmtepomp die je nog niet kent. Er is nog geen cursus. Wat doe je?',
    en: 'You are a technician. A new type of heat pump is coming that you do not know yet. There is no course yet. What do you do?',
    options: [
      {
        nl: "Ik lees de handleiding en kijk bij collega's.",
        en: 'I read the manual and watch colleagues at work.',
        category: 3,
      },
      { nl: 'Ik wacht tot er een cursus is.', en: 'I wait until there is a course.', category: 1 },
      {
        nl: 'Ik zoek filmpjes op internet over die warmtepomp.',
        en: 'I look for videos about that heat pump online.',
        category: 2,
      },
      { nl: "Ik laat die klussen aan collega's over.", en: 'I leave those jobs to colleagues.', category: 0 },
    ],
  }),
  scene({
    id: 'le-s5',
    skill,
    setting: 'construction',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Een collega op de bouw laat zien hoe je sneller tegels zaagt. Wat doe je?',
    en: 'A colleague on the building site shows you how to cut tiles faster. What do you do?',
    options: [
      { nl: 'Ik kijk goed en onthoud het.', en: 'I watch closely and remember it.', category: 2 },
      { nl: 'Ik doe het op mijn manier, dat gaat ook.', en: 'I do it my way, that works too.', category: 0 },
      {
        nl: 'Ik probeer het meteen en vraag of het klopt.',
        en: 'I try it straight away and ask if it is right.',
        category: 3,
      },
      { nl: 'Ik zeg bedankt en probeer het misschien later.', en: 'I say thanks and maybe try it later.', category: 1 },
    ],
  }),
  scene({
    id: 'le-s6',
    skill,
    setting: 'customer-home',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Je werkt als monteur. Op de klus gebruikt een collega een handige app die jij niet kent. Wat doe je?',
    en: 'You work as a technician. On the job a colleague uses a handy app you do not know. What do you do?',
    options: [
      {
        nl: 'Ik kijk mee als mijn collega de app gebruikt.',
        en: 'I watch when my colleague uses the app.',
        category: 2,
      },
      { nl: 'Ik werk verder zoals ik gewend ben.', en: 'I carry on the way I am used to.', category: 0 },
      { nl: 'Ik zoek de app later misschien eens op.', en: 'I might look up the app some time later.', category: 1 },
      { nl: 'Ik vraag wat de app doet en probeer hem.', en: 'I ask what the app does and try it.', category: 3 },
    ],
  }),
];
