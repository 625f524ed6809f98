import type { Item } from '../../../domain.js';
import { scene } from '../build.js';

const skill = 'dealing-with-pressure';

export const items: Item[] = [
  scene({
    id: 'dp-s1',
    skill,
    setting: 'kitchen',
    a: 1.1,
    difficulty: 'easy',
    nl: 'Het restaurant zit vol. Er komen vijf bestellingen tegelijk in de keuken. Wat doe je?',
    en: 'The restaurant is full. Five orders come into the kitchen at once. What do you do?',
    options: [
      { nl: 'Ik werk ze een voor een af, op volgorde.', en: 'I work through them one by one, in order.', category: 2 },
      {
        nl: 'Ik begin aan alle vijf tegelijk, dat gaat sneller.',
        en: 'I start on all five at once, that is faster.',
        category: 1,
      },
      { nl: 'Ik wacht tot het wat rustiger wordt.', en: 'I wait until it gets a bit quieter.', category: 0 },
    ],
  }),
  scene({
    id: 'dp-s2',
    skill,
    setting: 'shop',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Er staat een lange rij bij jouw kassa. Een klant zegt hardop dat het te lang duurt. Wat doe je?',
    en: 'There is a long queue at your till. A customer says out loud that it takes too long. What do you do?',
    options: [
      { nl: 'Ik zeg dat die maar moet wachten.', en: 'I say they will just have to wait.', category: 0 },
      { nl: 'Ik ga sneller en let minder goed op.', en: 'I go faster and pay less attention.', category: 1 },
      {
        nl: 'Ik werk rustig door en vraag een tweede kassa.',
        en: 'I calmly carry on and ask for a second till.',
        category: 3,
      },
      {
        nl: 'Ik zeg tegen de klant: ik doe echt mijn best.',
        en: 'I tell the customer: I am really doing my best.',
        category: 2,
      },
    ],
  }),
  scene({
    id: 'dp-s3',
    skill,
    setting: 'warehouse',
    a: 1.5,
    difficulty: 'hard',
    nl: 'De vrachtwagen moet over een half uur weg. Er staan nog twintig dozen. Je leidinggevende roept dat het sneller moet. Wat doe je?',
    en: 'The lorry has to leave in half an hour. There are still twenty boxes. Your manager shouts that it must go faster. What do you do?',
    options: [
      { nl: 'Ik houd mijn tempo en vraag om hulp.', en: 'I keep my pace and ask for help.', category: 3 },
      { nl: 'Ik laad snel en sla het controleren over.', en: 'I load fast and skip the checking.', category: 0 },
      { nl: 'Ik zeg dat het niet gaat lukken.', en: 'I say it is not going to work.', category: 1 },
      { nl: 'Ik werk zo snel mogelijk door.', en: 'I carry on as fast as I can.', category: 2 },
    ],
  }),
  scene({
    id: 'dp-s4',
    skill,
    setting: 'home-care',
    a: 1.4,
    difficulty: 'very-hard',
    nl: 'Je loopt in de thuiszorg een uur achter. Drie cliënten wachten nog op je. Wat doe je?',
    en: 'In home care you are running an hour late. Three clients are still waiting for you. What do you do?',
    options: [
      { nl: 'Ik bel de cliënten dat ik later kom.', en: 'I call the clients to say I will be late.', category: 2 },
      { nl: 'Ik doe bij iedereen alles, maar sneller.', en: 'I do everything for everyone, but faster.', category: 1 },
      { nl: 'Ik sla de laatste cliënt over.', en: 'I skip the last client.', category: 0 },
      { nl: 'Ik overleg met kantoor wat voor gaat.', en: 'I check with the office what comes first.', category: 3 },
    ],
  }),
  scene({
    id: 'dp-s5',
    skill,
    setting: 'shop',
    a: 1.3,
    difficulty: 'medium',
    nl: 'Je staat alleen in de winkel. De telefoon gaat, een klant wil betalen en een ander heeft een vraag. Wat doe je?',
    en: 'You are alone in the shop. The phone rings, a customer wants to pay and another has a question. What do you do?',
    options: [
      { nl: 'Ik neem eerst de telefoon op.', en: 'I answer the phone first.', category: 1 },
      {
        nl: 'Ik probeer alles tegelijk en zo snel mogelijk te doen.',
        en: 'I try to do everything at once, as fast as possible.',
        category: 0,
      },
      { nl: 'Ik reken af en vraag de ander te wachten.', en: 'I take payment and ask the other to wait.', category: 3 },
      { nl: 'Ik help eerst de klant met de vraag.', en: 'I help the customer with the question first.', category: 2 },
    ],
  }),
  scene({
    id: 'dp-s6',
    skill,
    setting: 'warehouse',
    a: 1.5,
    difficulty: 'hard',
    nl: "Je rijdt op de heftruck. Drie collega's roepen tegelijk dat hun pallet eerst moet. Wat doe je?",
    en: 'You drive the forklift. Three colleagues call out at once that their pallet must go first. What do you do?',
    options: [
      { nl: 'Ik doe ze in de volgorde dat ze riepen.', en: 'I do them in the order they called.', category: 2 },
      {
        nl: 'Ik vraag wanneer elke pallet weg moet en kies.',
        en: 'I ask when each pallet must leave and choose.',
        category: 3,
      },
      { nl: 'Ik help wie het hardst roept.', en: 'I help whoever calls loudest.', category: 0 },
      { nl: 'Ik bel de leidinggevende om te kiezen.', en: 'I call the manager to choose.', category: 1 },
    ],
  }),
];
