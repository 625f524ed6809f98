/** The texts of requests, shared details and applications (jobs and candidates modes), in every language the list speaks. */
import { PartTexts } from '../base/locale.js';
import { en, nl, type PeopleMessages } from './i18n/people.js';

export const peopleTexts = new PartTexts<PeopleMessages>({
  nl,
  en,
  ar: () => import('./i18n/people.ar.js'),
  tr: () => import('./i18n/people.tr.js'),
  pl: () => import('./i18n/people.pl.js'),
  uk: () => import('./i18n/people.uk.js'),
  a2: () => import('./i18n/people.a2.js'),
});
