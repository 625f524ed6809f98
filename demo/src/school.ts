/**
 * A school's page (role institution): confirm skills at a level and certificates for a student,
 * and hand them a one-time code. The school never learns who takes the code in.
 */
import { createClient, routes, type ApiError } from '@pfw/contract';
import { hardRequirements, skills } from '@pfw/core/skills';
import { tokenFor } from './partner.js';
import { setup } from './setup.js';
import { el } from './dom.js';

await setup();
const token = await tokenFor('institution', 'summa-college', 'Summa College');
const api = createClient({ baseUrl: '', credentials: () => ({ token }) });

const LEVELS = ['1 – beginner', '2', '3', '4', '5 – heel sterk'];
const skillBox = document.querySelector('#skills')!;
for (const skill of skills) {
  const row = el('div', undefined, 'skill');
  const check = el('input');
  check.type = 'checkbox';
  check.name = 'skill';
  check.value = skill.id;
  check.id = `skill-${skill.id}`;
  const label = el('label', skill.label.nl);
  label.htmlFor = check.id;
  // No level until the school chooses one, and none without a tick: nothing is confirmed by default.
  const level = el('select');
  level.name = `level-${skill.id}`;
  level.setAttribute('aria-label', `Niveau ${skill.label.nl}`);
  // The menu shows once the skill is ticked: sixteen empty menus on a phone are only noise.
  level.disabled = level.hidden = true;
  level.append(new Option('Kies een niveau', ''));
  LEVELS.forEach((text, i) => level.append(new Option(text, String(i + 1))));
  check.addEventListener('change', () => {
    level.disabled = level.hidden = !check.checked;
    if (!check.checked) level.value = '';
  });
  row.append(check, label, level);
  skillBox.append(row);
}
const paperBox = document.querySelector('#papers')!;
for (const paper of hardRequirements.filter((h) => h.kind === 'certificate' || h.kind === 'licence')) {
  const label = el('label');
  const check = el('input');
  check.type = 'checkbox';
  check.name = 'paper';
  check.value = paper.id;
  label.append(check, ` ${paper.label.nl}`);
  paperBox.append(label);
}
const form = document.querySelector<HTMLFormElement>('#claim-form')!;
const today = new Date().toISOString().slice(0, 10);
const dateField = form.elements.namedItem('date') as HTMLInputElement;
dateField.value = today;
dateField.max = today;

/**
 * The fields that can have a problem, in the order of the form: each shows its message next to
 * it. "choice" is the skills and certificates together: at least one of them.
 */
type Field = 'choice' | 'level' | 'name' | 'date';
const FIELDS: Field[] = ['choice', 'level', 'name', 'date'];
const choiceBoxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="skill"], input[name="paper"]')];
/** The level menus of ticked skills that have no level yet. */
const levelsMissing = () =>
  [...form.querySelectorAll<HTMLSelectElement>('select[name^="level-"]')].filter((s) => !s.disabled && !s.value);
const nameField = form.elements.namedItem('name') as HTMLInputElement;
/** The controls a field's message describes; the first takes the focus. */
const controlsOf = (field: Field): (HTMLInputElement | HTMLSelectElement)[] =>
  field === 'choice' ? choiceBoxes() : field === 'level' ? levelsMissing() : [field === 'name' ? nameField : dateField];

/** What is wrong with each field now, in plain words; no entry when it is fine. */
function problems(): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  if (!choiceBoxes().some((box) => box.checked)) found.choice = 'Kies ten minste één vaardigheid of certificaat.';
  const missing = levelsMissing().map((s) => skills.find((k) => s.name === `level-${k.id}`)!.label.nl);
  if (missing.length) found.level = `Kies een niveau bij: ${missing.join(', ')}.`;
  if (!nameField.value.trim()) found.name = 'Vul de naam in van de cursus, toets, diploma of stage.';
  // What it rests on happened: a date, not in the future.
  const date = dateField.value;
  if (!date) found.date = 'Vul de datum in.';
  else if (date > today) found.date = 'De datum ligt in de toekomst. Kies vandaag of een dag eerder.';
  else if (date < dateField.min) found.date = 'Kies een datum na 1950.';
  return found;
}

/** Show a field's message next to it (or clear it), and tell assistive technology. */
function mark(field: Field, message: string | undefined): void {
  const note = document.querySelector<HTMLElement>(`#${field}-error`)!;
  note.textContent = message ?? '';
  note.hidden = !message;
  // A level menu put right (or untouched) loses its mark; those still without a level get it.
  if (field === 'level')
    form
      .querySelectorAll('select[name^="level-"][aria-invalid]')
      .forEach((s) => (s.removeAttribute('aria-invalid'), s.removeAttribute('aria-describedby')));
  for (const control of controlsOf(field)) {
    if (message) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', note.id);
    } else {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
    }
  }
}

