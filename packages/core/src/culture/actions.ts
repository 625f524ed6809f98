/**
 * What a small employer can do about a weak dimension (#24): a curated list of concrete actions
 * in B1, each with its effort and cost, some for one sector only. Actions that develop a skill
 * link to the learning offers of that skill; onboarding actions link to the employer's own
 * published job profiles (what a new hire there must learn).
 */
import type { LocalizedText, Sector } from '../domain.js';
import type { CultureDimension } from './instrument.js';

export interface CultureAction {
  id: string;
  dimension: CultureDimension;
  text: LocalizedText;
  /** How much it asks: an hour or two, a day or two, or weeks. */
  effort: 'small' | 'medium' | 'large';
  /** Rough cost in euros (0: only time). */
  costEur: number;
  /** Only for these sectors (absent: any). */
  sectors?: readonly Sector[];
  /** Skills it helps people learn: the report links their learning offers. */
  skillIds?: readonly string[];
  /** It is about the onboarding of the employer's own vacancies: the report links their job profiles. */
  jobProfiles?: true;
}

const action = (a: CultureAction) => a;

export const cultureActions: readonly CultureAction[] = [
  // ── Learning at work ──
  action({
    id: 'new-task-each-month',
    dimension: 'learning-at-work',
    text: {
      nl: 'Geef iedereen één keer per maand een taak die nieuw voor hem is.',
      en: 'Once a month, give each employee a task that is new to them.',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'mistake-talk',
    dimension: 'learning-at-work',
    text: {
      nl: 'Bespreek een fout in het werkoverleg zonder schuldige. Vraag: wat leren we ervan?',
      en: 'Discuss a mistake at the team meeting without blaming anyone. Ask: what do we learn from it?',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'rotate-on-site',
    dimension: 'learning-at-work',
    text: {
      nl: 'Laat medewerkers op het werk een dag met een andere ploeg meedraaien.',
      en: 'Let employees spend a day working with another crew on site.',
    },
    effort: 'medium',
    costEur: 0,
    sectors: ['construction', 'technology', 'green'],
  }),
  // ── Feedback ──
  action({
    id: 'weekly-two-minutes',
    dimension: 'feedback',
    text: {
      nl: 'Zeg elke week tegen iedereen wat goed ging. En één ding dat beter kan.',
      en: 'Every week, tell each employee one thing that went well and one thing that could be better.',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'ask-for-feedback',
    dimension: 'feedback',
    text: {
      nl: 'Vraag zelf in het overleg: wat kan ik als leidinggevende beter doen?',
      en: 'Ask at the meeting yourself: what could I do better as a manager?',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'feedback-training',
    dimension: 'feedback',
    text: {
      nl: 'Laat wie leiding geeft een korte cursus volgen: hoe zeg je wat beter kan?',
      en: 'Have those who lead take a short course: how do you say what could be better?',
    },
    effort: 'medium',
    costEur: 400,
    skillIds: ['communicating'],
  }),
  // ── Learning together ──
  action({
    id: 'after-job-review',
    dimension: 'learning-together',
    text: {
      nl: 'Praat na een grote klus tien minuten met de ploeg. Wat ging goed? Wat doen we anders?',
      en: 'After each big job, talk with the crew for ten minutes: what went well, what do we change?',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'pair-work',
    dimension: 'learning-together',
    text: {
      nl: 'Zet een ervaren en een nieuwe medewerker samen op een klus.',
      en: 'Put an experienced and a new employee on one job together.',
    },
    effort: 'small',
    costEur: 0,
    skillIds: ['working-together'],
  }),
  action({
    id: 'handover-in-care',
    dimension: 'learning-together',
    text: {
      nl: 'Praat bij de overdracht ook samen over één lastig moment van die dag.',
      en: 'At the handover, also talk together about one hard moment of that day.',
    },
    effort: 'small',
    costEur: 0,
    sectors: ['care'],
  }),
  // ── Sharing knowledge ──
  action({
    id: 'tips-board',
    dimension: 'sharing-knowledge',
    text: {
      nl: 'Hang een bord of maak een appgroep met tips van collega’s voor collega’s.',
      en: 'Put up a board or start a chat group with tips from colleagues for colleagues.',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'show-how',
    dimension: 'sharing-knowledge',
    text: {
      nl: 'Laat elke maand een medewerker in het overleg iets voordoen dat hij goed kan.',
      en: 'Each month, let an employee show at the meeting something they do well.',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'work-instructions',
    dimension: 'sharing-knowledge',
    text: {
      nl: 'Schrijf voor de vijf vaakste klussen kort op hoe je ze doet. Zet er foto’s bij.',
      en: 'For the five most common jobs, write down briefly how to do them. Add photos.',
    },
    effort: 'medium',
    costEur: 0,
    sectors: ['construction', 'technology', 'logistics', 'cleaning', 'green'],
  }),
  // ── Autonomy ──
  action({
    id: 'own-planning',
    dimension: 'autonomy',
    text: {
      nl: 'Laat de ploeg de volgorde van het werk op een dag zelf bepalen.',
      en: 'Let the crew decide the order of the work in a day themselves.',
    },
    effort: 'small',
    costEur: 0,
    skillIds: ['planning'],
  }),
  action({
    id: 'idea-box',
    dimension: 'autonomy',
    text: {
      nl: 'Vraag elke maand om ideeën en voer er minstens één uit. Zeg wie het bedacht.',
      en: 'Ask for ideas every month and carry out at least one. Say who thought of it.',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'small-budget',
    dimension: 'autonomy',
    text: {
      nl: 'Geef medewerkers een klein budget om zelf een probleem op te lossen.',
      en: 'Give employees a small budget to solve a problem themselves.',
    },
    effort: 'medium',
    costEur: 250,
    skillIds: ['problem-solving'],
  }),
  // ── Support and time from leadership ──
  action({
    id: 'learning-talk',
    dimension: 'leadership-support',
    text: {
      nl: 'Voer twee keer per jaar met iedere medewerker een kort gesprek: wat wil je leren?',
      en: 'Twice a year, have a short talk with each employee: what do you want to learn?',
    },
    effort: 'medium',
    costEur: 0,
  }),
  action({
    id: 'learning-hours',
    dimension: 'leadership-support',
    text: {
      nl: 'Plan voor iedereen twee uur per maand om te leren. Ook als het druk is.',
      en: 'Plan two hours a month per employee for learning, also when it is busy.',
    },
    effort: 'medium',
    costEur: 0,
  }),
  action({
    id: 'pay-course',
    dimension: 'leadership-support',
    text: {
      nl: 'Betaal elk jaar een cursus voor iedereen. Vraag de gemeente of het fonds van je sector om subsidie.',
      en: 'Pay one course per employee each year. Ask the municipality or the sector training fund for a subsidy.',
    },
    effort: 'large',
    costEur: 750,
  }),
  // ── Onboarding ──
  action({
    id: 'buddy',
    dimension: 'onboarding',
    text: {
      nl: 'Laat een nieuwe collega de eerste week meelopen met een vast maatje.',
      en: 'Let a new colleague work alongside one fixed buddy for the first week.',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'first-day-list',
    dimension: 'onboarding',
    text: {
      nl: 'Maak een lijst voor de eerste dag. Wie zijn we? Waar ligt alles? Wie help je?',
      en: 'Make a list for the first day. Who are we? Where is everything? Who helps you?',
    },
    effort: 'small',
    costEur: 0,
  }),
  action({
    id: 'onboarding-plan',
    dimension: 'onboarding',
    text: {
      nl: 'Maak per vacature een plan om in te werken. Wat leert een nieuwe collega per week?',
      en: 'Make an onboarding plan per vacancy. What does a new colleague learn each week?',
    },
    effort: 'medium',
    costEur: 0,
    jobProfiles: true,
  }),
  action({
    id: 'safety-first-day',
    dimension: 'onboarding',
    text: {
      nl: 'Doe op de eerste dag samen een rondje veiligheid op de werkplek.',
      en: 'On the first day, walk through the safety of the workplace together.',
    },
    effort: 'small',
    costEur: 0,
    sectors: ['construction', 'technology', 'logistics', 'green'],
    skillIds: ['working-safely'],
  }),
];

/**
 * The actions for a dimension in a sector, at most `n`: those for the sector first, then — for an
 * employer with published vacancies (`hasJobProfiles`) — those about their onboarding, then the rest.
 */
export function actionsFor(
  dimension: CultureDimension,
  sector?: Sector,
  n = 3,
  { hasJobProfiles = false }: { hasJobProfiles?: boolean } = {},
): CultureAction[] {
  const fits = cultureActions.filter(
    (a) => a.dimension === dimension && (!a.sectors || (sector !== undefined && a.sectors.includes(sector))),
  );
  const rank = (a: CultureAction) => (a.sectors ? 0 : hasJobProfiles && a.jobProfiles ? 1 : 2);
  // A stable sort: within a rank, the curated order.
  return fits.sort((a, b) => rank(a) - rank(b)).slice(0, n);
}
