/**
 * An employer's own vacancy page: choose or start a vacancy, describe it in the skill language
 * with the builder, publish it, and see fitting candidates by pseudonym. The page only logs in
 * (a token from its backend) and wires the widgets together.
 */
import { createClient, routes, type Connection, type JobProfile } from '@pfw/contract';
import { el } from './dom.js';
import { tokenFor } from './partner.js';
import { setup } from './setup.js';

const { sampleData } = await setup();
// The token before the widgets, so their first requests carry it; the widgets after the mock,
// so their first request is answered.
const token = await tokenFor('employer', 'werkgever-van-dijk', 'Bouwbedrijf Van Dijk');
document.querySelector('pfw-provider')!.token = token;
await Promise.all([
  import('@pfw/elements/define/pfw-provider.js'),
  import('@pfw/elements/define/pfw-job-profile-builder.js'),
  import('@pfw/elements/define/pfw-match-list.js'),
]);

const employer = createClient({ baseUrl: '', credentials: () => ({ token }) });

const select = document.querySelector<HTMLSelectElement>('#profiles')!;
const builder = document.querySelector('pfw-job-profile-builder')!;
const list = document.querySelector('pfw-match-list')!;
const candidates = document.querySelector<HTMLElement>('#candidates-section')!;
const toCandidates = document.querySelector<HTMLElement>('#to-candidates')!;
const statusLabel: Record<JobProfile['status'], string> = { draft: 'concept', published: 'online', closed: 'gesloten' };

/** List the employer's vacancies again; `selected`, or else what is chosen now, stays chosen. */
async function refreshProfiles(selected?: string): Promise<void> {
  const { items } = await employer.request(routes.listJobProfiles);
  const options = items.map((p) => new Option(`${p.title} (${statusLabel[p.status]})`, p.id));
  const chosen = selected ?? select.value;
  select.replaceChildren(new Option('Nieuwe vacature', ''), ...options);
  select.value = chosen;
}

function open(profile?: JobProfile | { id: string; status: JobProfile['status'] }): void {
  if (profile) builder.setAttribute('job-profile-id', profile.id);
  else builder.removeAttribute('job-profile-id');
  candidates.hidden = profile?.status !== 'published';
  toCandidates.hidden = candidates.hidden;
  if (profile?.status === 'published') list.setAttribute('job-profile-id', profile.id);
}

/** The employer chose in the select: the page no longer opens a vacancy by itself. */
let userChose = false;
select.addEventListener('change', async () => {
  userChose = true;
  const id = select.value;
  if (!id) return open();
  open(await employer.request(routes.getJobProfile, { params: { id } }));
});
builder.addEventListener('pfw-job-profile-published', (e) => {
  void refreshProfiles(e.detail.jobProfile.id);
  const same = list.getAttribute('job-profile-id') === e.detail.jobProfile.id;
  open(e.detail.jobProfile);
  // The same vacancy with changed requirements: its candidates are ranked again (a new id loads by itself).
  if (same) void list.load();
});
builder.addEventListener('pfw-job-profile-saved', (e) => void refreshProfiles(e.detail.jobProfile.id));
builder.addEventListener('pfw-job-profile-closed', (e) => {
  void refreshProfiles(e.detail.jobProfile.id);
  open(e.detail.jobProfile);
});

const answered: Record<Connection['status'], string> = {
  requested: 'wacht op antwoord',
  accepted: 'zei ja',
  declined: 'zei nee',
  withdrawn: 'stopte met delen',
  expired: 'gaf geen antwoord op tijd',
};
const day = (iso: string) => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long' });

/**
 * How the requests sent stand, newest answers first: a "yes" otherwise hides in a list of
 * candidates (walkthrough). Each answer opens its vacancy's candidates.
 */
async function showAnswers(): Promise<void> {
  const { items } = await employer.request(routes.listConnections);
  const box = document.querySelector<HTMLElement>('#answers')!;
  box.hidden = !items.length;
  const count = (status: Connection['status']) => items.filter((c) => c.status === status).length;
  const [yes, waiting] = [count('accepted'), count('requested')];
  document.querySelector('#answers-count')!.textContent =
    `${items.length} ${items.length === 1 ? 'verzoek' : 'verzoeken'}: ${yes} ${yes === 1 ? 'zei' : 'zeiden'} ja, ` +
    `${waiting} ${waiting === 1 ? 'wacht' : 'wachten'} op antwoord.`;
  const newest = items
    .filter((c) => c.status !== 'requested' && c.respondedAt)
    .sort((a, b) => b.respondedAt!.localeCompare(a.respondedAt!))
    .slice(0, 5);
  document.querySelector('#answers-list')!.replaceChildren(
    ...newest.map((c) => {
      const who = c.identity ? `${c.identity.name} (${c.candidate})` : c.candidate;
      const item = el('li', `${who} ${answered[c.status]} · ${c.jobTitle} · ${day(c.respondedAt!)} `);
      if (c.status === 'accepted') {
        const link = el('a', 'Bekijk de kandidaten');
        link.href = '#candidates-title';
        link.addEventListener('click', async () => {
          select.value = c.jobProfileId;
          open(await employer.request(routes.getJobProfile, { params: { id: c.jobProfileId } }));
        });
        item.append(link);
      }
      return item;
    }),
  );
}
// Answers come while the page is open elsewhere: look again when the employer comes back to it.
document.addEventListener('visibilitychange', () => void (document.hidden || showAnswers()));
list.addEventListener('pfw-connection-requested', () => void showAnswers());

// Open the latest published vacancy, if there is one.
await refreshProfiles();
void showAnswers();
// Offline, the sample vacancies are made while the page is open: list them once they are.
void sampleData.then(() => Promise.all([refreshProfiles(), showAnswers()]));
const latest = (await employer.request(routes.listJobProfiles)).items.find((p) => p.status === 'published');
if (latest && !userChose) {
  select.value = latest.id;
  open(latest);
}
