/**
 * The explanation of one match, the same in both modes but for the parts a mode adds. A lazy
 * part: loaded on the first "details", given the mode's port (context) and parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Match } from '@pfw/contract';
import type { Mode, ModeContext } from './mode.js';

export function renderDetails(ctx: ModeContext, mode: Mode, m: Match, close: () => void): TemplateResult {
  const { t } = ctx;
  const label = (skillId: string) => ctx.data.skills.get(skillId)?.label[ctx.lang] ?? skillId;
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <h3 id="details-title" tabindex="-1">${t.why} ${m.job?.title ?? m.candidate} — ${t.score(m.score)}</h3>
    <p>${m.essentialsMet ? t.allEssentials : t.essentialMissing}</p>
    ${
      m.strengths.length
        ? html`<h4>${mode.strengths}</h4>
          <ul>${m.strengths.map((s) => html`<li>${label(s)}</li>`)}</ul>`
        : nothing
    }
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
    ${
      m.skillprint
        ? html`<ul aria-label=${t.candidateStrengths}>
          ${[...m.skillprint.scores]
            .sort((a, b) => b.level - a.level)
            .slice(0, 5)
            .map(
              (s) =>
                html`<li>${label(s.skillId)}: <span class="dots" aria-hidden="true">${[1, 2, 3, 4, 5].map((n) => html`<span class="dot ${n <= s.level ? 'on' : ''}"></span>`)}</span> ${s.level}/5</li>`,
            )}
        </ul>`
        : nothing
    }
    ${mode.who?.(m)}
    <div class="actions">
      ${mode.action?.(m)}
      <button type="button" @click=${close}>${t.close}</button>
    </div>
  </section>`;
}
