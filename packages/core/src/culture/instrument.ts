/**
 * The learning culture scan (#24): our own B1 statements (no licensed questionnaire is copied)
 * over seven dimensions that research on learning organisations agrees on — room to learn in
 * the work, feedback, learning together, sharing knowledge, autonomy, support and time from
 * leadership, and onboarding — four statements each, one of them keyed the other way. Two
 * versions say the same thing: employees about what they experience ("Ik krijg …"), the owner
 * or management about what they intend ("Mijn medewerkers krijgen …"), so the gap between
 * intention and experience shows per dimension. Answers: five steps from "helemaal oneens" to
 * "helemaal eens".
 */
import type { LocalizedText } from '../domain.js';
import { answerTranslations, employeeTranslations } from './translations.js';

export const CULTURE_DIMENSIONS = [
  'learning-at-work',
  'feedback',
  'learning-together',
  'sharing-knowledge',
  'autonomy',
  'leadership-support',
  'onboarding',
] as const;
export type CultureDimension = (typeof CULTURE_DIMENSIONS)[number];

export type CultureVersion = 'employee' | 'management';

export interface CultureItem {
  id: string;
  dimension: CultureDimension;
  /** False: agreeing means less of the dimension (scored the other way). */
  positive: boolean;
  employee: LocalizedText;
  management: LocalizedText;
}

export const dimensionLabels: Record<CultureDimension, LocalizedText> = {
  'learning-at-work': { nl: 'Leren tijdens het werk', en: 'Learning at work' },
  feedback: { nl: 'Feedback vragen en geven', en: 'Asking for and giving feedback' },
  'learning-together': { nl: 'Samen leren', en: 'Learning together' },
  'sharing-knowledge': { nl: 'Kennis delen', en: 'Sharing knowledge' },
  autonomy: { nl: 'Zelf keuzes maken', en: 'Making your own choices' },
  'leadership-support': { nl: 'Steun en tijd van de leiding', en: 'Support and time from leaders' },
  onboarding: { nl: 'Nieuwe collega’s inwerken', en: 'Onboarding new colleagues' },
};

/** The five answers, 1-5, in every reading language (translations.ts). */
export const CULTURE_ANSWERS: readonly LocalizedText[] = [
  { nl: 'Helemaal oneens', en: 'Strongly disagree' },
  { nl: 'Oneens', en: 'Disagree' },
  { nl: 'Neutraal', en: 'Neutral' },
  { nl: 'Eens', en: 'Agree' },
  { nl: 'Helemaal eens', en: 'Strongly agree' },
].map((answer, i) => ({ ...answer, ...answerTranslations[i] }));

/** A statement; the employees' version gets its translations (translations.ts), the management's is read in Dutch or English. */
const item = (
  id: string,
  dimension: CultureDimension,
  positive: boolean,
  employee: LocalizedText,
  management: LocalizedText,
): CultureItem => ({ id, dimension, positive, employee: { ...employee, ...employeeTranslations[id] }, management });

