/**
 * A learning portal: its logged-in user plays the assessment, sees the skillprint, joins the
 * talent pool, sees matching jobs (and requests from employers), and manages their data.
 * The widgets do the product; this page does only what a host does: log in, lay out, and the
 * talent-pool consent form in its own style.
 */
import { createClient, routes, type Client } from '@pfw/contract';
import { tokenFor } from './partner.js';
import { setup } from './setup.js';

await setup();

/** The portal's own login, simulated: one user per browser (a new one with ?nieuw). */
const USER_KEY = 'leerplein-user';
if (new URLSearchParams(location.search).has('nieuw')) localStorage.removeItem(USER_KEY);
const subject = localStorage.getItem(USER_KEY) ?? `werkzoekende-${crypto.randomUUID().slice(0, 8)}`;
localStorage.setItem(USER_KEY, subject);
document.querySelector('#user-name')!.textContent = subject;

// The token first, then the widgets: their first requests already carry it.
const token = await tokenFor('candidate', subject);
const me: Client = createClient({ baseUrl: '', credentials: () => ({ token }) });
document.querySelector('pfw-provider')!.token = token;

await Promise.all([
  import('@pfw/elements/define/pfw-provider.js'),
  import('@pfw/elements/define/pfw-assessment.js'),
  import('@pfw/elements/define/pfw-skillprint.js'),
  import('@pfw/elements/define/pfw-match-list.js'),
]);

const show = (id: string) => (document.querySelector<HTMLElement>(`#${id}`)!.hidden = false);

function showSkillprint(id: string): void {
  const card = document.createElement('pfw-skillprint');
  card.setAttribute('skillprint-id', id);
  card.setAttribute('share-url', `${location.origin}/portal.html?share=`);
  card.sharing = true;
  document.querySelector('#skillprint')!.replaceChildren(card);
  show('step-skillprint');
  show('step-pool');
  show('step-jobs');
  show('step-data');
  // Matches exist now: load them (the list may have loaded before there was a skillprint).
  void document.querySelector('pfw-match-list')!.load();
}

// A share link opens the card alone.
const shared = new URLSearchParams(location.search).get('share');
if (shared) {
  const card = document.createElement('pfw-skillprint');
  card.setAttribute('share-token', shared);
  document.querySelector('#skillprint')!.replaceChildren(card);
  document.querySelector<HTMLElement>('#step-assessment')!.hidden = true;
  show('step-skillprint');
} else {
  const existing = (await me.request(routes.listMySkillprints)).items[0];
  if (existing) {
    document.querySelector<HTMLElement>('#step-assessment')!.hidden = true;
    showSkillprint(existing.skillprint.id);
  }
  document.querySelector('pfw-assessment')!.addEventListener('pfw-assessment-completed', (e) => showSkillprint(e.detail.skillprintId));
}

// The talent pool: the host's own form, sent through the same typed client.
const poolForm = document.querySelector<HTMLFormElement>('#pool-form')!;
const poolStatus = document.querySelector('#pool-status')!;
const current = await me.request(routes.getTalentPool).catch(() => undefined);
if (current) poolStatus.textContent = 'Je doet mee. Werkgevers kunnen je vinden.';
poolForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(poolForm);
  me.request(routes.putTalentPool, {
    body: {
      region: String(data.get('region')),
      hours: { min: Number(data.get('min')), max: Number(data.get('max')) },
      availability: data.get('availability') as 'now',
      consentTextVersion: '2026-11',
    },
  })
    .then(() => (poolStatus.textContent = 'Je doet mee. Werkgevers kunnen je vinden.'))
    .catch((error: Error) => (poolStatus.textContent = `Dat lukte niet: ${error.message}`));
});

// Your data: export (a JSON file) and erasure.
const dataStatus = document.querySelector('#data-status')!;
document.querySelector('#export')!.addEventListener('click', () => {
  me.request(routes.exportMe)
    .then((data) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      link.download = 'mijn-gegevens-passport-for-work.json';
      link.click();
      dataStatus.textContent = 'Je gegevens zijn gedownload.';
    })
    .catch((error: Error) => (dataStatus.textContent = `Dat lukte niet: ${error.message}`));
});
document.querySelector('#erase')!.addEventListener('click', () => {
  if (!confirm('Weet je het zeker? Je skillprint, je antwoorden en je verzoeken worden gewist.')) return;
  me.request(routes.eraseMe)
    .then(() => {
      localStorage.removeItem(USER_KEY);
      for (const id of ['step-skillprint', 'step-pool', 'step-jobs']) document.querySelector<HTMLElement>(`#${id}`)!.hidden = true;
      dataStatus.textContent = 'Al je gegevens zijn gewist.';
    })
    .catch((error: Error) => (dataStatus.textContent = `Dat lukte niet: ${error.message}`));
});
