import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient, routes, type SignedSkillprint } from '@pfw/contract';
import { skills } from '@pfw/core/skills';
import { startMockApi } from '../test-support/mock-api.js';
import { candidateWithSkillprint } from '../test-support/flows.js';
import type { PfwSkillprint } from './skillprint.js';
import '../define/pfw-skillprint.js';

const shadow = (el: PfwSkillprint) => el.shadowRoot!;
const loaded = (el: PfwSkillprint) => waitUntil(() => el.skillprint && shadow(el).querySelector('.badge:not(.checking)'), 'skillprint did not load', { timeout: 8000 });

describe('<pfw-skillprint>', function () {
  this.timeout(30000);
  let owner: { token: string; signed: SignedSkillprint };

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
  });

  it('is accessible, verified, and paints its content before the chart arrives', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await waitUntil(() => shadow(el).querySelector('.card'), 'no card', { timeout: 8000 });
    // First paint with content: the skills are there, the chart is not drawn yet.
    expect(shadow(el).querySelectorAll('.bar').length).to.equal(16);
    expect(shadow(el).querySelector('[part=chart]')!.getAttribute('data-chart')).to.not.equal('ready');
    await loaded(el);
    expect(el.verified).to.equal(true);
    expect(shadow(el).querySelector('.badge')!.textContent).to.contain('Echt');
    await el.chartReady;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=chart]')!.getAttribute('data-chart')).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it('has a real table with every skill and its level, and shows it on request', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(owner.signed.skillprint.scores.length);
    for (const score of owner.signed.skillprint.scores) {
      const label = skills.find((s) => s.id === score.skillId)!.label.nl;
      const row = rows.find((r) => r.querySelector('th')!.textContent === label)!;
      expect(row, label).to.exist;
      expect(row.querySelectorAll('td')[0]!.textContent).to.equal(String(score.level));
    }
    const toggle = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Toon als tabel')!;
    toggle.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table')!.classList.contains('visually-hidden')).to.equal(false);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('says "not verified" when the skillprint was altered', async () => {
    const tampered = structuredClone(owner.signed);
    tampered.skillprint.scores[0]!.level = tampered.skillprint.scores[0]!.level === 5 ? 1 : 5;
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint .signed=${tampered}></pfw-skillprint>`);
    await loaded(el);
    expect(el.verified).to.equal(false);
    expect(shadow(el).querySelector('.badge')!.textContent).to.contain('Niet gecontroleerd');
  });

  it('loads by id with the owner’s token, compact, and fires loaded', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint variant="compact" .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`);
    const event = await oneEvent(el, 'pfw-skillprint-loaded');
    expect(event.detail.verified).to.equal(true);
    await el.updateComplete;
    expect(shadow(el).querySelector('.card.compact')).to.exist;
    expect(shadow(el).querySelector('canvas')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a kind message for an unknown id and for a stopped share link', async () => {
    const unknown = await fixture<PfwSkillprint>(html`<pfw-skillprint .token=${owner.token} skillprint-id="sp_doesnotexist"></pfw-skillprint>`);
    await waitUntil(() => shadow(unknown).querySelector('[role=alert]'), 'no message', { timeout: 8000 });
    expect(shadow(unknown).querySelector('[role=alert]')!.textContent).to.contain('kunnen we niet vinden');
    await expect(unknown).to.be.accessible();

    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    const link = await me.request(routes.createShareLink, { params: { id: owner.signed.skillprint.id }, body: { expiresInDays: 1 } });
    const shared = await fixture<PfwSkillprint>(html`<pfw-skillprint share-token=${link.token}></pfw-skillprint>`);
    await loaded(shared);
    expect(shared.skillprint!.skillprint.id).to.equal(owner.signed.skillprint.id);
    await me.request(routes.revokeShareLink, { params: { id: link.id } });
    const stopped = await fixture<PfwSkillprint>(html`<pfw-skillprint share-token=${link.token}></pfw-skillprint>`);
    await waitUntil(() => shadow(stopped).querySelector('[role=alert]'), 'no message', { timeout: 8000 });
    expect(shadow(stopped).querySelector('[role=alert]')!.textContent).to.contain('werkt niet meer');
  });

  it('lets the owner make, list and stop share links', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint sharing .token=${owner.token} share-url="https://portal.example.nl/sp#" skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`);
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('form'), 'no share panel');
    const form = shadow(el).querySelector('form')!;
    const shared = oneEvent(el, 'pfw-skillprint-shared');
    form.requestSubmit();
    const { detail } = await shared;
    expect(detail.url).to.match(/^https:\/\/portal\.example\.nl\/sp#[a-z0-9]{32}$/);
    await waitUntil(() => shadow(el).querySelectorAll('.sharing li').length >= 1, 'no links');
    await expect(el).to.be.accessible();
    const stop = [...shadow(el).querySelectorAll<HTMLButtonElement>('.sharing li button')].at(-1)!;
    stop.click();
    await waitUntil(() => shadow(el).querySelector('[role=status][aria-live]')!.textContent!.includes('gestopt'), 'not stopped');
  });

  it('fits the print version on one A4 page', async () => {
    // The measurement itself: a page taller than A4 prints on more than one.
    await fixture(html`<div style="height: 2000mm">tall</div>`);
    expect(await executeServerCommand('pdf-pages')).to.be.greaterThan(1);
    fixtureCleanup();
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint variant="print" .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    await el.chartReady;
    expect(await executeServerCommand('pdf-pages')).to.equal(1);
  });

  it('speaks English', async () => {
    const el = await fixture<PfwSkillprint>(html`<pfw-skillprint lang="en" .signed=${owner.signed}></pfw-skillprint>`);
    await loaded(el);
    await waitUntil(() => shadow(el).querySelector('h2')!.textContent === 'My skillprint', 'not English');
    const label = skills.find((s) => s.id === owner.signed.skillprint.scores[0]!.skillId)!.label.en;
    expect(shadow(el).querySelector('tbody th')!.textContent).to.equal(label);
  });
});
