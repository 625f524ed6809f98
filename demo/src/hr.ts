/**
 * A staffing agency's HR tool: the candidates who accepted the agency's connection requests, with
 * their contact details, filtered, sorted and exported (CSV) in the page; a skillprint opens on
 * demand. What the employer may read: its own connections (identity only once accepted), its
 * ranked candidates per job profile, and a candidate's skillprint once that candidate accepted.
 */
import { createClient, routes, type Connection, type PoolDetails } from '@pfw/contract';
import { tokenFor } from './partner.js';
import { HR_AGENCY } from './seed.js';
import { setup } from './setup.js';
import { el, table } from './dom.js';

await setup({ waitForSampleData: true });
await import('@pfw/elements/define/pfw-provider.js');

const token = await tokenFor('employer', HR_AGENCY.subject, HR_AGENCY.name);
const api = createClient({ baseUrl: '', credentials: () => ({ token }) });
document.querySelector('pfw-provider')!.token = token;

type Availability = PoolDetails['availability'];
/** Soonest first: the order of the filter ("binnen 1 maand" includes "nu") and of sorting. */
const AVAILABILITY_ORDER: Availability[] = ['now', 'within-month', 'within-three-months', 'not-now'];
const AVAILABLE: Record<Availability, string> = {
  now: 'Nu',
  'within-month': 'Binnen 1 maand',
  'within-three-months': 'Binnen 3 maanden',
  'not-now': 'Nu niet',
};
const STATUS: Record<Connection['status'], string> = {
  requested: 'Wacht op antwoord',
  accepted: 'Ja',
  declined: 'Nee',
  withdrawn: 'Ingetrokken',
  expired: 'Verlopen',
};
const date = (iso?: string) =>
  iso ? new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'short', year: 'numeric' }) : '—';
/** A date as Excel reads it in any language: 2026-11-03 (the local day). */
const isoDay = (iso?: string) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const connections = (await api.request(routes.listConnections)).items;
// One row per person: someone who said yes about two jobs is one candidate.
const accepted = [...new Map(connections.filter((c) => c.status === 'accepted').map((c) => [c.candidate, c])).values()];
const open = connections.filter((c) => c.status !== 'accepted');

const summary = document.querySelector('#summary')!;
for (const [label, value] of [
  ['Kandidaten met ja', accepted.length],
  ['Wachten op antwoord', connections.filter((c) => c.status === 'requested').length],
  ['Nee of verlopen', connections.filter((c) => ['declined', 'expired', 'withdrawn'].includes(c.status)).length],
  ['Vacatures', new Set(connections.map((c) => c.jobProfileId)).size],
] as const) {
  const item = el('div');
  item.append(el('dt', label), el('dd', String(value)));
  summary.append(item);
}

// ── The accepted candidates: one record each, filtered and sorted in the page ─────────────────

interface Candidate {
  pseudonym: string;
  name: string;
  email: string;
  phone: string;
  job: string;
  score?: number;
  availability?: Availability;
  region: string;
  hours: string;
  respondedAt?: string;
  skillprintId?: string;
  /** The person's table row and the row below it that holds the skillprint once opened. */
  row: HTMLTableRowElement;
  detail?: HTMLTableRowElement;
}

