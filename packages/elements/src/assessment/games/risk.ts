/**
 * Working safely: a situation at work and three ways to act; one is safe. No time limit. The
 * options are buttons in a shuffled order. Situations are everyday work in the occupations of
 * the skill language, written at B1. Each level shows its own situations (core's
 * riskSituations): obvious hazards at level 1, subtler ones higher up, where the unsafe options
 * sound reasonable or a colleague is in a hurry. Practice shows situations of its own, which no
 * scored block shows.
 */
import { html } from 'lit';
import { PRACTICE_TRIALS, RISK_PRACTICE, riskSituations, type RiskSituation } from '@pfw/core/runtime';
import { choiceRound, inSentence, seeded, shuffle, type CreateGame } from './game.js';
import { catalogues, t, type Text } from '../say.js';

interface Situation {
  text: Text;
  /** The first option is the safe one (core's rules score option 0 as safe). */
  options: [Text, Text, Text];
}

/** The texts of core's situations: every id needs one (the type says so). */
export const RISK_TEXTS: Record<RiskSituation, Situation> = {
  // Practice: never in a scored block.
  glass: {
    text: t('Er is een glas kapot gevallen op de vloer.', 'A glass has broken on the floor.'),
    options: [
      t('Ik veeg het op met stoffer en blik.', 'I sweep it up with a brush and dustpan.'),
      t('Ik raap de stukken op met mijn handen.', 'I pick up the pieces with my hands.'),
      t('Ik laat het liggen.', 'I leave it there.'),
    ],
  },
  stairs: {
    text: t('Er staat een doos midden op de trap.', 'A box is standing in the middle of the stairs.'),
    options: [
      t('Ik zet de doos op een veilige plek.', 'I put the box in a safe place.'),
      t('Ik stap er voorzichtig overheen.', 'I carefully step over it.'),
      t('Ik laat hem staan voor een ander.', 'I leave it for someone else.'),
    ],
  },
  // Level 1 and 2 (level 1: fire, knife, ladder, cable, box, gloves; level 2: the rest).
  lamp: {
    text: t('Je moet een lamp vervangen.', 'You have to replace a lamp.'),
    options: [
      t('Ik zet eerst de stroom uit.', 'I switch off the power first.'),
      t('Ik draai hem er snel uit.', 'I quickly unscrew it.'),
      t('Ik vraag of iemand de schakelaar vasthoudt.', 'I ask someone to hold the switch.'),
    ],
  },
  spill: {
    text: t('Er ligt olie op de vloer van de werkplaats.', 'There is oil on the workshop floor.'),
    options: [
      t('Ik maak het direct schoon en zet er een bord bij.', 'I clean it at once and put up a sign.'),
      t('Ik loop er voorzichtig omheen.', 'I carefully walk around it.'),
      t('Ik laat het liggen voor de schoonmaker.', 'I leave it for the cleaner.'),
    ],
  },
  box: {
    text: t('Je moet een zware doos optillen.', 'You have to lift a heavy box.'),
    options: [
      t('Ik buig door mijn knieën en til met een rechte rug.', 'I bend my knees and lift with a straight back.'),
      t('Ik til hem snel met een ronde rug.', 'I lift it quickly with a bent back.'),
      t('Ik trek hem over de grond naar me toe.', 'I pull it towards me over the floor.'),
    ],
  },
  ladder: {
    text: t('Je moet iets pakken van een hoge plank.', 'You need something from a high shelf.'),
    options: [
      t('Ik pak een trap die stevig staat.', 'I take a ladder that stands firmly.'),
      t('Ik ga op een stoel met wieltjes staan.', 'I stand on a chair with wheels.'),
      t('Ik klim in het rek.', 'I climb the rack.'),
    ],
  },
  knife: {
    text: t('Je snijdt groente in de keuken.', 'You are cutting vegetables in the kitchen.'),
    options: [
      t('Ik snijd op een plank, van mijn hand af.', 'I cut on a board, away from my hand.'),
      t(
        'Ik snijd de groente in mijn hand, zonder plank. Dat gaat sneller.',
        'I cut the vegetable in my hand, without a board. It is faster.',
      ),
      t('Ik gebruik een bot mes, dat is veiliger.', 'I use a blunt knife, that is safer.'),
    ],
  },
  gloves: {
    text: t(
      'Je werkt met een schoonmaakmiddel dat prikt op je huid.',
      'You work with a cleaning product that stings your skin.',
    ),
    options: [
      t('Ik doe handschoenen aan.', 'I put on gloves.'),
      t('Ik was mijn handen na afloop.', 'I wash my hands afterwards.'),
      t('Ik werk extra snel.', 'I work extra fast.'),
    ],
  },
  cable: {
    text: t('Een snoer van een machine is kapot.', 'The cable of a machine is broken.'),
    options: [
      t('Ik gebruik de machine niet en meld het.', 'I do not use the machine and report it.'),
      t('Ik plak er tape om en werk door.', 'I put tape around it and carry on.'),
      t('Ik werk door tot de pauze.', 'I carry on until the break.'),
    ],
  },
  road: {
    text: t('Je werkt langs de weg.', 'You are working beside the road.'),
    options: [
      t('Ik draag een geel hesje en zet de plek af.', 'I wear a yellow vest and close off the spot.'),
      t('Ik let zelf goed op de auto’s.', 'I keep an eye on the cars myself.'),
      t('Ik werk alleen als het rustig is.', 'I only work when it is quiet.'),
    ],
  },
  fire: {
    text: t('Je ruikt brand in het magazijn.', 'You smell fire in the warehouse.'),
    options: [
      t('Ik sla alarm en ga naar de uitgang.', 'I raise the alarm and go to the exit.'),
      t('Ik ga eerst zelf zoeken waar het is.', 'I first go looking for it myself.'),
      t('Ik werk door, het is vast niets.', 'I carry on, it is probably nothing.'),
    ],
  },
  roof: {
    text: t('Je moet op een dak werken.', 'You have to work on a roof.'),
    options: [
      t('Ik gebruik een harnas of een rand die een val tegenhoudt.', 'I use a harness or an edge that stops a fall.'),
      t('Ik blijf ver van de rand.', 'I stay far from the edge.'),
      t('Ik werk snel, dan ben ik er kort.', 'I work fast, so I am up there briefly.'),
    ],
  },
  patient: {
    text: t('Je helpt een cliënt uit bed. Hij is zwaar.', 'You help a client out of bed. He is heavy.'),
    options: [
      t('Ik gebruik de tillift of vraag een collega.', 'I use the hoist or ask a colleague.'),
      t('Ik til hem alleen, dat lukt wel.', 'I lift him alone, I can manage.'),
      t('Ik laat hem zelf uit bed komen.', 'I let him get out of bed alone.'),
    ],
  },
  forklift: {
    text: t('Een heftruck rijdt achteruit in jouw gang.', 'A forklift is reversing in your aisle.'),
    options: [
      t('Ik stap opzij en wacht tot de bestuurder me ziet.', 'I step aside and wait until the driver sees me.'),
      t('Ik loop er snel langs.', 'I walk past it quickly.'),
      t('Ik roep en loop door.', 'I shout and walk on.'),
    ],
  },
  ears: {
    text: t('De machine naast je maakt veel lawaai.', 'The machine next to you is very loud.'),
    options: [
      t('Ik draag gehoorbescherming.', 'I wear ear protection.'),
      t('Ik zet muziek op mijn oordopjes.', 'I play music on my earbuds.'),
      t('Ik houd het een dag vol.', 'I put up with it for a day.'),
    ],
  },
  sun: {
    text: t('Je werkt buiten en het is heel warm.', 'You work outside and it is very hot.'),
    options: [
      t('Ik drink vaak water en pak schaduw in de pauze.', 'I drink water often and take shade in the break.'),
      t('Ik werk door, dan ben ik eerder klaar.', 'I keep going, then I finish sooner.'),
      t('Ik drink pas als ik dorst heb.', 'I only drink when I am thirsty.'),
    ],
  },
  // Level 3: the unsafe options sound reasonable.
  dust: {
    text: t('Je schuurt een oude muur. Er komt veel stof vrij.', 'You sand an old wall. It makes a lot of dust.'),
    options: [
      t('Ik draag een stofmasker.', 'I wear a dust mask.'),
      t('Ik zet een raam open, dat is genoeg.', 'I open a window, that is enough.'),
      t('Ik houd een doek voor mijn mond.', 'I hold a cloth over my mouth.'),
    ],
  },
  mix: {
    text: t(
      'Een vlek gaat er niet af met één schoonmaakmiddel.',
      'A stain does not come off with one cleaning product.',
    ),
    options: [
      t('Ik lees het etiket en gebruik één middel tegelijk.', 'I read the label and use one product at a time.'),
      t('Ik doe er een tweede middel bij.', 'I add a second product.'),
      t('Ik meng twee middelen buiten, in de frisse lucht.', 'I mix two products outside, in the fresh air.'),
    ],
  },
  jam: {
    text: t('Er zit iets vast in een machine.', 'Something is stuck in a machine.'),
    options: [
      t('Ik zet hem uit en haal de stekker eruit.', 'I switch it off and pull out the plug.'),
      t('Ik zet hem op de laagste stand en pak het eruit.', 'I set it to the lowest speed and take it out.'),
      t('Ik pak het eruit met een lange tang.', 'I take it out with long pliers.'),
    ],
  },
  hair: {
    text: t(
      'Je gaat boren met een grote boor op de werkbank. Je hebt lang haar.',
      'You are going to drill with a big drill on the workbench. You have long hair.',
    ),
    options: [
      t('Ik bind mijn haar goed vast.', 'I tie my hair back well.'),
      t('Ik doe werkhandschoenen aan.', 'I put on work gloves.'),
      t('Ik let extra goed op.', 'I pay extra attention.'),
    ],
  },
  tired: {
    text: t(
      'Je hebt slecht geslapen. Straks moet je de bus van het werk rijden.',
      'You slept badly. Soon you have to drive the work van.',
    ),
    options: [
      t('Ik zeg het tegen mijn leidinggevende.', 'I tell my manager.'),
      t('Ik drink eerst twee koppen koffie.', 'I drink two cups of coffee first.'),
      t('Ik zet het raam open en de radio hard.', 'I open the window and turn the radio up.'),
    ],
  },
  ice: {
    text: t(
      'Het vriest. De stoep voor de winkel is glad.',
      'It is freezing. The pavement in front of the shop is slippery.',
    ),
    options: [
      t('Ik strooi zout voor de winkel opengaat.', 'I spread salt before the shop opens.'),
      t('Ik zet er een bord bij: pas op, glad.', 'I put up a sign: careful, slippery.'),
      t('Ik zeg tegen klanten dat ze goed moeten opletten.', 'I tell customers to watch their step.'),
    ],
  },
  gas: {
    text: t('Je ruikt gas in de keuken van een klant.', 'You smell gas in a customer’s kitchen.'),
    options: [
      t(
        'Ik zet ramen open, raak geen knoppen aan en ga naar buiten.',
        'I open windows, touch no switches and go outside.',
      ),
      t('Ik doe het licht aan om het lek te zoeken.', 'I switch on the light to look for the leak.'),
      t('Ik draai de gaskraan dicht en werk door.', 'I turn off the gas tap and carry on working.'),
    ],
  },
  needle: {
    text: t('Je vindt een gebruikte naald in een vuilniszak.', 'You find a used needle in a rubbish bag.'),
    options: [
      t('Ik pak hem met een tang en doe hem in een naaldenbak.', 'I pick it up with tongs and put it in a sharps box.'),
      t('Ik pak hem voorzichtig, met handschoenen aan.', 'I pick it up carefully, with gloves on.'),
      t('Ik knoop de zak goed dicht en gooi hem weg.', 'I tie the bag shut tightly and throw it away.'),
    ],
  },
  reach: {
    text: t(
      'Je staat op een trap. Wat je nodig hebt, is net te ver weg.',
      'You are on a ladder. What you need is just out of reach.',
    ),
    options: [
      t('Ik stap af en zet de trap dichterbij.', 'I step down and move the ladder closer.'),
      t('Ik leun een klein stukje opzij.', 'I lean over a little.'),
      t('Ik ga op de bovenste tree staan.', 'I stand on the top step.'),
    ],
  },
  bottle: {
    text: t('Je hebt een klein flesje schoonmaakmiddel nodig.', 'You need a small bottle of cleaning product.'),
    options: [
      t('Ik vraag een flesje met het goede etiket.', 'I ask for a bottle with the right label.'),
      t(
        'Ik doe het in een waterfles en schrijf erop wat erin zit.',
        'I put it in a water bottle and write on it what is inside.',
      ),
      t('Ik doe het in een waterfles en houd die bij me.', 'I put it in a water bottle and keep it with me.'),
    ],
  },
  // Level 4: the safe option costs time, or a colleague or the boss wants it otherwise.
  minute: {
    text: t(
      'Je moet één lamp vervangen. Een collega zegt: pak die stoel, het is maar een minuut.',
      'You have to change one lamp. A colleague says: use that chair, it is only a minute.',
    ),
    options: [
      t('Ik haal toch een trap.', 'I get a ladder anyway.'),
      t('Ik ga op de stoel staan en mijn collega houdt hem vast.', 'I stand on the chair and my colleague holds it.'),
      t('Ik ga op de stoel staan en doe het snel.', 'I stand on the chair and do it quickly.'),
    ],
  },
  licence: {
    text: t(
      'Je baas zegt: rij de heftruck maar even, ook zonder papiertje.',
      'Your boss says: just drive the forklift for a bit, even without a licence.',
    ),
    options: [
      t('Ik zeg nee, want ik heb er geen opleiding voor.', 'I say no, because I have no training for it.'),
      t('Ik doe het, maar ik rij heel langzaam.', 'I do it, but I drive very slowly.'),
      t('Ik doe het als er niemand in de hal is.', 'I do it when nobody is in the hall.'),
    ],
  },
  guard: {
    text: t(
      'Een collega heeft de kap van de zaag gehaald. Zo gaat het sneller, zegt hij.',
      'A colleague has taken the guard off the saw. It is faster this way, he says.',
    ),
    options: [
      t('Ik zaag pas als de kap er weer op zit.', 'I only saw once the guard is back on.'),
      t('Ik zaag, maar houd mijn handen ver weg.', 'I saw, but keep my hands well away.'),
      t('Ik zaag zo, maar alleen vandaag.', 'I saw like this, but only today.'),
    ],
  },
  phone: {
    text: t(
      'Je bent laat met de pakketten. De klant stuurt een bericht terwijl je rijdt.',
      'You are late with the parcels. The customer sends a message while you drive.',
    ),
    options: [
      t('Ik lees het pas als ik stilsta.', 'I only read it when I have stopped.'),
      t('Ik lees het snel bij het stoplicht.', 'I read it quickly at the traffic light.'),
      t('Ik rijd wat harder om de tijd in te halen.', 'I drive a bit faster to make up the time.'),
    ],
  },
  harness: {
    text: t(
      'Op het dak zegt je ploegleider: dat harnas hoeft niet, we zijn zo klaar.',
      'On the roof your team leader says: no need for the harness, we will be done soon.',
    ),
    options: [
      t('Ik doe het harnas toch om.', 'I put the harness on anyway.'),
      t('Ik doe het niet om en blijf in het midden.', 'I leave it off and stay in the middle.'),
      t('Ik doe het pas om als ik bij de rand kom.', 'I only put it on when I get to the edge.'),
    ],
  },
  queue: {
    text: t(
      'Een klant laat een fles vallen. Er staat een lange rij bij de kassa.',
      'A customer drops a bottle. There is a long queue at the till.',
    ),
    options: [
      t('Ik zet de plek af en ruim het meteen op.', 'I close off the spot and clean it up at once.'),
      t('Ik help eerst de rij en ruim het daarna op.', 'I serve the queue first and clean up after.'),
      t('Ik schuif de scherven met mijn voet opzij.', 'I push the pieces aside with my foot.'),
    ],
  },
  'test-run': {
    text: t(
      'Je repareert een machine. Een collega wil hem even aanzetten om te testen.',
      'You are fixing a machine. A colleague wants to switch it on briefly to test it.',
    ),
    options: [
      t('Ik zeg nee, pas als ik weg ben bij de machine.', 'I say no, not until I am away from the machine.'),
      t('Ik zeg goed, maar tel eerst tot drie.', 'I say fine, but count to three first.'),
      t('Ik zeg goed, ik houd mijn handen stil.', 'I say fine, I will keep my hands still.'),
    ],
  },
  hoist: {
    text: t(
      'Je moet een cliënt tillen. De tillift is kapot en je collega heeft geen tijd.',
      'You have to lift a client. The hoist is broken and your colleague has no time.',
    ),
    options: [
      t('Ik wacht op hulp en meld de kapotte lift.', 'I wait for help and report the broken hoist.'),
      t('Ik til hem toch alleen, heel voorzichtig.', 'I lift him alone anyway, very carefully.'),
      t('Ik vraag zijn bezoek om even mee te tillen.', 'I ask his visitor to help me lift.'),
    ],
  },
  shortcut: {
    text: t(
      'Een collega loopt door het pad van de heftrucks. Dat is korter, zegt hij.',
      'A colleague walks down the forklift lane. It is shorter, he says.',
    ),
    options: [
      t('Ik neem het looppad, ook al is het langer.', 'I take the walkway, even though it is longer.'),
      t('Ik loop met hem mee en kijk goed om me heen.', 'I walk with him and look around carefully.'),
      t('Ik loop mee als er geen heftruck te zien is.', 'I walk with him if no forklift is in sight.'),
    ],
  },
  dizzy: {
    text: t(
      'Een collega wordt duizelig in de hitte. Hij wil het werk eerst afmaken.',
      'A colleague gets dizzy in the heat. He wants to finish the job first.',
    ),
    options: [
      t('Ik zorg dat hij stopt en in de schaduw gaat zitten.', 'I make sure he stops and sits in the shade.'),
      t('Ik geef hem water en laat hem doorwerken.', 'I give him water and let him carry on.'),
      t('Ik neem het zware werk van hem over.', 'I take over his heavy work.'),
    ],
  },
  torn: {
    text: t(
      'Je werkt met een bijtend middel. Je handschoen scheurt. Nieuwe liggen ver weg.',
      'You work with a corrosive product. Your glove tears. New ones are far away.',
    ),
    options: [
      t('Ik stop en haal nieuwe handschoenen.', 'I stop and fetch new gloves.'),
      t('Ik plak de scheur dicht met tape.', 'I tape up the tear.'),
      t('Ik maak het eerst af, het is bijna klaar.', 'I finish first, it is almost done.'),
    ],
  },
  exit: {
    text: t(
      'De nooduitgang staat vol dozen. Een collega zegt: dat ruimen we morgen op.',
      'The emergency exit is full of boxes. A colleague says: we will clear it tomorrow.',
    ),
    options: [
      t('Ik ruim het nu op of meld het meteen.', 'I clear it now or report it at once.'),
      t('Ik maak een smal pad vrij tot morgen.', 'I clear a narrow path until tomorrow.'),
      t('Ik zet het op de lijst voor morgen.', 'I put it on the list for tomorrow.'),
    ],
  },
};

