import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'customer-focus';

export const items: Item[] = [
  scene({
    id: 'cf-s1',
    skill,
    setting: 'shop',
    a: 1.0,
    difficulty: 'easy',
    nl: 'Je vult schappen in de supermarkt. Een klant vraagt waar de rijst ligt. Wat doe je?',
    en: 'You are stocking shelves in the supermarket. A customer asks where the rice is. What do you do?',
    options: [
      { nl: 'Ik zeg dat ik nu geen tijd heb.', en: 'I say I have no time right now.', category: 0 },
      { nl: 'Ik wijs: daar ergens, achterin.', en: 'I point: somewhere over there, at the back.', category: 1 },
      { nl: 'Ik loop mee naar de rijst.', en: 'I walk with them to the rice.', category: 2 },
    ],
  }),
  scene({
    id: 'cf-s2',
    skill,
    setting: 'restaurant',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Een gast in het restaurant zegt dat het eten koud is. Wat doe je?',
    en: 'A guest in the restaurant says the food is cold. What do you do?',
    options: [
      { nl: 'Ik vraag of de gast iets anders wil.', en: 'I ask if the guest wants something else.', category: 2 },
      { nl: 'Ik zeg dat het net uit de keuken kwam.', en: 'I say it just came out of the kitchen.', category: 0 },
      { nl: 'Ik zeg sorry en laat het opnieuw maken.', en: 'I say sorry and have it made again.', category: 3 },
      { nl: 'Ik zeg het tegen de kok als ik tijd heb.', en: 'I tell the cook when I have time.', category: 1 },
    ],
  }),
  scene({
    id: 'cf-s3',
    skill,
    setting: 'customer-home',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Je sluit internet aan bij een klant thuis. Het duurt langer dan gepland en de klant moet zo weg. Wat doe je?',
    en: "You are connecting the internet at a customer's home. It takes longer than planned and the customer has to leave soon. What do you do?",
    options: [
      {
        nl: 'Ik zeg hoe lang het duurt en vraag wat past.',
        en: 'I say how long it will take and ask what suits them.',
        category: 3,
      },
      {
        nl: 'Ik werk snel door en sla de laatste test over.',
        en: 'I work on quickly and skip the final test.',
        category: 0,
      },
      { nl: 'Ik maak meteen een nieuwe afspraak.', en: 'I make a new appointment right away.', category: 2 },
      { nl: 'Ik werk zo snel mogelijk door.', en: 'I carry on as fast as I can.', category: 1 },
    ],
  }),
  scene({
    id: 'cf-s4',
    skill,
    setting: 'shop',
    a: 1.2,
    difficulty: 'very-hard',
    nl: 'Een klant in de bouwmarkt wil een boor kopen. Die boor past niet bij de klus. Wat doe je?',
    en: 'A customer in the DIY store wants to buy a drill that is not right for the job. What do you do?',
    options: [
      { nl: 'Ik zeg dat het een slechte keuze is.', en: 'I say it is a bad choice.', category: 1 },
      { nl: 'Ik vraag naar de klus en geef advies.', en: 'I ask about the job and give advice.', category: 3 },
      { nl: 'Ik zeg dat een andere boor beter is.', en: 'I say another drill is better.', category: 2 },
      { nl: 'Ik verkoop de boor, de klant kiest zelf.', en: 'I sell the drill, the customer decides.', category: 0 },
    ],
  }),
  scene({
    id: 'cf-s5',
    skill,
    setting: 'customer-home',
    a: 1.2,
    difficulty: 'medium',
    nl: 'Je repareert een wasmachine bij een klant thuis. De klant stelt veel vragen terwijl jij werkt. Wat doe je?',
    en: "You are repairing a washing machine at a customer's home. The customer asks a lot of questions while you work. What do you do?",
    options: [
      { nl: 'Ik zeg dat ik me moet concentreren.', en: 'I say I need to concentrate.', category: 1 },
      { nl: 'Ik geef kort antwoord en leg het straks uit.', en: 'I answer briefly and explain it later.', category: 3 },
      { nl: 'Ik werk door en zeg niets.', en: 'I carry on working and say nothing.', category: 0 },
      { nl: 'Ik stop steeds om alles uit te leggen.', en: 'I keep stopping to explain everything.', category: 2 },
    ],
  }),
  scene({
    id: 'cf-s6',
    skill,
    setting: 'hotel',
    a: 1.4,
    difficulty: 'hard',
    nl: 'Een gast in het hotel vraagt om een kamer met uitzicht. Die zijn allemaal bezet. Wat doe je?',
    en: 'A hotel guest asks for a room with a view. They are all taken. What do you do?',
    options: [
      {
        nl: 'Ik vraag wat de gast wil en zoek iets.',
        en: 'I ask what the guest wants and look for something.',
        category: 3,
      },
      { nl: 'Ik zeg dat er morgen misschien een vrijkomt.', en: 'I say one may become free tomorrow.', category: 2 },
      { nl: 'Ik zeg: helaas, vol is vol.', en: 'I say: sorry, full is full.', category: 0 },
      { nl: 'Ik zeg dat het niet kan.', en: 'I say it is not possible.', category: 1 },
    ],
  }),
];
