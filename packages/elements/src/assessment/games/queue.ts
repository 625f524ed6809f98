/**
 * Helping customers (customer focus): you work at a counter, in a shop, at a reception desk or
 * in a care home, and several people want something at the same time. Tap the person you help
 * first. One choice is the best by core's rule (queue.ts there): safety or health first, then a
 * promise you made, then who waited longest; a one-sentence question only when nobody urgent
 * waits and the next person is not ready. No time limit, no clock: speed is not scored (the
 * reaction time goes with each trial as data only).
 *
 * People are described in words, by role, request and one visible detail (how long they have
 * waited, what you promised): no faces, no feelings read from anyone. Every person is a button
 * in a shuffled order, so touch, keyboard and screen reader play it the same way. Practice shows
 * situations of its own, which no scored block shows, each with feedback and a reason, and
 * waits for "Go on" so the last feedback is read too. A scored block shows no feedback.
 */
import { html } from 'lit';
import { PRACTICE_TRIALS, QUEUE_PRACTICE, queueSituations, type QueueSituation } from '@pfw/core/runtime';
import { choiceRound, inSentence, seeded, shuffle, type CreateGame } from './game.js';
import { catalogues, t, type Text } from '../say.js';

export interface Person {
  /** Who it is (role, what they hold): one short sentence. */
  who: Text;
  /** What they want and the visible detail (waiting time, a promise, a hurry). */
  note: Text;
}
export interface Situation {
  /** Where you work and what is going on. */
  text: Text;
  /** The first person is the one to help first (core's rules score option 0). */
  people: readonly [Person, Person, ...Person[]];
  /** Why the first person goes first (the feedback in practice). */
  why: Text;
}

const p = (who: Text, note: Text): Person => ({ who, note });

/** The question under every situation, and the feedback of practice. */
export const QUEUE_UI = {
  question: t('Wie help je eerst?', 'Who do you help first?'),
  better: t('Beter was:', 'A better choice was:'),
} as const;

