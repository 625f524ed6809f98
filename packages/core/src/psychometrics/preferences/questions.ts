/**
 * Preference questions: what someone likes to do (RIASEC interests) and where they like to work
 * (the environment facets). Picture-friendly "wat doe je liever?" choices, Dutch at B1 first.
 * There is no right answer, so these are not items with IRT parameters: they are counted.
 */
import type { InterestId, LocalizedText } from '../../domain.js';
import { environment } from '../../skills/data/environment.js';
import { readingSeconds } from '../bank/build.js';
import { translated } from '../translations/index.js';

/** One side of an interest pair; `picture` names an icon a widget may draw. */
export interface InterestActivity {
  interest: InterestId;
  text: LocalizedText;
  picture: string;
}

/** Two concrete work activities from two different interest areas: choice 0 is `first`, 1 is `second`. */
export interface InterestPair {
  id: string;
  first: InterestActivity;
  second: InterestActivity;
  expectedSeconds: number;
}

/** One facet of the work environment: low pole (-2), no preference (0), high pole (+2). */
export interface EnvironmentQuestion {
  id: string;
  facetId: string;
  prompt: LocalizedText;
  options: readonly [
    { text: LocalizedText; value: -2 },
    { text: LocalizedText; value: 0 },
    { text: LocalizedText; value: 2 },
  ];
  expectedSeconds: number;
}

export type PreferenceQuestion = InterestPair | EnvironmentQuestion;

export const isInterestPair = (q: PreferenceQuestion): q is InterestPair => 'first' in q;

/** The one prompt above every interest pair. */
export const interestPrompt: LocalizedText = translated({ nl: 'Wat doe je liever?', en: 'What would you rather do?' });

type Side = [InterestId, nl: string, en: string, picture: string];

function pair(n: number, a: Side, b: Side): InterestPair {
  const side = ([interest, nl, en, picture]: Side): InterestActivity => ({
    interest,
    text: translated({ nl, en }),
    picture,
  });
  return {
    id: `int-${n}`,
    first: side(a),
    second: side(b),
    expectedSeconds: readingSeconds(`${interestPrompt.nl} ${a[1]} ${b[1]}`),
  };
}

/**
 * All 15 pairs of the six areas, each area in five. Ordered as a round robin: every run of three
 * pairs (1-3, 4-6, …) shows each area once, no area comes back on the next screen, and each area
 * is shown first two or three times.
 */
export const interestPairs: readonly InterestPair[] = [
  pair(
    1,
    ['realistic', 'Een kast in elkaar zetten', 'Put a cupboard together', 'cupboard'],
    ['conventional', 'De voorraad in het magazijn tellen', 'Count the stock in the warehouse', 'stock'],
  ),
  pair(
    2,
    ['investigative', 'Uitzoeken waarom een machine stilstaat', 'Find out why a machine has stopped', 'machine-search'],
    ['enterprising', 'Een product verkopen aan een klant', 'Sell a product to a customer', 'sell'],
  ),
  pair(
    3,
    ['social', 'Op jonge kinderen passen', 'Look after young children', 'children'],
    ['artistic', 'Een poster ontwerpen', 'Design a poster', 'poster'],
  ),
  pair(
    4,
    ['enterprising', 'De leiding hebben over een team', 'Lead a team', 'lead'],
    ['realistic', 'Een fiets repareren', 'Repair a bike', 'bike'],
  ),
  pair(
    5,
    ['conventional', 'Een werkrooster maken', 'Make a work schedule', 'schedule'],
    ['social', 'Een klant helpen met een vraag', 'Help a customer with a question', 'customer'],
  ),
  pair(
    6,
    ['artistic', 'Een taart mooi versieren', 'Decorate a cake', 'cake'],
    ['investigative', 'Een proef doen in een lab', 'Do a test in a lab', 'lab'],
  ),
  pair(
    7,
    ['realistic', 'Een lekkende kraan maken', 'Fix a leaking tap', 'tap'],
    ['social', 'Een oudere helpen met eten', 'Help an older person with a meal', 'care'],
  ),
  pair(
    8,
    ['artistic', 'Foto’s maken voor een website', 'Take photos for a website', 'camera'],
    ['enterprising', 'Een eigen winkel beginnen', 'Start your own shop', 'shop'],
  ),
  pair(
    9,
    ['investigative', 'Uitzoeken hoe een nieuw apparaat werkt', 'Find out how a new device works', 'device'],
    ['conventional', 'Bonnetjes sorteren en optellen', 'Sort receipts and add them up', 'receipts'],
  ),
  pair(
    10,
    ['realistic', 'Met een heftruck rijden', 'Drive a forklift', 'forklift'],
    ['artistic', 'Een bloemstuk maken', 'Make a flower arrangement', 'flowers'],
  ),
  pair(
    11,
    ['social', 'Een nieuwe collega iets uitleggen', 'Explain something to a new colleague', 'explain'],
    ['investigative', 'Uitzoeken waarom een plant ziek is', 'Find out why a plant is ill', 'plant-search'],
  ),
  pair(
    12,
    ['conventional', 'Pakketjes sorteren op adres', 'Sort parcels by address', 'parcels'],
    ['enterprising', 'Een goede prijs regelen met een bedrijf', 'Get a good price from a company', 'deal'],
  ),
  pair(
    13,
    ['investigative', 'Zoeken naar een fout in een computer', 'Look for a fault in a computer', 'computer-search'],
    ['realistic', 'Een tuin aanleggen', 'Build a garden', 'garden'],
  ),
  pair(
    14,
    ['conventional', 'Gegevens in de computer zetten', 'Enter data into the computer', 'data-entry'],
    ['artistic', 'Een etalage mooi inrichten', 'Make a shop window look nice', 'shop-window'],
  ),
  pair(
    15,
    ['enterprising', 'Anderen overtuigen van je plan', 'Win others over to your plan', 'pitch'],
    ['social', 'Luisteren naar iemand met een probleem', 'Listen to someone with a problem', 'listen'],
  ),
];

