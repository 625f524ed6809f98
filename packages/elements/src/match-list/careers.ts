/**
 * The list for a job seeker's careers (`mode="careers"`): the occupations of the skill language
 * ranked by fit, whatever sector they worked in before; for the ones that almost fit, what to
 * learn; under each, the partner's vacancies for it (or "none right now").
 */
import { html, nothing } from 'lit';
import { routes, type Career, type Match } from '@pfw/contract';
import { GOOD_MATCH } from '@pfw/core/matching';
import { offersFor, offerText, renderCertificateOffers, renderOffers } from './jobs.js';
import type { Mode, ModeContext, Part } from './mode.js';
import { skillLabel } from './loader.js';
import { inLang, PartTexts, comma } from '../base/locale.js';
import { en, nl, type CareersMessages } from './i18n/careers.js';
import { followHeld, renderHard } from './hard.js';

/** Vacancies shown in a row; the rest are counted. */
const SHOWN = 3;
/** From this score an occupation almost fits: the row says what to learn. */
const ALMOST = 50;

/** The mode's texts in every language the list speaks. */
const careersTexts = new PartTexts<CareersMessages>({
  nl,
  en,
  ar: () => import('./i18n/careers.ar.js'),
  tr: () => import('./i18n/careers.tr.js'),
  pl: () => import('./i18n/careers.pl.js'),
  uk: () => import('./i18n/careers.uk.js'),
  a2: () => import('./i18n/careers.a2.js'),
});

/** A match of this mode is a career (the list holds them as matches). */
const career = (m: Match) => m as Career;

export function careersMode(ctx: ModeContext): Mode {
  followHeld(ctx);
  const { t, lang } = ctx;
  const texts = careersTexts.get(lang, ctx.redraw);
  return {
    title: texts.careersTitle,
    empty: texts.emptyCareers,
    page: (client, query) => client.request(routes.listMyCareers, { query }),
    name: (m) => inLang(career(m).title, lang),
    sub: (m) => [texts.sector(texts.sectors[career(m).sector] ?? career(m).sector)],
    places: false,
    ofTotal: true,
    below: (m) => html`${renderLearn(ctx, m)}${renderVacancies(ctx, career(m))}`,
    has: t.youHave,
    gaps: t.gaps,
    offers: (gap) => renderOffers(ctx, gap),
    hard: (m) => html`${renderHard(ctx, m.hardRequirements, false)}${renderCertificateOffers(ctx, m)}`,
  };
}

/** Almost a fit: the skills to learn, and the offer that would help most. */
function renderLearn(ctx: ModeContext, m: Match): Part {
  const { data, lang } = ctx;
  const texts = careersTexts.get(lang, ctx.redraw);
  if (m.score < ALMOST || m.score >= GOOD_MATCH || !m.gaps.length) return nothing;
  const skills = m.gaps.map((g) => skillLabel(data, g.skillId, lang)).join(comma(lang));
  const offer = m.gaps.map((g) => offersFor(ctx, g)[0]).find(Boolean);
  return html`<p class="learn">${texts.learnToFit(skills)}${offer ? html` ${texts.learnTip(offerText(ctx, offer))}` : nothing}</p>`;
}

function renderVacancies(ctx: ModeContext, c: Career): Part {
  const { t, lang } = ctx;
  const texts = careersTexts.get(lang, ctx.redraw);
  if (!c.vacancies?.length) return html`<p class="no-vacancies">${texts.noVacancies}</p>`;
  const more = c.vacancyCount - Math.min(SHOWN, c.vacancies.length);
  return html`<ul class="vacancies" aria-label=${texts.vacancies(inLang(c.title, lang))}>
    ${c.vacancies.slice(0, SHOWN).map(
      (v) => html`<li>
        <span class="vacancy">${texts.vacancy(v.title, v.employerName)}</span>
        <span>${[v.region, t.hours(v.hours.min, v.hours.max), `${t.fit(v.score)} (${t.score(v.score)})`].join(' · ')}</span>
      </li>`,
    )}
    ${more > 0 ? html`<li>${texts.moreVacancies(more)}</li>` : nothing}
  </ul>`;
}
