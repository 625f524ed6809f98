/**
 * Working together ("Samen klaar"): you and a colleague finish a job together — in a warehouse,
 * a kitchen, on a building site, in a care home. Each situation says where you work and what is
 * going on; every option is a button that shows what it does to the minutes of work you and
 * your colleague still have (as text and as a plain bar). Choose what is best for the team. One
 * option is the best by core's rule (team.ts there): the team is done when everybody is done; an
 * option that makes you miss a deadline the team waits for is out; ask the team leader only when
 * neither of you can fix it. No time limit, no clock: speed is not scored (the reaction time
 * goes with each trial as data only).
 *
 * People are names and numbers only: no faces, no feelings read from anyone. The options are
 * buttons in a shuffled order, so touch, keyboard and screen reader play it the same way; each
 * button's name says the action and its minutes in full sentences. Practice shows two
 * situations of its own (helping is best in one, going on in the other), explains every answer
 * with the minutes, and waits for "Go on" so the last explanation is read too. A scored block
 * shows no feedback.
 */
import { html, nothing, svg } from 'lit';
import {
  PRACTICE_TRIALS,
  TEAM_CASES,
  TEAM_PRACTICE,
  teamBest,
  teamDone,
  teamOptions,
  teamOutcome,
  teamSituations,
  type TeamCase,
  type TeamOption,
  type TeamSituation,
} from '@pfw/core/runtime';
import { choiceRound, inSentence, seeded, shuffle, type CreateGame } from './game.js';
import { catalogues, t, type Text } from '../say.js';

export interface Situation {
  /** Where you work and what is going on: short sentences, the colleague by name. */
  text: Text;
  /** The colleague (the same name in every language). */
  name: string;
}

/** Everything the game says around its situations. */
export const TEAM_UI = {
  question: t('Wat is het beste voor het team?', 'What is best for the team?'),
  teamRule: t('Het team is klaar als iedereen klaar is.', 'The team is done when everyone is done.'),
  leaderRule: t(
    'Vraag de teamleider alleen als jullie het samen niet kunnen oplossen.',
    'Only ask the team leader when you cannot solve it together.',
  ),
  deadline: t(
    'Let op: jouw deel moet over {m} minuten klaar zijn.',
    'Note: your part must be ready within {m} minutes.',
  ),
  you: t('Jij', 'You'),
  left: t('nog {m} minuten', '{m} minutes left'),
  stuck: t('kan niet verder', 'cannot go on'),
  options: {
    help: t('Ik help {name}.', 'I help {name}.'),
    own: t('Ik ga door met mijn eigen werk.', 'I go on with my own work.'),
    leader: t('Ik vraag het aan de teamleider.', 'I ask the team leader.'),
    tip: t('Ik geef {name} een tip.', 'I give {name} a tip.'),
  } satisfies Record<TeamOption, Text>,
  // Practice feedback.
  soonest: t(
    'Zo is het team het snelst klaar: na {m} minuten.',
    'This way the team is done soonest: after {m} minutes.',
  ),
  better: t('Beter was:', 'A better choice was:'),
  then: t('Dan is het team na {m} minuten klaar.', 'Then the team is done after {m} minutes.'),
  yours: t('Met jouw keuze pas na {m} minuten.', 'With your choice, only after {m} minutes.'),
  notDone: t('Met jouw keuze komt het team niet op tijd klaar.', 'With your choice, the team is not done in time.'),
} as const;

