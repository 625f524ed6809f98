/**
 * The card itself, drawn from what the element holds; also rendered into the print window
 * (then with the chart as a picture). Sections are labelled with the card's title too: several
 * cards on one page (an HR list) keep distinct region names.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextLang, SignedSkillprint, SkillTexts } from '@pfw/contract';
import { isProvisional, levelRange, testMonth } from '@pfw/core/norms';
import { languageNames, inLang, comma, tagOf } from '../base/locale.js';
import type { Verification } from './loader.js';
import type { Messages } from './i18n/nl.js';

export type SkillprintVariant = 'full' | 'compact' | 'print';

/** What the card shows, besides the skillprint. */
export interface CardView {
  t: Messages;
  lang: TextLang;
  /** A name for the title (never sent anywhere). */
  name?: string;
  verification: Verification;
  /** Read by someone else than its owner (opened by a share link): the words of the compact card. */
  forOthers?: boolean;
  /** The table instead of the bars (full variant). */
  asTable: boolean;
  chartState: string;
  /** The print window only: a picture of the chart, and the QR code that proves the paper. */
  chartImage?: string;
  proof?: TemplateResult;
}

/** One line per skill score: its texts (when loaded) and the levels an 80 % interval of θ spans. */
export function rowsOf(signed: SignedSkillprint | undefined, skills: SkillTexts[], lang: TextLang) {
  const bySkill = new Map(skills.map((s) => [s.id, s]));
  return (signed?.skillprint.scores ?? []).map((score) => {
    const skill = bySkill.get(score.skillId);
    const label = inLang(skill?.label, lang) ?? score.skillId;
    return { score, skill, label, range: levelRange(score) };
  });
}

export function renderCard(
  v: CardView,
  signed: SignedSkillprint,
  skills: SkillTexts[],
  variant: SkillprintVariant,
): TemplateResult {
  const { lang } = v;
  // The compact card is read by others (lists, HR tools), like a card opened by a share link: its
  // words do not say "je".
  const readByOthers = variant === 'compact' || v.forOthers;
  const t = readByOthers ? { ...v.t, ...v.t.other } : v.t;
  const sp = signed.skillprint;
  const rows = rowsOf(signed, skills, lang);
  const strengths = [...rows]
    .sort((a, b) => b.score.theta - a.score.theta)
    .slice(0, variant === 'compact' ? 2 : 3)
    // A strength sentence speaks to its owner ("Je geeft niet snel op"): others read the skill's name.
    .map((r) => (readByOthers ? undefined : inLang(r.skill?.strength, lang)) ?? r.label);
  const issued = new Date(sp.issuedAt);
  const showChart = variant !== 'compact';
  const month = testMonth(sp.assessmentVersion);
  const badge =
    v.verification === 'verified'
      ? `✓ ${t.verified}`
      : v.verification === 'not-verified'
        ? `✗ ${t.notVerified}`
        : t.checking;
  return html`
    <article part="card" class="card ${variant}" aria-labelledby="title" lang=${tagOf(lang)}>
      <header>
        <h2 id="title">${v.name ? t.titleOf(v.name) : t.title}</h2>
        <p class="meta">${t.made(issued)} · ${month ? t.measured(month) : sp.assessmentVersion}</p>
        ${
          // Only for the owner: the language someone took the test in is theirs to see (and on
          // their print), not a line in front of an employer.
          sp.testLangs && !readByOthers
            ? html`<p class="meta" part="test-language">${t.testLanguage(languageNames(sp.testLangs, lang))}</p>`
            : nothing
        }
        <p part="badge" class="badge ${v.verification}" role="status">${badge}</p>
      </header>
      ${v.proof}
      <section part="strengths" class="strengths" aria-labelledby="strengths-title title">
        <h3 id="strengths-title">${t.strengths}</h3>
        <ul>
          ${strengths.map((s) => html`<li>${s}</li>`)}
        </ul>
      </section>
      <section class="profile" aria-labelledby="skills-title title">
        <h3 id="skills-title">${t.skills}</h3>
        ${
          showChart
            ? html`<div part="chart" class="chart" aria-hidden="true" data-chart=${v.chartState}>
              ${v.chartImage ? html`<img src=${v.chartImage} alt="" />` : html`<canvas width="300" height="300"></canvas>`}
            </div>`
            : nothing
        }
        <ul part="bars" class="bars" aria-hidden="true" ?hidden=${v.asTable && variant === 'full'}>
          ${rows.map(({ score, label, range: [low, high] }) => {
            const others = [1, 2, 3, 4, 5].filter((n) => n >= low && n <= high && n !== score.level);
            return html`<li class="bar">
              <span class="name">${label}</span>
              <span class="dots" title=${t.level(score.level)}>
                ${[1, 2, 3, 4, 5].map((n) => html`<span class="dot ${n <= score.level ? 'on' : n >= low && n <= high ? 'maybe' : ''}"></span>`)}
              </span>
              <span class="note">${t.level(score.level)}. ${others.length ? t.range(others) : t.sure}</span>
            </li>`;
          })}
        </ul>
        <table part="table" class=${v.asTable && variant === 'full' ? '' : 'visually-hidden'}>
          <caption>${t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.colSkill}</th>
              <th scope="col">${t.colLevel}</th>
              <th scope="col">${t.colRange}</th>
              <th scope="col">${t.colPercentile}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ score, label, range: [low, high] }) => html`<tr>
                <th scope="row">${label}</th>
                <td>${score.level}</td>
                <td>${low === high ? '–' : `${low}–${high}`}</td>
                <td>${score.percentile}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </section>
      ${sp.poorFit ? html`<p part="poor-fit" class="provisional">${t.poorFit}</p>` : nothing}
      ${isProvisional(sp.assessmentVersion) ? html`<p part="provisional" class="provisional">${t.provisional}</p>` : nothing}
      ${
        sp.unmeasured?.length
          ? html`<p class="unmeasured">
              ${t.notMeasured(sp.unmeasured.map((id) => inLang(skills.find((k) => k.id === id)?.label, lang) ?? id).join(comma(lang)))}
            </p>`
          : nothing
      }
      ${variant === 'compact' || (!sp.interests.length && !sp.environment.length) ? nothing : renderPreferences(t, sp, lang)}
    </article>
  `;
}

/** What the person likes and how they like to work, in a line each (the print stays on one page). */
function renderPreferences(t: Messages, sp: SignedSkillprint['skillprint'], lang: TextLang): TemplateResult {
  const liked = [...sp.interests]
    .filter((i) => i.score >= 50)
    .sort((a, b) => b.score - a.score)
    .map((i) => t.interestNames[i.interestId] ?? i.interestId);
  const ways = sp.environment
    .filter((e) => e.value !== 0 && t.facetPoles[e.facetId])
    .map((e) => t.facetPoles[e.facetId]![e.value < 0 ? 0 : 1]);
  return html`<section class="pair">
    ${liked.length ? html`<div><h3>${t.interests}</h3><p>${liked.join(comma(lang))}</p></div>` : nothing}
    ${ways.length ? html`<div><h3>${t.environment}</h3><p>${ways.join(comma(lang))}</p></div>` : nothing}
  </section>`;
}
