import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'perseverance';

export const items: Item[] = [
  scene({
    id: 'pe-s1',
    skill,
    setting: 'construction',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je moet op de bouw een lange muur schuren. Na een uur ben je pas op de helft. Wat doe je?',
    en: 'On the building site you have to sand a long wall. After an hour you are only halfway. What do you do?',
    options: [
      { nl: 'Ik werk door tot het af is.', en: 'I keep going until it is done.', category: 2 },
      {
        nl: 'Ik stop en vraag of iemand anders het afmaakt.',
        en: 'I stop and ask if someone else can finish it.',
        category: 0,
      },
      { nl: 'Ik schuur de rest wat minder goed.', en: 'I sand the rest a bit less well.', category: 1 },
    ],
  }),
  scene({
    id: 'pe-s2',
    skill,
    setting: 'warehouse',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Je zoekt in het magazijn van de winkel een doos voor een klant. Na tien minuten heb je die nog niet. Wat doe je?',
    en: "You are looking in the shop's stockroom for a box for a customer. After ten minutes you still have not found it. What do you do?",
    options: [
      {
        nl: 'Ik zoek nog vijf minuten en dan stop ik ermee.',
        en: 'I look for five more minutes and then I stop.',
        category: 2,
      },
      {
        nl: 'Ik vraag waar die kan liggen en zoek verder.',
        en: 'I ask where it might be and keep looking.',
        category: 3,
      },
      { nl: 'Ik zeg tegen de klant dat het op is.', en: 'I tell the customer it is sold out.', category: 0 },
      {
        nl: 'Ik vraag de klant om morgen terug te komen.',
        en: 'I ask the customer to come back tomorrow.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'pe-s3',
    skill,
    setting: 'customer-home',
    a: 1.2,
    difficulty: 'hard',
    nl: 'Je bouwt een kast in bij een klant. Een plank past niet. Je moet alles weer uit elkaar halen. Wat doe je?',
    en: "You are fitting a cupboard at a customer's home. A shelf does not fit. You have to take everything apart again. What do you do?",
    options: [
      { nl: 'Ik haal het uit elkaar en doe het opnieuw.', en: 'I take it apart and do it again.', category: 2 },
      {
        nl: 'Ik laat de plank gewoon weg, dat valt niet op.',
        en: 'I just leave the shelf out, nobody will notice.',
        category: 0,
      },
      { nl: 'Ik stop en kom een andere dag terug.', en: 'I stop and come back another day.', category: 1 },
    ],
  }),
  scene({
    id: 'pe-s4',
    skill,
    setting: 'warehouse',
    a: 1.5,
    difficulty: 'very-hard',
    nl: 'Je oefent al twee weken met een nieuwe manier van orders sorteren. Je bent nog steeds te langzaam. Wat doe je?',
    en: 'For two weeks you have been practising a new way of sorting orders. You are still too slow. What do you do?',
    options: [
      { nl: 'Ik blijf het doen zoals ik het nu doe.', en: 'I keep doing it the way I do now.', category: 1 },
      {
        nl: 'Ik vraag of ik terug mag naar de oude manier.',
        en: 'I ask if I can go back to the old way.',
        category: 0,
      },
      { nl: 'Ik blijf oefenen en vraag om tips.', en: 'I keep practising and ask for tips.', category: 3 },
      { nl: 'Ik oefen extra als het rustig is.', en: 'I practise extra when it is quiet.', category: 2 },
    ],
  }),
  scene({
    id: 'pe-s5',
    skill,
    setting: 'restaurant',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Na sluiting moet je in het café alle glazen poetsen. Het zijn er wel tweehonderd. Wat doe je?',
    en: 'After closing you have to polish all the glasses in the café. There are about two hundred. What do you do?',
    options: [
      {
        nl: 'Ik poets ze snel, niet allemaal even goed.',
        en: 'I polish them quickly, not all equally well.',
        category: 1,
      },
      { nl: 'Ik poets tot ze allemaal klaar zijn.', en: 'I polish until they are all done.', category: 3 },
      {
        nl: 'Ik poets de helft, de rest doet morgen iemand.',
        en: 'I polish half, someone else does the rest tomorrow.',
        category: 0,
      },
      { nl: 'Ik poets er zo veel als ik kan.', en: 'I polish as many as I can.', category: 2 },
    ],
  }),
  scene({
    id: 'pe-s6',
    skill,
    setting: 'customer-home',
    a: 1.5,
    difficulty: 'hard',
    nl: 'Je zoekt al twee uur naar een storing in een machine. Je hebt nog niets gevonden. De klant wacht. Wat doe je?',
    en: 'You have been looking for a fault in a machine for two hours. You have found nothing yet. The customer is waiting. What do you do?',
    options: [
      { nl: 'Ik zoek stap voor stap verder.', en: 'I keep searching step by step.', category: 2 },
      {
        nl: 'Ik zeg de klant dat ik morgen terugkom.',
        en: 'I tell the customer I will come back tomorrow.',
        category: 1,
      },
      { nl: 'Ik zeg dat ik het niet kan vinden en stop.', en: 'I say I cannot find it and stop.', category: 0 },
      {
        nl: 'Ik zoek door en vraag een collega mee.',
        en: 'I keep searching and ask a colleague to help.',
        category: 3,
      },
    ],
  }),
];