const COLUMNS = 7;
const candidates: Candidate[] = accepted.map((c, i) => {
  // After a yes the connection itself carries the score, the skillprint to open and the pool details:
  // no ranked list is asked for (each one served goes into the audit log as shown to the employer).
  const pool = c.pool;
  const candidate: Candidate = {
    pseudonym: c.candidate,
    name: c.identity?.name ?? c.candidate,
    email: c.identity?.email ?? '',
    phone: c.identity?.phone ?? '',
    job: c.jobTitle,
    score: c.fit?.score,
    availability: pool?.availability,
    region: pool?.region ?? '',
    hours: pool ? `${pool.hours.min}-${pool.hours.max} uur` : '',
    respondedAt: c.respondedAt,
    skillprintId: c.skillprintId,
    row: el('tr', undefined, 'person'),
  };
  const who = el('th');
  who.scope = 'row';
  const name = el('div', undefined, 'who');
  name.append(el('strong', candidate.name, 'name'), el('span', c.candidate, 'pseudonym'));
  who.append(name);
  const contact = el('div', undefined, 'contact');
  if (candidate.email) {
    const mail = el('a', candidate.email);
    mail.href = `mailto:${candidate.email}`;
    contact.append(mail);
  }
  if (candidate.phone) contact.append(el('span', candidate.phone));
  const availability = el('div', undefined, 'pool');
  availability.append(
    el('span', candidate.availability ? AVAILABLE[candidate.availability] : '—'),
    el('span', pool ? `${candidate.hours} · ${candidate.region}` : '', 'muted'),
  );
  const score = el(
    'span',
    candidate.score === undefined ? '—' : String(candidate.score),
    candidate.score !== undefined && candidate.score >= 70 ? 'score good' : 'score',
  );
  const cells: Node[] = [contact, el('span', c.jobTitle), el('span', date(c.respondedAt)), availability, score];
  candidate.row.append(who, ...cells.map((node) => td(node)));
  candidate.row.append(td(candidate.skillprintId ? disclosure(candidate, i) : el('span', 'Geen skillprint', 'muted')));
  return candidate;
});

function td(content: Node): HTMLTableCellElement {
  const cell = el('td');
  cell.append(content);
  return cell;
}

/** "Toon skillprint": the row below opens, and the skillprint is made the first time only. */
function disclosure(candidate: Candidate, index: number): HTMLButtonElement {
  const id = `skillprint-${index}`;
  const button = el('button', undefined, 'toggle');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  const label = el('span', 'Toon skillprint');
  button.append(label, el('span', ` van ${candidate.name}`, 'visually-hidden'));
  const detail = el('tr', undefined, 'detail');
  detail.hidden = true;
  const cell = el('td');
  cell.colSpan = COLUMNS;
  const panel = el('div', undefined, 'print-panel');
  panel.id = id;
  cell.append(panel);
  detail.append(cell);
  candidate.detail = detail;
  button.addEventListener('click', () => {
    const opening = detail.hidden;
    if (opening && !panel.firstChild) {
      void import('@pfw/elements/define/pfw-skillprint.js');
      const card = document.createElement('pfw-skillprint');
      card.setAttribute('variant', 'compact');
      card.setAttribute('skillprint-id', candidate.skillprintId!);
      if (candidate.email) card.setAttribute('name', candidate.name);
      panel.append(card);
    }
    detail.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    label.textContent = opening ? 'Verberg skillprint' : 'Toon skillprint';
  });
  return button;
}

// ── Filters ───────────────────────────────────────────────────────────────────────────────────

const form = document.querySelector<HTMLFormElement>('#filters')!;
const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T;
const textFilter = field<HTMLInputElement>('text');
const jobFilter = field<HTMLSelectElement>('job');
const availabilityFilter = field<HTMLSelectElement>('availability');
const regionFilter = field<HTMLSelectElement>('region');
const scoreFilter = field<HTMLSelectElement>('score');

const byText = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true });
const options = (select: HTMLSelectElement, values: string[]) =>
  select.append(...[...new Set(values.filter(Boolean))].sort(byText).map((value) => new Option(value, value)));
options(
  jobFilter,
  candidates.map((c) => c.job),
);
options(
  regionFilter,
  candidates.map((c) => c.region),
);