/** Show every problem at once and put the focus on the first field with one. */
function showProblems(found: Partial<Record<Field, string>>): boolean {
  FIELDS.forEach((field) => mark(field, found[field]));
  const first = FIELDS.find((field) => found[field]);
  if (!first) return false;
  const count = FIELDS.filter((field) => found[field]).length;
  document.querySelector('#claim-status')!.textContent =
    count === 1
      ? 'Er is nog 1 ding niet goed. Kijk bij de melding.'
      : `Er zijn nog ${count} dingen niet goed. Kijk bij de meldingen.`;
  controlsOf(first)[0]!.focus();
  // The message of the skills stands above the first box: bring it in sight too.
  document.querySelector(`#${first}-error`)!.scrollIntoView({ block: 'nearest' });
  return true;
}

// A message goes away as soon as its field is right; a new one only comes on the next press.
form.addEventListener('input', () => {
  const found = problems();
  for (const field of FIELDS) {
    if (!found[field] && !document.querySelector<HTMLElement>(`#${field}-error`)!.hidden) mark(field, undefined);
  }
  // All put right: the count under the button no longer holds.
  const status = document.querySelector('#claim-status')!;
  if (FIELDS.every((field) => !found[field]) && /niet goed/.test(status.textContent ?? '')) status.textContent = '';
});

let codesMade = 0;
/** A code on its way: a second press (a double click) waits for it instead of making another. */
let sending = false;
const submitButton = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (sending) return;
  const status = document.querySelector('#claim-status')!;
  if (showProblems(problems())) return;
  sending = true;
  submitButton.setAttribute('aria-disabled', 'true');
  const data = new FormData(form);
  const chosen = data.getAll('skill').map(String);
  const body = {
    skills: chosen.map((skillId) => ({ skillId, level: Number(data.get(`level-${skillId}`)) })),
    hardRequirements: data.getAll('paper').map(String),
    evidence: {
      kind: String(data.get('kind')) as 'course' | 'assessment' | 'diploma' | 'work',
      name: String(data.get('name')).trim(),
      date: String(data.get('date')),
    },
  };
  status.textContent = 'Even geduld…';
  api
    .request(routes.offerSkillClaim, { body })
    .then((offer) => {
      // Each press confirms once more, with a code of its own: say so, or it looks like the same code changed.
      status.textContent = codesMade++ ? 'Dit is een nieuwe code. Een code die u eerder maakte, werkt ook nog.' : '';
      // In groups of four, easier to copy from paper; the server takes it with or without spaces.
      // Each group stays whole on a narrow screen: a line breaks only between groups.
      const groups = offer.code.match(/.{1,4}/g) ?? [offer.code];
      document
        .querySelector('#code')!
        .replaceChildren(...groups.flatMap((group, i) => (i ? [' ', el('span', group)] : [el('span', group)])));
      document.querySelector('#copy-status')!.textContent = '';
      document.querySelector('#code-until')!.textContent = new Date(offer.expiresAt).toLocaleDateString('nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      const box = document.querySelector<HTMLElement>('#code-box')!;
      box.hidden = false;
      // The heading takes focus; the code itself, below it, must be in sight too.
      document.querySelector<HTMLElement>('#code-title')!.focus({ preventScroll: true });
      box.scrollIntoView({ block: 'start' });
    })
    .catch((error: ApiError) => {
      // The form checks itself first; should the server still find something, it goes to its field.
      const found: Partial<Record<Field, string>> = {};
      for (const problem of error.problem?.errors ?? []) {
        if (/skill or certificate/.test(problem.message ?? ''))
          found.choice ??= 'Kies ten minste één vaardigheid of certificaat.';
        else if (problem.path === 'body.evidence.name')
          found.name ??= 'Vul de naam in van de cursus, toets, diploma of stage.';
        else if (problem.path === 'body.evidence.date') found.date ??= 'Kies een datum van vandaag of eerder.';
      }
      if (!showProblems(found)) status.textContent = 'Dat lukte niet. Controleer het formulier en probeer het opnieuw.';
    })
    .finally(() => {
      sending = false;
      submitButton.removeAttribute('aria-disabled');
    });
});

// The code as it stands, with its spaces: the student's portal takes it with or without them.
document.querySelector('#copy-code')!.addEventListener('click', () => {
  const copied = document.querySelector('#copy-status')!;
  navigator.clipboard.writeText(document.querySelector('#code')!.textContent ?? '').then(
    () => (copied.textContent = 'De code is gekopieerd.'),
    () => (copied.textContent = 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.'),
  );
});