const noPreference: LocalizedText = translated({ nl: 'Maakt me niet uit', en: 'I don’t mind' });

type Texts = [nl: string, en: string];

/** Prompt and pole answers per facet: shorter than the facet's own pole sentences, so they fit a button. */
const environmentTexts: Record<string, { prompt: Texts; low: Texts; high: Texts }> = {
  'indoors-outdoors': {
    prompt: ['Werk je liever binnen of buiten?', 'Would you rather work indoors or outdoors?'],
    low: ['Binnen', 'Indoors'],
    high: ['Buiten, in elk weer', 'Outdoors, in all weather'],
  },
  'team-alone': {
    prompt: ['Werk je liever samen of alleen?', 'Would you rather work together or alone?'],
    low: ['Samen met collega’s', 'Together with colleagues'],
    high: ['Vaak alleen', 'Often on my own'],
  },
  'seated-physical': {
    prompt: ['Wat voor werk doe je liever?', 'What kind of work would you rather do?'],
    low: ['Zittend werk, op één plek', 'Seated work, in one spot'],
    high: ['Veel bewegen, tillen en sjouwen', 'Moving a lot, lifting and carrying'],
  },
  'routine-variety': {
    prompt: ['Wat vind je fijner?', 'What do you like better?'],
    low: ['Elke dag ongeveer hetzelfde werk', 'About the same work every day'],
    high: ['Elke dag is anders', 'Every day is different'],
  },
  'people-things': {
    prompt: ['Waar werk je liever mee?', 'What would you rather work with?'],
    low: ['Met mensen', 'With people'],
    high: ['Met spullen of machines', 'With goods or machines'],
  },
  'fixed-hours-shifts': {
    prompt: ['Wanneer werk je liever?', 'When would you rather work?'],
    low: ['Overdag, op vaste tijden', 'During the day, at fixed hours'],
    high: ['In diensten, ook ’s avonds of in het weekend', 'In shifts, also evenings or weekends'],
  },
  'calm-busy': {
    prompt: ['Welk tempo past bij jou?', 'Which pace suits you?'],
    low: ['Een rustig tempo', 'A calm pace'],
    high: ['Druk, het werk gaat snel', 'Busy, the work goes fast'],
  },
  'clean-dirty': {
    prompt: ['Welk werk kies je?', 'Which work do you choose?'],
    low: ['Schoon werk', 'Clean work'],
    high: ['Werk waarbij je vies wordt', 'Work where you get dirty'],
  },
  'quiet-noisy': {
    prompt: ['Wat past beter bij jou?', 'What suits you better?'],
    low: ['Het is stil om je heen', 'It is quiet around you'],
    high: ['Er is lawaai van machines of mensen', 'There is noise from machines or people'],
  },
  'same-place-travelling': {
    prompt: ['Waar werk je liever?', 'Where would you rather work?'],
    low: ['Elke dag op dezelfde plek', 'In the same place every day'],
    high: ['Steeds op een andere plek', 'In a different place each time'],
  },
  'instructions-own-choices': {
    prompt: ['Hoe werk je liever?', 'How would you rather work?'],
    low: ['Met duidelijke opdrachten', 'With clear instructions'],
    high: ['Zelf kiezen hoe je het doet', 'Choosing how to do it yourself'],
  },
  'ground-heights': {
    prompt: ['Werk je liever op de grond of op hoogte?', 'Would you rather work on the ground or at height?'],
    low: ['Met beide voeten op de grond', 'With both feet on the ground'],
    high: ['Op een ladder, steiger of dak', 'On a ladder, scaffold or roof'],
  },
};

const text = ([nl, en]: Texts): LocalizedText => translated({ nl, en });

/** One question per facet, in the facet order; a facet without texts falls back to its own pole sentences. */
export const environmentQuestions: readonly EnvironmentQuestion[] = environment.map((facet) => {
  const t = environmentTexts[facet.id];
  const prompt = text(t ? t.prompt : ['Wat past beter bij jou?', 'What suits you better?']);
  const low = t ? text(t.low) : facet.low;
  const high = t ? text(t.high) : facet.high;
  return {
    id: `env-${facet.id}`,
    facetId: facet.id,
    prompt,
    options: [
      { text: low, value: -2 },
      { text: noPreference, value: 0 },
      { text: high, value: 2 },
    ],
    expectedSeconds: readingSeconds([prompt.nl, low.nl, noPreference.nl, high.nl].join(' ')),
  };
});
