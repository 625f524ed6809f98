import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, routes, type Client } from '@pfw/contract';
import { startMockApi } from '../../test/mock-api.js';
import { A4_CONTENT_HEIGHT, onPaper } from '../../test/paper.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwCoachDesk } from './coach-desk.js';
import '../define/pfw-coach-desk.js';

const root = (el: PfwCoachDesk) => el.shadowRoot!;
const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ');
const shows = (el: PfwCoachDesk, words: string) =>
  waitUntil(() => text(root(el)).includes(words), `never said "${words}"`, { timeout: 10000 });
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

    // A next action in the past is refused at its date.
    root(el).querySelector<HTMLInputElement>('#next-text')!.value = 'Bellen over de cursus';
    root(el).querySelector<HTMLInputElement>('#next-due')!.value = '2020-12-07';
    button(root(el), /Bewaar actie/).click();
    await shows(el, 'Kies een datum vanaf vandaag.');
    expect(root(el).querySelector('#next-due')!.getAttribute('aria-invalid')).to.equal('true');
    root(el).querySelector<HTMLInputElement>('#next-due')!.value = '2030-12-07';
    button(root(el), /Bewaar actie/).click();
    await shows(el, 'De volgende actie is bewaard.');

    // A step confirmed: the participant's plan says who confirmed it.
    const confirm = button(root(el), /^Bevestig: /);
    confirm.click();
    await shows(el, 'bevestigd door Fatima, trajectcoach');
    const plan = await seeker.request(routes.getMyLearningPath);
    expect(plan.steps.some((s) => s.proof?.kind === 'coach' && s.proof.coachName === 'Fatima, trajectcoach')).to.equal(
      true,
    );
    await expect(el).to.be.accessible();

    // The participant sees when the coach looked.
    const [grant] = (await seeker.request(routes.listMyCoaches)).items;
    expect(grant!.reads).to.be.at.least(2);
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
    const message = root(el).querySelector<HTMLElement>('#message')!;
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
});
