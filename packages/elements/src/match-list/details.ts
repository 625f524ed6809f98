/**
 * The explanation of one match, the same in both modes but for the parts a mode adds. A lazy
 * part: loaded on the first "details", given the mode's port (context) and parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Match } from '@pfw/contract';
import type { Mode, ModeContext } from './mode.js';
import { skillLabel } from './loader.js';
import { renderPreferences } from './preferences.js';

export function renderDetails(ctx: ModeContext, mode: Mode, m: Match, close: () => void): TemplateResult {
  const { t } = ctx;
  const label = (skillId: string) => skillLabel(ctx.data, skillId, ctx.lang);
  const points = wholePoints(m);
  // Escape closes the explanation, as its "Sluiten" does.
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  // A modal dialog: on a phone the list goes with the page, and an explanation after 120 rows took
  // the reader 15 000 px away from the row (and, closing, to another row: walkthrough).
  // Its heading takes the focus when it opens (autofocus is how a dialog names its first focus;
  // lit-a11y's rule is about a page that grabs the focus as it loads).
  /* eslint-disable lit-a11y/no-autofocus */
  return html`<dialog part="details" class="details" aria-labelledby="details-title" @keydown=${onKeydown}>
    <h3 id="details-title" tabindex="-1" autofocus>${t.why} ${mode.name(m)} — ${t.score(m.score)}</h3>
    ${mode.who?.(m, label)}
    <p>${m.essentialsMet ? t.allEssentials : t.essentialMissing}</p>
    ${mode.hard?.(m)}
    <h4>${t.perRequirement}</h4>
    <ul class="fits">
      ${m.requirements.map(
        (r, i) => html`<li class="fit ${r.effect}">
          <strong>${label(r.skillId)}</strong>
          <span>${t.asks(r.requiredLevel, r.essential)}</span>
          <span>${r.level === undefined ? t.notMeasured : mode.has(r.level, r.range?.[0] ?? r.level, r.range?.[1] ?? r.level)}</span>
          <span>${
            // 1 to 99 in 100: a test on provisional parameters is never sure (it said "100 van de 100"
            // beside "Voorlopige schatting").
            t.chance(Math.min(0.99, Math.max(0.01, r.probability)))
          }</span>
          <span class="effect"
            ><span aria-hidden="true">${r.effect === 'helped' ? '✓' : '✗'}</span>
            ${r.effect === 'helped' ? t.helped(points[i]!) : t.hurt(points[i]!, Math.round(r.lost))}</span
          >
        </li>`,
      )}
    </ul>
    ${m.provisional ? html`<p part="provisional" class="advice">${t.provisionalEstimate}</p>` : nothing}
    ${m.essentialFactor < 1 ? html`<p>${t.essentialPenalty}</p>` : nothing}
    ${m.secondaryPoints > 0 ? html`<p>${t.secondaryPoints(points.at(-1)!)}</p>` : nothing}
    ${renderPreferences(ctx, m.preferences)}
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
    ${mode.review?.(m, close)}
  </dialog>`;
  /* eslint-enable lit-a11y/no-autofocus */
}

/**
 * Each requirement's points and then the secondary part's, as whole numbers that add up to the
 * score shown: the unrounded points sum to the fit (a requirement not met brings points too, by
 * its chance), so each is rounded down and the rest of the score goes to the largest remainders.
 */
export function wholePoints(m: Pick<Match, 'score' | 'requirements' | 'secondaryPoints'>): number[] {
  const parts = [...m.requirements.map((r) => r.points), m.secondaryPoints];
  const whole = parts.map(Math.floor);
  let left = m.score - whole.reduce((a, b) => a + b, 0);
  for (const i of parts.map((_, i) => i).sort((a, b) => (parts[b]! % 1) - (parts[a]! % 1))) {
    if (left < 1 || !(parts[i]! % 1)) break;
    whole[i] = whole[i]! + 1;
    left--;
  }
  return whole;
}