function passes(c: Candidate): boolean {
  const text = textFilter.value.trim().toLocaleLowerCase('nl');
  if (text && !c.name.toLocaleLowerCase('nl').includes(text) && !c.email.toLocaleLowerCase('nl').includes(text))
    return false;
  if (jobFilter.value && c.job !== jobFilter.value) return false;
  if (regionFilter.value && c.region !== regionFilter.value) return false;
  const wanted = availabilityFilter.value as Availability | '';
  if (wanted) {
    if (!c.availability) return false;
    // "Nu niet" is that answer only; the others include whoever is available sooner.
    if (wanted === 'not-now' ? c.availability !== 'not-now' : rank(c.availability) > rank(wanted)) return false;
  }
  if (scoreFilter.value && (c.score ?? -1) < Number(scoreFilter.value)) return false;
  return true;
}
const rank = (a: Availability) => AVAILABILITY_ORDER.indexOf(a);

// ── Sorting ───────────────────────────────────────────────────────────────────────────────────

type SortKey = 'name' | 'job' | 'respondedAt' | 'availability' | 'score';
type Direction = 'ascending' | 'descending';
/** Each column's comparison, ascending; a missing value goes last either way. */
const SORTS: Record<
  SortKey,
  { label: string; first: Direction; value: (c: Candidate) => string | number | undefined }
> = {
  name: { label: 'naam', first: 'ascending', value: (c) => c.name },
  job: { label: 'vacature', first: 'ascending', value: (c) => c.job },
  respondedAt: { label: 'datum ja', first: 'descending', value: (c) => c.respondedAt },
  availability: {
    label: 'beschikbaarheid',
    first: 'ascending',
    value: (c) => (c.availability ? rank(c.availability) : undefined),
  },
  score: { label: 'match', first: 'descending', value: (c) => c.score },
};
const DIRECTION_TEXT: Record<SortKey, Record<Direction, string>> = {
  name: { ascending: 'A tot Z', descending: 'Z tot A' },
  job: { ascending: 'A tot Z', descending: 'Z tot A' },
  respondedAt: { ascending: 'oudste eerst', descending: 'nieuwste eerst' },
  availability: { ascending: 'eerst beschikbaar eerst', descending: 'laatst beschikbaar eerst' },
  score: { ascending: 'laagste eerst', descending: 'hoogste eerst' },
};
let sort: { key: SortKey; direction: Direction } = { key: 'score', direction: 'descending' };

function compare(a: Candidate, b: Candidate): number {
  const { value } = SORTS[sort.key];
  const x = value(a);
  const y = value(b);
  if (x !== y) {
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : byText(String(x), String(y));
    if (order) return sort.direction === 'ascending' ? order : -order;
  }
  return byText(a.name, b.name) || byText(a.pseudonym, b.pseudonym);
}

// ── The table, the count and the CSV ─────────────────────────────────────────────────────────

const HEADERS: [string, SortKey | undefined][] = [
  ['Naam', 'name'],
  ['Contact', undefined],
  ['Vacature', 'job'],
  ['Ja gezegd op', 'respondedAt'],
  ['Beschikbaar', 'availability'],
  ['Match', 'score'],
  ['Skillprint', undefined],
];
const sortHeaders = new Map<SortKey, HTMLTableCellElement>();
const acceptedTable = el('table', undefined, 'candidates');
acceptedTable.append(el('caption', 'Kandidaten die ja zeiden, met hun contactgegevens', 'visually-hidden'));
const headRow = el('tr');
for (const [text, key] of HEADERS) {
  const th = el('th');
  th.scope = 'col';
  if (key) {
    const button = el('button', undefined, 'sort');
    button.type = 'button';
    button.append(el('span', text), el('span', '', 'arrow'));
    button.querySelector('.arrow')!.setAttribute('aria-hidden', 'true');
    button.addEventListener('click', () => {
      sort = sort.key === key ? { key, direction: flip(sort.direction) } : { key, direction: SORTS[key].first };
      render(`Gesorteerd op ${SORTS[key].label}, ${DIRECTION_TEXT[key][sort.direction]}.`);
    });
    th.dataset.sort = key;
    th.append(button);
    sortHeaders.set(key, th);
  } else th.textContent = text;
  headRow.append(th);
}
acceptedTable.createTHead().append(headRow);
const tbody = acceptedTable.createTBody();
const flip = (d: Direction): Direction => (d === 'ascending' ? 'descending' : 'ascending');

