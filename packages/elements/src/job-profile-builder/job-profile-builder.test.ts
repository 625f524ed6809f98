import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient, routes, type Requirement } from '@pfw/contract';
import { occupations } from '@pfw/core/skills';
import { startMockApi } from '../../test/mock-api.js';
import { formControlSuite } from '../../test/form-control-suite.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { JobProfileDraft, PfwJobProfileBuilder } from './job-profile-builder.js';
import type { PfwOccupationPicker } from '../occupation-picker/occupation-picker.js';
import type { PfwHardRequirementEditor } from './hard-requirement-editor.js';
import '../define/pfw-job-profile-builder.js';

const root = (el: PfwJobProfileBuilder) => el.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(el: PfwJobProfileBuilder, selector: string) =>
  root(el).querySelector<T & Element>(selector)!;
const button = (el: PfwJobProfileBuilder, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text)!;
/** Type into a text control as a user would: the value, then the input and change events. */
const type = async (el: PfwJobProfileBuilder, selector: string, value: string) => {
  const input = $(el, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
/** The skill editor is a lazy chunk that loads with the skills: wait for both. */
const skillsLoaded = (el: PfwJobProfileBuilder) =>
  waitUntil(
    () => (root(el).querySelector('#add-skill')?.querySelectorAll('option').length ?? 0) > 1,
    'skills not loaded',
    { timeout: 8000 },
  );
/** The hard-requirement editor comes in the skill editor's chunk: wait for its list. */
const hardLoaded = (el: PfwJobProfileBuilder) =>
  waitUntil(() => root(el).querySelector('#hard-vca-basis'), 'hard requirements not loaded', { timeout: 8000 });
const hardList = (el: PfwJobProfileBuilder) => $<HTMLDetailsElement>(el, '[part=hard-requirements]');
const stratenmaker = occupations.find((o) => o.id === 'stratenmaker')!;
const valid = (over: Partial<JobProfileDraft> = {}): JobProfileDraft => ({
  title: 'Stratenmaker',
  requirements: stratenmaker.requirements.map((r) => ({ ...r })),
  region: 'Eindhoven',
  hours: { min: 32, max: 40 },
  ...over,
});

describe('<pfw-job-profile-builder>', function () {
  this.timeout(40000);
  let employerToken: string;
  let employer: ReturnType<typeof createClient>;

  before(async () => {
    await startMockApi();
    // One candidate in the talent pool, so the live count has someone to count.
    const { token } = await candidateWithSkillprint();
    await createClient({ baseUrl: '', credentials: () => ({ token }) }).request(routes.putTalentPool, {
      body: { availability: 'now', region: 'Eindhoven', hours: { min: 24, max: 40 }, consentTextVersion: '2026-11' },
    });
    employerToken = await tokenFor('employer', 'Bouwbedrijf Test');
    employer = createClient({ baseUrl: '', credentials: () => ({ token: employerToken }) });
  });

  beforeEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('pfw-job-profile-builder:')) localStorage.removeItem(key);
  });

  /** What this device keeps of the employer's new profile (one key per employer). */
  const keptNew = () => {
    const keys = Object.keys(localStorage).filter((k) => /^pfw-job-profile-builder:.+:new$/.test(k));
    expect(keys.length, keys.join()).to.equal(1);
    return JSON.parse(localStorage.getItem(keys[0]!)!) as { draft: { title: string; hardRequirements?: unknown } };
  };

  /** A builder for a new employer with an occupation chosen in its picker (its template shown). */
  async function builderWithTemplate(occupationId: string) {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    const picker = $<PfwOccupationPicker>(el, 'pfw-occupation-picker');
    picker.value = occupationId;
    await waitUntil(() => picker.selectedOccupation, 'occupations not loaded');
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    return { el, picker };
  }

  it('is accessible when empty, labels every control, and counts nothing without skills', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    // The first paint has the start and the job fields at once; only the skill editor waits for its chunk.
    expect(root(el).querySelector('pfw-occupation-picker')).to.exist;
    expect(root(el).querySelector('#title')).to.exist;
    await skillsLoaded(el);
    await expect(el).to.be.accessible();
    expect([...root(el).querySelectorAll('legend')].map((l) => l.textContent)).to.include.members([
      'Over de baan',
      'Vaardigheden',
    ]);
    expect(root(el).querySelector('label[for=title]')!.textContent).to.equal('Titel');
    expect($(el, '[part=preview] [role=status]').textContent).to.contain('Kies vaardigheden');
  });

  it('builds from a template, counts live, publishes, and a new instance edits and closes it', async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    const template = $(el, '[part=template]');
    // Its skills, what it asks for besides skills (hard-requirement-editor.ts), its interest areas and work environment.
    expect(template.querySelectorAll('li')).to.have.length(
      stratenmaker.requirements.length + stratenmaker.hardRequirements!.length + 2,
    );
    await expect(el).to.be.accessible();
    // How to use it comes first, right under the picker: the list can be long on a phone.
    expect(template.querySelector('p')!.textContent).to.equal(
      'Het beroep Stratenmaker vraagt de vaardigheden hieronder.',
    );
    expect(template.querySelector('button')!.compareDocumentPosition(template.querySelector('ul')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    button(el, 'Gebruik dit beroep').click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=requirement]')).to.have.length(stratenmaker.requirements.length);
    expect($(el, '#title').value).to.equal(stratenmaker.title.nl);
    // Each level choice has the five levels with their short names; the chosen level's
    // description, from the skill language, is one click away ("Meer") and read with the choice.
    const level = $<HTMLSelectElement>(el, '#level-0');
    expect([...level.options].map((o) => o.textContent)).to.deep.equal([
      '1 · Beginner',
      '2 · Basis',
      '3 · Gemiddeld',
      '4 · Sterk',
      '5 · Heel sterk',
    ]);
    expect(level.value).to.equal(String(stratenmaker.requirements[0]!.level));
    const description = $(el, `#${level.getAttribute('aria-describedby')}`);
    expect(description.textContent!.trim().length).to.be.greaterThan(20);
    expect(description.closest('[part=details]')!.hasAttribute('hidden')).to.equal(true);

    const inputs: Event[] = [];
    el.addEventListener('input', (e) => inputs.push(e));
    await type(el, '#region', 'Eindhoven');
    expect(inputs).to.have.length(1, 'one input event per edit, none leaking from inside');
    expect(el.value.region).to.equal('Eindhoven');
    // No hours are filled in for the employer.
    expect(el.value.hours).to.deep.equal({});
    await type(el, '#hours-min', '32');
    await type(el, '#hours-max', '40');

    await waitUntil(
      () => /van de \d+ (mensen|persoon)/.test($(el, '[part=preview] [role=status]').textContent!),
      'no live count',
      { timeout: 8000 },
    );
    await expect(el).to.be.accessible();

    const published = oneEvent(el, 'pfw-job-profile-published');
    const publish = button(el, 'Publiceer');
    publish.focus();
    publish.click();
    const { detail } = await published;
    expect(detail.jobProfile.status).to.equal('published');
    expect(detail.jobProfile.occupationId).to.equal('stratenmaker');
    expect(detail.jobProfile.region).to.equal('Eindhoven');
    expect($(el, '.save').textContent).to.contain('is gepubliceerd');
    // The pressed button is gone: the focus is on the line that says so, not lost to the page.
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.save'), 'the focus fell back to the page');
    await expect(el).to.be.accessible();

    // Reload: a new instance with the id loads it from the server and edits it.
    el.remove();
    const again = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder job-profile-id=${detail.jobProfile.id} .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await waitUntil(() => $(again, '#title').value === stratenmaker.title.nl, 'profile not loaded');
    expect(again.status).to.equal('published');
    await type(again, '#title', 'Stratenmaker, 32 uur');
    const saved = oneEvent(again, 'pfw-job-profile-saved');
    await again.save();
    expect((await saved).detail.jobProfile.id).to.equal(detail.jobProfile.id);
    // Saved as the published profile's draft: candidates still see the live version.
    const onServer = await employer.request(routes.getJobProfile, { params: { id: detail.jobProfile.id } });
    expect(onServer.title).to.equal(stratenmaker.title.nl);
    expect(onServer.draft?.title).to.equal('Stratenmaker, 32 uur');
    expect(onServer.status).to.equal('published');
    await again.updateComplete;
    expect($(again, '[part=actions]').textContent).to.contain('nog niet gepubliceerd');
    await expect(again).to.be.accessible();
    const republished = oneEvent(again, 'pfw-job-profile-published');
    button(again, 'Publiceer wijzigingen').click();
    const v2 = (await republished).detail.jobProfile;
    expect(v2.title).to.equal('Stratenmaker, 32 uur');
    expect(v2.version).to.equal(2);
    await again.updateComplete;
    expect(button(again, 'Publiceer wijzigingen')).to.equal(undefined);
    const closed = oneEvent(again, 'pfw-job-profile-closed');
    button(again, 'Sluit vacature').click();
    expect((await closed).detail.jobProfile.status).to.equal('closed');
    await again.updateComplete;
    expect($(again, '#title').closest('fieldset')!.disabled).to.equal(true);
    await expect(again).to.be.accessible();
  });

  it('keeps the picker and "Gebruik dit beroep" in sight on a phone when an occupation is chosen by keyboard', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      // The page goes on below the builder, as an employer's page does (what scroll anchoring holds still).
      const wrapper = await fixture<HTMLElement>(html`<div>
        <pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>
        <div style="height: 3000px"></div>
      </div>`);
      const el = wrapper.querySelector<PfwJobProfileBuilder>('pfw-job-profile-builder')!;
      await skillsLoaded(el);
      const picker = $<PfwOccupationPicker>(el, 'pfw-occupation-picker');
      const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      // The picker at the top of the screen, as after typing in it on a phone.
      input.scrollIntoView({ block: 'start' });
      input.focus({ preventScroll: true });
      await sendKeys({ type: 'magazijn' });
      await waitUntil(() => picker.shadowRoot!.querySelector('[role=option]'), 'no options');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('[part=template] button'), 'no template');
      await new Promise(requestAnimationFrame);
      const inSight = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      };
      expect(inSight(input), 'the picker with the focus').to.equal(true);
      expect(inSight(button(el, 'Gebruik dit beroep')), 'its button').to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('moves the keyboard to the first skill once the template is used (its button is gone)', async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    const use = button(el, 'Gebruik dit beroep');
    use.focus();
    use.click();
    await waitUntil(() => root(el).activeElement?.id === 'level-0', 'focus not on the first level choice');
    expect(root(el).querySelector('[part=template]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts empty when job-profile-id is removed, and typing then never touches the published profile', async () => {
    const job = await employer.request(routes.createJobProfile, {
      body: {
        title: 'Metselaar',
        requirements: stratenmaker.requirements.map((r) => ({ ...r })),
        region: 'Eindhoven',
        hours: { min: 32, max: 40 },
      },
    });
    await employer.request(routes.publishJobProfile, { params: { id: job.id } });
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder job-profile-id=${job.id} .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await waitUntil(() => $(el, '#title').value === 'Metselaar', 'profile not loaded');
    await skillsLoaded(el);

    // "Nieuwe vacature" on the employer page: the host removes the id.
    el.removeAttribute('job-profile-id');
    await el.updateComplete;
    expect($(el, '#title').value).to.equal('');
    expect(el.jobProfile).to.equal(undefined);
    expect(root(el).querySelectorAll('[part=requirement]')).to.have.length(0);
    // "Begin leeg", and type a whole new vacancy.
    el.value = valid({ title: 'Tegelzetter' });
    await type(el, '#title', 'Tegelzetter');
    const saved = oneEvent(el, 'pfw-job-profile-saved');
    await el.save();
    const created = (await saved).detail.jobProfile;
    expect(created.id).to.not.equal(job.id);
    expect(created.status).to.equal('draft');
    const untouched = await employer.request(routes.getJobProfile, { params: { id: job.id } });
    expect(untouched.title).to.equal('Metselaar');
    expect(untouched.draft).to.equal(undefined);
    expect(untouched.version).to.equal(1);

    // Back to the published one, then to another id: each loads its own profile.
    el.setAttribute('job-profile-id', job.id);
    await waitUntil(() => $(el, '#title').value === 'Metselaar', 'published profile not loaded again');
    el.setAttribute('job-profile-id', created.id);
    await waitUntil(() => $(el, '#title').value === 'Tegelzetter', 'the other profile not loaded');
    await expect(el).to.be.accessible();
  });

  it('builds from scratch with the keyboard controls, keeps the draft on the device, and picks it up after a reload', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    const add = $<HTMLSelectElement>(el, '#add-skill');
    add.value = 'working-together';
    add.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    button(el, 'Voeg toe').click();
    await el.updateComplete;
    expect(el.value.requirements).to.deep.equal([
      { skillId: 'working-together', level: 3, importance: 2, essential: false },
    ]);
    expect(root(el).activeElement?.id).to.equal('level-0', 'focus moves to the new skill');
    expect($<HTMLSelectElement>(el, '#level-0').value).to.equal('3');
    const level = $<HTMLSelectElement>(el, '#level-0');
    level.value = '4';
    level.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    $(el, '#essential-0').click();
    // Importance is in the skill's details: "Meer" shows them.
    button(el, 'Meer over Samenwerken').click();
    await el.updateComplete;
    const importance = $<HTMLSelectElement>(el, '#importance-0');
    expect(importance.checkVisibility()).to.equal(true);
    importance.value = '3';
    importance.dispatchEvent(new Event('change', { bubbles: true }));
    await type(el, '#title', 'Teamleider');
    await type(el, '#region', 'Helmond');
    await type(el, '#hours-min', '24');
    await type(el, '#hours-max', '40');
    expect(el.value.requirements[0]).to.deep.equal({
      skillId: 'working-together',
      level: 4,
      importance: 3,
      essential: true,
    });
    expect(keptNew().draft.title).to.equal('Teamleider');

    const job = await el.save();
    expect(job?.status).to.equal('draft');
    el.remove();

    const again = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    expect(again.value.title).to.equal('Teamleider');
    // Kept per employer: another employer on this computer starts empty, and a token that comes
    // after the builder (a page that logs in) brings that employer's draft.
    const other = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${await tokenFor('employer', 'Ander Bedrijf')}></pfw-job-profile-builder>`,
    );
    expect(other.value.title).to.equal('');
    other.remove();
    const late = await fixture<PfwJobProfileBuilder>(html`<pfw-job-profile-builder></pfw-job-profile-builder>`);
    expect(late.value.title).to.equal('');
    late.token = employerToken;
    await late.updateComplete;
    expect(late.value.title).to.equal('Teamleider');
    late.remove();
    await type(again, '#title', 'Teamleider bouw');
    const updated = await again.save();
    expect(updated?.id).to.equal(job!.id, 'the same server draft is updated, not a second one made');
    expect(updated?.title).to.equal('Teamleider bouw');
  });

  it('shows each skill as one compact row: its level and "Moet" named after the skill, the rest under "Meer"', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const { el } = await builderWithTemplate('stratenmaker');
      button(el, 'Gebruik dit beroep').click();
      await el.updateComplete;
      const rows = [...root(el).querySelectorAll<HTMLElement>('[part=requirement]')];
      expect(rows).to.have.length(stratenmaker.requirements.length);
      await expect(el).to.be.accessible();
      rows.forEach((row, i) => {
        const r = stratenmaker.requirements[i]!;
        const name = row.querySelector('.name')!.textContent!;
        expect(row.getAttribute('role')).to.equal('group');
        expect(row.getAttribute('aria-labelledby')).to.equal(row.querySelector('.name')!.id);
        // Its level, must-have and "Meer", each named after the skill for a screen reader.
        const level = row.querySelector<HTMLSelectElement>(`#level-${i}`)!;
        expect(level.value).to.equal(String(r.level));
        expect(root(el).querySelector(`label[for=level-${i}]`)!.textContent).to.equal(`Niveau van ${name}`);
        const must = row.querySelector<HTMLInputElement>(`#essential-${i}`)!;
        expect(must.checked).to.equal(r.essential);
        expect(root(el).querySelector(`label[for=essential-${i}]`)!.textContent).to.equal(
          `Moet: iemand moet ${name} kunnen`,
        );
        const more = button(el, `Meer over ${name}`);
        expect(row.contains(more)).to.equal(true);
        expect(more.getAttribute('aria-expanded')).to.equal('false');
        // The details are closed: importance and remove are not in view.
        const details = row.querySelector<HTMLElement>('[part=details]')!;
        expect(more.getAttribute('aria-controls')).to.equal(details.id);
        expect(details.checkVisibility()).to.equal(false);
        expect(row.querySelector(`#importance-${i}`)!.checkVisibility()).to.equal(false);
        // Compact: the name and the controls take at most two lines of controls' height.
        expect(row.getBoundingClientRect().height).to.be.lessThan(120, `row ${name} is not compact`);
      });

      // Opening with the keyboard shows importance, the level's description and remove.
      const name = rows[1]!.querySelector('.name')!.textContent!;
      const more = button(el, `Meer over ${name}`);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      const importance = $<HTMLSelectElement>(el, '#importance-1');
      expect(importance.checkVisibility()).to.equal(true);
      expect(importance.value).to.equal(String(stratenmaker.requirements[1]!.importance));
      expect(root(el).querySelector('label[for=importance-1]')!.textContent).to.equal(`Hoe belangrijk is ${name}?`);
      const description = $(el, '#level-1-text');
      expect(description.checkVisibility()).to.equal(true);
      expect(description.textContent).to.contain(`Niveau ${stratenmaker.requirements[1]!.level} (`);
      expect(button(el, `Haal ${name} weg`).checkVisibility()).to.equal(true);
      expect($(el, '#importance-0').checkVisibility()).to.equal(false, 'only that skill opens');
      await expect(el).to.be.accessible();
      // Another level: its description follows.
      const level = $<HTMLSelectElement>(el, '#level-1');
      level.value = '5';
      level.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(description.textContent).to.contain('Niveau 5 (Heel sterk)');
      expect(el.value.requirements[1]!.level).to.equal(5);
      // And closes again.
      more.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(importance.checkVisibility()).to.equal(false);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  /** A builder with the stratenmaker's skills, all strict: each a must-have at level 5 (the warning shows). */
  const strictStratenmaker = async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    button(el, 'Gebruik dit beroep').click();
    await el.updateComplete;
    el.value = {
      ...el.value,
      requirements: el.value.requirements.map((r) => ({ ...r, level: 5, essential: true })),
    };
    await el.updateComplete;
    return el;
  };

  it('keeps the count and the strictness warning in view while scrolling, never over the focused control', async () => {
    await setViewport({ width: 660, height: 500 });
    try {
      const el = await strictStratenmaker();
      const bar = $<HTMLElement>(el, '[part=preview]');
      await waitUntil(() => $(el, '.warning').textContent!.includes('Let op'), 'no strictness warning');
      await waitUntil(() => /van de \d+/.test(bar.querySelector('[role=status]')!.textContent!), 'no live count', {
        timeout: 8000,
      });
      const rows = [...root(el).querySelectorAll<HTMLElement>('[part=requirement]')];
      rows.at(-1)!.scrollIntoView({ block: 'end' });
      await new Promise(requestAnimationFrame);
      const box = bar.getBoundingClientRect();
      expect(rows[0]!.getBoundingClientRect().bottom).to.be.lessThan(box.bottom, 'scrolled past the first skill');
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(innerHeight);
      expect(bar.querySelector('[role=status]')!.checkVisibility()).to.equal(true);
      expect(bar.querySelector('.warning')!.checkVisibility()).to.equal(true);
      // Small: a third of the screen at most, with the warning.
      expect(box.height).to.be.lessThan(innerHeight / 3);

      // The keyboard goes back up through the skills: each control it reaches is below the bar.
      $(el, '#add-skill').focus();
      for (let n = 0; n < rows.length * 3; n++) {
        await sendKeys({ press: 'Shift+Tab' });
        const focused = root(el).activeElement!;
        if (!focused.closest('[part=requirement]')) break;
        const top = focused.getBoundingClientRect().top;
        expect(top, `${focused.id || focused.textContent} under the bar`).to.be.at.least(
          bar.getBoundingClientRect().bottom,
        );
      }
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps only the count in view on a phone, and never hides an opened skill under it', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await strictStratenmaker();
      const count = $<HTMLElement>(el, '[part=preview] [role=status]');
      const warning = $<HTMLElement>(el, '.warning');
      await waitUntil(() => warning.textContent!.includes('Let op'), 'no strictness warning');
      await waitUntil(() => /van de \d+/.test(count.textContent!), 'no live count', { timeout: 8000 });
      const rows = [...root(el).querySelectorAll<HTMLElement>('[part=requirement]')];
      rows.at(-1)!.scrollIntoView({ block: 'end' });
      await new Promise(requestAnimationFrame);
      const bar = count.getBoundingClientRect();
      expect(bar.top).to.be.at.least(0);
      expect(rows[0]!.getBoundingClientRect().bottom).to.be.lessThan(bar.bottom, 'scrolled past the first skill');
      // Small: the count only (the warning scrolls away with the page).
      expect(bar.height).to.be.lessThan(innerHeight / 6);
      expect(warning.getBoundingClientRect().bottom).to.be.at.most(bar.bottom);

      // "Meer" on a skill whose name is under the bar: the name and its level come into view.
      const row = rows[2]!;
      const name = row.querySelector<HTMLElement>('.name')!;
      scrollBy(0, name.getBoundingClientRect().top - bar.top - 2);
      await new Promise(requestAnimationFrame);
      expect(name.getBoundingClientRect().top).to.be.lessThan(count.getBoundingClientRect().bottom);
      row.querySelector<HTMLButtonElement>('[part~=more]')!.click();
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(name.getBoundingClientRect().top).to.be.at.least(count.getBoundingClientRect().bottom - 0.5);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('fits 320 px without scrolling sideways, with a skill opened and the warning shown', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await strictStratenmaker();
      await waitUntil(() => $(el, '.warning').textContent!.includes('Let op'), 'no strictness warning');
      root(el).querySelector<HTMLButtonElement>('[part~=more]')!.click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const node of root(el).querySelectorAll('*'))
        expect(node.getBoundingClientRect().right, node.id || node.className).to.be.at.most(right + 0.5);
      await expect(el).to.be.accessible();
      // Scrolled: the skills pass under the count, which stays on top of them (a select must not paint over it).
      const count = $(el, '.count');
      const row = root(el).querySelector<HTMLElement>('.requirement')!;
      // The first skill's controls (its second line) right under the stuck count.
      const controls = row.querySelector<HTMLElement>('select')!;
      window.scrollBy(0, controls.getBoundingClientRect().top - count.getBoundingClientRect().height / 2);
      await new Promise((r) => requestAnimationFrame(r));
      const box = count.getBoundingClientRect();
      for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 4]) {
        const hit = root(el).elementFromPoint(box.left + box.width / 2, y);
        expect(hit === count || count.contains(hit), `under the count at ${Math.round(y)}: ${hit?.tagName}`).to.equal(
          true,
        );
      }
      window.scrollTo(0, 0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('does nothing on a second press while publishing or closing (a double click)', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    el.value = valid();
    await el.updateComplete;
    const failed: Event[] = [];
    el.addEventListener('pfw-error', (e) => failed.push(e));
    const twice = async (text: string, event: string) => {
      const done = oneEvent(el, event);
      const pressed = button(el, text);
      pressed.focus();
      pressed.click();
      await el.updateComplete;
      // Busy: still focusable (not disabled), but a press does nothing.
      expect(pressed.getAttribute('aria-disabled')).to.equal('true');
      expect(pressed.disabled).to.equal(false);
      pressed.click();
      await done;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await el.updateComplete;
    };
    await twice('Publiceer', 'pfw-job-profile-published');
    expect(failed).to.have.length(0);
    expect($(el, '.save').textContent).to.contain('is gepubliceerd');
    expect(root(el).querySelector('.save')).to.equal(root(el).activeElement);
    await twice('Sluit vacature', 'pfw-job-profile-closed');
    expect(failed).to.have.length(0);
    expect($(el, '.save').textContent).to.contain('is gesloten');
    expect(button(el, 'Publiceer opnieuw').getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it("takes the occupation's interests and work environment along, shows them before and after, and publishes them", async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    // Before: what the occupation brings besides skills, in words.
    const preview = [...root(el).querySelectorAll('[part=template] li')].map((li) => li.textContent!.trim());
    expect(preview.find((l) => l.startsWith('Past bij mensen die graag dit doen: '))).to.include('praktisch werk');
    expect(preview.find((l) => l.startsWith('Zo is het werk: '))).to.include('buiten');
    button(el, 'Gebruik dit beroep').click();
    await el.updateComplete;
    expect(el.value.interests).to.deep.equal(stratenmaker.interests);
    expect(el.value.environment).to.deep.equal(stratenmaker.environment);
    // After: under the skills, with a way to take them out.
    await waitUntil(() => root(el).querySelector('[part=preferences]'), 'not shown under the skills');
    const shown = root(el).querySelector('[part=preferences]')!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain('Dit telt ook een beetje mee in de score');
    await expect(el).to.be.accessible();
    await type(el, '#region', 'Eindhoven');
    await type(el, '#hours-min', '32');
    await type(el, '#hours-max', '40');
    const published = await el.publish();
    const stored = await employer.request(routes.getJobProfile, { params: { id: published!.id } });
    expect([stored.interests, stored.environment]).to.deep.equal([stratenmaker.interests, stratenmaker.environment]);
    // Taken out: gone from the draft and from what is published next.
    button(el, 'Haal dit weg').click();
    await el.updateComplete;
    expect([el.value.interests, el.value.environment]).to.deep.equal([undefined, undefined]);
    expect(root(el).querySelector('[part=preferences]')).to.equal(null);
    const again = await el.publish();
    const after = await employer.request(routes.getJobProfile, { params: { id: again!.id } });
    expect([after.interests, after.environment]).to.deep.equal([undefined, undefined]);
  });

  it('asks before "Begin leeg" removes what was chosen, then shows no error and goes to the first field to fill', async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    button(el, 'Gebruik dit beroep').click();
    await el.updateComplete;
    const scratch = button(el, 'Begin leeg');
    scratch.focus();
    scratch.click();
    await el.updateComplete;
    expect(el.value.requirements).to.have.length(stratenmaker.requirements.length, 'nothing removed yet');
    const warning = $(el, '#scratch-warning');
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.textContent).to.equal('Wat je al hebt gekozen, gaat dan weg.');
    expect(scratch.textContent!.trim()).to.equal('Ja, begin leeg');
    await expect(el).to.be.accessible();
    scratch.click();
    await el.updateComplete;
    expect(el.value.requirements).to.deep.equal([]);
    expect(el.value.hardRequirements).to.deep.equal([]);
    // The occupation's interests and work environment go with it.
    expect([el.value.interests, el.value.environment]).to.deep.equal([undefined, undefined]);
    expect(root(el).querySelector('[part=preferences]')).to.equal(null);
    expect(root(el).querySelector('#scratch-warning')).to.equal(null);
    expect(root(el).querySelector('.field-error, [part=errors]')).to.equal(null, 'no error for emptying on purpose');
    // The title came with the occupation: the region is the first field to fill.
    await waitUntil(() => root(el).activeElement?.id === 'region', 'focus not on the first field to fill');
    // Nothing chosen: nothing to ask.
    button(el, 'Begin leeg').click();
    await el.updateComplete;
    expect(root(el).querySelector('#scratch-warning')).to.equal(null);
  });

  it('says an empty field must be filled in, and lists the problems in the order of the form', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    el.value = valid({ title: '', region: '', requirements: [], hours: {} });
    expect(await el.publish()).to.equal(undefined);
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[part=errors] li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Titel: vul dit in.',
      'Regio: vul dit in.',
      'Uren per week, minimaal: vul dit in.',
      'Uren per week, maximaal: vul dit in.',
      'Vaardigheden: kies minstens één vaardigheid.',
    ]);
    expect(el.validationMessage).to.equal('Titel: vul dit in.');
    expect(root(el).activeElement?.id).to.equal('title');
    // Too short, not empty: how long it must be.
    el.value = valid({ title: 'K' });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Titel: gebruik minstens 2 tekens.');
    // Only spaces is empty (it said "dit is geen goede datum"); a letter and a space is too short.
    el.value = valid({ title: '   ' });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Titel: vul dit in.');
    el.value = valid({ title: 'K ' });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Titel: gebruik minstens 2 tekens.');
  });

  it('keeps what was typed in an hours field that is not a whole number, and says so', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    el.value = valid({ hours: { max: 40 } });
    await el.updateComplete;
    const min = $(el, '#hours-min');
    min.focus();
    await sendKeys({ type: '3e5' });
    await el.updateComplete;
    expect(min.value).to.equal('3e5', 'the digits typed stay');
    $(el, '#hours-max').focus();
    await el.updateComplete;
    expect($(el, '#hours-min-error').textContent).to.contain(
      'Uren per week, minimaal: kies een heel getal van 1 tot en met 60.',
    );
    expect(min.getAttribute('aria-invalid')).to.equal('true');
    // Half an hour: within 1-60, but not whole; the message says what is asked.
    await type(el, '#hours-min', '24.5');
    $(el, '#hours-max').focus();
    await el.updateComplete;
    expect($(el, '#hours-min-error').textContent).to.contain(
      'Uren per week, minimaal: kies een heel getal van 1 tot en met 60.',
    );
    await type(el, '#hours-min', '32');
    expect(el.value.hours).to.deep.equal({ min: 32, max: 40 });
    expect(el.validity.valid).to.equal(true);
  });

  it('prefills no hours, and publishing without them names the field', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    expect(el.value.hours).to.deep.equal({});
    expect($(el, '#hours-min').value).to.equal('');
    expect($(el, '#hours-max').value).to.equal('');
    // Only the fields of a new vacancy: nothing else is filled in for the employer.
    expect(el.value).to.deep.equal({ title: '', requirements: [], region: '', hours: {} });

    el.value = valid({ hours: {} });
    await el.updateComplete;
    // The messages stand under the fields; the browser's bubble would repeat the first one over them.
    const bubble = ElementInternals.prototype.reportValidity;
    let bubbles = 0;
    ElementInternals.prototype.reportValidity = function () {
      bubbles++;
      return bubble.call(this);
    };
    try {
      expect(await el.publish()).to.equal(undefined);
    } finally {
      ElementInternals.prototype.reportValidity = bubble;
    }
    expect(bubbles).to.equal(0);
    await el.updateComplete;
    const errors = $(el, '[part=errors]').textContent!;
    expect(errors).to.contain('Uren per week, minimaal: vul dit in.');
    expect(errors).to.contain('Uren per week, maximaal: vul dit in.');
    expect(root(el).activeElement?.id).to.equal('hours-min', 'focus goes to the hours');
    expect($(el, '#hours-min').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#hours-min-error').textContent).to.contain('Uren per week, minimaal: vul dit in.');
    await expect(el).to.be.accessible();

    await type(el, '#hours-min', '16');
    await type(el, '#hours-max', '32');
    const job = await el.publish();
    expect(job?.status).to.equal('published');
    expect(job?.hours).to.deep.equal({ min: 16, max: 32 });
  });

  it('is a form control: JSON value in FormData, validity naming the field, reset, disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pfw-job-profile-builder name="job"></pfw-job-profile-builder></form>`,
    );
    const el = form.querySelector('pfw-job-profile-builder')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.match(/^(Titel|Regio|Vaardigheden)/);
    expect(form.checkValidity()).to.equal(false);

    el.value = valid();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    const sent = JSON.parse(new FormData(form).get('job') as string) as JobProfileDraft;
    expect(sent.title).to.equal('Stratenmaker');
    expect(sent.requirements).to.have.length(stratenmaker.requirements.length);
    expect(sent).to.not.have.property('hardRequirements', undefined, 'none chosen: left out, as the API gets it');
    const needs = [{ id: 'bhv', required: false }];
    el.value = valid({ hardRequirements: needs });
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('job') as string).hardRequirements).to.deep.equal(needs);

    form.reset();
    await el.updateComplete;
    expect(el.value.title).to.equal('');
    expect(el.value.requirements).to.have.length(0);

    // A disabled fieldset around it: formControlSuite below.
  });

  formControlSuite<PfwJobProfileBuilder>({
    tag: 'pfw-job-profile-builder',
    fill: (el) => (el.value = valid()),
    filled: {
      title: 'Stratenmaker',
      requirements: stratenmaker.requirements,
      region: 'Eindhoven',
      hours: { min: 32, max: 40 },
    },
    read: (entry) => JSON.parse(entry as string),
  });

  it('gives a clear Dutch message for invalid input and saves nothing invalid', async () => {
    const before = (await employer.request(routes.listJobProfiles)).total;
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    const saved: Event[] = [];
    el.addEventListener('pfw-job-profile-saved', (e) => saved.push(e));

    el.value = valid({ requirements: [] });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Vaardigheden: kies minstens één vaardigheid.');
    expect(el.validity.valueMissing).to.equal(true);

    el.value = valid({
      requirements: [{ skillId: 'working-together', level: 9 as Requirement['level'], importance: 2, essential: true }],
    });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Niveau van Samenwerken: kies een heel getal van 1 tot en met 5.');

    el.value = valid({ title: 'x'.repeat(10000) });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Titel: gebruik hoogstens 120 tekens. Nu zijn het er 10000.');
    expect(el.validity.tooLong).to.equal(true);

    // A field other than the title counts its own characters (it said the title's length).
    el.value = valid({ title: 'Kok', description: 'y'.repeat(2460) });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Korte tekst: gebruik hoogstens 2000 tekens. Nu zijn het er 2460.');

    el.value = valid({ hours: { min: 40, max: 8 } });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Uren per week: het minimum is hoger dan het maximum.');

    el.value = valid({ title: 'x'.repeat(10000), region: '' });
    await el.updateComplete;
    expect(await el.publish()).to.equal(undefined);
    await el.updateComplete;
    const errors = $(el, '[part=errors]');
    expect(errors.getAttribute('role')).to.equal('alert');
    expect(errors.textContent).to.contain('Titel: gebruik hoogstens 120 tekens');
    expect(errors.textContent).to.contain('Regio');
    expect($(el, '#title').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('title', 'focus goes to the first problem');
    await expect(el).to.be.accessible();
    expect(await el.save()).to.equal(undefined);
    expect(saved).to.have.length(0);
    expect((await employer.request(routes.listJobProfiles)).total).to.equal(
      before,
      'nothing invalid reached the server',
    );

    // Markup in the title is text, never HTML.
    el.value = valid({ title: '<img src=x onerror=alert(1)><b>Kok</b>' });
    await el.updateComplete;
    const published = oneEvent(el, 'pfw-job-profile-published');
    button(el, 'Publiceer').click();
    await published;
    await el.updateComplete;
    expect($(el, '.save').textContent).to.contain('<b>Kok</b>');
    expect(root(el).querySelector('img, b')).to.equal(null);
  });

  it('publishes what is filled in at the moment of the click, and says so when no employer is logged in', async () => {
    const el = await fixture<PfwJobProfileBuilder>(html`<pfw-job-profile-builder></pfw-job-profile-builder>`);
    await skillsLoaded(el);
    el.value = valid();
    await el.updateComplete;
    // Never a button that does nothing.
    expect(await el.publish()).to.equal(undefined);
    await el.updateComplete;
    expect($(el, '.save').textContent).to.contain('Log in als werkgever om te publiceren');
    expect(el.value.title).to.equal('Stratenmaker', 'what was filled in stays');

    // The last edit comes just before the click, before the builder drew it: its validity counts,
    // not that of the last drawing (which still missed the region).
    el.value = valid({ region: '' });
    await el.updateComplete;
    el.token = employerToken;
    el.value = valid({ region: 'Helmond' });
    const job = await el.publish();
    expect(job?.status).to.equal('published');
    expect(job?.region).to.equal('Helmond');
  });

  it('warns when many must-haves at a high level would exclude almost everyone', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    const must = (skillId: string, level: 4 | 5): Requirement => ({ skillId, level, importance: 3, essential: true });
    el.value = valid({ requirements: [must('working-together', 4), must('communicating', 4)] });
    await el.updateComplete;
    expect($(el, '.warning').textContent).to.equal('', 'two must-haves at level 4 (about 16 % in one group) are fine');
    el.value = valid({ requirements: [must('working-together', 5), must('communicating', 5)] });
    await el.updateComplete;
    // One word for a must-have everywhere: the checkbox's "Moet".
    expect($(el, '.warning').textContent).to.contain('Let op: bij 2 vaardigheden staat "Moet" aan');
    expect($(el, '.warning').textContent).to.contain('of zet "Moet" uit');
    // Both are social and communication skills, which go together: about 3 % reach both at level 5
    // (as if independent it would be 1 %; see essentialsShare).
    expect($(el, '.warning').textContent).to.contain('Maar 3 procent van de mensen haalt dat naar schatting');
    await expect(el).to.be.accessible();

    // Closed: nothing can be changed, so no advice to change it.
    const job = await el.publish();
    await el.updateComplete;
    expect($(el, '.warning').textContent).to.contain('Let op');
    expect(job?.status).to.equal('published');
    await el.close();
    await el.updateComplete;
    expect(el.status).to.equal('closed');
    expect($(el, '.warning').textContent).to.equal('');
  });

  it('says "Moet" for a must-have in the occupation\'s list too, as on the checkbox', async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    const marks = [...$(el, '[part=template]').querySelectorAll('li strong')].map((s) => s.textContent);
    expect(marks).to.have.length.above(0);
    expect(marks).to.have.length(stratenmaker.requirements.filter((r) => r.essential).length);
    expect(marks.every((m) => m === 'Moet')).to.equal(true);
  });

  it("forwards the occupation picker's parts, so the host page can style them", async () => {
    const style = document.createElement('style');
    style.textContent = `
      pfw-job-profile-builder::part(occupation-input) { background-color: rgb(1, 2, 3); }
      pfw-job-profile-builder::part(occupation-label) { color: rgb(4, 5, 6); }
      pfw-job-profile-builder::part(occupation-option) { color: rgb(7, 8, 9); }
    `;
    document.head.append(style);
    try {
      const el = await fixture<PfwJobProfileBuilder>(
        html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
      );
      const picker = $<PfwOccupationPicker>(el, 'pfw-occupation-picker');
      const inside = (part: string) => picker.shadowRoot?.querySelector(`[part~=${part}]`);
      await waitUntil(() => inside('option'), 'occupations not loaded');
      // Every part of the picker is forwarded, as occupation-<part>.
      const forwarded = picker
        .getAttribute('exportparts')!
        .split(',')
        .map((pair) => pair.split(':').map((name) => name.trim()));
      const parts = new Set(
        [...picker.shadowRoot!.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(' ')),
      );
      expect(forwarded.map(([inner]) => inner).sort()).to.deep.equal([...parts].sort());
      expect(forwarded.every(([inner, outer]) => outer === `occupation-${inner}`)).to.equal(true);
      // The host page's ::part() rules reach them through the builder's shadow root.
      expect(getComputedStyle(inside('input')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inside('label')!).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(inside('option')!).color).to.equal('rgb(7, 8, 9)');
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('chooses certificates, licences and physical work with the keyboard, required or preferred, and saves them', async () => {
    const el = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await skillsLoaded(el);
    await hardLoaded(el);
    el.value = valid();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    // A section of its own after the skills, that says it does not count in the score.
    const section = hardList(el).closest('fieldset')!;
    expect(section.querySelector('legend')!.textContent).to.equal('Certificaten, rijbewijs en lichamelijk werk');
    expect(section.textContent).to.contain('Dit telt niet mee in de score. Je kunt kandidaten er later op filteren.');
    expect($(el, '#add-skill').compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    // Compact: closed, with a summary that says nothing is chosen yet.
    const summary = hardList(el).querySelector('summary')!;
    expect(hardList(el).open).to.equal(false);
    expect(summary.textContent).to.contain('Nog niets gekozen');
    expect($(el, '#hard-vca-basis').checkVisibility()).to.equal(false);
    expect(section.getBoundingClientRect().height).to.be.lessThan(200, 'the closed section is small');

    // Tab from the skills reaches the summary; Space opens the list.
    $(el, '#add-skill').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(summary);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => hardList(el).open, 'the list did not open');
    // Grouped by kind, each item with its B1 description.
    expect([...hardList(el).querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal([
      'Certificaten',
      'Rijbewijzen',
      'Lichamelijk werk',
    ]);
    const vca = $(el, '#hard-vca-basis');
    expect(root(el).querySelector('label[for=hard-vca-basis]')!.textContent).to.equal('VCA Basis');
    expect($(el, `#${vca.getAttribute('aria-describedby')}`).textContent).to.contain('veilig werken');

    // Tab to VCA Basis, Space ticks it: required by default.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(vca);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.hardRequirements).to.deep.equal([{ id: 'vca-basis', required: true }]);
    const vcaNeed = $(el, '[role=radiogroup][aria-label="VCA Basis: verplicht of gewenst?"]');
    const [vcaRequired, vcaPreferred] = vcaNeed.querySelectorAll('input');
    expect(vcaRequired!.checked).to.equal(true);
    expect(vcaRequired!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('VCA Basis: verplicht');
    expect(vcaPreferred!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('VCA Basis: gewenst');

    // Rijbewijs B: ticked, then Tab to its choice and the arrow key makes it preferred.
    const licence = $(el, '#hard-rijbewijs-b');
    licence.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const [licenceRequired, licencePreferred] = $(
      el,
      '[aria-label="Rijbewijs B (auto): verplicht of gewenst?"]',
    ).querySelectorAll('input');
    expect(root(el).activeElement).to.equal(licenceRequired);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(licencePreferred!.checked).to.equal(true);
    const chosen = [
      { id: 'vca-basis', required: true },
      { id: 'rijbewijs-b', required: false },
    ];
    expect(el.value.hardRequirements).to.deep.equal(chosen);
    expect(summary.textContent!.replace(/\s+/g, ' ')).to.contain('Verplicht: VCA Basis. Gewenst: Rijbewijs B (auto).');
    await expect(el).to.be.accessible();

    // Saved with the rest (the body the API got), kept on the device, and not in the score's count.
    const job = await el.save();
    expect(job?.hardRequirements).to.deep.equal(chosen);
    const onServer = await employer.request(routes.getJobProfile, { params: { id: job!.id } });
    expect(onServer.hardRequirements).to.deep.equal(chosen);
    expect(keptNew().draft.hardRequirements).to.deep.equal(chosen);

    // Unticking removes it; with none left they are left out of the body.
    vca.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.hardRequirements).to.deep.equal([{ id: 'rijbewijs-b', required: false }]);
    expect(root(el).querySelector('[aria-label="VCA Basis: verplicht of gewenst?"]')).to.equal(null);
    licence.click();
    await el.updateComplete;
    expect(el.value.hardRequirements).to.deep.equal([]);
    expect(summary.textContent).to.contain('Nog niets gekozen');
    await el.save();
    expect((await employer.request(routes.getJobProfile, { params: { id: job!.id } })).hardRequirements).to.equal(
      undefined,
    );
    await expect(el).to.be.accessible();
  });

  it('fills the hard requirements from the template, keeps them through a reload, publish, load and reset', async () => {
    const { el } = await builderWithTemplate('stratenmaker');
    await hardLoaded(el);
    const needs = stratenmaker.hardRequirements!;
    expect(needs.length).to.be.greaterThan(0);
    // The template says what it asks for besides skills.
    const items = [...$(el, '[part=template]').querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.include.members(['VCA Basis: verplicht', 'Zwaar tillen (tot 25 kilo): verplicht']);
    button(el, 'Gebruik dit beroep').click();
    await el.updateComplete;
    expect(el.value.hardRequirements).to.deep.equal(needs);
    expect(hardList(el).querySelector('summary')!.textContent).to.contain(
      'Verplicht: VCA Basis, Zwaar tillen (tot 25 kilo).',
    );
    expect($(el, '#hard-zwaar-tillen').checked).to.equal(true);
    await type(el, '#region', 'Eindhoven');
    await type(el, '#hours-min', '32');
    await type(el, '#hours-max', '40');

    // A reload picks them up from the device.
    el.remove();
    const again = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
    );
    expect(again.value.hardRequirements).to.deep.equal(needs);
    const published = await again.publish();
    expect(published?.status).to.equal('published');
    expect(published?.hardRequirements).to.deep.equal(needs);

    // Loading the saved profile shows them; a form reset goes back to them.
    const loaded = await fixture<PfwJobProfileBuilder>(
      html`<pfw-job-profile-builder job-profile-id=${published!.id} .token=${employerToken}></pfw-job-profile-builder>`,
    );
    await waitUntil(() => loaded.value.hardRequirements?.length, 'profile not loaded');
    expect(loaded.value.hardRequirements).to.deep.equal(needs);
    await hardLoaded(loaded);
    expect($(loaded, '#hard-vca-basis').checked).to.equal(true);
    $(loaded, '#hard-vca-basis').click();
    await loaded.updateComplete;
    expect(loaded.value.hardRequirements).to.deep.equal(needs.filter((n) => n.id !== 'vca-basis'));
    loaded.formResetCallback();
    await loaded.updateComplete;
    expect(loaded.value.hardRequirements).to.deep.equal(needs);
    await expect(loaded).to.be.accessible();

    // "Begin leeg" empties them with the skills (after asking).
    button(loaded, 'Begin leeg').click();
    await loaded.updateComplete;
    button(loaded, 'Ja, begin leeg').click();
    await loaded.updateComplete;
    expect(loaded.value.hardRequirements ?? []).to.deep.equal([]);
  });

  it('lets at most 12 be chosen, and is disabled with the builder', async () => {
    const el = await fixture<PfwJobProfileBuilder>(html`<pfw-job-profile-builder></pfw-job-profile-builder>`);
    await skillsLoaded(el);
    await hardLoaded(el);
    const ids = [...root(el).querySelectorAll<HTMLInputElement>('[part=hard-requirement] input[type=checkbox]')].map(
      (c) => c.id.slice('hard-'.length),
    );
    el.value = valid({ hardRequirements: ids.slice(0, 12).map((id) => ({ id, required: true })) });
    await el.updateComplete;
    await root(el).querySelector<PfwHardRequirementEditor>('pfw-hard-requirement-editor')!.updateComplete;
    expect($(el, `#hard-${ids[12]}`).disabled).to.equal(true);
    expect($(el, `#hard-${ids[0]}`).disabled).to.equal(false, 'a chosen one can still be unticked');
    expect(hardList(el).textContent).to.contain('Je kunt hoogstens 12 dingen kiezen.');
    expect(el.checkValidity()).to.equal(true);
    el.disabled = true;
    await el.updateComplete;
    await root(el).querySelector<PfwHardRequirementEditor>('pfw-hard-requirement-editor')!.updateComplete;
    expect($(el, `#hard-${ids[0]}`).matches(':disabled')).to.equal(true);
  });

  it('fits 375 px without scrolling sideways with the hard requirements open', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await fixture<PfwJobProfileBuilder>(
        html`<pfw-job-profile-builder .token=${employerToken}></pfw-job-profile-builder>`,
      );
      await skillsLoaded(el);
      await hardLoaded(el);
      el.value = valid({
        hardRequirements: [
          { id: 'nen-3140', required: true },
          { id: 'zwaar-tillen', required: false },
        ],
      });
      await el.updateComplete;
      hardList(el).open = true;
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(375);
      const right = el.getBoundingClientRect().right;
      for (const node of root(el).querySelectorAll('pfw-hard-requirement-editor *'))
        expect(node.getBoundingClientRect().right, node.id || node.className).to.be.at.most(right + 0.5);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks English inside lang="en"', async () => {
    const wrap = await fixture(html`<div lang="en"><pfw-job-profile-builder></pfw-job-profile-builder></div>`);
    const el = wrap.querySelector('pfw-job-profile-builder')!;
    await waitUntil(() => root(el).querySelector('label[for=title]')?.textContent === 'Title', 'not in English');
    el.value = valid({ requirements: [] });
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Skills: choose at least one skill.');
    await skillsLoaded(el);
    el.value = valid({ requirements: [{ skillId: 'working-together', level: 3, importance: 2, essential: true }] });
    await el.updateComplete;
    await root(el).querySelector('pfw-skill-editor')?.updateComplete;
    expect(root(el).querySelector('label[for=level-0]')!.textContent).to.equal('Level of Working together');
    expect([...$<HTMLSelectElement>(el, '#level-0').options].map((o) => o.textContent)).to.deep.equal([
      '1 · Beginner',
      '2 · Basic',
      '3 · Average',
      '4 · Strong',
      '5 · Very strong',
    ]);
    expect(root(el).querySelector('label[for=essential-0]')!.textContent).to.equal(
      'Must: a person must be able to do Working together',
    );
    expect(button(el, 'More about Working together').getAttribute('aria-expanded')).to.equal('false');
    await hardLoaded(el);
    expect(hardList(el).closest('fieldset')!.querySelector('legend')!.textContent).to.equal(
      'Certificates, licences and physical work',
    );
    expect(root(el).querySelector('label[for=hard-rijbewijs-b]')!.textContent).to.equal('Driving licence B (car)');
  });
});