/** The texts of core's situations: every id needs one (the type says so). */
export const TEAM_TEXTS: Record<TeamSituation, Situation> = {
  // Practice: never in a scored block. Helping is best in the first, going on in the second.
  shelves: {
    name: 'Sanne',
    text: t(
      'Je vult samen met Sanne de schappen in de supermarkt. Sanne heeft nog veel dozen. Met z’n tweeën gaat dat sneller.',
      'You and Sanne fill the shelves in the supermarket. Sanne still has a lot of boxes. With two of you it goes faster.',
    ),
  },
  leaves: {
    name: 'Tim',
    text: t(
      'Je harkt samen met Tim de bladeren in het park. Tim is bijna klaar. Jij hebt nog een groot stuk.',
      'You and Tim rake the leaves in the park. Tim is almost done. You still have a big part to do.',
    ),
  },

  // Level 1: help or go on; the numbers differ a lot.
  warehouse: {
    name: 'Ahmed',
    text: t(
      'Je werkt in een magazijn. Ahmed pakt een grote bestelling in. Hij heeft nog veel werk. Met z’n tweeën gaat het veel sneller.',
      'You work in a warehouse. Ahmed is packing a big order. He still has a lot of work. With two of you it goes much faster.',
    ),
  },
  kitchen: {
    name: 'Lisa',
    text: t(
      'Je werkt in een keuken. Jij snijdt groente. Lisa doet de afwas. Ze is bijna klaar.',
      'You work in a kitchen. You are cutting vegetables. Lisa is doing the dishes. She is almost done.',
    ),
  },
  bricks: {
    name: 'Daan',
    text: t(
      'Je werkt op een bouwplaats. Daan brengt stenen naar de metselaar. Hij heeft nog veel te doen. Samen gaat het sneller.',
      'You work on a building site. Daan takes bricks to the bricklayer. He still has a lot to do. Together it goes faster.',
    ),
  },
  beds: {
    name: 'Naima',
    text: t(
      'Je werkt in een zorghuis. Jullie maken de bedden op. Naima heeft nog maar een paar bedden. Jij hebt er nog veel.',
      'You work in a care home. You are making the beds. Naima has only a few beds left. You still have many.',
    ),
  },

  // Level 2: closer; a colleague who is behind, where helping still makes the team later.
  'price-gun': {
    name: 'Sem',
    text: t(
      'Je werkt in een kledingwinkel. Jullie hangen prijzen aan nieuwe kleding. Sem heeft meer werk dan jij. Maar jullie hebben maar één prijstang.',
      'You work in a clothes shop. You are putting prices on new clothes. Sem has more work than you. But you only have one price gun.',
    ),
  },
  cakes: {
    name: 'Fatima',
    text: t(
      'Je werkt bij een bakker. Fatima moet nog veel taarten versieren. Jij bent bijna klaar met de broodjes.',
      'You work at a bakery. Fatima still has to decorate a lot of cakes. You have almost finished the rolls.',
    ),
  },
  windows: {
    name: 'Eva',
    text: t(
      'Je maakt samen met Eva een kantoor schoon. Eva vraagt: help je even met de ramen? Zij heeft minder werk dan jij.',
      'You and Eva are cleaning an office. Eva asks: can you help with the windows? She has less work than you.',
    ),
  },
  hotel: {
    name: 'Mo',
    text: t(
      'Je maakt kamers schoon in een hotel. Mo heeft nog veel kamers te doen. Jij bent bijna klaar.',
      'You clean rooms in a hotel. Mo still has a lot of rooms to do. You are almost done.',
    ),
  },
  parcels: {
    name: 'Noor',
    text: t(
      'Je sorteert pakketten bij een bezorgdienst. Noor heeft iets meer pakketten dan jij. Ze vraagt of je helpt.',
      'You sort parcels at a delivery company. Noor has a few more parcels than you. She asks if you can help.',
    ),
  },

  // Level 3: the team leader; a deadline for your own part; a colleague who is stuck.
  truck: {
    name: 'Kevin',
    text: t(
      'Je werkt in een magazijn. De vrachtwagen komt jouw pallets halen. Zijn ze niet op tijd klaar, dan moet het hele team wachten. Kevin loopt achter met zijn bestellingen.',
      'You work in a warehouse. The truck is coming to collect your pallets. If they are not ready in time, the whole team has to wait. Kevin is behind with his orders.',
    ),
  },
  soup: {
    name: 'Aylin',
    text: t(
      'Je werkt in een keuken. Jouw soep moet op tijd klaar zijn voor de lunch. Anders moet iedereen wachten. Aylin moet nog veel salades maken.',
      'You work in a kitchen. Your soup must be ready in time for lunch. Otherwise everyone has to wait. Aylin still has to make a lot of salads.',
    ),
  },
  'site-lift': {
    name: 'Bram',
    text: t(
      'Je werkt op een bouwplaats. De bouwlift zit op slot. Daardoor kan Bram zijn stenen niet naar boven brengen. Jij hebt ook geen sleutel. Alleen de teamleider heeft er een.',
      'You work on a building site. The building lift is locked. So Bram cannot take his bricks upstairs. You do not have a key either. Only the team leader has one.',
    ),
  },
  scanner: {
    name: 'Yara',
    text: t(
      'Je werkt in een tuincentrum. Yara moet planten prijzen met de nieuwe scanner. Ze weet niet hoe die werkt. Jij weet het wel. Zelf uitzoeken kost haar veel tijd.',
      'You work in a garden centre. Yara has to price plants with the new scanner. She does not know how it works. You do. Finding out by herself takes her a lot of time.',
    ),
  },
  laundry: {
    name: 'Joris',
    text: t(
      'Je werkt in de wasserij van een zorghuis. Joris vraagt of je helpt met vouwen. Hij heeft minder werk dan jij.',
      'You work in the laundry of a care home. Joris asks if you can help with folding. He has less work than you.',
    ),
  },

  // Level 4: a tip costs you less and saves less; deadlines that rule out helping.
  trolley: {
    name: 'Mehmet',
    text: t(
      'Je werkt in een magazijn. Mehmet draagt alle dozen één voor één. Jouw tip: met een steekwagen gaat het veel sneller.',
      'You work in a warehouse. Mehmet carries all the boxes one by one. Your tip: with a hand truck it goes much faster.',
    ),
  },
  onions: {
    name: 'Sara',
    text: t(
      'Je werkt in een keuken. Jouw saus moet op tijd klaar zijn. Anders moet de hele keuken wachten. Sara moet nog veel uien snijden. Jouw tip: een trucje om sneller te snijden.',
      'You work in a kitchen. Your sauce must be ready in time. Otherwise the whole kitchen has to wait. Sara still has to cut a lot of onions. Your tip: a trick to cut faster.',
    ),
  },
  'window-frames': {
    name: 'Luuk',
    text: t(
      'Je werkt op een bouwplaats. Luuk moet zware kozijnen plaatsen. Alleen gaat dat langzaam. Samen tillen gaat veel sneller. Jouw tip: een handige volgorde.',
      'You work on a building site. Luuk has to fit heavy window frames. Alone it goes slowly. Lifting together is much faster. Your tip: a handy order of work.',
    ),
  },
  medicines: {
    name: 'Fenna',
    text: t(
      'Je werkt in een zorghuis. Fenna deelt medicijnen uit. Op de lijst staat iets anders dan op het doosje. Jullie mogen dat allebei niet zelf oplossen. Alleen de teamleider mag dat.',
      'You work in a care home. Fenna is handing out medicines. The list says something different from the box. Neither of you may sort this out yourselves. Only the team leader may.',
    ),
  },
  concrete: {
    name: 'Jesse',
    text: t(
      'Je werkt op een bouwplaats. De betonwagen komt voor jouw deel van de vloer. Is dat niet op tijd klaar, dan moet iedereen wachten. Jesse loopt achter. Jouw tip: hoe hij sneller kan werken.',
      'You work on a building site. The concrete mixer is coming for your part of the floor. If it is not ready in time, everyone has to wait. Jesse is behind. Your tip: how he can work faster.',
    ),
  },
};

