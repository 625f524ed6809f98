import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'communicating';

export const items: Item[] = [
  scene({
    id: 'co-s1',
    skill,
    setting: 'care-home',
    a: 1.0,
    difficulty: 'easy',
    nl: 'In het verzorgingshuis vraagt een bewoner jou iets. Je verstaat niet goed wat die zegt. Wat doe je?',
    en: 'In the care home a resident asks you something. You do not hear well what they say. What do you do?',
    options: [
      { nl: 'Ik raad wat die bedoelt en doe dat.', en: 'I guess what they mean and do that.', category: 1 },
      { nl: 'Ik vraag rustig of die het nog eens zegt.', en: 'I calmly ask them to say it again.', category: 2 },
      { nl: 'Ik knik en loop verder.', en: 'I nod and walk on.', category: 0 },
    ],
  }),
  scene({
    id: 'co-s2',
    skill,
    setting: 'construction',
    a: 1.4,
    difficulty: 'medium',
    nl: 'Je monteert zonnepanelen. Je leidinggevende legt snel uit wat je moet doen, maar je mist een stap. Wat doe je?',
    en: 'You are fitting solar panels. Your manager quickly explains what to do, but you miss a step. What do you do?',
    options: [
      { nl: 'Ik kijk hoe een collega het doet.', en: 'I watch how a colleague does it.', category: 2 },
      { nl: 'Ik doe de stappen die ik wel weet.', en: 'I do the steps that I do know.', category: 0 },
      { nl: 'Ik begin en kijk hoe het gaat.', en: 'I start and see how it goes.', category: 1 },
      { nl: 'Ik vraag meteen naar die stap.', en: 'I ask about that step right away.', category: 3 },
    ],
  }),
  scene({
    id: 'co-s3',
    skill,
    setting: 'warehouse',
    a: 1.3,
    difficulty: 'hard',
    nl: 'Je dienst in het magazijn is bijna klaar. Een order is nog niet af. De volgende ploeg begint zo. Wat doe je?',
    en: 'Your shift in the warehouse is almost over. An order is not finished yet. The next shift starts soon. What do you do?',
    options: [
      {
        nl: 'Ik leg een briefje neer: deze order is niet klaar.',
        en: 'I leave a note: this order is not ready.',
        category: 1,
      },
      {
        nl: 'Ik vertel de nieuwe ploeg precies wat nog moet.',
        en: 'I tell the new shift exactly what is left to do.',
        category: 3,
      },
      { nl: 'Ik ga naar huis, zij zien het wel.', en: 'I go home, they will find out.', category: 0 },
      { nl: 'Ik zeg het tegen mijn leidinggevende.', en: 'I tell my manager.', category: 2 },
    ],
  }),
  scene({
    id: 'co-s4',
    skill,
    setting: 'kitchen',
    a: 1.5,
    difficulty: 'very-hard',
    nl: 'In het restaurant zet een collega de borden steeds hoog weg. Jij kunt er niet bij. Wat doe je?',
    en: 'A colleague in the restaurant keeps putting the plates where you cannot reach them. What do you do?',
    options: [
      {
        nl: 'Ik vraag rustig of die ze ergens anders zet.',
        en: 'I calmly ask them to put them somewhere else.',
        category: 3,
      },
      { nl: "Ik klaag erover bij andere collega's.", en: 'I complain about it to other colleagues.', category: 0 },
      { nl: 'Ik zeg kort dat het zo niet kan.', en: 'I say briefly that this will not do.', category: 2 },
      { nl: 'Ik zeg er niets van en pas me aan.', en: 'I say nothing and adjust.', category: 1 },
    ],
  }),
  scene({
    id: 'co-s5',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Een klant belt de winkel voor je collega Sam. Sam is er vandaag niet. Wat doe je?',
    en: 'A customer phones the shop for your colleague Sam. Sam is not in today. What do you do?',
    options: [
      { nl: 'Ik zeg dat Sam er niet is en hang op.', en: 'I say Sam is not in and hang up.', category: 0 },
      {
        nl: 'Ik vraag het nummer en zeg dat Sam terugbelt.',
        en: 'I ask for the number and say Sam will call back.',
        category: 2,
      },
      {
        nl: 'Ik schrijf naam, nummer en vraag op voor Sam.',
        en: 'I write down name, number and question for Sam.',
        category: 3,
      },
      {
        nl: 'Ik zeg dat de klant morgen terug moet bellen.',
        en: 'I say the customer should call back tomorrow.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'co-s6',
    skill,
    setting: 'home-care',
    a: 1.4,
    difficulty: 'hard',
    nl: 'In de thuiszorg snapt een cliënt niet waarom je voortaan later komt. Die klaagt erover. Wat doe je?',
    en: 'In home care a client does not understand why you will come later from now on. They complain about it. What do you do?',
    options: [
      { nl: 'Ik leg het rustig uit in simpele woorden.', en: 'I calmly explain it in simple words.', category: 3 },
      { nl: 'Ik zeg dat de planning dat nu eenmaal wil.', en: 'I say that is just how the schedule is.', category: 1 },
      { nl: 'Ik zeg niets en begin aan mijn werk.', en: 'I say nothing and start my work.', category: 0 },
      {
        nl: 'Ik geef het nummer van kantoor voor meer uitleg.',
        en: 'I give the office number for more explanation.',
        category: 2,
      },
    ],
  }),
];
