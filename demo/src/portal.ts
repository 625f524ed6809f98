/**
 * A learning portal: its logged-in user plays the assessment, sees the skillprint, joins the
 * talent pool, sees matching jobs (and requests from employers) and the occupations that fit, and
 * manages their data.
 * The widgets do the product; this page does only what a host does: log in, lay out, and the
 * talent-pool consent form in its own style.
 */
import { createClient, routes, type Client, type ResearchProfile, type TalentPoolEntry } from '@pfw/contract';
import { RESEARCH_CONSENT_VERSION, researchCharacteristics } from '@pfw/core/research-groups';
import { el } from './dom.js';
import { tokenFor } from './partner.js';
import { setup } from './setup.js';

/** What the job seeker reads once in the talent pool: the name employers see until they say yes. */
const joined = (pseudonym: string) =>
  `Je doet mee. Werkgevers kunnen je vinden. Ze zien jou als ${pseudonym}, tot jij ja zegt.`;

await setup();
/** The talent pool entry of someone who already has a skillprint (shown once the pool form is set up below). */
let poolAtStart: TalentPoolEntry | undefined;

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

// The language of the widgets (#25): the partner's page stays Dutch, the widgets follow the
// `lang` of the provider around them (Arabic right to left). Kept on this device, or `?lang=`.
const LANG_KEY = 'leerplein-lang';
const picker = document.querySelector<HTMLSelectElement>('#lang')!;
const chooseLang = (lang: string) => {
  picker.value = lang;
  document.querySelector('pfw-provider')!.setAttribute('lang', picker.value || 'nl');
  localStorage.setItem(LANG_KEY, picker.value || 'nl');
};
chooseLang(new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(LANG_KEY) ?? 'nl');
picker.addEventListener('change', () => chooseLang(picker.value));

await Promise.all([
  import('@pfw/elements/define/pfw-provider.js'),
  import('@pfw/elements/define/pfw-assessment.js'),
  import('@pfw/elements/define/pfw-skillprint.js'),
  import('@pfw/elements/define/pfw-match-list.js'),
  import('@pfw/elements/define/pfw-learning-path.js'),
]);

const show = (id: string) => (document.querySelector<HTMLElement>(`#${id}`)!.hidden = false);
const hide = (id: string) => (document.querySelector<HTMLElement>(`#${id}`)!.hidden = true);
const assessment = document.querySelector('pfw-assessment')!;

/** "Bekijk je skillprint" on an assessment's last screen: to the card. */
function goToSkillprint(id: string): void {
  showSkillprint(id);
  const title = document.querySelector<HTMLElement>('#skillprint-title')!;
  title.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
}

function showSkillprint(id: string): void {
  if (document.querySelector('#skillprint pfw-skillprint')?.getAttribute('skillprint-id') === id) return;
  const card = document.createElement('pfw-skillprint');
  card.setAttribute('skillprint-id', id);
  card.setAttribute('share-url', `${location.origin}/portal.html?share=`);
  // The QR code on the printed skillprint opens the municipality's verify page.
  card.setAttribute('verify-url', `${location.origin}/verify.html`);
  card.sharing = true;
  document.querySelector('#skillprint')!.replaceChildren(card);
  show('step-skillprint');
  show('step-pool');
  show('step-jobs');
  show('step-careers');
  show('step-learning');
  show('step-research');
  show('step-data');
  // Asked only now: someone without a skillprint has nothing to compare (a 404 before is certain).
  void me
    .request(routes.getMyResearchProfile)
    .then(sayResearch)
    .catch(() => sayResearch(undefined));
  // Matches are made from a skillprint, so the lists come only now: before, every request
  // for them would fail (409, no skillprint yet). Jobs, then the occupations that fit.
  for (const mode of ['jobs', 'careers'] as const) {
    const list = document.querySelector(`#${mode}`)!.querySelector('pfw-match-list');
    if (list) void list.load();
    else document.querySelector(`#${mode}`)!.append(Object.assign(document.createElement('pfw-match-list'), { mode }));
  }
  // The learning plan starts from the newest skillprint too.
  const learning = document.querySelector('#learning')!;
  const plan = learning.querySelector('pfw-learning-path');
  if (plan) void plan.load();
  else learning.append(Object.assign(document.createElement('pfw-learning-path'), { canRemeasure: true }));
}