/** Minutes a bar shows in full (no situation has more). */
const FULL = 60;

/** A plain bar of minutes left (decorative: the text next to it says the same); a line marks your deadline. */
const bar = (minutes: number, deadline?: number) =>
  html`<svg class="team-bar" viewBox="0 0 ${FULL} 6" preserveAspectRatio="none" width="100%" height="10" aria-hidden="true" focusable="false">
    <rect y="1" width=${FULL} height="4" rx="1" fill="currentColor" fill-opacity="0.15"></rect>
    <rect y="1" width=${Math.min(minutes, FULL)} height="4" rx="1" fill="currentColor" fill-opacity="0.7"></rect>
    ${deadline === undefined ? nothing : svg`<line x1=${deadline} x2=${deadline} y1="0" y2="6" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke"></line>`}
  </svg>`;

/** This game's texts in the other languages, a chunk each (loaded with the game: play.ts). */
export const TEXTS = catalogues({
  ar: () => import('./i18n/team.ar.js'),
  tr: () => import('./i18n/team.tr.js'),
  pl: () => import('./i18n/team.pl.js'),
  uk: () => import('./i18n/team.uk.js'),
  a2: () => import('./i18n/team.a2.js'),
});

export const createGame: CreateGame = (o) => {
  const random = seeded(o.seed);
  const { say } = o;
  const count = o.practice ? PRACTICE_TRIALS.team : o.item.game!.trials;
  // Practice: its own two situations, in their order, with help or go on; a scored block: its level's, shuffled.
  const level = o.item.game!.level;
  const options = o.practice ? teamOptions(1) : teamOptions(level);
  const ids: readonly TeamSituation[] = o.practice ? TEAM_PRACTICE : shuffle(teamSituations(level), random);
  const situations = ids.slice(0, count).map((id) => ({ id, ...TEAM_TEXTS[id], best: teamBest(id, options)! }));
  const orders = situations.map(() => shuffle(options, random));
  // Said when shown: the person may switch language mid-game.
  const question = () => say(TEAM_UI.question);
  const label = (option: TeamOption, name: string) => say(TEAM_UI.options[option], { name });
  const deadlineOf = (id: TeamSituation) => (TEAM_CASES[id] as TeamCase).deadline;
  /**
   * The minutes an option's button shows. Asking the team leader shows none, whatever the
   * situation: whether it is needed is for the player to work out from the words.
   */
  const minutesAfter = (id: TeamSituation, option: TeamOption) =>
    option === 'leader' ? undefined : teamOutcome(id, option);
  /** One row of an option: who, and their minutes left (or that they cannot go on). */
  const row = (who: string, minutes: number | null) =>
    `${who}: ${minutes === null ? say(TEAM_UI.stuck) : say(TEAM_UI.left, { m: minutes })}`;
  /** An option's button name, in full sentences: the action, then the minutes after it. */
  const spoken = (id: TeamSituation, option: TeamOption, name: string) => {
    const after = minutesAfter(id, option);
    const rows = after ? [row(say(TEAM_UI.you), after.mine), row(name, after.theirs)] : [];
    return [label(option, name), ...rows.map((r) => `${r}.`)].join(' ');
  };

  const round = choiceRound(o, count, 'team', (n) => {
    const s = situations[n]!;
    const deadline = deadlineOf(s.id);
    const parts = [
      `${o.t.trial(n + 1, count)}.`,
      say(s.text),
      deadline === undefined ? '' : say(TEAM_UI.deadline, { m: deadline }),
      question(),
    ];
    return parts.filter(Boolean).join(' ');
  });

  const choose = (event: Event, option: TeamOption) => {
    const s = situations[round.index]!;
    round.choose(event, { stimulus: `${s.id}>${s.best}`, response: option, correct: option === s.best }, () => {
      const best = teamDone(s.id, s.best);
      const mine = teamDone(s.id, option);
      return option === s.best
        ? `${o.t.right} ${say(TEAM_UI.soonest, { m: best })}`
        : [
            say(TEAM_UI.better),
            inSentence(label(s.best, s.name), o.lang),
            say(TEAM_UI.then, { m: best }),
            option === 'leader'
              ? say(TEAM_UI.leaderRule)
              : Number.isFinite(mine)
                ? say(TEAM_UI.yours, { m: mine })
                : say(TEAM_UI.notDone),
          ].join(' ');
    });
  };

  const renderOption = (id: TeamSituation, option: TeamOption, name: string) => {
    const after = minutesAfter(id, option);
    const deadline = deadlineOf(id);
    return html`<button type="button" class="option" data-option=${option} aria-label=${spoken(id, option, name)} @click=${(e: Event) => choose(e, option)}>
      <strong>${label(option, name)}</strong>
      ${
        after
          ? html`<br />${row(say(TEAM_UI.you), after.mine)} ${bar(after.mine, deadline)}
              ${row(name, after.theirs)} ${after.theirs === null ? nothing : bar(after.theirs)}`
          : nothing
      }
    </button>`;
  };

  return {
    render: () => {
      // While practice feedback shows, the situation just answered stays in view.
      const n = round.index;
      const s = situations[n]!;
      const deadline = deadlineOf(s.id);
      return html`
        <div class="game team">
          <p class="trial-count">${o.t.trial(n + 1, count)}</p>
          <p class="situation" part="game-stimulus" tabindex="-1">${say(s.text)}</p>
          ${deadline === undefined ? nothing : html`<p class="deadline"><strong>${say(TEAM_UI.deadline, { m: deadline })}</strong></p>`}
          <p class="rule">${say(TEAM_UI.teamRule)}</p>
          ${options.includes('leader') ? html`<p class="rule">${say(TEAM_UI.leaderRule)}</p>` : nothing}
          ${
            round.feedback
              ? round.renderFeedback()
              : html`<p class="question">${question()}</p>
                  <div class="options" role="group" aria-label=${question()}>
                    ${orders[n]!.map((option) => renderOption(s.id, option, s.name))}
                  </div>`
          }
        </div>
      `;
    },
    dispose: () => undefined,
  };
};
