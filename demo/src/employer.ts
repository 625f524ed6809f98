/**
 * An employer's own vacancy page: choose or start a vacancy, describe it in the skill language
 * with the builder, publish it, and see fitting candidates by pseudonym. The page only logs in
 * (a token from its backend) and wires the widgets together.
 */
import { createClient, routes, type JobProfile } from '@pfw/contract';
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

// Open the latest published vacancy, if there is one.
await refreshProfiles();
// Offline, the sample vacancies are made while the page is open: list them once they are.
void sampleData.then(() => refreshProfiles());
const latest = (await employer.request(routes.listJobProfiles)).items.find((p) => p.status === 'published');
if (latest && !userChose) {
  select.value = latest.id;
  open(latest);
}