export const cultureItems: readonly CultureItem[] = [
  // ── Learning at work ──────────────────────────────────────────────────────
  item(
    'law-1',
    'learning-at-work',
    true,
    { nl: 'Ik leer nieuwe dingen in mijn werk.', en: 'I learn new things in my work.' },
    { nl: 'Mijn medewerkers leren nieuwe dingen in hun werk.', en: 'My staff learn new things in their work.' },
  ),
  item(
    'law-2',
    'learning-at-work',
    true,
    { nl: 'Ik mag nieuwe taken proberen.', en: 'I may try new tasks.' },
    { nl: 'Mijn medewerkers mogen nieuwe taken proberen.', en: 'My staff may try new tasks.' },
  ),
  item(
    'law-3',
    'learning-at-work',
    true,
    {
      nl: 'Een fout maken mag hier, als je ervan leert.',
      en: 'Making a mistake is allowed here, if you learn from it.',
    },
    {
      nl: 'Een fout maken mag bij ons, als je ervan leert.',
      en: 'Making a mistake is allowed with us, if you learn from it.',
    },
  ),
  item(
    'law-4',
    'learning-at-work',
    false,
    { nl: 'Ik doe elke dag hetzelfde werk.', en: 'I do the same work every day.' },
    { nl: 'Mijn medewerkers doen elke dag hetzelfde werk.', en: 'My staff do the same work every day.' },
  ),
  // ── Feedback ──────────────────────────────────────────────────────────────
  item(
    'fb-1',
    'feedback',
    true,
    { nl: 'Ik hoor hoe ik mijn werk doe.', en: 'I hear how I do my work.' },
    { nl: 'Ik zeg mijn medewerkers hoe ze hun werk doen.', en: 'I tell my staff how they do their work.' },
  ),
  item(
    'fb-2',
    'feedback',
    true,
    { nl: 'Ik durf een collega te zeggen wat beter kan.', en: 'I dare tell a colleague what could be better.' },
    {
      nl: 'Mijn medewerkers durven elkaar te zeggen wat beter kan.',
      en: 'My staff dare tell each other what could be better.',
    },
  ),
  item(
    'fb-3',
    'feedback',
    true,
    { nl: 'Mijn leidinggevende vraagt wat ik van hem vind.', en: 'My manager asks what I think of them.' },
    { nl: 'Ik vraag mijn medewerkers wat ze van mij vinden.', en: 'I ask my staff what they think of me.' },
  ),
  item(
    'fb-4',
    'feedback',
    false,
    { nl: 'Ik hoor het pas als er iets fout gaat.', en: 'I only hear about it when something goes wrong.' },
    {
      nl: 'Mijn medewerkers horen het pas als er iets fout gaat.',
      en: 'My staff only hear about it when something goes wrong.',
    },
  ),
  // ── Learning together ─────────────────────────────────────────────────────
  item(
    'lt-1',
    'learning-together',
    true,
    { nl: 'Ik leer veel van mijn collega’s.', en: 'I learn a lot from my colleagues.' },
    { nl: 'Mijn medewerkers leren veel van elkaar.', en: 'My staff learn a lot from each other.' },
  ),
  item(
    'lt-2',
    'learning-together',
    true,
    { nl: 'We zoeken samen uit hoe iets beter kan.', en: 'We work out together how to do things better.' },
    {
      nl: 'Mijn medewerkers zoeken samen uit hoe iets beter kan.',
      en: 'My staff work out together how to do things better.',
    },
  ),
  item(
    'lt-3',
    'learning-together',
    true,
    { nl: 'Na een klus praten we over wat goed ging.', en: 'After a job we talk about what went well.' },
    {
      nl: 'Na een klus praten mijn medewerkers over wat goed ging.',
      en: 'After a job my staff talk about what went well.',
    },
  ),
  item(
    'lt-4',
    'learning-together',
    false,
    { nl: 'Iedereen werkt hier vooral voor zichzelf.', en: 'Everyone here works mostly for themselves.' },
    { nl: 'Bij ons werkt iedereen vooral voor zichzelf.', en: 'With us everyone works mostly for themselves.' },
  ),
  // ── Sharing knowledge ─────────────────────────────────────────────────────
  item(
    'sk-1',
    'sharing-knowledge',
    true,
    { nl: 'Collega’s leggen me graag iets uit.', en: 'Colleagues like to explain things to me.' },
    { nl: 'Mijn medewerkers leggen elkaar graag iets uit.', en: 'My staff like to explain things to each other.' },
  ),
  item(
    'sk-2',
    'sharing-knowledge',
    true,
    { nl: 'Wat ik weet, deel ik met mijn collega’s.', en: 'What I know, I share with my colleagues.' },
    { nl: 'Mijn medewerkers delen wat ze weten.', en: 'My staff share what they know.' },
  ),
  item(
    'sk-3',
    'sharing-knowledge',
    true,
    { nl: 'Ik weet waar ik hulp kan vinden.', en: 'I know where to find help.' },
    { nl: 'Mijn mensen weten waar ze hulp kunnen vinden.', en: 'My people know where to find help.' },
  ),
  item(
    'sk-4',
    'sharing-knowledge',
    false,
    {
      nl: 'Sommige kennis zit alleen in het hoofd van één collega.',
      en: 'Some knowledge is only in one colleague’s head.',
    },
    { nl: 'Sommige kennis zit bij ons alleen in één hoofd.', en: 'With us some knowledge is in one head only.' },
  ),
  // ── Autonomy ──────────────────────────────────────────────────────────────
  item(
    'au-1',
    'autonomy',
    true,
    { nl: 'Ik mag zelf bepalen hoe ik mijn werk doe.', en: 'I may decide how I do my work.' },
    { nl: 'Mijn medewerkers bepalen zelf hoe ze hun werk doen.', en: 'My staff decide how they do their work.' },
  ),
  item(
    'au-2',
    'autonomy',
    true,
    { nl: 'Mijn ideeën worden gebruikt.', en: 'My ideas are used.' },
    { nl: 'Ik gebruik de ideeën van mijn medewerkers.', en: 'I use the ideas of my staff.' },
  ),
  item(
    'au-3',
    'autonomy',
    true,
    { nl: 'Ik kan een probleem zelf oplossen.', en: 'I can solve a problem myself.' },
    { nl: 'Mijn medewerkers lossen een probleem zelf op.', en: 'My staff solve a problem themselves.' },
  ),
  item(
    'au-4',
    'autonomy',
    false,
    { nl: 'Voor alles moet ik eerst toestemming vragen.', en: 'For everything I must first ask permission.' },
    {
      nl: 'Mijn medewerkers moeten voor alles toestemming vragen.',
      en: 'My staff must ask permission for everything.',
    },
  ),
  // ── Support and time from leadership ──────────────────────────────────────
  item(
    'ls-1',
    'leadership-support',
    true,
    { nl: 'Ik krijg tijd om iets nieuws te leren.', en: 'I get time to learn something new.' },
    { nl: 'Mijn medewerkers krijgen tijd om iets nieuws te leren.', en: 'My staff get time to learn something new.' },
  ),
  item(
    'ls-2',
    'leadership-support',
    true,
    {
      nl: 'Mijn leidinggevende praat met me over wat ik wil leren.',
      en: 'My manager talks with me about what I want to learn.',
    },
    {
      nl: 'Ik praat met mijn medewerkers over wat ze willen leren.',
      en: 'I talk with my staff about what they want to learn.',
    },
  ),
  item(
    'ls-3',
    'leadership-support',
    true,
    { nl: 'Een cursus of opleiding wordt hier betaald.', en: 'A course or training is paid for here.' },
    { nl: 'Wij betalen een cursus of opleiding.', en: 'We pay for a course or training.' },
  ),
  item(
    'ls-4',
    'leadership-support',
    false,
    { nl: 'Voor leren is het hier te druk.', en: 'It is too busy here for learning.' },
    { nl: 'Voor leren is het bij ons te druk.', en: 'With us it is too busy for learning.' },
  ),
  // ── Onboarding ────────────────────────────────────────────────────────────
  item(
    'on-1',
    'onboarding',
    true,
    { nl: 'Toen ik begon, wist ik wat ik moest doen.', en: 'When I started, I knew what to do.' },
    {
      nl: 'Een nieuwe collega weet bij ons wat hij moet doen.',
      en: 'A new colleague with us knows what to do.',
    },
  ),
  item(
    'on-2',
    'onboarding',
    true,
    {
      nl: 'Toen ik begon, had ik een vaste collega voor vragen.',
      en: 'When I started, I had one colleague for questions.',
    },
    {
      nl: 'Een nieuwe collega heeft bij ons een vaste collega voor vragen.',
      en: 'A new colleague with us has one colleague for questions.',
    },
  ),
  item(
    'on-3',
    'onboarding',
    true,
    { nl: 'Nieuwe collega’s worden hier goed ontvangen.', en: 'New colleagues are welcomed well here.' },
    { nl: 'Wij ontvangen nieuwe collega’s goed.', en: 'We welcome new colleagues well.' },
  ),
  item(
    'on-4',
    'onboarding',
    false,
    { nl: 'Een nieuwe collega moet het hier zelf uitzoeken.', en: 'A new colleague has to figure it out alone here.' },
    {
      nl: 'Een nieuwe collega moet het bij ons zelf uitzoeken.',
      en: 'A new colleague with us has to figure it out alone.',
    },
  ),
];

/** The statement of an item in a version. */
export const statementOf = (item: CultureItem, version: CultureVersion): LocalizedText => item[version];
