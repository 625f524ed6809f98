import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient, routes, type CredentialVerdict, type SignedSkillprint } from '@pfw/contract';
import { startMockApi } from '../../test/mock-api.js';
import { candidateWithSkillprint } from '../../test/flows.js';
import { checkInputOf, type PfwCredentialCheck } from './credential-check.js';
import '../define/pfw-credential-check.js';

const shadow = (el: PfwCredentialCheck) => el.shadowRoot!;
const verdictText = (el: PfwCredentialCheck) => shadow(el).querySelector('[part=verdict]')?.textContent ?? '';
const answered = (el: PfwCredentialCheck) =>
  waitUntil(() => shadow(el).querySelector('[part=verdict] li, [part=verdict]:not(.valid)'), 'no verdict', {
    timeout: 8000,
  });

describe('<pfw-credential-check>', function () {
  this.timeout(30000);
  let owner: { token: string; signed: SignedSkillprint };
  let jwt: string;
  let credentialId: string;
  let shareToken: string;

  before(async () => {
    await startMockApi();
    owner = await candidateWithSkillprint();
    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    const issued = await me.request(routes.issueCredential, { params: { id: owner.signed.skillprint.id }, body: {} });
    jwt = issued.jwt;
    credentialId = issued.id;
    shareToken = (
      await me.request(routes.createShareLink, {
        params: { id: owner.signed.skillprint.id },
        body: { expiresInDays: 30 },
      })
    ).token;
  });

  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reads what people paste or scan: a credential, a QR link, a share link or a token', () => {
    expect(checkInputOf(` ${jwt} `)).to.deep.equal({ credential: jwt });
    expect(checkInputOf(`https://gemeente.example.nl/verify.html#share=${shareToken}`)).to.deep.equal({ shareToken });
    expect(checkInputOf(`https://gemeente.example.nl/verify.html#credential=${jwt}`)).to.deep.equal({
      credential: jwt,
    });
    expect(checkInputOf(`https://api.example.nl/v1/shared/${shareToken}`)).to.deep.equal({ shareToken });
    expect(checkInputOf(`https://portal.example.nl/skillprint#${shareToken}`)).to.deep.equal({ shareToken });
    // The skillprint's own form of a share link (its default share-url), also among other query parameters.
    expect(checkInputOf(`https://portal.example.nl/portal.html?share=${shareToken}`)).to.deep.equal({ shareToken });
    expect(checkInputOf(`https://portal.example.nl/portal.html?lang=nl&share=${shareToken}`)).to.deep.equal({
      shareToken,
    });
    expect(checkInputOf(shareToken)).to.deep.equal({ shareToken });
    expect(checkInputOf('hallo')).to.equal(undefined);
    expect(checkInputOf('https://example.nl/')).to.equal(undefined);
  });

  it('says a pasted credential is real: whose, who made it, when, which test, and each level in words about its owner', async () => {
    const el = await fixture<PfwCredentialCheck>(html`<pfw-credential-check lang="nl"></pfw-credential-check>`);
    const textarea = shadow(el).querySelector('textarea')!;
    textarea.value = jwt;
    const checked = oneEvent(el, 'pfw-credential-checked');
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const { detail } = (await checked) as CustomEvent<{ verdict: CredentialVerdict }>;
    expect(detail.verdict.valid).to.equal(true);
    await answered(el);
    const text = verdictText(el);
    expect(text).to.contain('✓ Echt');
    expect(text).to.match(/Gemaakt via .+ op \d+ \w+ 20\d\d\./);
    expect(text).to.match(/Gemeten met de test van \w+ 20\d\d\./);
    expect(text).to.contain('Deze niveaus zijn een eerste schatting');
    // Whose skillprint: the pseudonym in the credential, said to be no real name.
    expect(text).to.contain(`Deze skillprint is van ${owner.signed.skillprint.owner}. Dat is een schuilnaam`);
    const items = shadow(el).querySelectorAll('[part=verdict] li');
    expect(items.length).to.equal(owner.signed.skillprint.scores.length);
    // Read by an employer, not by the owner: a level has a name ("sterk"), no sentence that says "je".
    const first = owner.signed.skillprint.scores[0]!;
    const names = ['beginner', 'basis', 'gemiddeld', 'sterk', 'heel sterk'];
    expect(items[0]!.textContent!.replace(/\s+/g, ' ')).to.contain(
      `: ${names[first.level - 1]}, niveau ${first.level} van 5`,
    );
    expect(text).not.to.match(/\b(je|jouw|jij)\b/i);
    await expect(el).to.be.accessible();
  });

  it('opens the QR code target from the address (#share=) and says when a credential was withdrawn', async () => {
    history.replaceState(null, '', `#share=${shareToken}`);
    const el = await fixture<PfwCredentialCheck>(
      html`<pfw-credential-check read-location lang="nl"></pfw-credential-check>`,
    );
    await answered(el);
    expect(verdictText(el)).to.contain('✓ Echt');
    // A share link holds no name: the shared skillprint's pseudonym says whose it is.
    expect(verdictText(el)).to.contain(`Deze skillprint is van ${owner.signed.skillprint.owner}.`);

    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    await me.request(routes.revokeCredential, { params: { id: credentialId } });
    el.credential = jwt;
    await waitUntil(() => verdictText(el).includes('ingetrokken'), 'revocation not said', { timeout: 8000 });
    expect(verdictText(el)).to.contain('✗ Niet geldig');
    await expect(el).to.be.accessible();
  });

  it('says so when the address holds a link it cannot read, and keeps no earlier answer', async () => {
    const status = (el: PfwCredentialCheck) => shadow(el).querySelector('[role=status]')!.textContent!;
    // Opened with a cut-off link: said at once, not an empty form.
    history.replaceState(null, '', '#share=bogus');
    const fresh = await fixture<PfwCredentialCheck>(
      html`<pfw-credential-check read-location lang="nl"></pfw-credential-check>`,
    );
    expect(status(fresh)).to.contain('Dit is geen link of verklaring die we kennen');
    expect(shadow(fresh).querySelector('[part=verdict]')).to.equal(null);

    // A real link, then in the same tab one that is cut off: the "✓ Echt" of the first goes.
    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    const link = await me.request(routes.createShareLink, {
      params: { id: owner.signed.skillprint.id },
      body: { expiresInDays: 1 },
    });
    location.hash = `share=${link.token}`;
    await answered(fresh);
    expect(verdictText(fresh)).to.contain('✓ Echt');
    location.hash = 'share=bogus2';
    await waitUntil(() => status(fresh).includes('geen link'), `said: ${status(fresh)}`);
    expect(shadow(fresh).querySelector('[part=verdict]')).to.equal(null);
    location.hash = `credential=${jwt.slice(0, 40)}`;
    await waitUntil(() => status(fresh).includes('geen link'), `said: ${status(fresh)}`);

    // An answer that comes after the address changed again is not shown.
    // (On a quick machine the answer can come before the wait sees "Even geduld"; either will do.)
    location.hash = `share=${link.token}`;
    await waitUntil(() => status(fresh).includes('Even geduld') || verdictText(fresh).includes('Echt'), 'not checking');
    location.hash = 'share=bogus3';
    await waitUntil(() => status(fresh).includes('geen link'), `said: ${status(fresh)}`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(shadow(fresh).querySelector('[part=verdict]')).to.equal(null);
    expect(status(fresh)).to.contain('geen link');
    await expect(fresh).to.be.accessible();
  });

  it('checks again when asked again: a share link stopped since says so', async () => {
    const me = createClient({ baseUrl: '', credentials: () => ({ token: owner.token }) });
    const link = await me.request(routes.createShareLink, {
      params: { id: owner.signed.skillprint.id },
      body: { expiresInDays: 1 },
    });
    const el = await fixture<PfwCredentialCheck>(html`<pfw-credential-check lang="nl"></pfw-credential-check>`);
    const box = shadow(el).querySelector('textarea')!;
    const submit = () => shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    box.value = `https://portal.example.nl/portal.html?share=${link.token}`;
    box.dispatchEvent(new Event('input'));
    submit();
    await answered(el);
    expect(verdictText(el)).to.contain('✓ Echt');
    await me.request(routes.revokeShareLink, { params: { id: link.id } });
    submit();
    await waitUntil(() => verdictText(el).includes('✗ Niet geldig'), 'the stopped link is still said to be real', {
      timeout: 8000,
    });
    expect(verdictText(el)).to.contain('gestopt');
  });

  it('tells a changed credential and text it does not know, in words, at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<PfwCredentialCheck>(html`<pfw-credential-check lang="nl"></pfw-credential-check>`);
    const [h, p, s] = jwt.split('.');
    el.credential = `${h}.${p!.slice(0, -4)}AAAA.${s}`;
    await waitUntil(() => verdictText(el).includes('Niet geldig'), 'no verdict', { timeout: 8000 });
    expect(verdictText(el)).to.match(/veranderd|kunnen lezen/);

    shadow(el).querySelector('textarea')!.value = 'zomaar wat tekst';
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => shadow(el).querySelector('[role=status]')!.textContent!.includes('geen link'));
    expect(shadow(el).querySelector('[part=verdict]')).to.equal(null);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    await setViewport({ width: 800, height: 600 });
  });

  it('checks the file or the text, whichever came last, and says a too long text is not one it knows', async () => {
    const el = await fixture<PfwCredentialCheck>(html`<pfw-credential-check lang="nl"></pfw-credential-check>`);
    const box = shadow(el).querySelector('textarea')!;
    const file = shadow(el).querySelector<HTMLInputElement>('input[type=file]')!;
    const submit = () => shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const status = () => shadow(el).querySelector('[role=status]')!.textContent!;
    box.value = 'zomaar wat tekst';
    box.dispatchEvent(new Event('input'));
    const files = new DataTransfer();
    files.items.add(new File([jwt], 'skillprint.jwt', { type: 'text/plain' }));
    file.files = files.files;
    file.dispatchEvent(new Event('change'));
    expect(box.value, 'the file replaces what was typed').to.equal('');
    submit();
    await answered(el);
    // The file's credential was read and checked (an earlier test withdrew it).
    expect(verdictText(el)).to.contain('Gemaakt via');

    // A file that is no credential: said as a file, not with advice about pasting.
    const other = new DataTransfer();
    other.items.add(new File(['hallo'], 'brief.txt', { type: 'text/plain' }));
    file.files = other.files;
    file.dispatchEvent(new Event('change'));
    submit();
    await waitUntil(() => status().includes('Dit bestand is geen verklaring'), `said: ${status()}`);

    box.value = `${'a'.repeat(100_000)}.b.c`;
    box.dispatchEvent(new Event('input'));
    expect(file.value, 'what is typed replaces the file').to.equal('');
    submit();
    await waitUntil(() => status().includes('geen link'), `said: ${status()}`);
    expect(status()).not.to.contain('later');
  });

  it('speaks English when the page does', async () => {
    const el = await fixture<PfwCredentialCheck>(html`<pfw-credential-check lang="en"></pfw-credential-check>`);
    el.shareToken = 'x'.repeat(24);
    await waitUntil(() => verdictText(el).includes('We do not know this link'), 'no English verdict', {
      timeout: 8000,
    });
  });
});
