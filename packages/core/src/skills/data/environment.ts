import type { EnvironmentFacet } from '../../domain.js';
import { environmentTranslations } from './translations/preferences.js';
import { withTranslations } from './translations/merge.js';

/**
 * Facets of the work environment, each between two poles (low = -2, high = +2).
 * Both poles are described as a good place to work: people differ, neither pole is better.
 */
const written: EnvironmentFacet[] = [
  {
    id: 'indoors-outdoors',
    label: { nl: 'Binnen of buiten', en: 'Indoors or outdoors' },
    low: { nl: 'Je werkt binnen.', en: 'You work indoors.' },
    high: { nl: 'Je werkt buiten, in elk weer.', en: 'You work outdoors, in all weather.' },
  },
  {
    id: 'team-alone',
    label: { nl: 'In een team of alleen', en: 'In a team or alone' },
    low: { nl: 'Je werkt de hele dag samen met collega’s.', en: 'You work with colleagues all day.' },
    high: { nl: 'Je werkt vaak alleen.', en: 'You often work alone.' },
  },
  {
    id: 'seated-physical',
    label: { nl: 'Rustig of lichamelijk werk', en: 'Seated or physical work' },
    low: { nl: 'Je werkt vooral zittend of op één plek.', en: 'You mostly work seated or in one spot.' },
    high: { nl: 'Je beweegt veel, tilt en sjouwt.', en: 'You move a lot, lift and carry.' },
  },
  {
    id: 'routine-variety',
    label: { nl: 'Vaste taken of afwisseling', en: 'Routine or variety' },
    low: { nl: 'Je doet elke dag ongeveer hetzelfde werk.', en: 'You do about the same work every day.' },
    high: { nl: 'Elke dag is anders.', en: 'Every day is different.' },
  },
  {
    id: 'people-things',
    label: { nl: 'Met mensen of met dingen', en: 'With people or with things' },
    low: { nl: 'Je werkt vooral met mensen.', en: 'You mostly work with people.' },
    high: {
      nl: 'Je werkt vooral met je handen, met spullen of met machines.',
      en: 'You mostly work with goods, materials or machines.',
    },
  },
  {
    id: 'fixed-hours-shifts',
    label: { nl: 'Vaste tijden of diensten', en: 'Fixed hours or shifts' },
    low: { nl: 'Je werkt overdag, op vaste tijden.', en: 'You work during the day, at fixed hours.' },
    high: {
      nl: 'Je werkt in diensten, ook ’s avonds of in het weekend.',
      en: 'You work shifts, also in the evening or at weekends.',
    },
  },
  {
    id: 'calm-busy',
    label: { nl: 'Rustig of druk', en: 'Calm or busy' },
    low: { nl: 'Je werkt in een rustig tempo.', en: 'You work at a calm pace.' },
    high: { nl: 'Het is vaak druk en het werk gaat snel.', en: 'It is often busy and the work goes fast.' },
  },
  {
    id: 'clean-dirty',
    label: { nl: 'Schoon of vies werk', en: 'Clean or dirty work' },
    low: { nl: 'Je werkt op een schone plek.', en: 'You work in a clean place.' },
    high: {
      nl: 'Je wordt soms vies van stof, vet of modder.',
      en: 'You sometimes get dirty from dust, grease or mud.',
    },
  },
  {
    id: 'quiet-noisy',
    label: { nl: 'Stil of lawaai', en: 'Quiet or noisy' },
    low: { nl: 'Het is stil om je heen.', en: 'It is quiet around you.' },
    high: { nl: 'Er is vaak lawaai van machines of mensen.', en: 'There is often noise from machines or people.' },
  },
  {
    id: 'same-place-travelling',
    label: { nl: 'Vaste plek of onderweg', en: 'Same place or travelling' },
    low: { nl: 'Je werkt elke dag op dezelfde plek.', en: 'You work in the same place every day.' },
    high: { nl: 'Je gaat naar steeds andere plekken.', en: 'You go to different places all the time.' },
  },
  {
    id: 'instructions-own-choices',
    label: { nl: 'Duidelijke opdrachten of zelf kiezen', en: 'Clear instructions or own choices' },
    low: { nl: 'Je krijgt duidelijke opdrachten.', en: 'You get clear instructions.' },
    high: { nl: 'Je maakt zelf keuzes in je werk.', en: 'You make your own choices in your work.' },
  },
  {
    id: 'ground-heights',
    label: { nl: 'Op de grond of op hoogte', en: 'On the ground or at height' },
    low: { nl: 'Je werkt met beide voeten op de grond.', en: 'You work with both feet on the ground.' },
    high: {
      nl: 'Je werkt op hoogte, op een ladder, steiger of dak.',
      en: 'You work at height, on a ladder, scaffold or roof.',
    },
  },
];

/** The facets, named with both poles in every reading language (#25). */
export const environment: EnvironmentFacet[] = written.map((facet) => {
  const t = environmentTranslations[facet.id];
  if (!t) return facet;
  return {
    ...facet,
    label: withTranslations(facet.label, (l) => t[l].label),
    low: withTranslations(facet.low, (l) => t[l].low),
    high: withTranslations(facet.high, (l) => t[l].high),
  };
});