/** The texts of core's situations: every id needs one (the type says so). */
export const QUEUE_TEXTS: Record<QueueSituation, Situation> = {
  // Practice: never in a scored block. One per rule: waiting, health, a promise.
  bakery: {
    text: t('Je staat achter de toonbank bij de bakker.', 'You work behind the counter at the bakery.'),
    people: [
      p(
        t('Een vrouw met een boodschappentas.', 'A woman with a shopping bag.'),
        t('Ze wacht al vijf minuten.', 'She has been waiting for five minutes.'),
      ),
      p(
        t('Een man die net binnenkomt.', 'A man who just came in.'),
        t('Hij roept: “Ik wil snel een brood!”', 'He calls out: “I want a loaf, quickly!”'),
      ),
    ],
    why: t(
      'Zij wacht het langst. Roepen maakt je niet eerder aan de beurt.',
      'She has waited longest. Calling out does not make you next.',
    ),
  },
  zoo: {
    text: t('Je werkt bij de kassa van de dierentuin.', 'You work at the ticket desk of the zoo.'),
    people: [
      p(
        t('Een vader met een kind.', 'A father with a child.'),
        t('Het kind is gevallen en bloedt aan de knie.', 'The child has fallen and has a bleeding knee.'),
      ),
      p(
        t('Een vrouw met een kinderwagen.', 'A woman with a pram.'),
        t('Ze wil een kaartje kopen. Ze wacht al even.', 'She wants to buy a ticket. She has been waiting a while.'),
      ),
      p(
        t('Een jongen met een pet.', 'A boy with a cap.'),
        t('Hij wil weten hoe laat de zeehonden eten.', 'He wants to know when the seals are fed.'),
      ),
    ],
    why: t(
      'Het kind is gewond. Veiligheid en gezondheid gaan altijd voor.',
      'The child is hurt. Safety and health always come first.',
    ),
  },
  'bike-shop': {
    text: t('Je werkt in een fietsenwinkel.', 'You work in a bike shop.'),
    people: [
      p(
        t('Een man die zijn fiets komt halen.', 'A man who comes to collect his bike.'),
        t(
          'Je zei: “Om drie uur is hij klaar.” Het is drie uur.',
          'You said: “It will be ready at three.” It is three.',
        ),
      ),
      p(
        t('Een vaste klant.', 'A regular customer.'),
        t('Hij wil even praten over zijn vakantie.', 'He wants to chat about his holiday.'),
      ),
      p(
        t('Een vrouw die net binnen is.', 'A woman who just came in.'),
        t('Ze wil een elektrische fiets bekijken.', 'She wants to look at an electric bike.'),
      ),
    ],
    why: t('Je hebt het hem beloofd. Een belofte kom je na.', 'You promised him. You keep a promise.'),
  },

  // Level 1: two people; one has a clear claim, the other none.
  'service-desk': {
    text: t('Je werkt bij de servicebalie van de supermarkt.', 'You work at the service desk of the supermarket.'),
    people: [
      p(
        t('Een man met een kassabon.', 'A man with a receipt.'),
        t(
          'Hij wil iets ruilen. Hij wacht al tien minuten.',
          'He wants to exchange something. He has waited ten minutes.',
        ),
      ),
      p(
        t('Een vrouw die net binnenkomt.', 'A woman who just came in.'),
        t('Ze wil een pakketje ophalen.', 'She wants to pick up a parcel.'),
      ),
    ],
    why: t('Hij wacht het langst. Zij is net binnen.', 'He has waited longest. She just came in.'),
  },
  dizzy: {
    text: t('Je werkt bij de kassa van een kledingwinkel.', 'You work at the till of a clothes shop.'),
    people: [
      p(
        t('Een oudere vrouw.', 'An older woman.'),
        t('Ze wordt duizelig en zoekt steun.', 'She gets dizzy and is looking for support.'),
      ),
      p(
        t('Een jongen met een trui.', 'A boy with a jumper.'),
        t('Hij wil de trui betalen.', 'He wants to pay for the jumper.'),
      ),
    ],
    why: t('Zij voelt zich niet goed. Gezondheid gaat voor.', 'She is unwell. Health comes first.'),
  },
  garage: {
    text: t('Je werkt bij de balie van een garage.', 'You work at the desk of a garage.'),
    people: [
      p(
        t('Een vrouw komt haar auto halen.', 'A woman comes to collect her car.'),
        t('Je zei: “Om vier uur is hij klaar.” Het is vier uur.', 'You said: “It will be ready at four.” It is four.'),
      ),
      p(
        t('Een man die net binnenkomt.', 'A man who just came in.'),
        t('Hij wil een afspraak maken voor volgende week.', 'He wants to make an appointment for next week.'),
      ),
    ],
    why: t('Je hebt het haar beloofd. Hij kan even wachten.', 'You promised her. He can wait a moment.'),
  },
  fallen: {
    text: t(
      'Je werkt in een verpleeghuis. Twee bewoners bellen tegelijk.',
      'You work in a care home. Two residents ring at once.',
    ),
    people: [
      p(t('Mevrouw Jansen.', 'Mrs Jansen.'), t('Ze is naast haar bed gevallen.', 'She has fallen next to her bed.')),
      p(t('Meneer Bakker.', 'Mr Bakker.'), t('Hij wil graag een kopje thee.', 'He would like a cup of tea.')),
    ],
    why: t('Mevrouw is gevallen. Zij heeft nu hulp nodig.', 'She has fallen. She needs help now.'),
  },
  library: {
    text: t('Je werkt bij de balie van de bibliotheek.', 'You work at the desk of the library.'),
    people: [
      p(
        t('Een meisje met een stapel boeken.', 'A girl with a pile of books.'),
        t('Ze wil ze lenen. Ze wacht al een tijdje.', 'She wants to borrow them. She has waited a while.'),
      ),
      p(
        t('Een man die net binnenkomt.', 'A man who just came in.'),
        t('Hij zegt: “Ik wil ook lenen. Ik ben zo weg.”', 'He says: “I want to borrow too. I will be quick.”'),
      ),
    ],
    why: t('Zij wacht het langst. Hij is net binnen.', 'She has waited longest. He just came in.'),
  },
  'phone-shop': {
    text: t('Je werkt in een telefoonwinkel.', 'You work in a phone shop.'),
    people: [
      p(
        t('Een man komt terug in de winkel.', 'A man comes back into the shop.'),
        t(
          'Je zei: “Kom over een half uur terug, dan help ik u.”',
          'You said: “Come back in half an hour, then I will help you.”',
        ),
      ),
      p(
        t('Een vrouw die net binnen is.', 'A woman who just came in.'),
        t('Ze kijkt naar de hoesjes.', 'She is looking at the phone cases.'),
      ),
    ],
    why: t('Je hebt het hem beloofd. Zij kijkt nog rond.', 'You promised him. She is still looking around.'),
  },

  // Level 2: three people; the others sound reasonable (loud, a regular, a big purchase).
  'diy-till': {
    text: t('Je werkt bij de kassa van een bouwmarkt.', 'You work at the till of a DIY store.'),
    people: [
      p(
        t('Een vrouw met twee blikken verf.', 'A woman with two tins of paint.'),
        t('Ze staat er al tien minuten.', 'She has been there for ten minutes.'),
      ),
      p(
        t('Een man met een volle kar.', 'A man with a full trolley.'),
        t(
          'Hij koopt voor veel geld. Hij staat er vijf minuten.',
          'He is buying a lot. He has been there five minutes.',
        ),
      ),
      p(
        t('Een man die net binnen is.', 'A man who just came in.'),
        t('Hij zegt hard: “Ik heb haast!”', 'He says loudly: “I am in a hurry!”'),
      ),
    ],
    why: t(
      'Zij wacht het langst. Veel geld of haast maakt je niet eerder aan de beurt.',
      'She has waited longest. Spending a lot or being in a hurry does not make you next.',
    ),
  },
  cafe: {
    text: t('Je werkt in een café. Drie gasten willen iets.', 'You work in a café. Three guests want something.'),
    people: [
      p(
        t('Een vrouw aan tafel 2.', 'A woman at table 2.'),
        t('Ze wacht al een kwartier op de rekening.', 'She has waited a quarter of an hour for the bill.'),
      ),
      p(
        t('Een vaste gast aan de bar.', 'A regular at the bar.'),
        t('Hij komt net binnen en wil zijn koffie.', 'He just came in and wants his coffee.'),
      ),
      p(
        t('Een groep aan tafel 5.', 'A group at table 5.'),
        t('Ze zitten net en willen iets bestellen.', 'They just sat down and want to order.'),
      ),
    ],
    why: t(
      'Zij wacht het langst. Een vaste gast is niet eerder aan de beurt.',
      'She has waited longest. A regular is not next because of that.',
    ),
  },
  'chest-pain': {
    text: t('Je werkt bij de balie van de huisarts.', 'You work at the front desk of a GP practice.'),
    people: [
      p(
        t('Een man van een jaar of zestig.', 'A man of about sixty.'),
        t('Hij heeft pijn op de borst en krijgt slecht lucht.', 'He has chest pain and is short of breath.'),
      ),
      p(
        t('Een vrouw met een agenda.', 'A woman with a diary.'),
        t(
          'Ze wil een afspraak maken. Ze wacht vijf minuten.',
          'She wants to make an appointment. She has waited five minutes.',
        ),
      ),
      p(
        t('Een vrouw in werkkleding.', 'A woman in work clothes.'),
        t(
          'Ze haalt een recept op. Ze moet snel naar haar werk.',
          'She is picking up a prescription. She has to get to work soon.',
        ),
      ),
    ],
    why: t(
      'Pijn op de borst kan gevaarlijk zijn. Gezondheid gaat voor.',
      'Chest pain can be dangerous. Health comes first.',
    ),
  },
  taxi: {
    text: t('Je werkt bij de receptie van een hotel.', 'You work at the reception of a hotel.'),
    people: [
      p(
        t('Een gast met een koffer.', 'A guest with a suitcase.'),
        t(
          'Je zei tien minuten geleden: “Ik bel zo een taxi voor u.”',
          'Ten minutes ago you said: “I will call a taxi for you in a moment.”',
        ),
      ),
      p(
        t('Een gast die je een compliment geeft.', 'A guest who pays you a compliment.'),
        t('Hij vraagt wat leuk is om te doen in de stad.', 'He asks what is fun to do in town.'),
      ),
      p(t('Een gast die net aankomt.', 'A guest who just arrived.'), t('Hij wil inchecken.', 'He wants to check in.')),
    ],
    why: t(
      'Je hebt hem een taxi beloofd. Hij wacht daar al tien minuten op.',
      'You promised him a taxi. He has waited ten minutes for it.',
    ),
  },
  pharmacy: {
    text: t('Je werkt bij de balie van de apotheek.', 'You work at the counter of the pharmacy.'),
    people: [
      p(
        t('Een vrouw met een tas.', 'A woman with a bag.'),
        t(
          'Ze haalt haar medicijnen op. Ze wacht al een kwartier.',
          'She is collecting her medicine. She has waited a quarter of an hour.',
        ),
      ),
      p(
        t('Een man die net binnen is.', 'A man who just came in.'),
        t(
          'Hij klopt op de balie en roept: “Kan het wat sneller?”',
          'He knocks on the counter and calls: “Can it go a bit faster?”',
        ),
      ),
      p(
        t('Een jongen met zakdoekjes.', 'A boy with tissues.'),
        t('Hij wil betalen. Hij wacht vijf minuten.', 'He wants to pay. He has waited five minutes.'),
      ),
    ],
    why: t(
      'Zij wacht het langst. Roepen maakt je niet eerder aan de beurt.',
      'She has waited longest. Calling out does not make you next.',
    ),
  },
  choking: {
    text: t('Je werkt in een verpleeghuis. Het is etenstijd.', 'You work in a care home. It is mealtime.'),
    people: [
      p(
        t('Meneer De Vries.', 'Mr De Vries.'),
        t(
          'Hij hoest erg bij het eten en krijgt slecht lucht.',
          'He is coughing hard over his food and is short of breath.',
        ),
      ),
      p(
        t('Mevrouw Smit.', 'Mrs Smit.'),
        t('Je zei: “Straks help ik u met uw haar.”', 'You said: “Later I will help you with your hair.”'),
      ),
      p(t('Meneer Ali.', 'Mr Ali.'), t('Hij vraagt hoe laat de bingo begint.', 'He asks what time the bingo starts.')),
    ],
    why: t(
      'Hij krijgt slecht lucht. Dat is gevaarlijk, dus hij gaat voor.',
      'He is short of breath. That is dangerous, so he comes first.',
    ),
  },
  parcels: {
    text: t('Je werkt bij een pakketpunt in een winkel.', 'You work at a parcel point in a shop.'),
    people: [
      p(
        t('Een man met drie pakketten.', 'A man with three parcels.'),
        t('Hij wil ze versturen. Hij wacht al tien minuten.', 'He wants to send them. He has waited ten minutes.'),
      ),
      p(
        t('Een buurvrouw die je goed kent.', 'A neighbour you know well.'),
        t('Ze komt net binnen met één pakket.', 'She just came in with one parcel.'),
      ),
      p(
        t('Een jongen met zijn telefoon.', 'A boy with his phone.'),
        t(
          'Hij wil een pakket ophalen. Hij wacht twee minuten.',
          'He wants to pick up a parcel. He has waited two minutes.',
        ),
      ),
    ],
    why: t(
      'Hij wacht het langst. Iemand die je kent, is niet eerder aan de beurt.',
      'He has waited longest. Someone you know is not next because of that.',
    ),
  },

  // Level 3: three people; close calls, where two rules meet or a hurry is not an emergency.
  parking: {
    text: t('Je werkt bij de balie van de gemeente.', 'You work at the desk of the town hall.'),
    people: [
      p(
        t('Een vrouw met een oud paspoort.', 'A woman with an old passport.'),
        t(
          'Ze wil een nieuw paspoort. Ze wacht al twintig minuten.',
          'She wants a new passport. She has waited twenty minutes.',
        ),
      ),
      p(
        t('Een man met autosleutels.', 'A man with car keys.'),
        t(
          'Hij wacht tien minuten. Hij zegt: “Mijn parkeertijd is bijna op.”',
          'He has waited ten minutes. He says: “My parking time is nearly up.”',
        ),
      ),
      p(
        t('Een vrouw met een brief.', 'A woman with a letter.'),
        t(
          'Ze heeft om half elf een afspraak. Het is nu tien uur.',
          'She has an appointment at half past ten. It is now ten.',
        ),
      ),
    ],
    why: t(
      'Zij wacht het langst. Parkeren is geen noodgeval. De afspraak is pas om half elf.',
      'She has waited longest. Parking is no emergency. The appointment is not until half past ten.',
    ),
  },
  allergy: {
    text: t('Je werkt in een restaurant.', 'You work in a restaurant.'),
    people: [
      p(
        t('Een gast aan tafel 4.', 'A guest at table 4.'),
        t('Hij at iets met noten. Nu zwelt zijn mond op.', 'He ate something with nuts. Now his mouth is swelling.'),
      ),
      p(
        t('Een gast bij de deur.', 'A guest at the door.'),
        t('Zijn taxi staat buiten. Hij wil nu betalen.', 'His taxi is outside. He wants to pay now.'),
      ),
      p(
        t('Een gast aan tafel 7.', 'A guest at table 7.'),
        t(
          'Zijn soep was koud. Hij wacht al tien minuten op een nieuwe.',
          'His soup was cold. He has waited ten minutes for a new one.',
        ),
      ),
    ],
    why: t(
      'Dit lijkt een allergie. Dat kan snel gevaarlijk worden.',
      'This looks like an allergy. That can quickly become dangerous.',
    ),
  },
  'fitting-room': {
    text: t('Je werkt in een kledingwinkel.', 'You work in a clothes shop.'),
    people: [
      p(
        t('Een vrouw in de paskamer.', 'A woman in the fitting room.'),
        t(
          'Je zei: “Ik breng u zo een maat kleiner.” Ze wacht daarop.',
          'You said: “I will bring you a smaller size.” She is waiting for it.',
        ),
      ),
      p(
        t('Een man die net binnenkomt.', 'A man who just came in.'),
        t('Hij vraagt: “Heeft u deze jas ook in het blauw?”', 'He asks: “Do you have this coat in blue too?”'),
      ),
      p(
        t('Een vaste klant.', 'A regular customer.'),
        t('Ze wil vertellen over haar nieuwe baan.', 'She wants to tell you about her new job.'),
      ),
    ],
    why: t('Je hebt het haar beloofd. Zij wacht er al op.', 'You promised her. She is already waiting for it.'),
  },
  lockers: {
    text: t('Je werkt bij de balie van een zwembad.', 'You work at the desk of a swimming pool.'),
    people: [
      p(
        t('Een meisje met een handdoek.', 'A girl with a towel.'),
        t('Ze vraagt alleen: “Waar zijn de kluisjes?”', 'She only asks: “Where are the lockers?”'),
      ),
      p(
        t('Een man die als eerste wacht.', 'A man who is first in line.'),
        t('Hij zoekt nog naar zijn pasje in zijn tas.', 'He is still looking for his card in his bag.'),
      ),
      p(
        t('Een vrouw die net binnenkomt.', 'A woman who just came in.'),
        t('Ze wil een abonnement. Dat duurt lang.', 'She wants a membership. That takes a long time.'),
      ),
    ],
    why: t(
      'Haar vraag is in één zin klaar. De man zoekt nog zijn pasje.',
      'Her question takes one sentence. The man is still looking for his card.',
    ),
  },
  'low-sugar': {
    text: t(
      'Je werkt in een verpleeghuis. Drie bewoners vragen iets.',
      'You work in a care home. Three residents ask for something.',
    ),
    people: [
      p(
        t('Mevrouw Bos. Ze heeft suikerziekte.', 'Mrs Bos. She has diabetes.'),
        t('Ze trilt, zweet en zegt dat ze zich slap voelt.', 'She is shaking, sweating and says she feels weak.'),
      ),
      p(
        t('Meneer Peters.', 'Mr Peters.'),
        t(
          'Je zei: “Om tien uur gaan we wandelen.” Het is tien uur.',
          'You said: “At ten we will go for a walk.” It is ten.',
        ),
      ),
      p(
        t('Mevrouw Yilmaz.', 'Mrs Yilmaz.'),
        t(
          'Ze belt al even. Ze wil een ander programma op tv.',
          'She has been ringing for a while. She wants another TV channel.',
        ),
      ),
    ],
    why: t(
      'Haar suiker is misschien te laag. Dat is gevaarlijk. Gezondheid gaat voor een belofte.',
      'Her blood sugar may be too low. That is dangerous. Health comes before a promise.',
    ),
  },
  hairdresser: {
    text: t('Je werkt bij een kapper.', 'You work at a hairdresser’s.'),
    people: [
      p(
        t('Een vrouw met een afspraak om twee uur.', 'A woman with an appointment at two.'),
        t('Het is nu twee uur. Ze komt net binnen.', 'It is now two. She just came in.'),
      ),
      p(
        t('Een man zonder afspraak.', 'A man without an appointment.'),
        t('Hij wacht al vijf minuten op een plekje.', 'He has waited five minutes for a free spot.'),
      ),
      p(
        t('Een vaste klant.', 'A regular customer.'),
        t('Ze wil alvast shampoo kopen. Ze heeft geen haast.', 'She wants to buy shampoo. She is in no hurry.'),
      ),
    ],
    why: t(
      'Je hebt met haar twee uur afgesproken. Een afspraak kom je na.',
      'You agreed two o’clock with her. You keep an appointment.',
    ),
  },
  'lost-child': {
    text: t('Je werkt in een supermarkt.', 'You work in a supermarket.'),
    people: [
      p(
        t('Een klein kind bij de groente.', 'A small child by the vegetables.'),
        t('Het is alleen en zoekt zijn moeder.', 'It is alone and looking for its mother.'),
      ),
      p(
        t('Een man bij de servicebalie.', 'A man at the service desk.'),
        t('Hij wacht al tien minuten op een pakketje.', 'He has waited ten minutes for a parcel.'),
      ),
      p(
        t('Een vrouw met een mandje.', 'A woman with a basket.'),
        t('Ze vraagt alleen waar de wc is.', 'She only asks where the toilet is.'),
      ),
    ],
    why: t(
      'Een klein kind alleen is niet veilig. Dat gaat voor.',
      'A small child on its own is not safe. That comes first.',
    ),
  },

  // Level 4: four people, each with a claim that sounds fair.
  bleeding: {
    text: t('Je werkt bij de receptie van een sportschool.', 'You work at the reception of a gym.'),
    people: [
      p(
        t('Een man uit de fitnesszaal.', 'A man from the gym floor.'),
        t('Zijn hand bloedt flink. Hij vraagt om een pleister.', 'His hand is bleeding a lot. He asks for a plaster.'),
      ),
      p(
        t('Een meisje met een sporttas.', 'A girl with a sports bag.'),
        t('Ze vraagt alleen hoe laat de sauna dichtgaat.', 'She only asks when the sauna closes.'),
      ),
      p(
        t('Een man met een formulier.', 'A man with a form.'),
        t(
          'Hij wil zijn abonnement stoppen. Hij wacht al tien minuten.',
          'He wants to end his membership. He has waited ten minutes.',
        ),
      ),
      p(
        t('Een vaste klant.', 'A regular customer.'),
        t('Hij zegt: “Jij helpt mij toch altijd eerst?”', 'He says: “You always help me first, right?”'),
      ),
    ],
    why: t(
      'Zijn hand bloedt flink. Eerst wie gewond is. De korte vraag kan daarna.',
      'His hand is bleeding a lot. First whoever is hurt. The short question can wait.',
    ),
  },
  'next-in-line': {
    text: t(
      'Je werkt bij de klantenservice van een warenhuis.',
      'You work at the customer service desk of a department store.',
    ),
    people: [
      p(
        t('Een vrouw met een doos.', 'A woman with a box.'),
        t('Toen ze kwam, zei je: “U bent hierna aan de beurt.”', 'When she arrived, you said: “You are next.”'),
      ),
      p(
        t('Een man die na haar kwam.', 'A man who came after her.'),
        t('Hij zegt: “Ik ben hier al jaren klant.”', 'He says: “I have been a customer here for years.”'),
      ),
      p(
        t('Een man met een kapotte stofzuiger.', 'A man with a broken vacuum cleaner.'),
        t('Hij klaagt hard. De hele winkel hoort het.', 'He complains loudly. The whole shop can hear it.'),
      ),
      p(
        t('Een vrouw die net binnenkomt.', 'A woman who just came in.'),
        t('Ze wil een cadeau laten inpakken.', 'She wants a present wrapped.'),
      ),
    ],
    why: t(
      'Je hebt haar beloofd dat zij hierna is. Hard klagen of een vaste klant zijn gaat niet voor.',
      'You promised her she was next. Complaining loudly or being a regular does not come first.',
    ),
  },
  'garden-centre': {
    text: t(
      'Je werkt bij de kassa van een tuincentrum. De andere kassa is dicht.',
      'You work at the till of a garden centre. The other till is closed.',
    ),
    people: [
      p(
        t('Een oudere man met één plant.', 'An older man with one plant.'),
        t('Hij wacht al twaalf minuten.', 'He has waited twelve minutes.'),
      ),
      p(
        t('Een vrouw met een volle kar.', 'A woman with a full trolley.'),
        t('Ze koopt voor veel geld. Ze wacht acht minuten.', 'She is buying a lot. She has waited eight minutes.'),
      ),
      p(
        t('Een jongen met een zak aarde.', 'A boy with a bag of soil.'),
        t(
          'Hij wacht vijf minuten. Hij zegt: “Mijn bus gaat zo.”',
          'He has waited five minutes. He says: “My bus leaves soon.”',
        ),
      ),
      p(
        t('Een vrouw die je kent van school.', 'A woman you know from school.'),
        t('Ze komt net aanlopen en zwaait naar je.', 'She is just walking up and waves at you.'),
      ),
    ],
    why: t(
      'Hij wacht het langst. Veel geld, een bus of een bekende gaat niet voor.',
      'He has waited longest. Spending a lot, a bus or someone you know does not come first.',
    ),
  },
  wobbly: {
    text: t(
      'Je werkt in een verpleeghuis. Vier bewoners willen iets.',
      'You work in a care home. Four residents want something.',
    ),
    people: [
      p(
        t('Mevrouw Kok loopt naar de wc.', 'Mrs Kok is walking to the toilet.'),
        t('Ze wankelt en houdt zich vast aan de muur.', 'She is unsteady and holds on to the wall.'),
      ),
      p(
        t('Meneer Visser.', 'Mr Visser.'),
        t(
          'Je zei: “Na het eten bel ik uw dochter.” Het eten is klaar.',
          'You said: “After the meal I will call your daughter.” The meal is over.',
        ),
      ),
      p(
        t('Mevrouw Claes.', 'Mrs Claes.'),
        t(
          'Ze belt al een kwartier. Ze wil haar bril.',
          'She has been ringing for a quarter of an hour. She wants her glasses.',
        ),
      ),
      p(t('Meneer Baas.', 'Mr Baas.'), t('Hij vraagt alleen welke dag het is.', 'He only asks what day it is.')),
    ],
    why: t(
      'Mevrouw Kok kan vallen. Veiligheid gaat voor een belofte en voor wachten.',
      'Mrs Kok may fall. Safety comes before a promise and before waiting.',
    ),
  },
  newspapers: {
    text: t('Je werkt bij de balie van de bibliotheek.', 'You work at the desk of the library.'),
    people: [
      p(
        t('Een man met een jas over zijn arm.', 'A man with a coat over his arm.'),
        t('Hij vraagt alleen: “Waar liggen de kranten?”', 'He only asks: “Where are the newspapers?”'),
      ),
      p(
        t('Een vrouw die als eerste wacht.', 'A woman who is first in line.'),
        t(
          'Ze vult nog een formulier in. Ze zegt: “Ik ben zo klaar.”',
          'She is still filling in a form. She says: “I am almost done.”',
        ),
      ),
      p(
        t('Een student die net binnenkomt.', 'A student who just came in.'),
        t('Hij wil een lange uitleg over de printer.', 'He wants a long explanation about the printer.'),
      ),
      p(
        t('Een vaste bezoeker.', 'A regular visitor.'),
        t('Hij wil een praatje maken over het weer.', 'He wants to chat about the weather.'),
      ),
    ],
    why: t(
      'Zijn vraag is in één zin klaar. De vrouw is nog bezig met haar formulier.',
      'His question takes one sentence. The woman is still busy with her form.',
    ),
  },
  repair: {
    text: t('Je werkt in een winkel die laptops en tv’s maakt.', 'You work in a shop that repairs laptops and TVs.'),
    people: [
      p(
        t('Een vrouw komt haar laptop halen.', 'A woman comes to collect her laptop.'),
        t(
          'Je zei: “Om drie uur is hij klaar.” Het is drie uur.',
          'You said: “It will be ready at three.” It is three.',
        ),
      ),
      p(
        t('Een man die net binnenkomt.', 'A man who just came in.'),
        t('Hij zegt hard: “Ik heb maar vijf minuten!”', 'He says loudly: “I only have five minutes!”'),
      ),
      p(
        t('Een vaste klant.', 'A regular customer.'),
        t('Hij wil je zijn nieuwe telefoon laten zien.', 'He wants to show you his new phone.'),
      ),
      p(
        t('Een vrouw met een tv-doos.', 'A woman with a TV box.'),
        t(
          'Ze komt net binnen. Ze wil een tv laten maken. Dat duurt lang.',
          'She just came in. She wants a TV repaired. That takes long.',
        ),
      ),
    ],
    why: t(
      'Je hebt het haar beloofd. Haast of een vaste klant gaat niet voor een belofte.',
      'You promised her. A hurry or a regular does not come before a promise.',
    ),
  },
  'gas-smell': {
    text: t('Je werkt bij de receptie van een hotel.', 'You work at the reception of a hotel.'),
    people: [
      p(
        t('Een gast van de tweede verdieping.', 'A guest from the second floor.'),
        t('Ze zegt: “Het ruikt in de gang naar gas.”', 'She says: “The corridor smells of gas.”'),
      ),
      p(
        t('Een gast uit de duurste kamer.', 'A guest from the most expensive room.'),
        t('Hij wil een tafel in het restaurant.', 'He wants a table in the restaurant.'),
      ),
      p(
        t('Een gast met een koffer.', 'A guest with a suitcase.'),
        t('Hij wil uitchecken. Hij wacht al tien minuten.', 'He wants to check out. He has waited ten minutes.'),
      ),
      p(
        t('Een gast die je bedankt.', 'A guest who thanks you.'),
        t('Hij vraagt waar hij kan parkeren.', 'He asks where he can park.'),
      ),
    ],
    why: t(
      'Gas kan gevaarlijk zijn voor iedereen. Veiligheid gaat voor.',
      'Gas can be dangerous for everyone. Safety comes first.',
    ),
  },
};