const count = document.querySelector('#accepted-count')!;
const downloadStatus = document.querySelector('#download-status')!;
let shown: Candidate[] = [];
let announce: ReturnType<typeof setTimeout> | undefined;

/** Filter, sort and show; the number of rows is announced once typing pauses. */
function render(extra = ''): void {
  shown = candidates.filter(passes).sort(compare);
  const rows: HTMLTableRowElement[] = [];
  shown.forEach((c, i) => {
    c.row.classList.toggle('even', i % 2 === 1);
    c.detail?.classList.toggle('even', i % 2 === 1);
    rows.push(c.row, ...(c.detail ? [c.detail] : []));
  });
  if (!shown.length) {
    const none = el('tr', undefined, 'none');
    const cell = el('td', 'Geen kandidaten met deze filters. Kies andere filters of klik op "Wis filters".');
    cell.colSpan = COLUMNS;
    none.append(cell);
    rows.push(none);
  }
  tbody.replaceChildren(...rows);
  for (const [key, th] of sortHeaders) {
    const active = key === sort.key;
    if (active) th.setAttribute('aria-sort', sort.direction);
    else th.removeAttribute('aria-sort');
    th.querySelector('.arrow')!.textContent = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
  }
  const total = candidates.length;
  const sentence =
    shown.length === total
      ? `${total} ${total === 1 ? 'kandidaat' : 'kandidaten'}.`
      : shown.length
        ? `${shown.length} van de ${total} kandidaten.`
        : `Geen van de ${total} kandidaten past bij de filters.`;
  clearTimeout(announce);
  announce = setTimeout(() => (count.textContent = `${sentence} ${extra}`.trim()), extra ? 0 : 400);
}

/** One CSV cell: quoted, quotes doubled, and never read by Excel as a formula. */
function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

function downloadCsv(): void {
  const header = ['naam', 'e-mail', 'telefoon', 'vacature', 'score', 'beschikbaarheid', 'regio', 'uren', 'datum ja'];
  const lines = [
    header,
    ...shown.map((c) => [
      c.name,
      c.email,
      c.phone,
      c.job,
      c.score,
      c.availability ? AVAILABLE[c.availability] : '',
      c.region,
      c.hours,
      isoDay(c.respondedAt),
    ]),
  ].map((cells) => cells.map(csvCell).join(';'));
  // A byte order mark so Excel reads UTF-8; semicolons, as Dutch Excel expects.
  const blob = new Blob(['\uFEFF', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `kandidaten-${isoDay(new Date().toISOString())}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  downloadStatus.textContent = `CSV gedownload met ${shown.length} ${shown.length === 1 ? 'kandidaat' : 'kandidaten'}.`;
}

if (candidates.length) {
  document.querySelector('#accepted')!.replaceChildren(acceptedTable);
  form.addEventListener('input', () => render());
  form.addEventListener('submit', (e) => e.preventDefault());
  document.querySelector('#clear')!.addEventListener('click', () => {
    form.reset();
    // What was downloaded no longer matches the list shown.
    downloadStatus.textContent = '';
    render();
  });
  document.querySelector('#download')!.addEventListener('click', downloadCsv);
  render();
} else {
  form.hidden = true;
  count.textContent = 'Nog geen kandidaat heeft ja gezegd.';
  document.querySelector<HTMLElement>('#accepted')!.hidden = true;
}

document.querySelector('#open')!.replaceChildren(
  open.length
    ? table(
        'Verzoeken zonder ja',
        ['Kandidaat (schuilnaam)', 'Vacature', 'Gevraagd op', 'Status'],
        open.map((c) => [
          c.candidate,
          c.jobTitle,
          date(c.createdAt),
          el('span', STATUS[c.status], `status ${c.status}`),
        ]),
        { hiddenCaption: true },
      )
    : el('p', 'Geen open verzoeken.'),
);