// A step's "Meet opnieuw": the short test of that skill under the plan; its skillprint updates the plan.
document.querySelector<HTMLElement>('#learning')!.addEventListener('pfw-learning-path-remeasure', (e) => {
  const test = document.createElement('pfw-assessment');
  test.remeasure = e.detail.skillId;
  test.addEventListener('pfw-assessment-completed', (done) => {
    showSkillprint(done.detail.skillprintId);
  });
  test.addEventListener('pfw-assessment-show-skillprint', (shown) => goToSkillprint(shown.detail.skillprintId));
  const box = document.querySelector<HTMLElement>('#remeasure')!;
  box.querySelector('pfw-assessment')?.remove();
  box.append(test);
  box.hidden = false;
  const title = box.querySelector<HTMLElement>('#remeasure-title')!;
  title.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
});

// The separate research consent: optional questions, never seen by employers (docs/privacy.md).
const researchForm: HTMLFormElement = document.querySelector<HTMLFormElement>('#research-form')!;
const researchStatus = document.querySelector('#research-status')!;
const researchStop = document.querySelector<HTMLButtonElement>('#research-stop')!;
document.querySelector('#research-questions')!.replaceChildren(
  ...researchCharacteristics.map((c) => {
    const label = el('label', `${c.question.nl} `);
    const select = el('select');
    select.name = c.id;
    select.append(new Option('Zeg ik liever niet', ''), ...c.options.map((o) => new Option(o.label.nl, o.id)));
    label.append(select);
    return label;
  }),
);
const researchRound = document.querySelector<HTMLElement>('#research-round')!;
const sayResearch = (profile: ResearchProfile | undefined) => {
  researchStop.hidden = !profile;
  // Who takes part may help calibrate the test: a few more questions about one skill (#20).
  researchRound.hidden = !profile;
  if (profile && !researchRound.querySelector('pfw-assessment')) {
    const round = Object.assign(document.createElement('pfw-assessment'), { research: true });
    round.addEventListener('pfw-assessment-show-skillprint', (e) => goToSkillprint(e.detail.skillprintId));
    researchRound.append(round);
  }
  if (!profile) researchRound.querySelector('pfw-assessment')?.remove();
  researchForm.querySelector<HTMLInputElement>('[name=consent]')!.checked = !!profile;
  for (const c of researchCharacteristics)
    researchForm.querySelector<HTMLSelectElement>(`[name=${c.id}]`)!.value = profile?.[c.id] ?? '';
};
researchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(researchForm);
  const given = Object.fromEntries(
    researchCharacteristics.map((c) => [c.id, String(data.get(c.id) ?? '')]).filter(([, v]) => v),
  );
  me.request(routes.putMyResearchProfile, { body: { consentTextVersion: RESEARCH_CONSENT_VERSION, ...given } })
    .then((profile) => {
      sayResearch(profile);
      researchStatus.textContent = 'Bedankt, je doet mee. Je kunt altijd stoppen.';
    })
    .catch((error: Error) => (researchStatus.textContent = `Dat lukte niet: ${error.message}`));
});
researchStop.addEventListener('click', () => {
  me.request(routes.deleteMyResearchProfile)
    .then(() => {
      sayResearch(undefined);
      researchStatus.textContent = 'Je doet niet meer mee. Wat je gaf, is gewist.';
    })
    .catch((error: Error) => (researchStatus.textContent = `Dat lukte niet: ${error.message}`));
});

// A share link opens the card alone.
const shared = new URLSearchParams(location.search).get('share');
if (shared) {
  const card = document.createElement('pfw-skillprint');
  card.setAttribute('share-token', shared);
  document.querySelector('#skillprint')!.replaceChildren(card);
  document.querySelector<HTMLElement>('#step-assessment')!.hidden = true;
  // Whoever opens the link is not its owner: no "jouw", no step number of the owner's journey,
  // and not the portal's own login line.
  document.querySelector('#skillprint-title')!.textContent = 'Een gedeelde skillprint';
  document.querySelector<HTMLElement>('.user')!.hidden = true;
  show('step-skillprint');
} else {
  const existing = (await me.request(routes.listMySkillprints)).items[0];
  if (existing) {
    hide('step-assessment');
    showSkillprint(existing.skillprint.id);
    // Only someone with a skillprint can be in the talent pool: ask only then.
    poolAtStart = await me.request(routes.getTalentPool).catch(() => undefined);
    void sayRequests();
  }
  assessment.addEventListener('pfw-assessment-completed', (e) => showSkillprint(e.detail.skillprintId));
  assessment.addEventListener('pfw-assessment-show-skillprint', (e) => goToSkillprint(e.detail.skillprintId));
}

