/**
 * The admin page's "Meetkwaliteit en eerlijkheid": the measurement quality and fairness report
 * in plain Dutch for a policy officer — what each figure means, a chart of reliability per
 * skill with the same figures in a table, and the fairness checks per group characteristic.
 */
import type { ChartConfiguration } from 'chart.js';
import type { MeasurementQuality } from '@pfw/contract';
import { researchCharacteristics } from '@pfw/core/research-groups';
import { skillLabel } from '@pfw/core/skills';

const skillName = skillLabel('nl');
import { el, scrollRegion, table } from './dom.js';

const decimal = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined
    ? '–'
    : x.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percent = (x: number) => `${Math.round(100 * x)}\u00a0%`; // never "100" and "%" on two lines

const STEP: Record<MeasurementQuality['impact'][number]['step'], string> = {
  'level-3': 'Skillprint: meestal niveau 3 of hoger',
  'top-20': 'Bij de eerste 20 van een werkgever',
  requested: 'Verzoek van een werkgever gekregen',
  accepted: 'Verzoek geaccepteerd',
};

const VERDICT: Record<MeasurementQuality['impact'][number]['groups'][number]['verdict'], string> = {
  'too-few': 'Te weinig mensen om iets te zeggen',
  reference: 'Groep die het vaakst doorgaat',
  ok: 'Gelijk (4/5-regel)',
  watch: 'Lager, maar dat kan toeval zijn',
  adverse: 'Lager, en geen toeval: nakijken',
};

const characteristic = (id: string) => researchCharacteristics.find((c) => c.id === id);
const groupName = (characteristicId: string, group: string) =>
  characteristic(characteristicId)?.options.find((o) => o.id === group)?.label.nl ?? group;

/** A reliability of .70 is the usual floor for a score people act on; .80 for decisions about a person. */
function reliabilityWords(r: number | null): string {
  if (r === null) return 'nog te weinig metingen';
  if (r >= 0.8) return 'goed';
  if (r >= 0.7) return 'voldoende';
  return 'te laag';
}

/** Item fit in a sentence, and the items that work unlike the model as a list of what they say. */
/** A bank version in words: "2026.12f-provisional" is "2026.12f" (that it is provisional, the sentence says). */
const versionName = (version: string) => version.replace(/-provisional$/, '');

function itemFitItem(report: MeasurementQuality): HTMLLIElement {
  const { studied, flagged } = report.itemFit;
  if (!studied)
    return el('li', `Of elke vraag werkt zoals verwacht, zien we vanaf ${report.minGroup} antwoorden per vraag.`);
  const li = el(
    'li',
    `${flagged.length} van de ${studied} vragen (met genoeg antwoorden) werken anders dan verwacht${
      flagged.length ? '. Die bekijken we voor de volgende versie:' : '.'
    }`,
  );
  if (flagged.length) {
    const list = el('ul');
    // A game's levels share their instruction: the level tells them apart.
    const level = (key: string) => /^game-[a-z]+-(\d)$/.exec(key)?.[1];
    list.append(...flagged.map((f) => el('li', level(f.key) ? `${f.text} (niveau ${level(f.key)})` : f.text)));
    li.append(list);
  }
  return li;
}

