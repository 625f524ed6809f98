/**
 * Working safely: a situation at work and three ways to act; one is safe. No time limit. The
 * options are buttons in a shuffled order. Situations are everyday work in the occupations of
 * the skill language, written at B1.
 */
import { html } from 'lit';
import type { GameTrial } from '@pfw/contract';
import { RISK_SITUATIONS, type RiskSituation } from '@pfw/core/runtime';
import { seeded, shuffle, type CreateGame } from './game.js';

type Text = { nl: string; en: string };
interface Situation {
  text: Text;
  /** The first option is the safe one (core's rules score option 0 as safe). */
  options: [Text, Text, Text];
}

const t = (nl: string, en: string): Text => ({ nl, en });

/** The texts of core's situations: every id needs one (the type says so). */
const TEXTS: Record<RiskSituation, Situation> = {
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
      t('Ik snij van mijn hand af, op een plank.', 'I cut away from my hand, on a board.'),
      t('Ik snij in mijn hand, dat gaat sneller.', 'I cut in my hand, it is faster.'),
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
      t('Ik gebruik een harnas of een rand die valt tegenhoudt.', 'I use a harness or an edge that stops a fall.'),
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
};
const SITUATIONS = RISK_SITUATIONS.map((id) => ({ id, ...TEXTS[id] }));
const PRACTICE_TRIALS = 2;

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const count = o.practice ? PRACTICE_TRIALS : o.item.game!.trials;
  const situations = shuffle(SITUATIONS, random).slice(0, count);
  const orders = situations.map(() => shuffle([0, 1, 2], random));
  const trials: GameTrial[] = [];
  let shownAt = performance.now();
  let feedback = '';

  const choose = (option: number) => {
    const s = situations[trials.length]!;
    trials.push({
      stimulus: `${s.id}>0`,
      response: String(option),
      correct: option === 0,
      reactionMs: Math.round(performance.now() - shownAt),
    });
    feedback = o.practice ? (option === 0 ? o.t.right : o.t.wrong(s.options[0][o.lang])) : '';
    if (trials.length === count) return o.done(trials);
    shownAt = performance.now();
    o.announce(`${feedback} ${situations[trials.length]!.text[o.lang]}`.trim());
    o.update();
  };

  return {
    render: () => {
      const n = Math.min(trials.length, count - 1);
      const s = situations[n]!;
      return html`
        <div class="game risk">
          <p class="trial-count">${o.t.trial(n + 1, count)}</p>
          <p class="feedback" ?hidden=${!feedback}>${feedback}</p>
          <p class="situation" part="game-stimulus">${s.text[o.lang]}</p>
          <div class="options" role="group" aria-label=${s.text[o.lang]}>
            ${orders[n]!.map((i) => html`<button type="button" class="option" @click=${() => choose(i)}>${s.options[i]![o.lang]}</button>`)}
          </div>
        </div>
      `;
    },
    dispose: () => undefined,
  };
};
