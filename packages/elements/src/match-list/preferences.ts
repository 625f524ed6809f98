/**
 * Why a job's interests and work environment fit a job seeker, in words: the job's interest areas
 * they like and do not, and the sides of the work environment where they and the job agree or
 * differ (a side the job or they leave open is no reason either way). The points themselves are
 * the explanation's; these are their reasons. Only a job seeker's matches carry them.
 */
import { html, nothing } from 'lit';
import type { Match } from '@pfw/contract';
import type { ModeContext, Part } from './mode.js';
import { PartTexts, comma } from '../base/locale.js';
import { en, nl, type PreferenceMessages } from './i18n/preferences.js';

const texts = new PartTexts<PreferenceMessages>({
  nl,
  en,
  ar: () => import('./i18n/preferences.ar.js'),
  tr: () => import('./i18n/preferences.tr.js'),
  pl: () => import('./i18n/preferences.pl.js'),
  uk: () => import('./i18n/preferences.uk.js'),
  a2: () => import('./i18n/preferences.a2.js'),
});

/** The reasons, as lines to show: what fits, what fits less (either may be empty). */
export function preferenceLines(
  t: PreferenceMessages,
  preferences: NonNullable<Match['preferences']>,
): { fits: string[]; less: string[] } {
  const fits: string[] = [];
  const less: string[] = [];
  for (const { interestId, liked } of preferences.interests) {
    const name = t.words.interestNames[interestId];
    if (name) (liked ? fits : less).push(name);
  }
  for (const { facetId, job, you } of preferences.environment) {
    const poles = t.words.facetPoles[facetId];
    if (!poles || job === 0 || you === 0) continue;
    const side = (value: number) => poles[value < 0 ? 0 : 1];
    if (Math.sign(job) === Math.sign(you)) fits.push(side(job));
    else less.push(t.rather(side(job), side(you)));
  }
  return { fits, less };
}

/** Under the points of interests and work environment: why, or that they were not measured. */
export function renderPreferences(ctx: ModeContext, preferences: Match['preferences']): Part {
  if (!preferences) return nothing;
  const t = texts.get(ctx.lang, ctx.redraw);
  if (!preferences.interests.length && !preferences.environment.length)
    return html`<p part="preferences">${t.notMeasured}</p>`;
  const { fits, less } = preferenceLines(t, preferences);
  if (!fits.length && !less.length) return nothing;
  const and = comma(ctx.lang);
  return html`<ul part="preferences" class="preferences">
    ${fits.length ? html`<li class="helped"><span aria-hidden="true">✓</span> ${t.fits(fits.join(and))}</li>` : nothing}
    ${
      less.length
        ? html`<li class="hurt"><span aria-hidden="true">✗</span> ${t.fitsLess(less.join(and))}</li>`
        : nothing
    }
  </ul>`;
}