/** This game's texts in the other languages, a chunk each (loaded with the game: play.ts). */
export const TEXTS = catalogues({
  ar: () => import('./i18n/queue.ar.js'),
  tr: () => import('./i18n/queue.tr.js'),
  pl: () => import('./i18n/queue.pl.js'),
  uk: () => import('./i18n/queue.uk.js'),
  a2: () => import('./i18n/queue.a2.js'),
});

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const count = o.practice ? PRACTICE_TRIALS.queue : o.item.game!.trials;
  // Practice has situations of its own, in their order (one rule each); a scored block shows its level's, shuffled.
  const ids: readonly QueueSituation[] = o.practice
    ? QUEUE_PRACTICE
    : shuffle(queueSituations(o.item.game!.level), random);
  const situations = ids.slice(0, count).map((id) => ({ id, ...QUEUE_TEXTS[id] }));
  const orders = situations.map((s) => shuffle([...s.people.keys()], random));
  // Said when shown: the person may switch language mid-game.
  const question = () => o.say(QUEUE_UI.question);
  const round = choiceRound(
    o,
    count,
    'queue',
    (n) => `${o.t.trial(n + 1, count)}. ${o.say(situations[n]!.text)} ${question()}`,
  );
  const choose = (event: Event, option: number) => {
    const s = situations[round.index]!;
    round.choose(event, { stimulus: `${s.id}>0`, response: String(option), correct: option === 0 }, () =>
      option === 0
        ? `${o.t.right} ${o.say(s.why)}`
        : `${o.say(QUEUE_UI.better)} ${inSentence(o.say(s.people[0].who), o.lang)} ${o.say(s.why)}`,
    );
  };

  return {
    render: () => {
      const n = round.index;
      const s = situations[n]!;
      return html`
        <div class="game queue">
          <p class="trial-count">${o.t.trial(n + 1, count)}</p>
          <p class="situation" part="game-stimulus" tabindex="-1">${o.say(s.text)}</p>
          ${
            round.feedback
              ? round.renderFeedback()
              : html`<p class="question">${question()}</p>
                  <div class="options" role="group" aria-label=${question()}>
                    ${orders[n]!.map(
                      (i) =>
                        html`<button type="button" class="option" @click=${(e: Event) => choose(e, i)}>
                          <strong>${o.say(s.people[i]!.who)}</strong><br />
                          ${o.say(s.people[i]!.note)}
                        </button>`,
                    )}
                  </div>`
          }
        </div>
      `;
    },
    dispose: () => undefined,
  };
};
