import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, routes, type Client } from '@pfw/contract';
import { mockApp, startMockApi } from '../../test/mock-api.js';
import { A4_CONTENT_HEIGHT, onPaper } from '../../test/paper.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwCoachDesk } from './coach-desk.js';
import '../define/pfw-coach-desk.js';

const root = (el: PfwCoachDesk) => el.shadowRoot!;
const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ');
const shows = (el: PfwCoachDesk, words: string) =>
  waitUntil(() => text(root(el)).includes(words), `never said "${words}"`, { timeout: 10000 });
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const button = (within: ParentNode, label: RegExp) =>
  [...within.querySelectorAll('button')].find((b) => label.test(b.textContent!.trim()))!;

describe('<pfw-coach-desk>', function () {
  this.timeout(40000);
  let coachToken: string;
  let seeker: Client;

  before(async () => {
    await startMockApi();
    coachToken = await tokenFor('coach', 'Fatima, trajectcoach');
    const { token } = await candidateWithSkillprint();
    seeker = createClient({ baseUrl: '', credentials: () => ({ token }) });
    // A learning plan with something to learn, so there are steps to confirm.
    const careers = await seeker.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.length >= 2)!;
    await seeker.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });
  });

  it('asks a coach to sign in, and shows nobody before a participant enters a code', async () => {
    const signedOut = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl"></pfw-coach-desk>`);
    await shows(signedOut, 'Log in als coach');
    const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${coachToken}></pfw-coach-desk>`);
    await shows(el, 'Nog niemand.');
    await expect(el).to.be.accessible();
  });

  it('makes a code; once the participant enters it, shows them, their file, notes and next action', async () => {
    const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${coachToken}></pfw-coach-desk>`);
    await shows(el, 'Nog niemand.');
    button(root(el), /Maak een koppelcode/).focus();
    await sendKeys({ press: 'Enter' });
    await shows(el, 'Koppelcode:');
    // The button is disabled while the code is made: focus comes back to it, not to the page.
    await waitUntil(() => root(el).activeElement?.id === 'invite', 'focus lost after making a code');
    const code = /Koppelcode: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(text(root(el)))![1]!;
    // To send in a message: "Kopieer de code" puts the code on the clipboard and says so.
    const writeText = navigator.clipboard.writeText;
    let copied = '';
    navigator.clipboard.writeText = async (value: string) => void (copied = value);
    try {
      button(root(el), /^Kopieer de code$/).click();
      await shows(el, 'De code is gekopieerd.');
      expect(copied).to.equal(code);
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    await seeker.request(routes.grantCoach, { body: { code, called: 'Sam' } });

    await el.load();
    await shows(el, 'Sam');
    expect(text(root(el))).to.contain('Gegevens');
    expect(text(root(el))).to.match(/Doel: .+\. Nog \d+ stap(pen)? te gaan\./);
    await expect(el).to.be.accessible();

    // The filter for "no activity in 4 weeks": Sam was active today.
    const inactive = [...root(el).querySelectorAll<HTMLInputElement>('input[name=filter]')][1]!;
    inactive.click();
    await shows(el, 'Niemand in deze groep.');
    root(el).querySelectorAll<HTMLInputElement>('input[name=filter]')[0]!.click();
    await shows(el, 'Open Sam');

    // Opened by keyboard; focus on the name.
    button(root(el), /Open Sam/).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'file-title', 'focus not on the file');
    expect(text(root(el))).to.contain('Sterke punten');
    expect(text(root(el))).to.contain('Nooit iets over gezondheid');

    // An empty note is not sent: said at the field.
    button(root(el), /Bewaar notitie/).click();
    await shows(el, 'Schrijf eerst iets.');
    expect(root(el).querySelector('#note')!.getAttribute('aria-invalid')).to.equal('true');
    root(el).querySelector<HTMLTextAreaElement>('#note')!.value = 'Gesprek gehad. Sam wil de cursus doen.';
    // Back to the list before saving: the note waits there when Sam's file is opened again.
    button(root(el), /Terug naar mijn deelnemers/).click();
    await shows(el, 'Open Sam');
    button(root(el), /Open Sam/).click();
    await waitUntil(() => root(el).querySelector<HTMLTextAreaElement>('#note'), 'file not open');
    expect(root(el).querySelector<HTMLTextAreaElement>('#note')!.value).to.equal(
      'Gesprek gehad. Sam wil de cursus doen.',
    );
    button(root(el), /Bewaar notitie/).focus();
    await sendKeys({ press: 'Space' });
    await shows(el, 'De notitie is bewaard.');
    expect(text(root(el).querySelector('.notes')!)).to.contain('Sam wil de cursus doen.');
    await waitUntil(() => root(el).activeElement?.id === 'add-note', 'focus lost after saving a note');
    expect(root(el).querySelector<HTMLTextAreaElement>('#note')!.value, 'saved: the field is empty').to.equal('');
    // A double tap saves the note once.
    root(el).querySelector<HTMLTextAreaElement>('#note')!.value = 'Tweede gesprek.';
    const save = button(root(el), /Bewaar notitie/);
    save.click();
    save.click();
    await waitUntil(() => text(root(el).querySelector('.notes')!).includes('Tweede gesprek.'), 'second note not shown');
    await waitUntil(() => !root(el).querySelector<HTMLButtonElement>('#add-note')!.disabled, 'still saving');
    await el.load();
    button(root(el), /Open Sam/).click();
    await waitUntil(() => root(el).querySelector('.notes'), 'file not open again');
    expect(text(root(el).querySelector('.notes')!).split('Tweede gesprek.').length - 1, 'notes saved').to.equal(1);

    // A next action in the past is refused at its date.
    root(el).querySelector<HTMLInputElement>('#next-text')!.value = 'Bellen over de cursus';
    root(el).querySelector<HTMLInputElement>('#next-due')!.value = '2020-12-07';
    button(root(el), /Bewaar actie/).click();
    await shows(el, 'Kies een datum vanaf vandaag tot en met');
    expect(root(el).querySelector('#next-due')!.getAttribute('aria-invalid')).to.equal('true');
    root(el).querySelector<HTMLInputElement>('#next-due')!.value = inDays(30);
    button(root(el), /Bewaar actie/).click();
    await shows(el, 'De volgende actie is bewaard.');

    // A step confirmed: the participant's plan says who confirmed it.
    const confirm = button(root(el), /^Bevestig: /);
    confirm.click();
    // The coach's name with a role reads as one name in the sentence.
    await shows(el, 'bevestigd door Fatima (trajectcoach)');
    const plan = await seeker.request(routes.getMyLearningPath);
    expect(plan.steps.some((s) => s.proof?.kind === 'coach' && s.proof.coachName === 'Fatima, trajectcoach')).to.equal(
      true,
    );
    await expect(el).to.be.accessible();

    // The participant sees when the coach looked.
    const [grant] = (await seeker.request(routes.listMyCoaches)).items;
    expect(grant!.reads).to.be.at.least(2);
  });

  it('asks for a new date when the date of the next action has gone by, instead of offering the old one', async () => {
    const worker = await startMockApi();
    const app = await mockApp();
    // The participant's file as the API has it, with an action that was due last month.
    worker.use(
      http.get(routes.getCaseFile.path, async ({ request }) => {
        const file = await (await app.fetch(request)).json();
        file.entry.nextAction = { text: 'Bellen: hoe gaat de cursus?', due: inDays(-30) };
        return HttpResponse.json(file);
      }),
    );
    try {
      const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${coachToken}></pfw-coach-desk>`);
      await shows(el, 'Open Sam');
      button(root(el), /Open Sam/).click();
      await waitUntil(() => root(el).querySelector('#next-due'), 'file not open');
      const due = root(el).querySelector<HTMLInputElement>('#next-due')!;
      expect(due.value, 'the past date is not offered').to.equal('');
      expect(root(el).querySelector<HTMLInputElement>('#next-text')!.value).to.equal('Bellen: hoe gaat de cursus?');
      expect(text(root(el))).to.match(/De datum \d+ \w+ \d{4} is voorbij\. Kies een nieuwe datum\./);
      expect(due.getAttribute('aria-describedby')).to.contain('next-due-past');
      await expect(el).to.be.accessible();
    } finally {
      worker.resetHandlers();
    }
  });

  it('prints a conversation card on one A4 page: strengths, goal, next steps and what was agreed', async () => {
    const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${coachToken}></pfw-coach-desk>`);
    await shows(el, 'Open Sam');
    button(root(el), /Open Sam/).click();
    await shows(el, 'Print gesprekskaart');
    await onPaper(
      () => button(root(el), /Print gesprekskaart/).click(),
      (paper) => {
        expect(paper.querySelector('h2')!.textContent).to.equal('Gesprekskaart van Sam');
        const headings = [...paper.querySelectorAll('h3')].map((h) => h.textContent);
        expect(headings).to.deep.equal(['Dit kun je goed', 'Jouw doel', 'Je volgende stappen', 'Wat we afspreken']);
        expect(paper.querySelectorAll('section:first-of-type li').length).to.equal(3);
        expect(text(paper.body)).to.contain('Bellen over de cursus');
        expect(paper.documentElement.scrollHeight).to.be.at.most(A4_CONTENT_HEIGHT);
      },
    );
  });

  it('fits 320 px, and says so when the participant takes access away', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${coachToken}></pfw-coach-desk>`);
    await shows(el, 'Open Sam');
    // Named when it fails: the parts wider than the screen.
    const wide = [...root(el).querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > 320.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    expect(wide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    button(root(el), /Open Sam/).click();
    await shows(el, 'Sterke punten');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();

    const [grant] = (await seeker.request(routes.listMyCoaches)).items;
    await seeker.request(routes.revokeCoach, { params: { coachId: grant!.coachId } });
    const note = root(el).querySelector<HTMLTextAreaElement>('#note')!;
    note.value = 'Nog iets';
    // Far down the file, as a coach is when writing a note.
    note.scrollIntoView();
    button(root(el), /Bewaar notitie/).click();
    await shows(el, 'heeft de toegang gestopt');
    await shows(el, 'Nog niemand.');
    // The message says the note is lost, and focus goes to it (read out, and in sight), not to the page.
    const message = root(el).querySelector<HTMLElement>('#said-top')!;
    expect(text(message)).to.equal(
      'Deze deelnemer heeft de toegang gestopt. Je ziet niets meer. Je notitie is niet bewaard.',
    );
    await waitUntil(() => root(el).activeElement === message, 'focus not on the message');
    const { top, bottom } = message.getBoundingClientRect();
    expect(top).to.be.at.least(0);
    expect(bottom).to.be.at.most(window.innerHeight);
    await expect(el).to.be.accessible();
    await setViewport({ width: 800, height: 600 });
  });

  it('tells two participants who go by the same name apart', async () => {
    const coach = createClient({ baseUrl: '', credentials: () => ({ token: coachToken }) });
    for (let i = 0; i < 2; i++) {
      const { token } = await candidateWithSkillprint();
      const person = createClient({ baseUrl: '', credentials: () => ({ token }) });
      const { code } = await coach.request(routes.createCoachInvite);
      await person.request(routes.grantCoach, { body: { code, called: 'Sanne' } });
    }
    const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${coachToken}></pfw-coach-desk>`);
    await shows(el, 'Open Sanne (');
    const labels = [...root(el).querySelectorAll('button')]
      .map((b) => b.textContent!.trim())
      .filter((label) => label.startsWith('Open Sanne'));
    expect(labels.length).to.equal(2);
    expect(new Set(labels).size, labels.join(' | ')).to.equal(2);
    await expect(el).to.be.accessible();
  });

  /** A published vacancy that asks level 5 of four skills, essential: a plan of two steps or more for nearly anyone. */
  async function demandingJob() {
    const employerToken = await tokenFor('employer', 'Bouwbedrijf Streng');
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const skills = (await employer.request(routes.listSkills)).items.slice(0, 4);
    const job = await employer.request(routes.createJobProfile, {
      body: {
        title: 'Uitvoerder',
        requirements: skills.map((k) => ({
          skillId: k.id,
          level: 5 as const,
          importance: 3 as const,
          essential: true,
        })),
        region: 'Eindhoven',
        hours: { min: 24, max: 32 },
      },
    });
    return employer.request(routes.publishJobProfile, { params: { id: job.id } });
  }

  /** A new coach, and a participant with a plan of two steps or more who gave them access. */
  async function coached(doneBut = 1) {
    const token = await tokenFor('coach', 'Karin, jobcoach Werkplein');
    const coach = createClient({ baseUrl: '', credentials: () => ({ token }) });
    const { token: personToken } = await candidateWithSkillprint();
    const person = createClient({ baseUrl: '', credentials: () => ({ token: personToken }) });
    const careers = await person.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.length >= 2);
    // The test adapts, so a skillprint differs from run to run: someone strong in what every
    // occupation asks gets a vacancy that asks level 5 of four skills instead.
    const body = goal
      ? { kind: 'occupation' as const, id: goal.occupationId! }
      : { kind: 'job' as const, id: (await demandingJob()).id };
    const path = await person.request(routes.putMyLearningPath, { body });
    for (const step of path.steps.slice(0, path.steps.length - doneBut))
      await person.request(routes.updateMyLearningStep, {
        params: { skillId: step.skillId },
        body: { status: 'done' },
      });
    const { code } = await coach.request(routes.createCoachInvite);
    await person.request(routes.grantCoach, { body: { code, called: 'Jip' } });
    const el = await fixture<PfwCoachDesk>(html`<pfw-coach-desk lang="nl" .token=${token}></pfw-coach-desk>`);
    await shows(el, 'Open Jip');
    return { el, path };
  }
  const inView = (e: Element) => {
    const { top, bottom } = e.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight;
  };
  const NOT_REACHED = 'Alle stappen zijn gedaan. Maar het niveau is nog niet gehaald voor:';

  it('tells every step done from the level reached; says what it did beside it, in view at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, path } = await coached(1);
    await shows(el, 'Nog 1 stap te gaan.');
    button(root(el), /Open Jip/).click();
    await shows(el, 'Sterke punten');
    // The coach reads about the participant, not to them: skill and level, no "Je …".
    const strengths = [...root(el).querySelectorAll('[aria-labelledby=strengths-title] li')].map((li) =>
      text(li).trim(),
    );
    expect(strengths.length).to.equal(3);
    for (const s of strengths)
      expect(s)
        .to.match(/^[^ ].* \(niveau \d\)$/)
        .and.not.match(/^Je /);

    // The last step confirmed by keyboard: the button goes, focus goes to what says it was done, in view.
    const confirm = button(root(el), /^Bevestig: /);
    confirm.scrollIntoView();
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'said-goal', 'focus not on the confirmation');
    const confirmed = root(el).querySelector('#said-goal')!;
    expect(text(confirmed)).to.match(/Bevestigd: .+ is klaar\./);
    expect(confirmed.getAttribute('role')).to.equal('status');
    expect(inView(confirmed), 'the confirmation is in view').to.equal(true);
    expect(text(root(el).querySelector('#said-top')!).trim(), 'not said at the top').to.equal('');
    // Every step done, the level not measured yet: said so, with the skills that still need it.
    const goal = text(root(el).querySelector('[aria-labelledby=goal-title]')!);
    expect(goal).to.contain(NOT_REACHED);
    expect(goal).not.to.contain('het niveau is gehaald');
    expect(goal.match(/klaar, maar het niveau is nog niet gehaald/g)?.length).to.equal(path.steps.length);

    // A next action saved: said under its button, in view; focus stays on the button.
    root(el).querySelector<HTMLInputElement>('#next-text')!.value = 'Opnieuw meten';
    root(el).querySelector<HTMLInputElement>('#next-due')!.value = inDays(7);
    const save = button(root(el), /Bewaar actie/);
    save.scrollIntoView({ block: 'end' });
    save.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(root(el).querySelector('#said-next')!).includes('De volgende actie is bewaard.'));
    expect(inView(root(el).querySelector('#said-next')!), 'said in view').to.equal(true);
    await waitUntil(() => root(el).activeElement?.id === 'save-next', 'focus lost after saving the action');
    await expect(el).to.be.accessible();

    // The conversation card: no "you did every step" as if the goal were reached.
    await onPaper(
      () => button(root(el), /Print gesprekskaart/).click(),
      (paper) => {
        const card = text(paper.body);
        expect(card).to.contain('Je hebt alle stappen gedaan. Maar je niveau is nog niet hoog genoeg bij:');
        expect(card).not.to.contain('En je hebt het niveau gehaald.');
        expect(paper.querySelectorAll('section:nth-of-type(3) li').length).to.equal(path.steps.length);
      },
    );
    // And the list says it too.
    button(root(el), /Terug naar mijn deelnemers/).click();
    await shows(el, NOT_REACHED);
    await setViewport({ width: 800, height: 600 });
  });

  it('refuses health words, a far date and too long a text at the field, with focus there every time', async () => {
    const { el } = await coached(0);
    button(root(el), /Open Jip/).click();
    await shows(el, 'Nieuwe notitie');
    const note = root(el).querySelector<HTMLTextAreaElement>('#note')!;
    const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const error = (id: string) => text(root(el).querySelector(`#${id}-error`) ?? root(el)).trim();

    // Health data (AVG art. 9): not saved; the words are named at the field.
    type(note, 'Hij heeft een burn-out en slaapt slecht, diagnose ADHD.');
    button(root(el), /Bewaar notitie/).click();
    await waitUntil(() => root(el).querySelector('#note-error'), 'no error at the note');
    expect(error('note')).to.equal(
      'Schrijf geen dingen over gezondheid. Haal deze woorden weg: burn-out, diagnose, ADHD. Gaat het over werk, zoals een baan in de zorg? Druk dan nog een keer op bewaren.',
    );
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(note.getAttribute('aria-describedby')).to.contain('note-error');
    await waitUntil(() => root(el).activeElement === note, 'focus not on the note');
    expect(text(root(el))).to.contain('Nog geen notities.');

    // Tried again and again with the field already marked: focus goes to the field each time.
    for (let i = 0; i < 2; i++) {
      type(note, '   ');
      button(root(el), /Bewaar notitie/).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement === note, `try ${i + 2}: focus not on the note`);
      expect(error('note')).to.equal('Schrijf eerst iets.');
    }

    // Near the limit the field says how many characters are left; over it, how many too many (not cut off).
    expect(note.hasAttribute('maxlength')).to.equal(false);
    const count = root(el).querySelector('#note-count')!;
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(note.getAttribute('aria-describedby')).to.contain('note-count');
    type(note, 'a'.repeat(1000));
    await el.updateComplete;
    expect(text(count).trim()).to.equal('');
    type(note, 'a'.repeat(1990));
    await waitUntil(() => text(count).includes('Nog 10 tekens over.'));
    type(note, 'a'.repeat(2010));
    await waitUntil(() => text(count).includes('10 tekens te veel.'));
    button(root(el), /Bewaar notitie/).click();
    await waitUntil(() => error('note') === '10 tekens te veel. Maak de tekst korter.');
    await waitUntil(() => root(el).activeElement === note, 'focus not on the long note');
    const nextText = root(el).querySelector<HTMLInputElement>('#next-text')!;
    expect(nextText.hasAttribute('maxlength')).to.equal(false);
    type(nextText, 'b'.repeat(295));
    await waitUntil(() => text(root(el).querySelector('#next-text-count')!).includes('Nog 5 tekens over.'));

    // The next action: no health words either, and a date within two years.
    type(nextText, 'Afspraak bij de psycholoog');
    root(el).querySelector<HTMLInputElement>('#next-due')!.value = inDays(7);
    button(root(el), /Bewaar actie/).click();
    await waitUntil(() => error('next-text').includes('psycholoog'), 'health words in the action not refused');
    await waitUntil(() => root(el).activeElement === nextText, 'focus not on the action');
    type(nextText, 'Bellen over de cursus');
    const due = root(el).querySelector<HTMLInputElement>('#next-due')!;
    expect(due.max).to.equal(inDays(730));
    due.value = '9999-12-31';
    button(root(el), /Bewaar actie/).click();
    await waitUntil(() => error('next-due').startsWith('Kies een datum vanaf vandaag tot en met '));
    await waitUntil(() => root(el).activeElement === due, 'focus not on the date');
    expect(text(root(el))).not.to.contain('De volgende actie is bewaard.');
    await expect(el).to.be.accessible();

    // The same words are often about work: pressed again unchanged, after the warning, it is saved.
    type(nextText, 'Solliciteren bij het ziekenhuis');
    due.value = inDays(7);
    button(root(el), /Bewaar actie/).click();
    await waitUntil(() => error('next-text').includes('ziekenhuis'), 'no warning for the health word');
    expect(text(root(el))).not.to.contain('De volgende actie is bewaard.');
    button(root(el), /Bewaar actie/).click();
    await shows(el, 'De volgende actie is bewaard.');
  });
});
