/**
 * A learning portal: its logged-in user plays the assessment, sees the skillprint, joins the
 * talent pool, sees matching jobs (and requests from employers) and the occupations that fit, and
 * manages their data.
 * The widgets do the product; this page does only what a host does: log in, lay out, and the
 * talent-pool consent form in its own style.
 */
import { ApiError, createClient, routes, type Client, type ResearchProfile, type TalentPoolEntry } from '@pfw/contract';
import { RESEARCH_CONSENT_VERSION, researchCharacteristics } from '@pfw/core/research-groups';
import { el } from './dom.js';
import { tokenFor } from './partner.js';
import {
  POOL_FIELDS,
  checkPool,
  countProblems,
  poolBody,
  refusedFields,
  type PoolProblems,
  type PoolValues,
} from './pool-form.js';
import { applyPageTexts, pageLang, say, tell, tellText, type PageLang } from './portal-texts.js';
import { setup } from './setup.js';

await setup();
/** The talent pool entry of someone who already has a skillprint (shown once the pool form is set up below). */
let poolAtStart: TalentPoolEntry | undefined;

/** The portal's own login, simulated: one user per browser (a new one with ?nieuw). */
const USER_KEY = 'leerplein-user';
const search = new URLSearchParams(location.search);
if (search.has('nieuw')) {
  localStorage.removeItem(USER_KEY);
  // Once: a reload goes on as this new user (some changes ask to reload the page).
  search.delete('nieuw');
  const rest = search.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
}
const subject = localStorage.getItem(USER_KEY) ?? `werkzoekende-${crypto.randomUUID().slice(0, 8)}`;
localStorage.setItem(USER_KEY, subject);
document.querySelector('#user-name')!.textContent = subject;

// The token first, then the widgets: their first requests already carry it.
const token = await tokenFor('candidate', subject);
const me: Client = createClient({ baseUrl: '', credentials: () => ({ token }) });
document.querySelector('pfw-provider')!.token = token;

// The language (#25): the widgets follow the `lang` of the provider around them (Arabic right to
// left), and the page's own texts follow too (portal-texts.ts): someone who reads Arabic must read
// what they say yes to. The site's header stays Dutch. Kept on this device, or `?lang=`.
const LANG_KEY = 'leerplein-lang';
const picker = document.querySelector<HTMLSelectElement>('#lang')!;
const chooseLang = (lang: string) => {
  picker.value = lang;
  document.querySelector('pfw-provider')!.setAttribute('lang', picker.value || 'nl');
  applyPageTexts(picker.value || 'nl', document.querySelector('main')!);
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
  // The token after `#`: it never reaches a server log, analytics or a Referer header.
  card.setAttribute('share-url', `${location.origin}/portal.html#share=`);
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
  if (plan) {
    plan.canRemeasure = true;
    plan.beforeTest = false;
    void plan.load();
  } else learning.append(Object.assign(document.createElement('pfw-learning-path'), { canRemeasure: true }));
}

// What the job seeker holds changed in a match list: the plan names what its goal asks too.
document.addEventListener('pfw-hard-requirements-saved', () => {
  void document.querySelector('#learning')?.querySelector('pfw-learning-path')?.load();
});
// A school's confirmation can bring a certificate: the lists and the plan say what is still missing.
document.addEventListener('pfw-skillprint-claim-added', () => {
  for (const list of document.querySelectorAll('pfw-match-list')) void list.load();
  void document.querySelector('#learning')?.querySelector('pfw-learning-path')?.load();
});

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
/** The questions in the page's language (English where a question has none), keeping what was chosen. */
const showResearchQuestions = () => {
  const inLang = (text: Partial<Record<PageLang, string>> & { en: string }) => text[pageLang()] ?? text.en;
  const chosen = new FormData(researchForm);
  document.querySelector('#research-questions')!.replaceChildren(
    ...researchCharacteristics.map((c) => {
      const label = el('label', `${inLang(c.question)} `);
      const select = el('select');
      select.name = c.id;
      select.append(new Option(say('preferNot'), ''), ...c.options.map((o) => new Option(inLang(o.label), o.id)));
      select.value = String(chosen.get(c.id) ?? '');
      label.append(select);
      return label;
    }),
  );
};
showResearchQuestions();
picker.addEventListener('change', showResearchQuestions);
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
  // Stopped: the round's answers on this device go with it (they would never be sent now).
  const round = researchRound.querySelector('pfw-assessment');
  if (!profile && round) {
    round.forget();
    round.remove();
  }
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
      tell(researchStatus, 'researchJoined');
    })
    .catch((error: Error) => tell(researchStatus, 'failed', { reason: error.message }));
});
researchStop.addEventListener('click', () => {
  me.request(routes.deleteMyResearchProfile)
    .then(() => {
      sayResearch(undefined);
      tell(researchStatus, 'researchLeft');
    })
    .catch((error: Error) => tell(researchStatus, 'failed', { reason: error.message }));
});

