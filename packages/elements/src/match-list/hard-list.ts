/**
 * A list of hard requirements beside what the person holds, in words with a mark: the part of
 * hard.ts that only shows (no form, no requests), so a plan can show it too (<pfw-learning-path>
 * loads it for a goal that asks a certificate) without the match list's forms and routes.
 */
import { html, nothing } from 'lit';
import type { HeldSource, Match } from '@pfw/contract';
import { hardRequirements } from '@pfw/core/hard-requirements';
import type { ModeContext, Part } from './mode.js';
import { PartTexts, comma } from '../base/locale.js';
import { en, nl, type HardMessages } from './i18n/hard.js';

export type Kind = HardMessages['kinds'] extends Record<infer K, string> ? K : never;
/** A hard requirement of a job beside what the person holds (a match, a request, an application). */
export type HardRequirementFit = NonNullable<Match['hardRequirements']>[number];

/** Texts in every language the list speaks (Dutch and English here, the others each a chunk). */
export const hardTexts = new PartTexts<HardMessages>({
  nl,
  en,
  ar: () => import('./i18n/hard.ar.js'),
  tr: () => import('./i18n/hard.tr.js'),
  pl: () => import('./i18n/hard.pl.js'),
  uk: () => import('./i18n/hard.uk.js'),
  a2: () => import('./i18n/hard.a2.js'),
});

export const KINDS: Kind[] = ['certificate', 'licence', 'physical'];
export const catalog = new Map(hardRequirements.map((h) => [h.id, h]));

/**
 * The certificates and licences a goal requires that the person has not ticked, by name and
 * joined in a sentence ("Rijbewijs C (vrachtwagen), Code 95"); empty when there are none. No plan
 * of skills brings them, so a plan and the goal chooser say them beside the steps.
 */
export function missingPapers(
  ctx: Pick<ModeContext, 'lang' | 'redraw'>,
  items: readonly HardRequirementFit[] = [],
): string {
  const texts = hardTexts.get(ctx.lang, ctx.redraw);
  return items
    .filter((i) => i.required && !i.held && catalog.get(i.id)?.kind !== 'physical')
    .map((i) => texts.labels[i.id] ?? i.id)
    .join(comma(ctx.lang));
}

/**
 * The hard requirements of one match, request or application: label, required or preferred, and
 * whether the person has it, in words with a mark (not colour alone). `employer`: said of the
 * candidate; otherwise to the job seeker, with what they ticked (`mine`) when it is known.
 */
export function renderHard(
  ctx: Pick<ModeContext, 'lang' | 'redraw'>,
  items: readonly HardRequirementFit[] | undefined,
  employer: boolean,
  mine?: ReadonlyMap<string, HeldSource>,
): Part {
  if (!items?.length) return nothing;
  const texts = hardTexts.get(ctx.lang, ctx.redraw);
  // One block: in a request (a grid) it is one item.
  return html`<div>
    <h4>${employer ? texts.employerTitle : texts.seekerTitle}</h4>
    <ul class="request-fits hard">
      ${items.map((item) => {
        const held = mine ? (mine.get(item.id) ?? null) : item.held;
        const has = hasText(texts, held, catalog.get(item.id)?.kind === 'physical', employer);
        return html`<li class=${held ? 'helped' : 'hurt'}>
          <span aria-hidden="true">${held ? '✓' : '○'}</span>
          ${texts.labels[item.id] ?? item.id}${comma(ctx.lang)}${item.required ? texts.required : texts.preferred}: ${has}
        </li>`;
      })}
    </ul>
    <p>${texts.notInScore}</p>
  </div>`;
}

/** Whether the person has it, in words: to the job seeker, or said of the candidate (and who says so). */
function hasText(texts: typeof nl, held: HeldSource | null, physical: boolean, employer: boolean): string {
  if (employer) {
    const e = texts.employer;
    if (physical) return held === 'confirmed' ? e.canConfirmed : held ? e.canSelf : e.canNone;
    return held === 'confirmed' ? e.confirmed : held ? e.self : e.none;
  }
  const s = texts.seeker;
  const said = held ? (physical ? s.can : s.have) : s.notTicked;
  return held === 'confirmed' ? `${said} (${texts.confirmed})` : said;
}