/** This game's texts in the other languages, a chunk each (loaded with the game: play.ts). */
export const TEXTS = catalogues({
  ar: () => import('./i18n/risk.ar.js'),
  tr: () => import('./i18n/risk.tr.js'),
  pl: () => import('./i18n/risk.pl.js'),
  uk: () => import('./i18n/risk.uk.js'),
  a2: () => import('./i18n/risk.a2.js'),
});

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const count = o.practice ? PRACTICE_TRIALS.risk : o.item.game!.trials;
  // Practice has situations of its own; a scored block shows its level's situations.
  const ids: readonly RiskSituation[] = o.practice ? RISK_PRACTICE : riskSituations(o.item.game!.level);
  const situations = shuffle(ids, random)
    .slice(0, count)
    .map((id) => ({ id, ...RISK_TEXTS[id] }));
  const orders = situations.map(() => shuffle([0, 1, 2], random));
  const round = choiceRound(o, count, 'risk', (n) => `${o.t.trial(n + 1, count)}. ${o.say(situations[n]!.text)}`);
  const choose = (event: Event, option: number) => {
    const s = situations[round.index]!;
    round.choose(event, { stimulus: `${s.id}>0`, response: String(option), correct: option === 0 }, () =>
      option === 0 ? o.t.right : o.t.wrong(inSentence(o.say(s.options[0]), o.lang)),
    );
  };

  return {
    render: () => {
      const n = round.index;
      const s = situations[n]!;
      return html`
        <div class="game risk">
          <p class="trial-count">${o.t.trial(n + 1, count)}</p>
          <p class="situation" part="game-stimulus" tabindex="-1">${o.say(s.text)}</p>
          ${
            round.feedback
              ? round.renderFeedback()
              : html`<div class="options" role="group" aria-label=${o.say(s.text)}>
                  ${orders[n]!.map((i) => html`<button type="button" class="option" @click=${(e: Event) => choose(e, i)}>${o.say(s.options[i]!)}</button>`)}
                </div>`
          }
        </div>
      `;
    },
    dispose: () => undefined,
  };
};
