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
  const level = el('select');
  level.name = `level-${skill.id}`;
  level.setAttribute('aria-label', `Niveau ${skill.label.nl}`);
  LEVELS.forEach((text, i) => {
    const option = el('option', text);
    option.value = String(i + 1);
    option.selected = i === 2;
    level.append(option);
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

let codesMade = 0;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const status = document.querySelector('#claim-status')!;
  const date = String(data.get('date'));
  // What it rests on happened: a date, not in the future.
  if (!date || date > today || date < dateField.min) {
    status.textContent = !date
      ? 'Vul de datum in.'
      : date > today
        ? 'De datum ligt in de toekomst.'
        : 'Kies een datum na 1950.';
    dateField.focus();
    return;
  }
  const chosen = data.getAll('skill').map(String);
  const body = {
    skills: chosen.map((skillId) => ({ skillId, level: Number(data.get(`level-${skillId}`)) })),
    hardRequirements: data.getAll('paper').map(String),
    evidence: {
      kind: String(data.get('kind')) as 'course' | 'assessment' | 'diploma' | 'work',
      name: String(data.get('name')).trim(),
      date,
    },
  };
  status.textContent = 'Even geduld…';
  api
    .request(routes.offerSkillClaim, { body })
    .then((offer) => {
      // Each press confirms once more, with a code of its own: say so, or it looks like the same code changed.
      status.textContent = codesMade++ ? 'Dit is een nieuwe code. Een code die je eerder maakte, werkt ook nog.' : '';
      // In groups of four, easier to copy from paper; the server takes it with or without spaces.
      document.querySelector('#code')!.textContent = offer.code.replace(/(.{4})(?=.)/g, '$1 ');
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
      const first = error.problem?.errors?.[0];
      status.textContent = /skill or certificate/.test(first?.message ?? '')
        ? 'Kies ten minste één vaardigheid of certificaat.'
        : first?.path === 'body.evidence.name'
          ? 'Vul in waar het uit blijkt (de naam).'
          : 'Dat lukte niet. Controleer het formulier en probeer het opnieuw.';
    });
});
