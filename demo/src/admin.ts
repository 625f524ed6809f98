/**
 * A municipality's dashboard: the programme figures (getStats, as partner-admin) as big numbers
 * and charts over the last 12 months, each chart with the same figures in a table, and the audit
 * log of what employers were shown, human oversight, and the measurement quality and fairness
 * report (getMeasurementQuality) in words, a chart and tables a policy officer can read.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { createClient, routes, type RouteOutput } from '@pfw/contract';
import { tokenFor } from './partner.js';
import { PROGRAMME_ADMIN } from './seed.js';
import { setup } from './setup.js';
import { el, table } from './dom.js';
import { renderQuality } from './quality.js';

// Only what these charts use: the rest of chart.js stays out of the bundle.
Chart.register(
  LineController,
  BarController,
  LineElement,
  BarElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

await setup({ waitForSampleData: true });
const token = await tokenFor('partner-admin', PROGRAMME_ADMIN.subject, PROGRAMME_ADMIN.name);
const api = createClient({ baseUrl: '', credentials: () => ({ token }) });

type Figure = 'activeUsers' | 'skillprintsCompleted' | 'talentPool' | 'employers' | 'acceptedConnections';
const LABEL: Record<Figure, string> = {
  activeUsers: 'Actieve deelnemers',
  skillprintsCompleted: 'Skillprints klaar',
  talentPool: 'In de talentpool',
  employers: 'Werkgevers',
  acceptedConnections: 'Contact gelegd (verzoek geaccepteerd)',
};
const COLOR: Record<Figure, string> = {
  activeUsers: '#b5121b',
  skillprintsCompleted: '#1d5fa8',
  talentPool: '#2f7d32',
  employers: '#6b3fa0',
  acceptedConnections: '#b35c00',
};
type Series = NonNullable<RouteOutput<typeof routes.getStats>['series']>;
const number = new Intl.NumberFormat('nl-NL');
const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString('nl-NL', { month: 'short', year: 'numeric' });

function dataTable(caption: string, series: Series, figures: Figure[]): HTMLTableElement {
  return table(
    caption,
    ['Maand', ...figures.map((f) => LABEL[f])],
    series.map((row) => [monthName(row.month), ...figures.map((f) => number.format(row[f]))]),
    { cellClass: 'num' },
  );
}

function chartCard(id: string, title: string, kind: 'line' | 'bar', series: Series, figures: Figure[]): HTMLElement {
  const card = el('figure', undefined, 'chart-card');
  const caption = el('figcaption');
  caption.append(el('h3', title));
  const last = series.at(-1);
  const first = series[0];
  const summary = figures
    .map((f) => `${LABEL[f]}: van ${number.format(first?.[f] ?? 0)} naar ${number.format(last?.[f] ?? 0)}`)
    .join('; ');
  caption.append(el('p', `${summary}.`, 'chart-summary'));
  const box = el('div', undefined, 'chart-box');
  const canvas = el('canvas');
  canvas.id = `chart-${id}`;
  // The chart is a picture of the table below: screen readers get the summary and the table.
  canvas.setAttribute('aria-hidden', 'true');
  box.append(canvas);
  const details = el('details');
  details.append(
    el('summary', 'Bekijk de cijfers als tabel'),
    dataTable(`${title}, per maand (totaal aan het eind van de maand)`, series, figures),
  );
  card.append(caption, box, details);
  new Chart(canvas, {
    type: kind,
    data: {
      labels: series.map((r) => monthName(r.month)),
      datasets: figures.map((f) => ({
        label: LABEL[f],
        data: series.map((r) => r[f]),
        borderColor: COLOR[f],
        backgroundColor: kind === 'bar' ? COLOR[f] : `${COLOR[f]}22`,
        borderWidth: 2,
        pointRadius: 2,
        tension: 0.25,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
  return card;
}

const stats = await api.request(routes.getStats);
const totals = document.querySelector('#totals')!;
totals.replaceChildren(
  ...(Object.keys(LABEL) as Figure[]).map((f) => {
    const item = el('div', undefined, `total ${f}`);
    item.append(el('dt', LABEL[f]), el('dd', number.format(stats[f])));
    return item;
  }),
);

// Lifelong development: learning paths, retakes and coaches (#23).
const development = stats.development;
if (development) {
  const figures: [string, number][] = [
    ['Leerplannen gestart', development.pathsStarted],
    ['Leerplannen af (alle stappen gedaan)', development.pathsCompleted],
    ['Leerstappen gedaan', development.stepsDone],
    ['Door een coach bevestigd', development.stepsConfirmedByCoach],
    ['Vaardigheden opnieuw gemeten', development.skillsRemeasured],
    ['Daarvan zeker gegroeid', development.skillsGrown],
    ['Jobcoaches', development.coaches],
    ['Deelnemers met een coach', development.coachedPeople],
    ['Meeste deelnemers bij één jobcoach', development.largestCaseload],
  ];
  document.querySelector('#development')!.replaceChildren(
    ...figures.map(([label, value]) => {
      const item = el('div', undefined, 'total');
      item.append(el('dt', label), el('dd', number.format(value)));
      return item;
    }),
  );
}

const series = stats.series ?? [];
document
  .querySelector('#charts')!
  .replaceChildren(
    chartCard('people', 'Deelnemers, skillprints en talentpool', 'line', series, [
      'activeUsers',
      'skillprintsCompleted',
      'talentPool',
    ]),
    chartCard('employers', 'Werkgevers die meedoen', 'bar', series, ['employers']),
    chartCard('matches', 'Contact gelegd: verzoeken die kandidaten accepteerden', 'bar', series, [
      'acceptedConnections',
    ]),
  );

// The audit log, with job titles and employer names from the job profiles the admin may read.
const [log, jobs] = await Promise.all([
  api.request(routes.listAuditLog, { query: { limit: 50 } }),
  api.request(routes.listJobProfiles, { query: { limit: 500 } }),
]);
const jobOf = new Map(jobs.items.map((j) => [j.id, j]));
const audit = document.querySelector('#audit')!;
if (!log.items.length) {
  audit.replaceChildren(el('p', 'Nog niets in het logboek.'));
} else {
  const table = el('table');
  table.append(el('caption', `De laatste ${log.items.length} van ${number.format(log.total)} regels in het logboek`));
  const head = el('tr');
  for (const h of ['Tijd', 'Werkgever', 'Vacature', 'Kandidaat (schuilnaam)', 'Plek', 'Score', 'Waarom']) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const entry of log.items) {
    const job = entry.jobProfileId ? jobOf.get(entry.jobProfileId) : undefined;
    const tr = el('tr');
    const when = el('th', new Date(entry.at).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' }));
    when.scope = 'row';
    // The reason is long (every requirement, with its chance and points): folded, so a row stays short on a phone.
    const why = el('details');
    why.append(el('summary', 'Lees waarom'), el('p', entry.reason));
    const reason = el('td', undefined, 'reason');
    reason.append(why);
    tr.append(
      when,
      el('td', job?.employerName ?? (entry.employerId ? 'Werkgever' : 'Gewist')),
      el('td', entry.jobTitle),
      el('td', entry.candidate ?? 'Gewist (gegevens verwijderd)', entry.candidate ? 'mono' : undefined),
      el('td', String(entry.rank), 'num'),
      el('td', String(entry.score), 'num'),
      reason,
    );
    body.append(tr);
  }
  audit.replaceChildren(table);
}

// Oversight: matching on or off for the partner, and the candidates employers set aside, with why.
const matchingForm = document.querySelector<HTMLFormElement>('#matching-form')!;
const matchingBox = document.querySelector<HTMLInputElement>('#matching-enabled')!;
const matchingStatus = document.querySelector('#matching-status')!;
const sayMatching = (state: { enabled: boolean; changedAt?: string }) => {
  matchingBox.checked = state.enabled;
  const when = state.changedAt
    ? ` Gewijzigd op ${new Date(state.changedAt).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' })}.`
    : '';
  matchingStatus.textContent = state.enabled
    ? `Werkgevers en werkzoekenden zien lijsten op volgorde van passen.${when}`
    : `Uit: niemand ziet lijsten op volgorde. Skillprints, verzoeken en interesse werken wel.${when}`;
};
sayMatching(await api.request(routes.getMatching));
matchingForm.addEventListener('submit', (event) => {
  event.preventDefault();
  api
    .request(routes.putMatching, { body: { enabled: matchingBox.checked } })
    .then(sayMatching)
    .catch((error: Error) => (matchingStatus.textContent = `Dat lukte niet: ${error.message}`));
});
const rejections = await api.request(routes.listRejections, { query: { limit: 50 } });
const rejectionsBox = document.querySelector('#rejections')!;
if (!rejections.items.length) rejectionsBox.replaceChildren(el('p', 'Nog geen kandidaten opzij gezet.'));
else
  rejectionsBox.replaceChildren(
    table(
      `De laatste ${rejections.items.length} van ${number.format(rejections.total)} keer opzij gezet`,
      ['Tijd', 'Vacature', 'Kandidaat (schuilnaam)', 'Reden van de werkgever'],
      rejections.items.map((r) => [
        new Date(r.createdAt).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' }),
        r.jobTitle,
        el('span', r.candidate, 'mono'),
        r.reason,
      ]),
    ),
  );

renderQuality(
  document.querySelector('#quality')!,
  await api.request(routes.getMeasurementQuality),
  (canvas, config) => new Chart(canvas, config),
);
