/**
 * A short fit per requirement, for a request (the job seeker's) and an application (the
 * employer's): what is asked, what the skillprint says, and a mark beside the words. The full
 * explanation with points is in the details (details.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Match } from '@pfw/contract';
import type { ModeContext } from './mode.js';
import { skillLabel } from './loader.js';

export function renderFitList(
  ctx: ModeContext,
  requirements: readonly Match['requirements'][number][],
  has: (level: number, low: number, high: number) => string,
): TemplateResult {
  const { t } = ctx;
  const label = (skillId: string) => skillLabel(ctx.data, skillId, ctx.lang);
  return html`<ul class="request-fits" aria-label=${t.perRequirement}>
    ${requirements.map(
      (r) => html`<li class=${r.effect}>
        <span aria-hidden="true">${r.effect === 'helped' ? '✓' : '✗'}</span>
        ${label(r.skillId)}: ${t.asks(r.requiredLevel, r.essential)};
        ${r.level === undefined ? t.notMeasured : has(r.level, r.range?.[0] ?? r.level, r.range?.[1] ?? r.level)}
      </li>`,
    )}
  </ul>`;
}
