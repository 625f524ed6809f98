/**
 * The explanation of one match, the same in both modes but for the parts a mode adds. A lazy
 * part: loaded on the first "details", given the mode's port (context) and parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Match } from '@pfw/contract';
import type { Mode, ModeContext } from './mode.js';
import { skillLabel } from './loader.js';

export function renderDetails(ctx: ModeContext, mode: Mode, m: Match, close: () => void): TemplateResult {
  const { t } = ctx;
  const label = (skillId: string) => skillLabel(ctx.data, skillId, ctx.lang);
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <h3 id="details-title" tabindex="-1">${t.why} ${mode.name(m)} — ${t.score(m.score)}</h3>
    ${mode.who?.(m)}
    <p>${m.essentialsMet ? t.allEssentials : t.essentialMissing}</p>
    ${mode.hard?.(m)}
    <h4>${t.perRequirement}</h4>
    <ul class="fits">
      ${m.requirements.map(
        (r) => html`<li class="fit ${r.effect}">
          <strong>${label(r.skillId)}</strong>
          <span>${t.asks(r.requiredLevel, r.essential)}</span>
          <span>${r.level === undefined ? t.notMeasured : mode.has(r.level, r.range?.[0] ?? r.level, r.range?.[1] ?? r.level)}</span>
          <span>${t.chance(r.probability)}</span>
          <span class="effect"
            ><span aria-hidden="true">${r.effect === 'helped' ? '✓' : '✗'}</span>
            ${r.effect === 'helped' ? t.helped(Math.round(r.points)) : t.hurt(Math.round(r.lost))}</span
          >
        </li>`,
      )}
    </ul>
    ${m.provisional ? html`<p part="provisional" class="advice">${t.provisionalEstimate}</p>` : nothing}
    ${m.essentialFactor < 1 ? html`<p>${t.essentialPenalty}</p>` : nothing}
    ${m.secondaryPoints > 0 ? html`<p>${t.secondaryPoints(Math.round(m.secondaryPoints))}</p>` : nothing}
    ${
      m.gaps.length
        ? html`<h4>${mode.gaps}</h4>
          <ul>
            ${m.gaps.map(
              (g) => html`<li>
                <strong>${label(g.skillId)}</strong>: ${t.level(g.currentLevel, g.requiredLevel)}.
                ${mode.offers?.(g)}
              </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="actions">
      ${mode.action?.(m)}
      <button type="button" @click=${close}>${t.close}</button>
    </div>
    ${mode.review?.(m)}
  </section>`;
}
