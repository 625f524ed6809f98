import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'adaptability';

export const items: Item[] = [
  scene({
    id: 'ad-s1',
    skill,
    setting: 'shop',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Je zou vandaag vakken vullen, maar er is te weinig personeel bij de kassa. Je leidinggevende vraagt of jij daar wilt helpen. Wat doe je?',
    en: 'Today you were going to stock shelves, but the tills are short of staff. Your manager asks if you will help there. What do you do?',
    options: [
      { nl: 'Ik zeg dat ik liever vakken vul.', en: 'I say I would rather stock shelves.', category: 0 },
      { nl: 'Ik ga meteen naar de kassa.', en: 'I go to the till right away.', category: 2 },
      { nl: 'Ik ga, maar vul eerst mijn vak af.', en: 'I go, but first finish my shelf.', category: 1 },
    ],
  }),
  scene({
    id: 'ad-s2',
    skill,
    setting: 'care-home',
    a: 1.3,
    difficulty: 'medium',
    nl: 'In het verzorgingshuis schrijf je het werk vanaf nu op een tablet. Jij bent gewend aan papier. Wat doe je?',
    en: 'In the care home you now record the work on a tablet. You are used to paper. What do you do?',
    options: [
      {
        nl: 'Ik vraag uitleg en ga met de tablet werken.',
        en: 'I ask for an explanation and start using the tablet.',
        category: 3,
      },
      { nl: 'Ik blijf op papier schrijven.', en: 'I keep writing on paper.', category: 0 },
      {
        nl: 'Ik gebruik de tablet alleen als iemand meekijkt.',
        en: 'I only use the tablet when someone watches.',
        category: 2,
      },
      {
        nl: 'Ik schrijf eerst op papier en typ het later.',
        en: 'I write on paper first and type it in later.',
        category: 1,
      },
    ],
  }),
  scene({
    id: 'ad-s3',
    skill,
    setting: 'construction',
    a: 1.2,
    difficulty: 'hard',
    nl: 'Halverwege de klus verandert de klant de plannen. Een muur moet ergens anders komen. Wat doe je?',
    en: 'Halfway through the job the customer changes the plans. A wall has to go somewhere else. What do you do?',
    options: [
      { nl: 'Ik zeg dat het nu te laat is.', en: 'I say it is too late now.', category: 1 },
      { nl: 'Ik werk gewoon door volgens het oude plan.', en: 'I just carry on with the old plan.', category: 0 },
      { nl: 'Ik stop en overleg hoe we het aanpakken.', en: 'I stop and discuss how we will tackle it.', category: 2 },
    ],
  }),
  scene({
    id: 'ad-s4',
    skill,
    setting: 'hotel',
    a: 1.5,
    difficulty: 'very-hard',
    nl: "In het hotel werkt vandaag een nieuw systeem. Niets gaat zoals je gewend bent. Collega's mopperen. Wat doe je?",
    en: 'A new system starts in the hotel today. Nothing goes the way you are used to. Colleagues grumble. What do you do?',
    options: [
      { nl: 'Ik doe wat het nieuwe systeem vraagt.', en: 'I do what the new system asks.', category: 2 },
      {
        nl: 'Ik mopper mee, het oude systeem was beter.',
        en: 'I grumble too, the old system was better.',
        category: 0,
      },
      { nl: 'Ik werk zo veel mogelijk op de oude manier.', en: 'I work the old way as much as I can.', category: 1 },
      { nl: 'Ik zoek uit hoe het werkt en help anderen.', en: 'I find out how it works and help others.', category: 3 },
    ],
  }),
  scene({
    id: 'ad-s5',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'medium',
    nl: 'In de supermarkt word je vandaag bij de versafdeling gezet. Je collega daar werkt heel anders dan jij. Wat doe je?',
    en: 'In the supermarket you are put in the fresh food department today. Your colleague there works very differently from you. What do you do?',
    options: [
      { nl: 'Ik kijk hoe die het doet en doe mee.', en: 'I watch how they do it and join in.', category: 3 },
      { nl: 'Ik werk op mijn eigen manier door.', en: 'I carry on my own way.', category: 1 },
      {
        nl: 'Ik vraag of ik terug mag naar mijn afdeling.',
        en: 'I ask if I can go back to my department.',
        category: 0,
      },
      { nl: 'Ik doe mee, maar zeg dat mijn manier beter is.', en: 'I join in, but say my way is better.', category: 2 },
    ],
  }),
  scene({
    id: 'ad-s6',
    skill,
    setting: 'home-care',
    a: 1.4,
    difficulty: 'hard',
    nl: 'In de thuiszorg krijg je vandaag op het laatste moment drie andere cliënten dan gepland. Wat doe je?',
    en: 'In home care you get three different clients than planned today, at the last moment. What do you do?',
    options: [
      { nl: 'Ik vraag of ik mijn eigen cliënten mag houden.', en: 'I ask if I can keep my own clients.', category: 1 },
      { nl: 'Ik lees de gegevens goed en ga op pad.', en: 'I read the details carefully and set off.', category: 3 },
      {
        nl: "Ik ga, maar mopper erover tegen collega's.",
        en: 'I go, but grumble about it to colleagues.',
        category: 2,
      },
      { nl: 'Ik zeg dat ik dat niet doe.', en: 'I say I will not do that.', category: 0 },
    ],
  }),
];
