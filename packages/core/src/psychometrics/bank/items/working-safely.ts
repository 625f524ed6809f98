import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'working-safely';

export const items: Item[] = [
  scene({
    id: 'ws-s1',
    skill,
    setting: 'construction',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je moet op de bouw een gat boren in beton. Je veiligheidsbril ligt nog in de bus. Wat doe je?',
    en: 'On the building site you have to drill a hole in concrete. Your safety glasses are still in the van. What do you do?',
    options: [
      {
        nl: 'Ik boor voorzichtig, met mijn hoofd ver weg.',
        en: 'I drill carefully, keeping my head far away.',
        category: 1,
      },
      { nl: 'Ik haal eerst mijn bril.', en: 'I fetch my glasses first.', category: 2 },
      { nl: 'Ik boor even snel, het is maar één gat.', en: 'I drill quickly, it is only one hole.', category: 0 },
    ],
  }),
  scene({
    id: 'ws-s2',
    skill,
    setting: 'warehouse',
    a: 1.4,
    difficulty: 'medium',
    nl: 'In het magazijn ligt olie op de vloer bij een looppad. Je bent op weg naar een spoedorder. Wat doe je?',
    en: 'In the warehouse there is oil on the floor near a walkway. You are on your way to a rush order. What do you do?',
    options: [
      { nl: 'Ik meld het als de spoedorder klaar is.', en: 'I report it when the rush order is done.', category: 1 },
      { nl: 'Ik loop eromheen en ga door.', en: 'I walk around it and carry on.', category: 0 },
      { nl: 'Ik vraag een collega om het op te ruimen.', en: 'I ask a colleague to clean it up.', category: 2 },
      { nl: 'Ik zet het af en meld het meteen.', en: 'I close it off and report it right away.', category: 3 },
    ],
  }),
  scene({
    id: 'ws-s3',
    skill,
    setting: 'care-home',
    a: 1.6,
    difficulty: 'hard',
    nl: "Je helpt een cliënt uit bed. De tillift doet het niet goed. Je collega zegt: 'Dan tillen we samen.' Wat doe je?",
    en: "You are helping a client out of bed. The patient lift is not working well. Your colleague says: 'Then we lift together.' What do you do?",
    options: [
      { nl: 'Ik zoek eerst een andere tillift.', en: 'I first look for another lift.', category: 2 },
      {
        nl: 'Ik til samen met mijn collega en meld het daarna.',
        en: 'I lift with my colleague and report it afterwards.',
        category: 1,
      },
      {
        nl: 'Ik stop, meld de lift en vraag wat mag.',
        en: 'I stop, report the lift and ask what is allowed.',
        category: 3,
      },
      { nl: 'Ik til samen, het is maar één keer.', en: 'I lift together, it is only this once.', category: 0 },
    ],
  }),
  scene({
    id: 'ws-s4',
    skill,
    setting: 'kitchen',
    a: 1.5,
    difficulty: 'very-hard',
    nl: 'Een ervaren collega haalt de kap van de snijmachine, want dat gaat sneller. Die zegt dat jij dat ook moet doen. Wat doe je?',
    en: 'An experienced colleague takes the guard off the slicing machine, because that is faster. They say you should do the same. What do you do?',
    options: [
      { nl: 'Ik houd de kap erop en zeg waarom.', en: 'I keep the guard on and say why.', category: 3 },
      { nl: 'Ik doe het ook, die weet het beter.', en: 'I do it too, they know better.', category: 0 },
      { nl: 'Ik haal de kap eraf als het druk is.', en: 'I take the guard off when it is busy.', category: 1 },
      { nl: 'Ik houd de kap erop en zeg niets.', en: 'I keep the guard on and say nothing.', category: 2 },
    ],
  }),
  scene({
    id: 'ws-s5',
    skill,
    setting: 'kitchen',
    a: 1.3,
    difficulty: 'medium',
    nl: 'In de keuken staat een pan met heet vet op het vuur. Je collega is even weg. De telefoon gaat. Wat doe je?',
    en: 'In the kitchen a pan of hot fat is on the stove. Your colleague is away for a moment. The phone rings. What do you do?',
    options: [
      { nl: 'Ik neem de telefoon op, het is maar kort.', en: 'I answer the phone, it is only short.', category: 0 },
      { nl: 'Ik zet het vuur uit en neem dan op.', en: 'I turn off the heat and then answer.', category: 3 },
      { nl: 'Ik roep mijn collega terug.', en: 'I call my colleague back.', category: 1 },
      {
        nl: 'Ik blijf bij de pan en laat de telefoon gaan.',
        en: 'I stay with the pan and let the phone ring.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 'ws-s6',
    skill,
    setting: 'construction',
    a: 1.5,
    difficulty: 'hard',
    nl: 'Je moet op de bouw iets op een plat dak doen. Er staat nog geen hek langs de rand. Wat doe je?',
    en: 'On the building site you have to do something on a flat roof. There is no railing along the edge yet. What do you do?',
    options: [
      { nl: 'Ik vraag eerst om een hek of een gordel.', en: 'I first ask for a railing or a harness.', category: 3 },
      { nl: 'Ik blijf ver van de rand en begin.', en: 'I stay far from the edge and start.', category: 1 },
      { nl: 'Ik ga snel, het is maar een klein klusje.', en: 'I go quickly, it is only a small job.', category: 0 },
      { nl: 'Ik doe eerst een ander klusje en kom terug.', en: 'I do another job first and come back.', category: 2 },
    ],
  }),
];