// A share link opens the card alone (`#share=`; links made before 3 December 2026 say `?share=`).
const shared =
  new URLSearchParams(location.hash.slice(1)).get('share') ?? new URLSearchParams(location.search).get('share');
if (shared) {
  const card = document.createElement('pfw-skillprint');
  card.setAttribute('share-token', shared);
  document.querySelector('#skillprint')!.replaceChildren(card);
  document.querySelector<HTMLElement>('#step-assessment')!.hidden = true;
  // Whoever opens the link is not its owner: no "jouw", no step number of the owner's journey,
  // and not the portal's own login line.
  const sharedTitle = document.querySelector<HTMLElement>('#skillprint-title')!;
  delete sharedTitle.dataset.text;
  sharedTitle.textContent = 'Een gedeelde skillprint';
  document.querySelector<HTMLElement>('.user')!.hidden = true;
  show('step-skillprint');
} else {
  const existing = (await me.request(routes.listMySkillprints)).items[0];
  // A test begun on this device and not finished (the page reloaded during a retake): it goes on.
  await assessment.updateComplete;
  const underWay = Boolean(assessment.sessionId) && !assessment.finished;
  if (existing) {
    // The test is done: its step makes way for the skillprint, with a way back to it (#retake).
    if (!underWay) {
      hide('step-assessment');
      show('retake');
    }
    showSkillprint(existing.skillprint.id);
    // Only someone with a skillprint can be in the talent pool: ask only then.
    poolAtStart = await me.request(routes.getTalentPool).catch(() => undefined);
    void sayRequests();
  } else {
    // Before the test: no plan yet, but a coach's code works from the first meeting (the plan's
    // widget says "Doe eerst de test" and has the coach part).
    document
      .querySelector('#learning')!
      .append(Object.assign(document.createElement('pfw-learning-path'), { beforeTest: true }));
    show('step-learning');
  }
  assessment.addEventListener('pfw-assessment-completed', (e) => showSkillprint(e.detail.skillprintId));
  assessment.addEventListener('pfw-assessment-show-skillprint', (e) => goToSkillprint(e.detail.skillprintId));
}

/**
 * "Doe de test opnieuw" by the skillprint: step 1 comes back. A test finished on this device
 * would show its last screen: it starts at the welcome screen instead. A test begun again and
 * not finished goes on where it was.
 */
document.querySelector('#retake-start')!.addEventListener('click', () => {
  if (assessment.finished) assessment.forget();
  hide('retake');
  show('step-assessment');
  const title = document.querySelector<HTMLElement>('#assessment-title')!;
  title.scrollIntoView({ block: 'start' });
  title.focus({ preventScroll: true });
});

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
const poolSubmit = poolForm.querySelector<HTMLButtonElement>('button[type=submit]')!;
const poolLeave = document.querySelector<HTMLButtonElement>('#pool-leave')!;
const poolConfirm = document.querySelector<HTMLElement>('#pool-leave-confirm')!;
const poolControl = (name: string) => poolForm.elements.namedItem(name) as HTMLInputElement;
/** In the pool: the form shows what was stored, and a way to stop ("Je kunt altijd weer stoppen"). */
function showPool(entry: TalentPoolEntry): void {
  poolControl('region').value = entry.region;
  poolControl('min').value = String(entry.hours.min);
  poolControl('max').value = String(entry.hours.max);
  poolControl('availability').value = entry.availability;
  poolControl('consent').checked = true;
  poolSubmit.dataset.text = 'save';
  poolSubmit.textContent = say('save');
  poolLeave.hidden = false;
  tell(poolStatus, 'joined', { name: entry.candidate });
  poolStored = storedKey(entry);
}
/** What is stored of the entry (the form's part of it), to send nothing when nothing changed. */
let poolStored: string | undefined;
const storedKey = ({ region, hours, availability }: Pick<TalentPoolEntry, 'region' | 'hours' | 'availability'>) =>
  JSON.stringify([region, hours.min, hours.max, availability]);

/**
 * Change what stands above `anchor` without moving `anchor` on the screen: a message that comes
 * or goes above a button must not move it from under the finger (a double tap then taps it twice).
 */
function keepInPlace(anchor: Element, change: () => void): void {
  const before = anchor.getBoundingClientRect().top;
  change();
  const moved = anchor.getBoundingClientRect().top - before;
  if (moved) window.scrollBy({ top: moved, behavior: 'instant' });
}

/** What the form holds now. */
const poolValues = (): PoolValues => ({
  region: poolControl('region').value,
  min: poolControl('min').value,
  max: poolControl('max').value,
  availability: poolControl('availability').value,
  consent: poolControl('consent').checked,
});