export function renderQuality(
  box: Element,
  report: MeasurementQuality,
  chart: (canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>) => unknown,
): void {
  const parts: Node[] = [];
  parts.push(
    el(
      'p',
      report.provisional
        ? `De test gebruikt nog voorlopige instellingen (versie ${versionName(report.bankVersion)}): ze zijn gekozen met een vaste regel, nog niet berekend uit echte antwoorden. Niveaus en "beter dan" zijn daarom een voorlopige schatting, en dat staat er voor iedereen bij.`
        : `De test gebruikt instellingen die berekend zijn uit echte antwoorden (versie ${versionName(report.bankVersion)}).`,
    ),
  );

  // Precision per skill: a chart and the same figures as a table.
  parts.push(el('h3', 'Hoe precies meet de test?'));
  const measured = report.skills.filter((s) => s.reliability !== null);
  const facts = el('ul');
  facts.append(
    el('li', `${report.exposure.sessions} afgeronde tests van deze versie.`),
    el(
      'li',
      `${report.exposure.used} van de ${report.exposure.bank} vragen en uitspraken zijn gebruikt.` +
        (report.exposure.maxShare === null
          ? ''
          : ` De vaakst gebruikte kwam in ${percent(report.exposure.maxShare)} van de tests.` +
            (report.exposure.maxShare > 0.3
              ? ' Dat is vaak: wie de test al kent of erover hoorde, kent die vraag misschien.'
              : ' Zo leert niemand de antwoorden uit het hoofd.')),
    ),
    el(
      'li',
      `Bij ${report.personFit.flagged} van de ${report.personFit.sessions} tests passen de antwoorden niet goed bij elkaar (bijvoorbeeld antwoorden die elkaar tegenspreken). Die persoon leest: "we konden dit niet goed meten". Dat is geen oordeel over de persoon.`,
    ),
    itemFitItem(report),
  );
  parts.push(facts);
  if (!measured.length)
    parts.push(
      el('p', `Nog te weinig tests: de betrouwbaarheid per vaardigheid staat hier vanaf ${report.minGroup} tests.`),
    );
  else {
    const figure = el('figure', undefined, 'chart-card');
    const caption = el('figcaption');
    const low = measured.filter((s) => s.reliability! < 0.7).map((s) => skillName(s.skillId));
    caption.append(
      el('h3', 'Betrouwbaarheid per vaardigheid'),
      el(
        'p',
        `Van 0 tot 1: hoe hoger, hoe minder toeval in de score. Vanaf 0,70 is het voldoende, vanaf 0,80 goed. ${
          !low.length
            ? 'Alle vaardigheden zijn voldoende of goed.'
            : low.length === measured.length
              ? 'Alle vaardigheden zijn nog te laag.'
              : `Te laag: ${low.join(', ')}.`
        }`,
        'chart-summary',
      ),
    );
    const canvasBox = el('div', undefined, 'chart-box chart-box--skills');
    const canvas = el('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvasBox.append(canvas);
    const details = el('details');
    details.append(
      el('summary', 'Bekijk de cijfers als tabel'),
      scrollRegion(
        'Tabel betrouwbaarheid',
        table(
          'Betrouwbaarheid per vaardigheid',
          [
            'Vaardigheid',
            'Gemeten',
            'Gemiddelde foutmarge',
            'Betrouwbaarheid',
            'Oordeel',
            'Twee keer gemeten',
            'Samenhang',
          ],
          report.skills.map((s) => [
            skillName(s.skillId),
            String(s.n),
            decimal(s.meanSe),
            decimal(s.reliability),
            reliabilityWords(s.reliability),
            String(s.retest.n),
            decimal(s.retest.r),
          ]),
          { cellClass: 'num' },
        ),
      ),
    );
    figure.append(caption, canvasBox, details);
    parts.push(figure);
    queueMicrotask(() =>
      chart(canvas, {
        type: 'bar',
        data: {
          // Long names on two lines, so a phone shows them whole.
          labels: measured.map((s) => {
            const name = skillName(s.skillId);
            const cut = name.indexOf(' ');
            return name.length > 16 && cut > 0 ? [name.slice(0, cut), name.slice(cut + 1)] : name;
          }),
          datasets: [
            {
              label: 'Betrouwbaarheid',
              data: measured.map((s) => s.reliability!),
              backgroundColor: measured.map((s) => (s.reliability! >= 0.7 ? '#1d6b4f' : '#b3261e')),
            },
          ],
        },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { x: { min: 0, max: 1 }, y: { ticks: { autoSkip: false } } },
          plugins: { legend: { display: false } },
        },
      }),
    );
  }

  // Fairness: only from people who gave the separate research consent.
  parts.push(el('h3', 'Behandelt de test groepen gelijk?'));
  parts.push(
    el(
      'p',
      `${report.research.participants} mensen deden mee aan het onderzoek naar eerlijkheid. Zij gaven apart toestemming en vertelden bijvoorbeeld hun leeftijd of opleiding. Werkgevers zien dat nooit, en het telt niet mee in een score.`,
    ),
  );
  if (!report.dif.length)
    parts.push(
      el(
        'p',
        `Vragen per groep vergelijken kan pas als twee groepen elk minstens ${report.minGroup} mensen hebben. Dat is nog niet zo.`,
      ),
    );
  else
    parts.push(
      scrollRegion(
        'Tabel vragen die anders werken',
        table(
          'Vragen die voor een groep anders werken, bij mensen die even goed zijn',
          [
            'Kenmerk',
            'Vergeleken',
            'Vragen onderzocht',
            'Vragen met te weinig mensen',
            'Werkt anders (B: wat, C: veel)',
          ],
          report.dif.map((d) => [
            characteristic(d.characteristic)?.name.nl ?? d.characteristic,
            `${groupName(d.characteristic, d.focal)} met ${groupName(d.characteristic, d.reference)}`,
            String(d.studied),
            String(d.tooFew),
            // Nothing studied is no finding: "geen" would read as "no item works differently".
            !d.studied
              ? 'nog niet onderzocht'
              : d.flagged.length
                ? d.flagged
                    .map(
                      (f) =>
                        `${f.text} (${f.grade}, ${f.favours === 'reference' ? 'moeilijker' : 'makkelijker'} voor ${groupName(d.characteristic, d.focal)})`,
                    )
                    .join('; ')
                : 'geen',
          ]),
        ),
      ),
    );
  if (report.dif.length)
    parts.push(el('p', 'Gemeten met de Mantel-Haenszel-toets, per vraag, bij mensen met dezelfde score.', 'note'));
  const characteristicsWithSteps = [...new Set(report.impact.map((s) => s.characteristic))];
  for (const id of characteristicsWithSteps) {
    const steps = report.impact.filter((s) => s.characteristic === id);
    const name = characteristic(id)?.name.nl ?? id;
    // Fewer than two groups large enough: nothing to compare, one sentence instead of a table of blanks.
    if (steps.every((step) => step.groups.filter((g) => g.verdict !== 'too-few').length < 2)) {
      parts.push(el('p', `${name}: nog te weinig mensen per groep om te vergelijken (minder dan ${report.minGroup}).`));
      continue;
    }
    const wrap = scrollRegion(
      `Tabel ${name}`,
      table(
        `${name}: gaat elke groep even vaak door? (4/5-regel)`,
        ['Stap', 'Groep', 'Mensen', 'Door', 'Verhouding', 'Oordeel'],
        steps.flatMap((step) =>
          step.groups.map((g) => [
            STEP[step.step],
            groupName(id, g.group),
            g.n === undefined ? `minder dan ${report.minGroup}` : String(g.n),
            g.rate === undefined ? '–' : percent(g.rate),
            decimal(g.ratio),
            VERDICT[g.verdict],
          ]),
        ),
      ),
    );
    parts.push(wrap);
  }
  box.replaceChildren(...parts);
}
