/// <reference types="vite/client" />
/**
 * Live examples on the element pages. Like the demo's ?mock mode: the offline API (the real
 * app over in-memory PGlite, behind msw's service worker) runs in this page, so the examples
 * need no server and nothing leaves the browser.
 *
 * An example is plain markup from the element's `.docs.md`. Before the tags are defined, this
 * script prepares what the markup asks for with data attributes (see CONTRIBUTING.md):
 *
 * - `data-docs-token="candidate|employer|partner-admin"`: the element gets a token for a new
 *   user with that role, minted with the mock partner's secret key — what a partner's own
 *   backend does for its logged-in user.
 * - `data-docs-fixture="skillprint"`: that candidate finishes a short assessment; the element
 *   gets `skillprint-id`.
 * - `data-docs-fixture="jobs"`: sample employers publish jobs and one asks this candidate to
 *   connect; the candidate has a skillprint and is in the talent pool.
 * - `data-docs-fixture="candidates"`: sample candidates join the talent pool; this employer
 *   publishes a job; the element gets `job-profile-id`.
 * - `data-docs-fixture="culture-scan"`: this employer's learning culture scan, answered by six
 *   employees and by management, so the report shows.
 *
 * Then it defines every `pfw-*` tag the examples use (pfw-provider first), from the element
 * package's define/ files: a new element works here without changing this file.
 */
import { createClient, routes, type Role } from '@pfw/contract';

const defines = import.meta.glob('../../packages/elements/src/define/*.ts');
const status = document.querySelector<HTMLElement>('[data-example-status]');
const stages = [...document.querySelectorAll<HTMLElement>('[data-example]')];
const say = (text: string) => status?.replaceChildren(text);

type Client = ReturnType<typeof createClient>;
const clientFor = (token: string): Client => createClient({ baseUrl: '', credentials: () => ({ token }) });
let counter = 0;

async function tokenFor(role: Role, displayName?: string): Promise<string> {
  const { MOCK_KEYS } = await import('@pfw/api-mock');
  const partnerServer = clientFor(MOCK_KEYS.secret);
  const subject = `docs-${role}-${Date.now()}-${counter++}`;
  return (await partnerServer.request(routes.createToken, { body: { role, subject, displayName } })).token;
}

/** The candidate plays the assessment through the API and finishes: a signed skillprint. */
async function finishAssessment(token: string, seed: number) {
  const { playAssessment, plainPlayer } = await import('@pfw/contract/play');
  return (await playAssessment(clientFor(token), plainPlayer(seed))).signed.skillprint;
}

async function joinPool(token: string, region: string) {
  await clientFor(token).request(routes.putTalentPool, {
    body: { availability: 'now', region, hours: { min: 24, max: 36 }, consentTextVersion: '2026-11' },
  });
}

async function publishJob(token: string, sector: string, region: string) {
  const { occupations } = await import('@pfw/core/skills');
  const template = occupations.find((o) => o.sector === sector) ?? occupations[0]!;
  const employer = clientFor(token);
  const job = await employer.request(routes.createJobProfile, {
    body: {
      title: template.title.nl,
      occupationId: template.id,
      requirements: template.requirements,
      region,
      hours: { min: 24, max: 36 },
    },
  });
  await employer.request(routes.publishJobProfile, { params: { id: job.id } });
  return job.id;
}

const tokenOf = (el: HTMLElement): string | undefined =>
  (el.closest<HTMLElement & { token?: string }>('[data-docs-token]') ?? undefined)?.token;

const fixtures: Record<string, (el: HTMLElement, token: string) => Promise<void>> = {
  async 'culture-scan'(_el, token) {
    const employer = clientFor(token);
    const scan = await employer.request(routes.createCultureScan, {
      body: { title: 'Voorbeeld BV', sector: 'technology' },
    });
    const anyone = createClient({ baseUrl: '' });
    const { items } = await anyone.request(routes.getCultureQuestions, { params: { token: scan.shareToken } });
    const answers = (pick: (i: number) => number) => ({
      answers: items.map((item, i) => ({ itemId: item.id, answer: pick(i) })),
    });
    for (let n = 0; n < 6; n++)
      await anyone.request(routes.postCultureAnswers, {
        params: { token: scan.shareToken },
        body: answers((i) => 1 + ((i * 7 + n * 3) % 5)),
      });
    await employer.request(routes.putCultureManagementAnswers, { params: { id: scan.id }, body: answers(() => 4) });
  },
  async skillprint(el, token) {
    const skillprint = await finishAssessment(token, 1);
    el.setAttribute('skillprint-id', skillprint.id);
  },
  async jobs(_el, token) {
    const skillprint = await finishAssessment(token, 2);
    await joinPool(token, 'Eindhoven');
    const employers = [
      ['Bouwbedrijf De Vries', 'construction'],
      ['Zorggroep Zuid', 'care'],
      ['Techniek Brabant', 'technology'],
    ] as const;
    for (const [name, sector] of employers) {
      const employer = await tokenFor('employer', name);
      const job = await publishJob(employer, sector, 'Eindhoven');
      if (sector === 'care') {
        await clientFor(employer).request(routes.requestConnection, {
          body: { jobProfileId: job, candidate: skillprint.owner, message: 'Wil je kennismaken?' },
        });
      }
    }
  },
  async candidates(el, token) {
    for (const [seed, region] of [
      [1, 'Eindhoven'],
      [2, 'Helmond'],
      [3, 'Eindhoven'],
    ] as const) {
      const candidate = await tokenFor('candidate');
      await finishAssessment(candidate, seed);
      await joinPool(candidate, region);
    }
    el.setAttribute('job-profile-id', await publishJob(token, 'care', 'Eindhoven'));
  },
};

async function start(): Promise<void> {
  say('The offline API is starting in your browser…');
  const { startMockApi } = await import('@pfw/api-mock/browser');
  await startMockApi({ serviceWorkerUrl: new URL('mockServiceWorker.js', document.baseURI).pathname });
  say('Preparing example data…');
  for (const el of stages.flatMap((s) => [
    ...s.querySelectorAll<HTMLElement & { token?: string }>('[data-docs-token]'),
  ])) {
    el.token = await tokenFor(
      el.dataset.docsToken as Role,
      el.dataset.docsToken === 'employer' ? 'Voorbeeld BV' : undefined,
    );
  }
  for (const el of stages.flatMap((s) => [...s.querySelectorAll<HTMLElement>('[data-docs-fixture]')])) {
    const fixture = fixtures[el.dataset.docsFixture ?? ''];
    const token = tokenOf(el);
    if (!fixture || !token)
      throw new Error(`unknown fixture "${el.dataset.docsFixture}" or no data-docs-token around it`);
    await fixture(el, token);
  }
  const tags = [
    ...new Set(
      stages.flatMap((s) => [...s.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('pfw-'))),
    ),
  ];
  tags.sort((a, b) => Number(b === 'pfw-provider') - Number(a === 'pfw-provider'));
  for (const tag of tags) {
    const load = defines[`../../packages/elements/src/define/${tag}.ts`];
    if (!load) throw new Error(`no define file for <${tag}>`);
    await load();
  }
  say('Running on the offline API in your browser. Nothing you do here is sent anywhere.');
}

if (stages.length) {
  start().catch((error: unknown) => {
    say(`The example could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error(error);
  });
}