/** The problems on screen now (a message goes when its field is right, or changes with it). */
let poolShown: PoolProblems = {};
/** Show each part's message next to it (or clear it), and tell assistive technology. */
function markPool(found: PoolProblems): void {
  poolShown = found;
  for (const field of POOL_FIELDS) {
    const note = document.querySelector<HTMLElement>(`#${field}-error`)!;
    const problem = found[field];
    note.textContent = problem?.message ?? '';
    note.hidden = !problem;
  }
  for (const name of ['region', 'min', 'max', 'consent']) {
    const field = POOL_FIELDS.find((f) => found[f]?.controls.includes(name));
    const control = poolControl(name);
    if (field) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${field}-error`);
    } else {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
  }
}

/** Show the problems found on a press (or in the API's answer), the focus on the first. */
function showPoolProblems(found: PoolProblems): void {
  keepInPlace(poolSubmit, () => markPool(found));
  tellText(poolStatus, countProblems(found, pageLang()));
  const first = POOL_FIELDS.find((field) => found[field])!;
  const control = poolControl(found[first]!.controls[0]!);
  control.focus({ preventScroll: true });
  const { top, bottom } = control.getBoundingClientRect();
  if (top < 0 || bottom > innerHeight) control.scrollIntoView({ block: 'nearest' });
}

// Checked again while typing: a message that no longer holds goes, one that changed says the new
// problem (0 hours is no longer "more than the maximum"). A new message only comes on a press.
poolForm.addEventListener('input', () => {
  const now = checkPool(poolValues(), pageLang());
  const still: PoolProblems = {};
  for (const field of POOL_FIELDS) if (poolShown[field] && now[field]) still[field] = now[field];
  const changed = POOL_FIELDS.some((field) => poolShown[field]?.message !== still[field]?.message);
  if (!changed) return;
  markPool(still);
  if (!POOL_FIELDS.some((field) => still[field]) && /niet goed/.test(poolStatus.textContent ?? ''))
    tellText(poolStatus, '');
});

// Stopping asks first, just under the button: a second tap on "Stop" cannot reach "Ja, stop".
const openLeave = (open: boolean) => {
  poolConfirm.hidden = !open;
  poolLeave.setAttribute('aria-expanded', String(open));
};
poolLeave.addEventListener('click', () => {
  openLeave(true);
  document.querySelector<HTMLElement>('#pool-leave-question')!.focus();
});
document.querySelector('#pool-leave-no')!.addEventListener('click', () => {
  openLeave(false);
  poolLeave.focus();
});
poolConfirm.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  openLeave(false);
  poolLeave.focus();
});
/** Leaving on its way: a second tap on "Ja, stop" waits for it. */
let leaving = false;
document.querySelector('#pool-leave-yes')!.addEventListener('click', () => {
  if (leaving) return;
  leaving = true;
  me.request(routes.leaveTalentPool)
    .then(() => {
      openLeave(false);
      poolLeave.hidden = true;
      poolControl('consent').checked = false;
      poolStored = undefined;
      poolSubmit.dataset.text = 'join';
      poolSubmit.textContent = say('join');
      tell(poolStatus, 'left');
      poolSubmit.focus();
    })
    .catch(() => tell(poolStatus, 'failedLater'))
    .finally(() => (leaving = false));
});
if (poolAtStart) showPool(poolAtStart);

/** A save on its way: a second press (a double tap) waits for it instead of saving again. */
let saving = false;
poolForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (saving) return;
  openLeave(false);
  const values = poolValues();
  const found = checkPool(values, pageLang());
  if (POOL_FIELDS.some((field) => found[field])) return showPoolProblems(found);
  const body = poolBody(values, '2026-11');
  // Just saved, and not changed since (the second tap of a double tap): it is saved once.
  if (storedKey(body) === poolStored) return;
  saving = true;
  poolSubmit.setAttribute('aria-disabled', 'true');
  me.request(routes.putTalentPool, { body })
    .then((entry) => {
      // A message of the API's that was not put right by typing: it is right now.
      keepInPlace(poolSubmit, () => markPool({}));
      // The place as it was stored: without the spaces around it.
      showPool(entry);
    })
    .catch((error: unknown) => {
      // The API's own words are English and for developers: the person reads what to do, at
      // the field the API names (the client checks a body before it sends it, with the same rules).
      const refused = error instanceof ApiError ? refusedFields(error.problem.errors, pageLang()) : {};
      if (POOL_FIELDS.some((field) => refused[field])) showPoolProblems(refused);
      else tell(poolStatus, error instanceof ApiError && error.status === 400 ? 'failedCheck' : 'failedLater');
    })
    .finally(() => {
      saving = false;
      poolSubmit.removeAttribute('aria-disabled');
    });
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
      tell(dataStatus, 'exported');
    })
    .catch((error: Error) => tell(dataStatus, 'failed', { reason: error.message }));
});
document.querySelector('#erase')!.addEventListener('click', () => {
  // Everything that goes, and what does not: what an employer already got after a yes.
  if (!confirm(say('eraseAsk'))) return;
  me.request(routes.eraseMe)
    .then(() => {
      // Nothing stays on this device either; "Begin opnieuw" opens the portal as a new user.
      localStorage.removeItem(USER_KEY);
      assessment.forget();
      // The login line named the person who is gone now.
      document.querySelector<HTMLElement>('.user')!.hidden = true;
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
    .catch((error: Error) => tell(dataStatus, 'failed', { reason: error.message }));
});
