import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createClient, routes, type LearningPath } from '@pfw/contract';
import { occupations } from '@pfw/core/skills';
import { playAssessment, plainPlayer } from '@pfw/contract/play';
import { MOCK_KEYS } from '@pfw/api-mock';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwLearningPath } from './learning-path.js';
import '../define/pfw-learning-path.js';

const root = (el: PfwLearningPath) => el.shadowRoot!;
const text = (el: PfwLearningPath) => root(el).textContent!.replace(/\s+/g, ' ');
const shows = (el: PfwLearningPath, words: string) =>
  waitUntil(() => text(el).includes(words), `never said "${words}"`, { timeout: 10000 });
const button = (el: PfwLearningPath, label: RegExp, within: ParentNode = root(el)) =>
  [...within.querySelectorAll('button')].find((b) => label.test(b.textContent!.trim()))!;

describe('<pfw-learning-path>', function () {
  this.timeout(40000);
  let token: string;
  let jobTitle: string;

  before(async () => {
    await startMockApi();
    ({ token } = await candidateWithSkillprint());
    // A vacancy of the partner to choose as a goal.
    const employerToken = await tokenFor('employer', 'Bouwbedrijf Van Dijk');
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const template = occupations.find((o) => o.id === 'stratenmaker')!;
    jobTitle = 'Stratenmaker in de wijk';
    const job = await employer.request(routes.createJobProfile, {
      body: { title: jobTitle, requirements: template.requirements, region: 'Eindhoven', hours: { min: 24, max: 32 } },
    });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
  });

  it('asks to sign in without a token, and to take the test first without a skillprint', async () => {
    const signedOut = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl"></pfw-learning-path>`);
    await shows(signedOut, 'Log in om je leerplan te zien');
    const fresh = await tokenFor('candidate');
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${fresh}></pfw-learning-path>`);
    await shows(el, 'Doe eerst de test');
    await expect(el).to.be.accessible();
  });

  it('names what the goal asks besides skills: learning the steps does not bring a forklift certificate', async () => {
    const { token: mine } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: mine }) });
    await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: 'heftruckchauffeur' } });
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${mine}></pfw-learning-path>`);
    await shows(el, 'Wat dit werk ook vraagt');
    expect(text(el)).to.contain('Heftruckcertificaat, verplicht: Nog niet aangevinkt');
    // "Nog 1 stap" is not the whole way: the headline's paragraph names the certificate too.
    expect(root(el).querySelector('[part=papers-too]')!.textContent).to.equal(
      'Dit werk vraagt ook: Heftruckcertificaat. Die haal je niet met deze stappen.',
    );
    expect(text(el)).not.to.contain('niets te leren');
    // And how to get it: the course that leads to the certificate, with its facts.
    expect(text(el)).to.contain('Zo haal je wat nog ontbreekt');
    const courses = root(el).querySelector('[part=certificate-offers]')!;
    await setViewport({ width: 375, height: 800 });
    await executeServerCommand('screenshot', {
      folder: 'learning-path',
      name: 'certificate-offers-375',
      selector: 'pfw-learning-path',
    });
    await setViewport({ width: 800, height: 600 });
    expect(courses.textContent!.replace(/\s+/g, ' ')).to.match(
      /Heftruckcertificaat Opleider intern transport · in een les · 8 uur/,
    );
    await expect(el).to.be.accessible();
  });

  it('names a certificate a vacancy requires and the person has not ticked: in the goal chooser and under the plan, until it is ticked', async () => {
    const employerToken = await tokenFor('employer', 'Bouwbedrijf Van Dijk');
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const template = occupations.find((o) => o.id === 'stratenmaker')!;
    const title = 'Stratenmaker met VCA';
    const job = await employer.request(routes.createJobProfile, {
      body: {
        title,
        requirements: template.requirements,
        hardRequirements: [{ id: 'vca-basis', required: true }],
        region: 'Eindhoven',
        hours: { min: 24, max: 32 },
      },
    });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
    const { token: mine } = await candidateWithSkillprint();
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${mine}></pfw-learning-path>`);
    await shows(el, title);
    const choice = [...root(el).querySelectorAll('label.choice')].find((l) => l.textContent!.includes(title))!;
    expect(choice.textContent!.replace(/\s+/g, ' ')).to.contain('nog nodig: VCA Basis');
    // The vacancy without it says nothing of the sort.
    const other = [...root(el).querySelectorAll('label.choice')].find((l) => l.textContent!.includes(jobTitle))!;
    expect(other.textContent).not.to.contain('nog nodig');
    choice.querySelector('input')!.click();
    button(el, /Maak mijn plan/).click();
    await shows(el, `Jouw doel: ${title}`);
    expect(root(el).querySelector('[part=papers-too]')!.textContent).to.equal(
      'Dit werk vraagt ook: VCA Basis. Die haal je niet met deze stappen.',
    );
    await expect(el).to.be.accessible();
    // VCA VOL covers VCA Basis: once ticked, the plan no longer says it.
    const me = createClient({ baseUrl: '', credentials: () => ({ token: mine }) });
    await me.request(routes.putMyHardRequirements, { body: { items: [{ id: 'vca-vol' }] } });
    await el.load();
    await shows(el, `Jouw doel: ${title}`);
    expect(root(el).querySelector('[part=papers-too]')).to.equal(null);
  });

  it('names what the goal asks that the plan has no step for, and adds it when asked, keeping what was done', async () => {
    const { token: mine, signed } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: mine }) });
    // A vacancy asks the two lowest skills at level 5 (surely not reached yet): first one, then both.
    const [low, lower] = [...signed.skillprint.scores].sort((a, b) => a.theta - b.theta).map((s) => s.skillId);
    const employerToken = await tokenFor('employer', 'Bouwbedrijf Van Dijk');
    const employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    const ask = (skills: string[]) => ({
      title: 'Medewerker in de wijk',
      requirements: skills.map((skillId) => ({ skillId, level: 5 as const, importance: 3, essential: false })),
      region: 'Eindhoven',
      hours: { min: 24, max: 32 },
    });
    const job = await employer.request(routes.createJobProfile, { body: ask([low!]) });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
    await me.request(routes.putMyLearningPath, { body: { kind: 'job', id: job.id } });
    await me.request(routes.updateMyLearningStep, { params: { skillId: low! }, body: { status: 'started' } });
    await employer.request(routes.updateJobProfile, { params: { id: job.id }, body: ask([low!, lower!]) });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });

    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${mine}></pfw-learning-path>`);
    await shows(el, 'Voor dit doel kun je nu ook dit leren');
    expect(root(el).querySelectorAll('[part=step]').length).to.equal(1);
    // Not "alle stappen gedaan" while the goal asks more: the new gap counts as still to do.
    expect(text(el)).to.contain('Nog 2 stappen tot');
    await expect(el).to.be.accessible();
    await setViewport({ width: 375, height: 800 });
    await executeServerCommand('screenshot', {
      folder: 'learning-path',
      name: 'new-gaps-375',
      selector: 'pfw-learning-path',
    });
    await setViewport({ width: 800, height: 600 });
    button(el, /Zet het in mijn plan/).click();
    await shows(el, 'Je plan heeft nu ook deze stappen.');
    const said = [...root(el).querySelectorAll('[role=status]')].find(
      (s) => s.textContent === 'Je plan heeft nu ook deze stappen.',
    )!;
    expect(said.nextElementSibling?.classList.contains('steps'), 'said above the steps, where the note was').to.equal(
      true,
    );
    expect(root(el).querySelectorAll('[part=step]').length).to.equal(2);
    expect(root(el).querySelector('[part=new-gaps]')).to.equal(null);
    expect(root(el).querySelector('[part=step]')!.textContent).to.contain('Begonnen op');
    // Closed again: other tests choose among the partner's vacancies.
    await employer.request(routes.closeJobProfile, { params: { id: job.id } });
  });

  it('offers every other occupation in a list: the one a person wants may not fit best', async () => {
    const { token: mine } = await candidateWithSkillprint();
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${mine}></pfw-learning-path>`);
    await shows(el, 'Een ander beroep');
    const list = root(el).querySelector<HTMLSelectElement>('select[name=other]')!;
    const offered = [...root(el).querySelectorAll<HTMLInputElement>('input[name=goal]')]
      .map((i) => i.value)
      .filter((v) => v.startsWith('occupation:'));
    const options = [...list.options].filter((o) => o.value);
    expect(options.length + offered.length, 'every occupation, once').to.equal(occupations.length);
    expect(options.some((o) => offered.includes(o.value))).to.equal(false);
    // "Een ander beroep" without one from the list: nothing is chosen yet.
    root(el).querySelector<HTMLInputElement>('input[value=other]')!.click();
    button(el, /Maak mijn plan/).click();
    await shows(el, 'Kies eerst een doel.');
    // Choosing in the list chooses "Een ander beroep" too.
    root(el).querySelector<HTMLInputElement>('input[name=goal]')!.click();
    const pick = options[0]!;
    list.value = pick.value;
    list.dispatchEvent(new Event('change', { bubbles: true }));
    expect(root(el).querySelector<HTMLInputElement>('input[value=other]')!.checked).to.equal(true);
    await el.updateComplete; // the error goes with the choice
    expect(text(el)).not.to.contain('Kies eerst een doel.');
    await expect(el).to.be.accessible();
    button(el, /Maak mijn plan/).click();
    const title = occupations.find((o) => `occupation:${o.id}` === pick.value)!.title.nl;
    await shows(el, `Jouw doel: ${title}`);
  });

  it('lets a job seeker choose a goal and shows the steps to it', async () => {
    // The page's focus is elsewhere (the test's last screen, say): loading the chooser leaves it there.
    const elsewhere = await fixture<HTMLButtonElement>(html`<button>Bekijk je skillprint</button>`);
    elsewhere.focus();
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${token}></pfw-learning-path>`);
    await shows(el, 'Kies je doel');
    await el.updateComplete;
    expect(document.activeElement === elsewhere, 'the chooser took the focus on its own').to.equal(true);
    const legends = [...root(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Beroepen waar je naartoe kunt leren', 'Vacatures']);
    expect(text(el)).to.contain(jobTitle);
    expect(text(el)).to.match(/past \d+ van 100, (nog \d vaardighe(id|den) te leren|je hebt alle vaardigheden al)/);
    await expect(el).to.be.accessible();

    // Nothing chosen: said at the choices, right above the button, and the keyboard goes to the first choice.
    const make = button(el, /Maak mijn plan/);
    make.click();
    await shows(el, 'Kies eerst een doel');
    const first = root(el).querySelector<HTMLInputElement>('input[name=goal]')!;
    await waitUntil(() => root(el).activeElement === first, 'focus not on the first choice');
    const error = root(el).querySelector('#goal-error')!;
    expect(error.textContent).to.equal('Kies eerst een doel.');
    expect(error.nextElementSibling!.contains(make), 'the error is right above the button').to.equal(true);
    expect(first.getAttribute('aria-describedby')).to.equal('goal-error');
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('section > [role=status]')!.textContent).to.equal('');
    await expect(el).to.be.accessible();
    // A second try, from the button: the focus goes to the choices again.
    make.focus();
    make.click();
    await waitUntil(() => root(el).activeElement === first, 'focus not on the first choice the second time');

    // The vacancy of this test (other tests publish theirs too).
    const vacancy = [...root(el).querySelectorAll<HTMLInputElement>('input[name=goal]')].find(
      (i) => i.value.startsWith('job:') && i.closest('label')?.textContent?.includes(jobTitle),
    )!;
    vacancy.click();
    const changed = oneEvent(el, 'pfw-learning-path-changed');
    button(el, /Maak mijn plan/).click();
    const { detail } = (await changed) as CustomEvent<{ path: LearningPath }>;
    await shows(el, `Jouw doel: ${jobTitle}`);
    expect(root(el).activeElement?.id).to.equal('plan-title');
    const steps = root(el).querySelectorAll('[part=step]');
    expect(steps.length).to.equal(detail.path.steps.length);
    if (detail.path.steps.length) {
      expect(text(el)).to.contain(`Nog ${detail.path.remaining} stap`);
      expect(steps[0]!.querySelector('h4')!.textContent).to.match(/^Stap 1: \S/);
      expect(steps[0]!.textContent).to.match(/Nodig: niveau \d\. Jij nu: niveau \d\./);
      const progress = root(el).querySelector('progress')!;
      expect(progress.max).to.equal(detail.path.steps.length);
      expect(progress.value).to.equal(0);
    }
    await expect(el).to.be.accessible();

    // Another goal, then back: the keyboard returns to the button that opened the chooser.
    button(el, /Ander doel kiezen/).click();
    await shows(el, 'Terug naar mijn plan');
    button(el, /Terug naar mijn plan/).click();
    await shows(el, `Jouw doel: ${jobTitle}`);
    await waitUntil(() => root(el).activeElement?.id === 'other-goal', 'focus not back on "Ander doel kiezen"');
  });

  it('marks a step started and done with a certificate, by keyboard, and says so', async () => {
    const me = createClient({ baseUrl: '', credentials: () => ({ token }) });
    // The goal with the most to learn, so the plan surely has a step with an offer.
    const careers = await me.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.some((g) => g.offerIds.length))!;
    await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });

    await setViewport({ width: 375, height: 800 });
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${token}></pfw-learning-path>`);
    await shows(el, 'Jouw doel:');
    const step = [...root(el).querySelectorAll('[part=step]')].find((s) => s.querySelector('.offers'))!;
    const start = [...step.querySelectorAll('button')].find((b) => b.textContent!.includes('Ik begin met'))!;
    start.focus();
    await sendKeys({ press: 'Enter' });
    await shows(el, 'Begonnen op');
    const status = root(el).activeElement!;
    expect(status.classList.contains('status')).to.equal(true);
    expect(status.textContent).to.contain('Begonnen op');
    // Said right under the step's status line, where the focus is (not at the bottom of the widget).
    expect(status.nextElementSibling!.getAttribute('role')).to.equal('status');
    expect(status.nextElementSibling!.textContent).to.match(/^Opgeslagen: .+\. Begonnen op/);
    expect(root(el).querySelector('section > [role=status]')!.textContent).to.equal('');
    // Another language does not leave the message standing in Dutch.
    el.setAttribute('lang', 'en');
    await shows(el, 'Started on');
    expect(root(el).textContent).to.not.contain('Opgeslagen');
    el.setAttribute('lang', 'nl');
    await shows(el, 'Begonnen op');
    const tag = root(el).querySelector('.chosen .tag')!;
    expect(tag.textContent).to.equal('Jouw keuze');
    // Even where the offer's title fills the line up to it (here: an offer box narrower than the tag), one line.
    const box = tag.closest('li')!;
    box.style.inlineSize = '4em';
    const words = document.createRange();
    words.selectNodeContents(tag);
    expect(words.getClientRects().length, '"Jouw keuze" on one line').to.equal(1);
    box.style.inlineSize = '';
    await setViewport({ width: 800, height: 600 });

    const again = [...root(el).querySelectorAll('[part=step]')].find((s) => s.querySelector('.chosen'))!;
    // Cancelling the form puts the keyboard back on the button that opened it.
    button(el, /Ik ben klaar/, again).click();
    await waitUntil(() => again.querySelector('form.done'));
    button(el, /Annuleren/, again).click();
    await waitUntil(
      () => root(el).activeElement === button(el, /Ik ben klaar/, again),
      'focus not back on "Ik ben klaar"',
    );
    button(el, /Ik ben klaar/, again).click();
    await waitUntil(() => again.querySelector('form.done'));
    // A certificate without a word about it is not sent: said at the field, focus there.
    button(el, /Opslaan/, again).click();
    await shows(el, 'Schrijf in een paar woorden');
    const note = again.querySelector<HTMLInputElement>('input[name=note]')!;
    await waitUntil(() => root(el).activeElement === note, 'focus not on the note');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // A second bad try (only spaces), from the button: the focus goes to the field again.
    note.value = '   ';
    button(el, /Opslaan/, again).focus();
    button(el, /Opslaan/, again).click();
    await waitUntil(() => root(el).activeElement === note, 'focus not on the note the second time');

    // Near the limit it says how many characters are left; at the limit, that it is full (announced).
    const typeNote = async (value: string) => {
      note.value = value;
      note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    expect(note.maxLength).to.equal(200);
    await typeNote('x'.repeat(150));
    expect(again.querySelector('.count')).to.equal(null);
    await typeNote('x'.repeat(190));
    const count = again.querySelector(`#note-count-${note.id.slice('note-'.length)}`)!;
    expect(count.textContent).to.equal('Nog 10 tekens.');
    expect(note.getAttribute('aria-describedby')).to.contain(count.id);
    await typeNote('x'.repeat(200));
    expect(count.textContent).to.contain('Het vak is vol.');
    expect(again.querySelector('form.done [role=status]')!.textContent).to.contain('Het vak is vol.');
    await expect(el).to.be.accessible();
    await typeNote('');

    await sendKeys({ type: 'Certificaat Samenwerken' });
    await sendKeys({ press: 'Enter' });
    await shows(el, 'Bewijs: Certificaat Samenwerken.');
    expect(text(el)).to.contain('Klaar op');
    const progress = root(el).querySelector('progress')!;
    expect(progress.value).to.equal(1);
    expect(text(el)).to.contain('klaar, maar nog niet gemeten. Doe de test opnieuw.');
    const path = await me.request(routes.getMyLearningPath);
    expect(path.steps.filter((s) => s.status === 'done').map((s) => s.proof)).to.deep.equal([
      { kind: 'certificate', note: 'Certificaat Samenwerken' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('before the test (the page says so): "Doe eerst de test" and the coach part, without asking for a plan', async () => {
    const el = await fixture<PfwLearningPath>(
      html`<pfw-learning-path lang="nl" before-test .token=${token}></pfw-learning-path>`,
    );
    await shows(el, 'Doe eerst de test.');
    await shows(el, 'Heb je een coach?');
    expect(root(el).querySelector('#coach-code')).to.exist;
    await expect(el).to.be.accessible();
    // This person has a skillprint: once the page says the test is done, the plan's choice comes.
    el.beforeTest = false;
    await el.load();
    await waitUntil(() => !text(el).includes('Doe eerst de test.'), 'still "Doe eerst de test" after the test');
  });

  it('gives a coach access with their code after saying whose it is, shows what the coach wrote, and stops it after asking', async () => {
    const coachToken = await tokenFor('coach', 'Fatima, trajectcoach');
    const coach = createClient({ baseUrl: '', credentials: () => ({ token: coachToken }) });
    const { code } = await coach.request(routes.createCoachInvite);
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${token}></pfw-learning-path>`);
    await shows(el, 'Heb je een coach?');
    const enter = async (value: string) => {
      root(el).querySelector<HTMLInputElement>('#coach-code')!.value = value;
      button(el, /^Verder$/).click();
    };
    await enter('  ');
    await shows(el, 'Vul eerst de code in');
    await enter('abc');
    await shows(el, 'Deze code klopt niet');
    expect(root(el).activeElement?.id).to.equal('coach-code');
    await enter('AAAA-BBBB');
    await shows(el, 'Deze code werkt niet');
    // In the language chosen after the error, too.
    el.lang = 'en';
    await shows(el, 'This code does not work');
    el.lang = 'nl';
    await shows(el, 'Deze code werkt niet');
    // As people copy it: small letters, a space in the middle.
    await enter(`${code.replace('-', '').slice(0, 4)} ${code.replace('-', '').slice(4)}`.toLowerCase());
    await shows(el, 'Fatima (trajectcoach) wil meekijken naar je skillprint');
    await expect(el).to.be.accessible();
    expect((await coach.request(routes.listCaseload)).items).to.deep.equal([], 'nothing before yes');

    root(el).querySelector<HTMLInputElement>('#coach-called')!.value = 'Sam';
    button(el, /Ja, mijn coach mag meekijken/).click();
    await shows(el, 'Fatima (trajectcoach) kijkt met je mee sinds');
    expect((await coach.request(routes.listCaseload)).items.map((e) => e.called)).to.deep.equal(['Sam']);
    // The keyboard stays in the coach's part, not back at the top of the page.
    await waitUntil(() => root(el).activeElement?.id === 'coach-title', 'focus not on the coach part after yes');

    // What the coach writes, the job seeker reads here too.
    const [entry] = (await coach.request(routes.listCaseload)).items;
    const params = { personId: entry!.personId };
    await coach.request(routes.addCoachNote, { params, body: { text: 'We spraken af: Sam kiest een doel.' } });
    await coach.request(routes.setNextAction, { params, body: { text: 'Bellen over de test', due: '2027-01-15' } });
    await el.load();
    await shows(el, 'Volgende stap (15 januari): Bellen over de test');
    await shows(el, 'Wat Fatima (trajectcoach) over je schreef');
    await shows(el, 'We spraken af: Sam kiest een doel.');

    // Stop asks first, and says that the notes go too; "Nee" keeps everything.
    const stop = /Stop: Fatima \(trajectcoach\) mag niet meer meekijken/;
    button(el, stop).click();
    await shows(el, 'Weet je het zeker? Dan ziet Fatima (trajectcoach) niets meer van je.');
    await waitUntil(() => root(el).activeElement?.id === 'coach-stop-ask', 'focus not on the question');
    await expect(el).to.be.accessible();
    button(el, /^Nee$/).click();
    await waitUntil(() => button(el, stop), 'Stop not back after no');
    expect((await coach.request(routes.listCaseload)).items).to.have.length(1);
    button(el, stop).click();
    await shows(el, 'Weet je het zeker?');
    button(el, /^Ja, stop$/).click();
    await shows(el, 'Fatima (trajectcoach) kijkt niet meer mee.');
    expect(text(el)).not.to.contain('We spraken af');
    await waitUntil(() => root(el).activeElement?.id === 'coach-title', 'focus not on the coach part after stop');
    expect((await coach.request(routes.listCaseload)).items).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows each measurement since the plan after a retake, and claims growth only when the test is sure', async () => {
    const { token: retaker } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: retaker }) });
    const careers = await me.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.length)!;
    await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });
    // The adaptive test picks items with some chance: a retake may measure none of the plan's
    // skills again. Retake until one is (at most three times).
    let path = await me.request(routes.getMyLearningPath);
    for (let seed = 7; seed < 10 && !path.steps.some((s) => (s.history?.length ?? 0) >= 2); seed++) {
      await playAssessment(me, plainPlayer(seed));
      path = await me.request(routes.getMyLearningPath);
    }
    expect(path.steps.length).to.be.above(0);
    const el = await fixture<PfwLearningPath>(
      html`<pfw-learning-path lang="nl" .token=${retaker}></pfw-learning-path>`,
    );
    await shows(el, 'Jouw doel:');
    const steps = [...root(el).querySelectorAll('[part=step]')];
    expect(steps.length).to.equal(path.steps.length);
    // A test can end before every skill is measured: a skill measured once has no history line.
    const measuredTwice = path.steps.filter((s) => (s.history?.length ?? 0) >= 2);
    expect(measuredTwice.length).to.be.above(0);
    path.steps.forEach((step, i) => {
      const history = steps[i]!.querySelector('.history');
      if ((step.history?.length ?? 0) < 2) return void expect(history).to.equal(null);
      expect(history!.textContent).to.match(/Gemeten: .+ → .+/);
      // The same measurements in a chart (lazy), named for a screen reader; the text stays the source.
      const canvas = steps[i]!.querySelector<HTMLCanvasElement>('.growth-chart canvas')!;
      expect(canvas.getAttribute('role')).to.equal('img');
      expect(canvas.getAttribute('aria-label')).to.contain('je niveau bij elke meting');
      expect(JSON.parse(canvas.dataset.history!)).to.deep.equal(step.history);
      const said = { grew: 'Je bent gegroeid', unclear: 'Nog geen zekere groei', fell: 'De laatste meting is lager' };
      expect(steps[i]!.querySelector('.growth-chart canvas')).to.not.equal(null);
      expect(steps[i]!.querySelector('.growth')!.textContent).to.contain(said[step.growth!]);
    });
    await waitUntil(
      () => [...root(el).querySelectorAll<HTMLCanvasElement>('.growth-chart canvas')].every((c) => c.dataset.drawn),
      'every growth chart is drawn',
    );
    await expect(el).to.be.accessible();
  });

  it('offers to measure a begun step again when the page can run it, and asks the page to', async () => {
    const { token: learner } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: learner }) });
    const careers = await me.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.length)!;
    const path = await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });
    const skillId = path.steps[0]!.skillId;
    await me.request(routes.updateMyLearningStep, { params: { skillId }, body: { status: 'started' } });

    // Without can-remeasure the page has no test to show: no button.
    const plain = await fixture<PfwLearningPath>(
      html`<pfw-learning-path lang="nl" .token=${learner}></pfw-learning-path>`,
    );
    await shows(plain, 'Jouw doel:');
    expect(button(plain, /Meet opnieuw/)).to.equal(undefined);

    const el = await fixture<PfwLearningPath>(
      html`<pfw-learning-path lang="nl" can-remeasure .token=${learner}></pfw-learning-path>`,
    );
    await shows(el, 'Jouw doel:');
    const steps = [...root(el).querySelectorAll('[part=step]')];
    // Only the begun step offers it (a step not begun has nothing to measure yet).
    expect(steps.map((st) => Boolean(button(el, /Meet opnieuw/, st)))).to.deep.equal(
      path.steps.map((st) => st.skillId === skillId),
    );
    const again = button(el, /Meet opnieuw \(2 tot 3 minuten\)/, steps[0]!);
    again.focus();
    const asked = oneEvent(el, 'pfw-learning-path-remeasure');
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail).to.deep.equal({ skillId });
    await expect(el).to.be.accessible();
  });

  it("opens a step's micro-lesson page by page at 320 px, by keyboard: a picture, a question with feedback, read-aloud; done begins the step", async () => {
    await setViewport({ width: 320, height: 800 });
    const { token: learner } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: learner }) });
    const careers = await me.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.length)!;
    const planned = await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });
    const skillId = planned.steps[0]!.skillId;
    const partner = createClient({ baseUrl: '', credentials: () => ({ token: MOCK_KEYS.secret }) });
    await partner.request(routes.putLessons, {
      body: {
        items: [
          {
            id: 'test-les',
            skillId,
            title: { nl: 'Een korte les' },
            minutes: 3,
            pages: [
              { text: { nl: 'Dit is de eerste pagina van de les.' }, picture: { scene: 'shop' } },
              {
                text: { nl: 'Nu een vraag.' },
                question: {
                  prompt: { nl: 'Wat doe je?' },
                  options: [
                    { text: { nl: 'Ik vraag het.' }, good: true, feedback: { nl: 'Dan weet je het zeker.' } },
                    { text: { nl: 'Ik gok.' }, good: false, feedback: { nl: 'Dan kan het fout gaan.' } },
                  ],
                },
              },
            ],
          },
        ],
      },
    });
    try {
      const el = await fixture<PfwLearningPath>(
        html`<pfw-learning-path lang="nl" .token=${learner}></pfw-learning-path>`,
      );
      await shows(el, 'Korte les hier: Een korte les (3 minuten).');
      const first = root(el).querySelector('[part=step]')!;
      button(el, /^Begin de les$/, first).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.id === 'lesson-title', 'the lesson title takes the focus');
      expect(text(el)).to.contain('Pagina 1 van 2');
      if ('speechSynthesis' in window) {
        // A device without voices takes the text and stays silent: the lesson says so, by the button.
        const real = speechSynthesis.speak;
        speechSynthesis.speak = () => {};
        try {
          button(el, /Lees voor/).click();
          await shows(el, 'Je browser heeft geen stem om deze taal voor te lezen.');
        } finally {
          speechSynthesis.speak = real;
        }
      }
      expect(root(el).querySelector('.lesson svg.art[role=img]')?.getAttribute('aria-label')).to.contain('winkel');
      await expect(el).to.be.accessible();
      button(el, /^Volgende$/).focus();
      await sendKeys({ press: 'Enter' });
      await shows(el, 'Pagina 2 van 2');
      button(el, /^Ik gok\.$/).click();
      await shows(el, 'Niet helemaal. Dan kan het fout gaan.');
      button(el, /^Ik vraag het\.$/).click();
      await shows(el, 'Goed gekozen. Dan weet je het zeker.');
      expect(button(el, /^Ik vraag het\.$/).getAttribute('aria-pressed')).to.equal('true');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
      button(el, /^Klaar met de les$/).click();
      await shows(el, 'De les is gedaan. Je bent met deze stap begonnen.');
      await shows(el, '✓ Les gedaan op');
      const path = await me.request(routes.getMyLearningPath);
      const step = path.steps.find((st) => st.skillId === skillId)!;
      expect(step.status).to.equal('started');
      expect(step.lessonDoneAt).to.be.a('string');
      expect(button(el, /^Doe de les nog eens$/, first)).to.not.equal(undefined);
    } finally {
      await partner.request(routes.putLessons, { body: { items: [] } });
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("offers the employers' onboarding paths as a goal, and shows what the workplace does in a step", async () => {
    const { token: hire } = await candidateWithSkillprint();
    const employer = async (name: string) => {
      const employerToken = await tokenFor('employer', name);
      return createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
    };
    const zonnig = await employer('Zonnig Solar');
    const dakEnZon = await employer('Dak & Zon');
    // Every skill of the occupation to the top level: a new hire surely has steps to take.
    const occupation = occupations.find((o) => o.id === 'zonnepanelenmonteur')!;
    const shared = await zonnig.request(routes.createCommunityPath, {
      body: {
        occupationId: occupation.id,
        title: 'Samen inwerken op het dak',
        steps: occupation.requirements.map((r, i) => ({
          skillId: r.skillId,
          level: 5,
          offerIds: [],
          note: `Week ${i + 1}: je werkt mee met een vaste collega.`,
        })),
      },
    });
    await dakEnZon.request(routes.joinCommunityPath, { params: { id: shared.id } });
    try {
      const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="nl" .token=${hire}></pfw-learning-path>`);
      await shows(el, 'Inwerkpaden van werkgevers');
      expect(text(el)).to.contain(
        `Samen inwerken op het dak (Zonnepanelenmonteur, ${occupation.requirements.length} stappen)`,
      );
      expect(text(el)).to.contain('Gedeeld door Zonnig Solar, Dak & Zon');
      await expect(el).to.be.accessible();

      root(el).querySelector<HTMLInputElement>(`input[value="community:${shared.id}"]`)!.click();
      button(el, /Maak mijn plan/).click();
      await shows(el, 'Jouw doel: Samen inwerken op het dak');
      const first = root(el).querySelector('[part=step]')!;
      expect(first.textContent).to.match(/Op je werk: Week \d+: je werkt mee met een vaste collega\./);
      await expect(el).to.be.accessible();
    } finally {
      // The other tests choose from careers and vacancies only.
      await zonnig.request(routes.leaveCommunityPath, { params: { id: shared.id } });
      await dakEnZon.request(routes.leaveCommunityPath, { params: { id: shared.id } });
    }
  });

  it('does not say a goal is reached when a step said done was measured again and is still below its level', async () => {
    const { token: learner } = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: learner }) });
    const careers = await me.request(routes.listMyCareers, { query: { limit: 500 } });
    const goal = careers.items.find((c) => c.gaps.length)!;
    const planned = await me.request(routes.putMyLearningPath, { body: { kind: 'occupation', id: goal.occupationId } });
    const [first] = planned.steps;
    // As in the walkthrough: one step, level 2 of the 3 needed, said done with a certificate.
    const doneAt = '2026-12-01T10:00:00.000Z';
    const measured = (at: string) => ({ at, level: 2 as const, low: 2 as const, high: 2 as const });
    const step = {
      ...first!,
      requiredLevel: 3 as const,
      currentLevel: 2 as const,
      reached: false,
      status: 'done' as const,
      startedAt: '2026-12-01T09:00:00.000Z',
      doneAt,
      proof: { kind: 'certificate' as const, note: 'Certificaat Omgaan met verandering' },
    };
    const pathWith = (history: { at: string }[]): LearningPath => ({
      ...planned,
      steps: [{ ...step, history: history.map((h) => measured(h.at)), growth: 'unclear' }],
      remaining: 1,
    });
    const worker = await startMockApi();
    let served = pathWith([{ at: '2026-11-30T10:00:00.000Z' }, { at: '2026-12-01T10:05:00.000Z' }]);
    worker.use(http.get('/v1/me/learning-path', () => HttpResponse.json(served)));
    try {
      const el = await fixture<PfwLearningPath>(
        html`<pfw-learning-path lang="nl" can-remeasure .token=${learner}></pfw-learning-path>`,
      );
      await shows(el, 'Jouw doel:');
      const progress = root(el).querySelector('[part=progress]')!.textContent!.replace(/\s+/g, ' ');
      expect(progress).to.contain(`Nog 1 stap tot ${planned.goal.title.nl.toLowerCase()}.`);
      expect(progress).to.not.contain('Goed gedaan');
      expect(progress).to.not.contain('nog niet gemeten');
      expect(progress).to.contain('1 stap is opnieuw gemeten. Je niveau is nog niet hoog genoeg. Oefen nog wat meer.');
      expect(progress).to.contain('0 van 1 stap klaar');
      expect(root(el).querySelector('progress')!.value).to.equal(0);
      const status = root(el).querySelector('.status')!;
      expect(status.textContent).to.contain('Opnieuw gemeten: nog niveau 2. Nodig is niveau 3.');
      expect(status.textContent).to.not.contain('✓');
      expect(root(el).querySelector('[part=step]')!.classList.contains('finished')).to.equal(false);
      await expect(el).to.be.accessible();

      // Measured before it was said done: then it is done, waiting to be measured again.
      served = pathWith([{ at: '2026-11-30T10:00:00.000Z' }, { at: '2026-12-01T09:30:00.000Z' }]);
      await el.load();
      await shows(el, 'Jouw doel:');
      const after = root(el).querySelector('[part=progress]')!.textContent!.replace(/\s+/g, ' ');
      expect(after).to.contain('1 stap is klaar, maar nog niet gemeten. Doe de test opnieuw.');
      expect(after).to.not.contain('opnieuw gemeten');
      expect(after).to.contain('1 van 1 stap klaar');
      expect(root(el).querySelector('.status')!.textContent).to.contain('✓ Klaar op');
    } finally {
      worker.resetHandlers();
    }
  });

  it('fits 320 px without sideways scrolling, and speaks English when the page does', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<PfwLearningPath>(html`<pfw-learning-path lang="en" .token=${token}></pfw-learning-path>`);
    await shows(el, 'Your goal:');
    expect(text(el)).to.match(/more steps? to|You did every step/);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    button(el, /Choose another goal/).click();
    await shows(el, 'Choose your goal');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await setViewport({ width: 800, height: 600 });
  });
});
