import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, routes, type SignedSkillprint } from '@pfw/contract';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint, tokenFor } from '../../test/flows.js';
import type { PfwSkillprint } from './skillprint.js';
import '../define/pfw-skillprint.js';

const shadow = (el: PfwSkillprint) => el.shadowRoot!;

describe('<pfw-skillprint> confirmed by others (credentials.ts)', function () {
  this.timeout(30000);
  let owner: { token: string; signed: SignedSkillprint };
  let schoolToken: string;

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
    schoolToken = await tokenFor('institution', 'Summa College');
  });

  it('asks for the code first when the field is empty, and says only what became of the last try', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part=claims] input[name=code]'), 'no claims panel', {
      timeout: 8000,
    });
    const claims = shadow(el).querySelector('[part=claims]')!;
    const input = claims.querySelector<HTMLInputElement>('input[name=code]')!;
    const note = () => claims.querySelector('#claim-code-note')?.textContent ?? '';
    const status = () => shadow(el).querySelector('[role=status][aria-live]')!.textContent!;

    // Nothing filled in: not "this code does not work", but what to do, at the field.
    input.form!.requestSubmit();
    await waitUntil(() => note().includes('Vul eerst de code in.'), `said: ${note()}`);
    expect(note()).not.to.contain('werkt niet');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => shadow(el).activeElement === input, 'the keyboard is not on the code field');

    // A good code, then the same code again: the earlier success is no longer said beside the problem.
    const school = createClient({ baseUrl: '', credentials: () => ({ token: schoolToken }) });
    const offer = await school.request(routes.offerSkillClaim, {
      body: {
        skills: [{ skillId: 'working-safely', level: 3 }],
        hardRequirements: [],
        evidence: { kind: 'course', name: 'Veilig werken op de bouw', date: '2026-11-20' },
      },
    });
    // Taken, the page hears of it once (its job lists may miss a certificate less now); a wrong code says nothing.
    let added = 0;
    el.addEventListener('pfw-skillprint-claim-added', () => added++);
    input.value = offer.code;
    input.form!.requestSubmit();
    await waitUntil(() => status().includes('staat nu op je skillprint'), 'the code taken was not said');
    await waitUntil(() => added === 1, 'the page did not hear of it');
    input.value = offer.code;
    input.form!.requestSubmit();
    await waitUntil(() => note().includes('werkt niet'), `said: ${note()}`);
    expect(status()).not.to.contain('staat nu op je skillprint');
    expect(note()).not.to.contain('staat nu op je skillprint');
    expect(added).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('asks for the file first when no badge was chosen', async () => {
    const el = await fixture<PfwSkillprint>(
      html`<pfw-skillprint sharing .token=${owner.token} skillprint-id=${owner.signed.skillprint.id}></pfw-skillprint>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part=claims] input[name=badge]'), 'no claims panel', {
      timeout: 8000,
    });
    const file = shadow(el).querySelector<HTMLInputElement>('[part=claims] input[name=badge]')!;
    file.form!.requestSubmit();
    await waitUntil(
      () => shadow(el).querySelector('#claim-badge-note')?.textContent?.includes('Kies eerst het bestand'),
      'no file was not said',
    );
  });
});