/** An employer's request waits far down the page (in the job list): say so at the top. */
async function sayRequests(): Promise<void> {
  const { items } = await me.request(routes.listConnections).catch(() => ({ items: [] }));
  const waiting = items.filter((c) => c.status === 'requested').length;
  const notice = document.querySelector<HTMLElement>('#request-notice')!;
  notice.hidden = !waiting;
  notice.querySelector('a')!.textContent =
    waiting === 1
      ? 'Een werkgever wil kennismaken. Bekijk het verzoek.'
      : `${waiting} werkgevers willen kennismaken. Bekijk de verzoeken.`;
}
document.addEventListener('pfw-connection-accepted', () => void sayRequests());
document.addEventListener('pfw-connection-declined', () => void sayRequests());

// The talent pool: the host's own form, sent through the same typed client.
const poolForm = document.querySelector<HTMLFormElement>('#pool-form')!;
const poolStatus = document.querySelector('#pool-status')!;
const poolLeave = document.querySelector<HTMLButtonElement>('#pool-leave')!;
/** In the pool: the form shows what was stored, and a way to stop ("Je kunt altijd weer stoppen"). */
function showPool(entry: TalentPoolEntry): void {
  const field = (name: string) => poolForm.elements.namedItem(name) as HTMLInputElement;
  field('region').value = entry.region;
  field('min').value = String(entry.hours.min);
  field('max').value = String(entry.hours.max);
  field('availability').value = entry.availability;
  field('consent').checked = true;
  poolForm.querySelector<HTMLButtonElement>('button[type=submit]')!.textContent = 'Bewaar';
  poolLeave.hidden = false;
  poolStatus.textContent = joined(entry.candidate);
}
poolLeave.addEventListener('click', () => {
  me.request(routes.leaveTalentPool)
    .then(() => {
      poolLeave.hidden = true;
      (poolForm.elements.namedItem('consent') as HTMLInputElement).checked = false;
      poolForm.querySelector<HTMLButtonElement>('button[type=submit]')!.textContent = 'Doe mee';
      poolStatus.textContent = 'Je doet niet meer mee. Werkgevers vinden je niet meer.';
      poolForm.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    })
    .catch(() => (poolStatus.textContent = 'Dat lukte niet. Probeer het later nog eens.'));
});
if (poolAtStart) showPool(poolAtStart);
poolForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(poolForm);
  // The hours' problem is said at the hours (not under the button), and both fields are marked.
  const hoursError = poolForm.querySelector<HTMLElement>('#hours-error')!;
  const hours = ['min', 'max'].map((name) => poolForm.elements.namedItem(name) as HTMLInputElement);
  const wrongHours = Number(data.get('min')) > Number(data.get('max'));
  hoursError.hidden = !wrongHours;
  hoursError.textContent = wrongHours
    ? 'Het minimum aantal uren is hoger dan het maximum. Pas een van de twee aan.'
    : '';
  for (const input of hours) {
    input.setAttribute('aria-invalid', String(wrongHours));
    if (wrongHours) input.setAttribute('aria-describedby', 'hours-error');
    else input.removeAttribute('aria-describedby');
  }
  if (wrongHours) {
    poolStatus.textContent = '';
    hours[0]!.focus();
    return;
  }
  me.request(routes.putTalentPool, {
    body: {
      region: String(data.get('region')),
      hours: { min: Number(data.get('min')), max: Number(data.get('max')) },
      availability: data.get('availability') as 'now',
      consentTextVersion: '2026-11',
    },
  })
    .then(showPool)
    // The API's own words are English and for developers: the person reads what to do.
    .catch(() => (poolStatus.textContent = 'Dat lukte niet. Kijk of alles goed is ingevuld en probeer het opnieuw.'));
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
      // Nothing stays on this device either; "Begin opnieuw" opens the portal as a new user.
      localStorage.removeItem(USER_KEY);
      assessment.forget();
      for (const id of [
        'step-assessment',
        'step-skillprint',
        'step-pool',
        'step-jobs',
        'step-careers',
        'step-learning',
        'step-research',
        'step-data',
      ])
        hide(id);
      show('step-again');
      document.querySelector<HTMLElement>('#again-title')!.focus();
    })
    .catch((error: Error) => (dataStatus.textContent = `Dat lukte niet: ${error.message}`));
});
