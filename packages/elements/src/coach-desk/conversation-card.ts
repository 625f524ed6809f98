/**
 * The conversation card: one A4 page in B1 for a talk at the table — what the participant is
 * good at, their goal, their next steps (with a way to learn each) and what was agreed. Printed
 * in a window of its own (base/paper.ts), in the host page's theme.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CaseFile, Lang, SkillTexts } from '@pfw/contract';
import { nameOf, skillLabel, strongestOf } from './case-file.js';
import type { Messages } from './i18n/nl.js';

/** At most this many steps on the card: the next ones, not the whole plan. */
const STEPS_ON_CARD = 3;

export function conversationCard(
  t: Messages,
  lang: Lang,
  file: CaseFile,
  skills: ReadonlyMap<string, SkillTexts>,
): TemplateResult {
  const c = t.card;
  const path = file.learningPath;
  const open = (path?.steps ?? []).filter((s) => s.status !== 'done' && !s.reached).slice(0, STEPS_ON_CARD);
  const next = file.entry.nextAction;
  const label = (id: string) => skillLabel(skills, lang, id);
  // Every step done, and a level still not measured: that is not the goal reached (the server's count).
  const notReached = file.entry.learning?.notReached ?? [];
  return html`<article class="card">
    <h2>${c.title(nameOf(file.entry))}</h2>
    <section>
      <h3>${c.strengths}</h3>
      <ul>
        ${strongestOf(file).map((s) => html`<li>${skills.get(s.skillId)?.strength[lang] ?? label(s.skillId)}</li>`)}
      </ul>
    </section>
    <section>
      <h3>${c.goal}</h3>
      <p class="goal">${path ? path.goal.title[lang] : c.noGoal}</p>
    </section>
    ${
      path
        ? html`<section>
          <h3>${c.steps}</h3>
          ${
            open.length
              ? html`<ol>
                ${open.map((s) => {
                  const offer = s.offers.find((o) => o.id === s.offerId) ?? s.offers[0];
                  return html`<li>
                    ${c.step(label(s.skillId), offer?.title[lang])}
                  </li>`;
                })}
              </ol>`
              : !path.steps.length
                ? html`<p>${c.nothingToLearn}</p>`
                : notReached.length
                  ? html`<p>${c.notReached}</p>
                      <ul>
                        ${notReached.map((id) => html`<li>${label(id)}</li>`)}
                      </ul>
                      <p>${c.together}</p>`
                  : html`<p>${c.noSteps}</p>`
          }
        </section>`
        : nothing
    }
    <section>
      <h3>${c.next}</h3>
      ${next ? html`<p>${next.text} (${t.day(new Date(next.due))})</p>` : nothing}
      <div class="lines" aria-hidden="true">${[1, 2, 3, 4].map(() => html`<div></div>`)}</div>
    </section>
    <p class="date">${c.date(new Date())}</p>
  </article>`;
}

/** Paper only: large, calm type; room to write what was agreed. */
export const cardPaperStyles = css`
  .card {
    font-size: 14pt;
    max-width: 180mm;
  }
  .card h2 {
    font-size: 20pt;
    margin: 0 0 6mm;
  }
  .card h3 {
    font-size: 15pt;
    margin: 6mm 0 2mm;
    border-bottom: 1pt solid var(--_color-border);
  }
  .card ul,
  .card ol {
    margin: 0;
    padding-inline-start: 7mm;
  }
  .card li {
    margin-block: 1.5mm;
  }
  .card .goal {
    font-size: 16pt;
    font-weight: 700;
    margin: 0;
  }
  .card .lines div {
    height: 10mm;
    border-bottom: 0.75pt solid var(--_color-border);
  }
  .card .date {
    margin-top: 8mm;
    font-size: 10pt;
    color: var(--_color-text-muted);
  }
  .card section {
    break-inside: avoid;
  }
`;
