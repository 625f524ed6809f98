/**
 * A scan's report, drawn the same on screen and on paper (A4 for an advisory talk): the
 * learning-culture index with its range, the dimensions ranked (they overlap: an order, not seven
 * verdicts), the gap between management and employees, reliability in words, and actions for the
 * weakest. Bars are SVG shapes with attributes, never style attributes (a strict CSP blocks those).
 */
import { css, html, nothing, svg } from 'lit';
import type { CultureReport, CultureScan, Lang } from '@pfw/contract';
import type { DeskMessages } from './i18n/desk-nl.js';

const round = (n: number) => Math.round(n);
const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** A 0-100 bar: the employees' likely range as a band, their mean as a line, management as a diamond. */
function bar(low: number, mean: number, high: number, management?: number) {
  return html`<svg class="bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="4" width="100" height="4" rx="2"></rect>
    <rect class="range" x=${clamp(low)} y="2" width=${clamp(high) - clamp(low)} height="8" rx="2"></rect>
    <rect class="mean" x=${clamp(mean) - 0.6} y="0" width="1.2" height="12"></rect>
    ${
      management === undefined
        ? nothing
        : svg`<path class="management" d="M${clamp(management)} 1l3 5l-3 5l-3-5z"></path>`
    }
  </svg>`;
}

export function renderReport(
  t: DeskMessages,
  lang: Lang,
  scan: CultureScan,
  report: CultureReport,
  /** On paper: when it was printed. On screen: opens the onboarding shared with other employers. */
  context: { printedAt: Date } | { openCommunity: () => void },
) {
  const printedAt = 'printedAt' in context ? context.printedAt : undefined;
  const paperHead = printedAt
    ? html`<h2>${t.reportTitle(scan.title)}</h2>
        <p class="muted">${t.printedOn(printedAt)}</p>`
    : nothing;
  if (!report.shown || !report.index || !report.dimensions)
    return html`<div part="report" class="report">
      ${paperHead}
      <p>${t.notYet(report.respondents, report.needed ?? 1)}</p>
    </div>`;
  const { index, previous } = report;
  return html`<div part="report" class="report">
    ${paperHead}
    <p>${t.respondents(report.respondents)}</p>
    ${report.waiting ? html`<p class="muted">${t.waiting(report.waiting)}</p>` : nothing}
    <section class="index" aria-labelledby="index-title">
      <h4 id="index-title">${t.indexTitle}</h4>
      <p class="big">${t.index(round(index.mean), round(index.low), round(index.high))}</p>
      ${bar(index.low, index.mean, index.high)}
      <p class="muted">${t.indexHelp}</p>
      ${
        previous
          ? html`<p>
              ${t.previousScan(new Date(previous.createdAt), round(previous.index.mean))}
              ${t.change[previous.index.high < index.low ? 'up' : previous.index.low > index.high ? 'down' : 'unclear']}
            </p>`
          : nothing
      }
    </section>
    <section aria-labelledby="ranked-title">
      <h4 id="ranked-title">${t.ranked}</h4>
      <p class="muted">${t.rankedHelp}</p>
      ${
        // Every range overlaps every other: the order may still change with more answers.
        report.dimensions[0]!.low <= report.dimensions.at(-1)!.high ? html`<p>${t.orderUnsure}</p>` : nothing
      }
      <ol class="dimensions">
        ${report.dimensions.map(
          (d) => html`<li class="dimension">
            <p class="line">
              <strong>${d.label[lang]}</strong>
              <span>${t.score(round(d.mean), round(d.low), round(d.high))}</span>
            </p>
            ${bar(d.low, d.mean, d.high, d.management)}
            <p>
              ${d.management === undefined ? t.noManagement : html`${t.managementScore(round(d.management))}. ${t.gap(round(d.management) - round(d.mean))}`}
              <span class="muted"
                >${t.reliable(d.reliable, d.management !== undefined, d.unreliableBecause)}${
                  d.change && d.before !== undefined
                    ? html` ${t.before(round(d.before))} ${t.change[d.change]}`
                    : nothing
                }</span
              >
            </p>
            ${
              d.actions.length
                ? html`<h5>${t.actionsTitle}</h5>
                  <ul class="action-list">
                    ${d.actions.map(
                      (a) => html`<li>
                        ${a.text[lang]}
                        <span class="muted">(${t.effort[a.effort]}, ${t.cost(a.costEur)})</span>
                        ${
                          a.offers?.length
                            ? html`<br />${t.offers}
                              ${a.offers.map((o, i) => html`${i ? ', ' : ''}${o.url ? html`<a href=${o.url}>${o.title[lang]}</a>` : o.title[lang]}`)}`
                            : nothing
                        }
                        ${a.jobProfiles?.length ? html`<br />${t.onboarding} ${a.jobProfiles.map((j) => j.title).join(', ')}` : nothing}
                        ${
                          a.communityPaths?.length
                            ? html`<br />${t.sharedPaths(a.communityPaths.map((p) => t.community.sharedBy(p.title, p.members)))}`
                            : nothing
                        }
                        ${
                          a.jobProfiles && 'openCommunity' in context
                            ? html`<br /><button class="secondary" @click=${context.openCommunity}>
                                  ${t.community.open}
                                </button>`
                            : nothing
                        }
                      </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </li>`,
        )}
      </ol>
    </section>
  </div>`;
}

/** On screen (adopted into the widget's shadow root) and on paper alike. */
export const reportStyles = css`
  .report .big {
    font-size: 1.25em;
    font-weight: 700;
  }
  .report .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.9rem;
    margin-block: 0.25rem;
  }
  .report .track {
    fill: var(--_color-border);
  }
  .report .range {
    fill: var(--_color-primary);
    fill-opacity: 0.35;
  }
  .report .mean {
    fill: var(--_color-primary);
  }
  .report .management {
    fill: var(--_color-text);
  }
  .report .dimensions {
    padding-inline-start: 1.5em;
  }
  .report .dimension {
    margin-block: 0.75rem;
  }
  .report .line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  .report h5 {
    font-size: 1em;
    margin: 0.5rem 0 0.25rem;
  }
  .report .action-list li {
    margin-block: 0.25rem;
  }
`;

/** The paper: smaller type so the report fits one A4 page. */
export const reportPaperStyles = css`
  ${reportStyles}
  .report {
    font-size: 9pt;
    line-height: 1.25;
  }
  .report .dimensions {
    margin: 0;
  }
  .report ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .report h2 {
    font-size: 15pt;
    margin: 0;
  }
  .report h4 {
    font-size: 11pt;
    margin: 0.5rem 0 0.1rem;
  }
  .report p {
    margin: 0.1rem 0;
  }
  .report .dimension {
    margin-block: 0.25rem;
    break-inside: avoid;
  }
  .report h5 {
    margin: 0.15rem 0 0;
  }
  .report .action-list li {
    margin: 0;
  }
  .report .bar {
    block-size: 0.6rem;
  }
  .poster {
    text-align: center;
    font-size: 16pt;
  }
  .poster .qr svg {
    inline-size: 110mm;
    block-size: 110mm;
  }
  .poster .link {
    font-size: 10pt;
    overflow-wrap: anywhere;
  }
`;
