/**
 * A staffing agency's HR tool: the candidates who accepted the agency's connection requests, with
 * their contact details and their skillprint inline (compact). What the employer may read: its
 * own connections (identity only once accepted), its ranked candidates per job profile, and a
 * candidate's skillprint once that candidate accepted.
 */
import { createClient, routes, type Connection, type Match } from '@pfw/contract';
import { tokenFor } from './partner.js';
import { HR_AGENCY } from './seed.js';
import { setup } from './setup.js';
import { el, table } from './dom.js';

await setup();
await import('@pfw/elements/define/pfw-provider.js');
await import('@pfw/elements/define/pfw-skillprint.js');

const token = await tokenFor('employer', HR_AGENCY.subject, HR_AGENCY.name);
const api = createClient({ baseUrl: '', credentials: () => ({ token }) });
document.querySelector('pfw-provider')!.token = token;

const AVAILABLE: Record<string, string> = {
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

const connections = (await api.request(routes.listConnections)).items;
// One row per person: someone who said yes about two jobs is one candidate.
const accepted = [...new Map(connections.filter((c) => c.status === 'accepted').map((c) => [c.candidate, c])).values()];
const open = connections.filter((c) => c.status !== 'accepted');

// The ranked list of each job with a "yes" holds the candidate's skillprint id and pool details.
const matches = new Map<string, Match>();
for (const jobId of new Set(accepted.map((c) => c.jobProfileId))) {
  const list = await api.request(routes.listCandidates, { params: { id: jobId }, query: { limit: 50 } });
  for (const m of list.items)
    if (m.candidate && m.connection?.status === 'accepted') matches.set(`${jobId}|${m.candidate}`, m);
}

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

const acceptedRows = accepted.map((c) => {
  const match = matches.get(`${c.jobProfileId}|${c.candidate}`);
  const who = el('div', undefined, 'who');
  who.append(el('strong', c.identity?.name ?? c.candidate), el('span', c.candidate, 'pseudonym'));
  const contact = el('div', undefined, 'contact');
  if (c.identity) {
    const mail = el('a', c.identity.email);
    mail.href = `mailto:${c.identity.email}`;
    contact.append(mail);
    if (c.identity.phone) contact.append(el('span', c.identity.phone));
  }
  const job = el('div', undefined, 'job');
  job.append(el('span', c.jobTitle), el('span', `Ja gezegd op ${date(c.respondedAt)}`, 'muted'));
  const pool = match?.pool;
  const availability = el('div', undefined, 'pool');
  availability.append(
    el('span', pool ? (AVAILABLE[pool.availability] ?? pool.availability) : '—'),
    el('span', pool ? `${pool.hours.min}-${pool.hours.max} uur · ${pool.region}` : '', 'muted'),
  );
  const score = el('span', match ? `${match.score}` : '—', match && match.score >= 70 ? 'score good' : 'score');
  let print: Node = el('span', 'Geen skillprint gevonden', 'muted');
  if (match?.skillprint) {
    const card = document.createElement('pfw-skillprint');
    card.setAttribute('variant', 'compact');
    card.setAttribute('skillprint-id', match.skillprint.id);
    if (c.identity) card.setAttribute('name', c.identity.name);
    print = card;
  }
  return [who, contact, job, availability, score, print];
});
document
  .querySelector('#accepted')!
  .replaceChildren(
    accepted.length
      ? table(
          'Kandidaten die ja zeiden, met hun skillprint',
          ['Kandidaat', 'Contact', 'Vacature', 'Beschikbaar', 'Match', 'Skillprint'],
          acceptedRows,
          { hiddenCaption: true },
        )
      : el('p', 'Nog geen kandidaat heeft ja gezegd.'),
  );

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
