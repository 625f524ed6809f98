/**
 * The whole journey in a real browser (Debian's Chromium through playwright-core) against the
 * started demo and the real API on embedded storage: a job seeker plays the assessment, sees
 * the skillprint and joins the talent pool; an employer publishes a job profile, finds that
 * candidate and sends a request; the job seeker accepts; the employer sees the name; the admin
 * page counts one more accepted connection and shows the measurement quality report; the job
 * seeker (who also joined the fairness research) exports and erases their data, and
 * the employer no longer sees them. Every page: axe-clean, no CSP violation, no console error;
 * screenshots at 375 and 1280 px go to artifacts/e2e/, with the first assessment screen of each
 * kind this session showed (at 375 px; every game and scene: see the element's screens.test.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts', 'e2e');
const PORT = 5173;
const BASE = `http://localhost:${PORT}`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: ChildProcess;
/** What the demo server printed so far (it makes its sample data after the pages are up). */
let serverOutput = '';
let browser: Browser;
let dataDir: string;

/** Problems a page reports by itself: console errors and Content-Security-Policy violations. */
const pageProblems = new WeakMap<Page, string[]>();
/** Every API answer with a 4xx or 5xx status, e.g. a request made before it could succeed. */
const failedRequests = new WeakMap<Page, string[]>();
async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  pageProblems.set(page, problems);
  const failed: string[] = [];
  failedRequests.set(page, failed);
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    // 4xx answers the widgets expect and show (e.g. "no talent pool entry yet") are logged by Chromium as network errors.
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${BASE}${path}`);
  return page;
}

/** The page's width and, to say why, the elements (also inside shadow roots) reaching past the window. */
const WIDEST_ELEMENTS = `(() => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > innerWidth + 0.5 && !el.closest('.visually-hidden')) out.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right));
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return { scrollWidth: document.documentElement.scrollWidth, widest: out.slice(0, 8).join(', ') };
})()`;

async function checkPage(page: Page, name: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (
      globalThis as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run({
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe on ${name}`);
  assert.deepEqual(pageProblems.get(page), [], `console errors or CSP violations on ${name}`);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Charts resize on a ResizeObserver callback, later on a busy machine: give them up to 3 s.
    let measured = { scrollWidth: Infinity, widest: '' };
    for (let waited = 0; waited < 3000 && measured.scrollWidth > width; waited += 200) {
      await page.waitForTimeout(200);
      measured = (await page.evaluate(WIDEST_ELEMENTS)) as { scrollWidth: number; widest: string };
    }
    const { scrollWidth, widest } = measured;
    assert.ok(scrollWidth <= width, `${name} scrolls sideways at ${width} px (${scrollWidth} px wide: ${widest})`);
    await page.screenshot({ path: join(artifacts, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Play the whole assessment the way a person does: click what each screen offers. Plain
 * JavaScript in a string: it runs in the page, untouched by the TypeScript loader's helpers.
 * Where the page has `pfwSnap` (see snapAssessment), the first screen of each kind goes to it.
 */
const PLAY_ASSESSMENT = (selector: string) => `(async () => {
  const el = document.querySelector(${JSON.stringify(selector)});
  const root = el.shadowRoot;
  const screen = () => root.querySelector('.panel')?.dataset.screen;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const done = new Promise((resolve) => el.addEventListener('pfw-assessment-completed', (e) => resolve(e.detail.skillprintId)));
  let n = 0;
  const seen = new Set();
  // A person reads before answering: the widget times an answer from when its question was shown,
  // and answers too fast to have been read count for nothing. Move the page's clock on 5 s first.
  if (!window.pfwReadingMs) {
    const realNow = performance.now.bind(performance);
    window.pfwReadingMs = 1;
    performance.now = () => realNow() + window.pfwReadingMs;
  }
  for (let i = 0; i < 3000 && screen() !== 'done'; i++) {
    await el.updateComplete;
    const s = screen();
    const q = (sel) => root.querySelector(sel);
    // The first screen of each kind, each game and a drawn scene: a screenshot (see pfwSnap).
    const mechanic = q('.panel').dataset.mechanic;
    const kind = mechanic ? s + '-' + mechanic : s === 'item' ? (q('svg.art') ? 'scene' : 'item-' + root.querySelectorAll('.answer').length) : s;
    if (window.pfwSnap && ${JSON.stringify(selector === 'pfw-assessment')} && !seen.has(kind) && s !== 'loading') {
      seen.add(kind);
      await sleep(100);
      await window.pfwSnap(kind);
    }
    if (s === 'welcome' || s === 'game-intro' || s === 'break' || s === 'game-result' || s === 'expired') {
      q('button.primary').click();
      for (let w = 0; w < 500 && screen() === s; w++) await sleep(10);
    } else if (s === 'practice' || s === 'item') {
      const answers = [...root.querySelectorAll('.answer')];
      window.pfwReadingMs += 5000;
      answers[n++ % answers.length].click();
    } else if (s === 'game') {
      const part = q('.part')?.textContent?.split(' ').at(-1);
      const bin = [...root.querySelectorAll('.bin')].find((b) => b.textContent === part);
      (bin ?? q('.option') ?? q('.actions .secondary') ?? q('.actions .next'))?.click();
    } else if (s === 'error' || s === 'unmeasured') {
      throw new Error(root.textContent ?? 'error');
    } else await sleep(20);
  }
  return done;
})()`;

const playAssessment = (page: Page, selector = 'pfw-assessment'): Promise<string> =>
  page.evaluate(PLAY_ASSESSMENT(selector)) as Promise<string>;

/**
 * While the assessment is played at 375 px: a screenshot of the first screen of each kind (each
 * game's instruction, play and result, a drawn scene, the question types) in artifacts/e2e/.
 */
async function snapAssessment(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.exposeFunction('pfwSnap', async (kind: string) => {
    await page.locator('pfw-assessment').screenshot({ path: join(artifacts, `assessment-${kind}-375.png`) });
  });
}

/** Scroll the (virtual) candidate list until the pseudonym's row shows, and open it. False when it is not there. */
async function openCandidate(page: Page, name: string): Promise<boolean> {
  const list = page.locator('pfw-match-list');
  await list.locator('[part=list]').waitFor({ timeout: 30_000 });
  const open = list.getByRole('button', { name: `Uitleg: ${name}` });
  for (let i = 0; i < 200; i++) {
    if (await open.count()) {
      await open.click();
      return true;
    }
    const atEnd = await list.locator('.viewport').evaluate((v) => {
      const end = v.scrollTop + v.clientHeight >= v.scrollHeight - 1;
      v.scrollBy(0, v.clientHeight / 2);
      return end;
    });
    if (atEnd) return false;
    await page.waitForTimeout(50);
  }
  return false;
}

const adminAccepted = async (page: Page) => {
  await page.reload();
  const figure = page.locator('#totals .acceptedConnections dd');
  await figure.waitFor();
  return Number((await figure.textContent())!.replace(/\D/g, ''));
};

describe('the whole journey', { timeout: 600_000 }, () => {
  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'pfw-e2e-'));
    server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'demo', 'serve.ts')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(PORT),
        PFW_DATA_DIR: join(dataDir, 'pglite'),
        PFW_SEED: '1',
        PFW_SEED_CANDIDATES: '40',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`demo did not start:\n${output}`)), 240_000);
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('open http')) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
      server.on('exit', (code) => reject(new Error(`demo exited with ${code}:\n${output}`)));
    });
    const executablePath = findChromium();
    assert.ok(executablePath, 'Chromium is needed: apt-get install -y chromium');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('job seeker, employer and admin, from first answer to erasure', async () => {
    const seeker = await browser.newContext({ acceptDownloads: true });
    const company = await browser.newContext();
    const programme = await browser.newContext();
    const coaching = await browser.newContext();

    // The pages work while the sample data is still being made, and say so.
    const early = await openPage(seeker, '/portal.html');
    if (!serverOutput.includes('Voorbeelddata klaar')) {
      await early.locator('[data-sample-data="making"]').waitFor();
      assert.match((await early.locator('[data-sample-data]').textContent())!, /Voorbeelddata wordt gemaakt/);
    }
    await early.locator('pfw-assessment .panel[data-screen="welcome"]').waitFor();
    await early.close();
    const seeded = Date.now();
    while (!serverOutput.includes('Voorbeelddata klaar')) {
      assert.ok(!serverOutput.includes('Voorbeelddata maken mislukt'), serverOutput);
      assert.ok(Date.now() - seeded < 240_000, 'sample data made within 4 minutes');
      await new Promise((r) => setTimeout(r, 250));
    }

    const home = await openPage(seeker, '/');
    await checkPage(home, 'index');

    const admin = await openPage(programme, '/admin.html');
    const acceptedBefore = await adminAccepted(admin);

    // The job seeker plays, sees a verified skillprint, joins the talent pool.
    const portal = await openPage(seeker, '/portal.html');
    await portal.locator('pfw-assessment .panel[data-screen="welcome"]').waitFor();
    await checkPage(portal, 'portal-welcome');
    // No skillprint yet: the page asks for no matches and no talent-pool entry (both bound to fail).
    assert.deepEqual(failedRequests.get(portal), [], 'requests that failed on the first visit');
    await snapAssessment(portal);
    const skillprintId = await playAssessment(portal);
    await portal.setViewportSize({ width: 1280, height: 900 });
    assert.match(skillprintId, /^sp_/);
    // The last screen leads to the skillprint, not back to the start.
    await portal.locator('pfw-assessment').getByRole('button', { name: 'Bekijk je skillprint' }).click();
    assert.equal(await portal.evaluate(() => document.activeElement?.id), 'skillprint-title');
    await portal.getByText('Echt: gecontroleerd').waitFor();
    const pseudonym = await portal.evaluate(
      () => document.querySelector('pfw-skillprint')!.skillprint!.skillprint.owner,
    );
    await portal.getByLabel('Ik wil dat werkgevers').check();
    // More hours as the minimum than as the maximum: said in Dutch before anything is sent.
    await portal.getByLabel('Minimaal', { exact: true }).fill('40');
    await portal.getByRole('button', { name: 'Doe mee', exact: true }).click();
    await portal.getByText('Het minimum aantal uren is hoger dan het maximum.').waitFor();
    // At the hours, not under the button: both fields marked and described by it.
    assert.equal(await portal.getByLabel('Minimaal', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.equal(await portal.getByLabel('Maximaal', { exact: true }).getAttribute('aria-describedby'), 'hours-error');
    await portal.getByLabel('Minimaal', { exact: true }).fill('16');
    await portal.getByRole('button', { name: 'Doe mee', exact: true }).click();
    await portal.getByText('Je doet mee.').waitFor();
    // In the pool: a way to stop, as the consent text promises.
    await portal.getByRole('button', { name: /^Stop: werkgevers vinden me niet meer/ }).waitFor();
    // On a phone: min above max, then 0 (a new message, not the old one), put right while typing;
    // a double tap on Bewaar saves once and moves nothing, and stopping asks first.
    await portal.setViewportSize({ width: 375, height: 800 });
    const pool = portal.locator('#pool-form');
    const [min, max] = [pool.getByLabel('Minimaal', { exact: true }), pool.getByLabel('Maximaal', { exact: true })];
    const save = pool.getByRole('button', { name: 'Bewaar', exact: true });
    const hoursError = pool.locator('#hours-error');
    await min.fill('32');
    await max.fill('20');
    await save.scrollIntoViewIfNeeded();
    const saveAt = (await save.boundingBox())!.y;
    await save.click();
    await pool.getByText('Het minimum aantal uren is hoger dan het maximum.').waitFor();
    assert.equal((await save.boundingBox())!.y, saveAt, 'the message above Bewaar does not move it');
    await min.fill('0');
    await max.fill('12');
    assert.equal(await hoursError.textContent(), 'Vul bij Minimaal een heel getal in van 1 tot 60.');
    await min.fill('20');
    await max.fill('32');
    assert.ok(await hoursError.isHidden(), 'the message goes while typing, not on the next tap');
    const saves: string[] = [];
    const countSaves = (r: Request) => void (r.url().endsWith('/v1/me/talent-pool') && saves.push(r.method()));
    portal.on('request', countSaves);
    await Promise.all([portal.waitForResponse((r) => r.url().endsWith('/v1/me/talent-pool')), save.dblclick()]);
    await portal.waitForTimeout(300);
    portal.off('request', countSaves);
    assert.deepEqual(saves, ['PUT'], 'a double tap saves once');
    // A place of spaces only: said at the place, not in general under the button.
    await pool.getByLabel('Waar wil je werken?').fill('   ');
    await save.click();
    await pool.getByText('Vul in waar je wilt werken.').waitFor();
    assert.equal(await portal.evaluate(() => document.activeElement?.getAttribute('name')), 'region');
    await pool.getByLabel('Waar wil je werken?').fill('Noord-Brabant');
    const stop = pool.getByRole('button', { name: /^Stop: werkgevers vinden me niet meer/ });
    await stop.dblclick();
    assert.equal(await portal.evaluate(() => document.activeElement?.id), 'pool-leave-question');
    await portal.locator('#step-pool').screenshot({ path: join(artifacts, 'portal-pool-stop-375.png') });
    await pool.getByRole('button', { name: 'Nee', exact: true }).click();
    assert.equal(await portal.evaluate(() => document.activeElement?.id), 'pool-leave');
    await stop.click();
    await pool.getByRole('button', { name: 'Ja, stop' }).click();
    await pool.getByText('Je doet niet meer mee.').waitFor();
    await portal.getByLabel('Ik wil dat werkgevers').check();
    await pool.getByRole('button', { name: 'Doe mee', exact: true }).click();
    await pool.getByText('Je doet mee.').waitFor();
    // Another language says the page's messages again, the name employers see included.
    await portal.locator('#lang').selectOption('en');
    await pool.getByText(`They see you as ${pseudonym}, until you say yes.`, { exact: false }).waitFor();
    await portal.locator('#lang').selectOption('nl');
    await pool.getByText(`Ze zien jou als ${pseudonym}, tot jij ja zegt.`, { exact: false }).waitFor();
    await portal.setViewportSize({ width: 1280, height: 900 });
    // The separate, optional research consent: one question answered, the others left open.
    await portal.getByLabel('Hoe oud ben je?').selectOption('27-40');
    await portal.getByLabel('Ik doe mee aan het onderzoek naar eerlijkheid.').check();
    await portal.getByRole('button', { name: 'Doe mee aan het onderzoek' }).click();
    await portal.getByText('Bedankt, je doet mee.').waitFor();
    // A gap becomes a plan: a goal that still has something to learn, a step started and done.
    const plan = portal.locator('pfw-learning-path');
    await plan.getByText('Kies je doel').waitFor();
    await plan.locator('input[name=goal]').first().check();
    await plan.getByRole('button', { name: 'Maak mijn plan' }).click();
    await plan.getByText(/^Nog \d+ stap(pen)? tot /).waitFor();
    await plan
      .getByRole('button', { name: /^Ik begin met|^Ik ben begonnen$/ })
      .first()
      .click();
    await plan.locator('.status', { hasText: 'Begonnen op' }).waitFor();
    await plan.getByRole('button', { name: 'Ik ben klaar' }).first().click();
    await plan.getByLabel('Wat voor certificaat?').fill('Certificaat van de cursus');
    await plan.getByRole('button', { name: 'Opslaan' }).click();
    await plan.locator('.status', { hasText: 'Bewijs: Certificaat van de cursus.' }).waitFor();
    // The step's skill measured again in the short test under the plan; the plan and the card follow it.
    await plan.getByRole('button', { name: 'Meet opnieuw (2 tot 3 minuten)' }).first().click();
    const remeasure = portal.locator('#remeasure pfw-assessment');
    await remeasure.getByText('Het duurt 2 tot 3 minuten.').waitFor();
    await portal.setViewportSize({ width: 375, height: 800 });
    await portal.locator('#remeasure').screenshot({ path: join(artifacts, 'portal-remeasure-375.png') });
    const remeasuredId = await playAssessment(portal, '#remeasure pfw-assessment');
    await remeasure.getByText('Je nieuwe meting is klaar').waitFor();
    await portal.locator(`pfw-skillprint[skillprint-id="${remeasuredId}"]`).waitFor();
    // Its "Bekijk je skillprint" goes to the card, as the first test's does.
    await remeasure.getByRole('button', { name: 'Bekijk je skillprint' }).click();
    await portal.waitForFunction(() => document.activeElement?.id === 'skillprint-title');
    await plan.getByText('Jouw doel:').waitFor();
    await portal.locator('#step-learning').screenshot({ path: join(artifacts, 'portal-learning-375.png') });
    await portal.setViewportSize({ width: 1280, height: 900 });
    await checkPage(portal, 'portal-skillprint');

    // The job coach gives a code; the job seeker lets them look along; the coach sees the step done.
    const coachPage = await openPage(coaching, '/coach.html');
    const desk = coachPage.locator('pfw-coach-desk');
    await desk.getByRole('button', { name: 'Maak een koppelcode' }).click();
    const said = await desk.locator('.message', { hasText: 'Koppelcode:' }).textContent();
    const code = /Koppelcode: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(said!)![1]!;
    await plan.getByLabel('Code van je coach').fill(code.toLowerCase());
    await plan.getByRole('button', { name: 'Verder' }).click();
    await plan.getByLabel('Hoe mag je coach je noemen?').fill('Jip Journey');
    await plan.getByRole('button', { name: 'Ja, mijn coach mag meekijken' }).click();
    await plan.locator('.grants li', { hasText: 'kijkt met je mee sinds' }).waitFor();
    await coachPage.reload();
    await desk.getByRole('button', { name: 'Open Jip Journey' }).click();
    // The step is done (or, measured again, reached), and the coach sees its measurements.
    await desk
      .locator('li', { hasText: /— (klaar|gehaald \(gemeten\))/ })
      .first()
      .waitFor();
    await desk
      .locator('li', { hasText: /Gemeten: niveau \d/ })
      .first()
      .waitFor();
    await checkPage(coachPage, 'coach');

    // The employer builds and publishes a profile, finds the candidate, sends a request.
    const employer = await openPage(company, '/employer.html');
    // The page opens the employer's latest vacancy once it has listed them (the sample data made
    // one): after that, start a new one.
    await employer.waitForFunction(() => document.querySelector<HTMLSelectElement>('#profiles')?.value !== '');
    await employer.locator('#profiles').selectOption('');
    await employer.waitForFunction(
      () => !document.querySelector('pfw-job-profile-builder')?.hasAttribute('job-profile-id'),
    );
    const builder = employer.locator('pfw-job-profile-builder');
    const occupation = builder.locator('pfw-occupation-picker input');
    await occupation.fill('kok');
    // As a person would: choose once the list shows (it loads while they type; a slow machine is slower).
    await builder.getByRole('option', { name: /kok/i }).first().waitFor();
    await occupation.press('ArrowDown');
    await occupation.press('Enter');
    await builder.getByRole('button', { name: 'Gebruik dit beroep' }).click();
    // As a person would: the skills are in view before the rest is filled in (the skill editor is a lazy part).
    await builder.locator('[part=requirement]').first().waitFor();
    await builder.getByLabel('Titel', { exact: true }).fill('Kok in ons bedrijfsrestaurant');
    await builder.getByLabel('Regio', { exact: true }).fill('Noord-Brabant');
    await builder.getByLabel('Minimaal', { exact: true }).fill('16');
    await builder.getByLabel('Maximaal', { exact: true }).fill('32');
    await builder.getByRole('button', { name: 'Publiceer' }).click();
    // Should it not say so, say what it says instead (and what the builder holds).
    await builder
      .getByText('is gepubliceerd')
      .waitFor()
      .catch(async (error: Error) => {
        const state = await builder.evaluate((el: Element & { status?: string; value?: unknown }) => ({
          actions: el.shadowRoot?.querySelector('[part=actions]')?.textContent?.replace(/\s+/g, ' '),
          errors: el.shadowRoot?.querySelector('[part=errors]')?.textContent?.replace(/\s+/g, ' '),
          status: el.status,
          value: el.value,
        }));
        throw new Error(`${error.message}\nbuilder: ${JSON.stringify(state)}`);
      });
    await checkPage(employer, 'employer');
    assert.ok(await openCandidate(employer, pseudonym), 'the new candidate is in the list');
    const details = employer.locator('pfw-match-list [part=details]');
    await details.getByRole('button', { name: 'Stuur verzoek' }).click();
    await details.getByRole('button', { name: 'Ja, stuur het verzoek' }).click();
    await employer.locator('pfw-match-list').getByText('Wacht op antwoord').first().waitFor();

    // The job seeker accepts and shares a name and e-mail address.
    await portal.reload();
    const requests = portal.locator('pfw-match-list [part=requests]');
    await requests.waitFor();
    await requests.getByLabel('Je naam').fill('Sam de Vries');
    await requests.getByLabel('Je e-mailadres').fill('sam@example.nl');
    await requests.getByRole('button', { name: 'Ja, deel mijn gegevens' }).click();
    await portal.getByText('Je hebt ja gezegd.').waitFor();
    // After a reload the test makes way for the skillprint, with a way to take the whole test again.
    assert.ok(await portal.locator('#step-assessment').isHidden());
    await portal.getByRole('button', { name: 'Doe de test opnieuw' }).click();
    await portal.locator('#step-assessment pfw-assessment .panel[data-screen="welcome"]').waitFor();
    assert.equal(await portal.evaluate(() => document.activeElement?.id), 'assessment-title');
    // The test begun again, then a reload: the test stays in view and goes on where it was.
    const retake = portal.locator('#step-assessment pfw-assessment');
    await retake.getByRole('button', { name: 'Begin', exact: true }).click();
    const underWay = retake.locator('.panel:is([data-screen="item"], [data-screen="game-intro"])');
    await underWay.waitFor();
    const retakeSession = () => portal.evaluate(() => document.querySelector('pfw-assessment')!.sessionId);
    const session = await retakeSession();
    await portal.reload();
    await portal.locator('#step-skillprint pfw-skillprint').waitFor();
    assert.ok(await portal.locator('#step-assessment').isVisible(), 'the test under way is shown after a reload');
    assert.ok(await portal.locator('#retake').isHidden(), 'no "Doe de test opnieuw" while it is under way');
    await underWay.waitFor();
    assert.equal(await retakeSession(), session, 'the same test, not a new one');

    // The employer now sees the name, in the row too; the admin counts one more accepted connection.
    await employer.reload();
    // The answer is at the top of the page too, not only in a long list of candidates.
    await employer.locator('#answers-list li', { hasText: `Sam de Vries (${pseudonym}) zei ja` }).waitFor();
    assert.ok(await openCandidate(employer, `Sam de Vries (${pseudonym})`), 'the row names the candidate');
    // The contact details come first in the explanation (the heading names the candidate too).
    await details.getByRole('link', { name: 'sam@example.nl' }).waitFor();
    assert.equal(await adminAccepted(admin), acceptedBefore + 1);
    // Measurement quality and fairness: aggregates in words and tables, no one singled out.
    await admin.getByRole('heading', { name: 'Hoe precies meet de test?' }).waitFor();
    await admin.getByText('deden mee aan het onderzoek naar eerlijkheid').waitFor();
    assert.ok(!(await admin.locator('#quality').textContent())!.includes(pseudonym));
    await checkPage(admin, 'admin');

    // The HR tool: a skillprint opens on demand; filter, CSV export and sorting in the page.
    const hr = await openPage(company, '/hr.html');
    const hrCount = hr.locator('#accepted-count');
    await hrCount.getByText(/^\d+ kandidaten?\.$/).waitFor();
    const hrRows = hr.locator('#accepted tbody tr.person');
    assert.equal(await hr.locator('pfw-skillprint').count(), 0, 'no skillprint before it is asked for');
    const toggle = hr.locator('#accepted button.toggle').first(); // its name changes: "Toon", then "Verberg skillprint"
    assert.match((await toggle.textContent())!, /^Toon skillprint/);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await hr.locator('#accepted pfw-skillprint').getByText('Echt: gecontroleerd').waitFor();
    await checkPage(hr, 'hr');
    const names = await hr.locator('#accepted tbody tr.person .name').allTextContents();
    // A name no other row's name or e-mail address contains (seeded names can repeat).
    const lower = (t: string) => t.toLocaleLowerCase('nl');
    const emails = await hr.locator('#accepted tbody tr.person a[href^="mailto:"]').allTextContents();
    const target = names.find((n) => [...names, ...emails].filter((t) => lower(t).includes(lower(n))).length === 1);
    assert.ok(target, `a unique name among ${names.join(', ')}`);
    await hr.getByLabel('Zoek op naam of e-mail').fill(target);
    await hrCount.getByText(`1 van de ${names.length} kandidaten.`).waitFor();
    assert.equal(await hrRows.count(), 1);
    const [csvDownload] = await Promise.all([
      hr.waitForEvent('download'),
      hr.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    assert.ok(
      csv.startsWith(
        '\uFEFF"naam";"e-mail";"telefoon";"vacature";"score";"beschikbaarheid";"regio";"uren";"datum ja"\r\n',
      ),
      `CSV header: ${csv.slice(0, 120)}`,
    );
    assert.equal(csv.trimEnd().split('\r\n').length, 2, 'the header and the one row shown');
    assert.ok(csv.includes(`"${target}"`), 'the CSV holds the candidate shown');
    await hr.getByRole('button', { name: 'Wis filters' }).click();
    await hrCount.getByText(`${names.length} kandidaten.`, { exact: true }).waitFor();
    const sortBy = (column: string) => hr.locator('#accepted thead th').filter({ hasText: column });
    assert.equal(await sortBy('Match').getAttribute('aria-sort'), 'descending');
    await sortBy('Naam').getByRole('button').click();
    assert.equal(await sortBy('Naam').getAttribute('aria-sort'), 'ascending');
    assert.equal(await sortBy('Match').getAttribute('aria-sort'), null);
    await sortBy('Naam').getByRole('button').click();
    assert.equal(await sortBy('Naam').getAttribute('aria-sort'), 'descending');

    // Export, then erasure: the employer no longer finds the candidate.
    const [download] = await Promise.all([
      portal.waitForEvent('download'),
      portal.getByRole('button', { name: 'Download mijn gegevens' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    assert.ok(JSON.stringify(exported).includes(skillprintId), 'the export holds the skillprint');
    assert.equal(exported.researchProfile?.ageBand, '27-40', 'the export holds what was given for research');
    assert.equal(exported.learningPaths?.[0]?.steps.filter((s: { status: string }) => s.status === 'done').length, 1);
    const remeasured = exported.skillprints?.find(
      (p: { skillprint: { id: string } }) => p.skillprint.id === remeasuredId,
    )?.skillprint;
    assert.equal(remeasured?.remeasure?.basedOn, skillprintId, 'the short test built on the first skillprint');
    const measuredAgain = exported.learningPaths?.[0]?.steps.find(
      (s: { skillId: string }) => s.skillId === remeasured.remeasure.skills[0],
    );
    assert.equal(
      measuredAgain?.history?.at(-1)?.at,
      remeasured.issuedAt,
      "the step's history ends with the short test",
    );
    portal.once('dialog', (d) => void d.accept());
    await portal.getByRole('button', { name: 'Wis al mijn gegevens' }).click();
    await portal.getByText('Al je gegevens zijn gewist.').waitFor();
    await employer.reload();
    assert.equal(await openCandidate(employer, pseudonym), false, 'the erased candidate is gone');
    // And the job seeker can start again, as a new user.
    await portal.getByRole('link', { name: 'Begin opnieuw' }).click();
    await portal.locator('pfw-assessment .panel[data-screen="welcome"]').waitFor();
    // A reload goes on as this new user, not as yet another one.
    const user = await portal.locator('#user-name').textContent();
    assert.equal(new URL(portal.url()).searchParams.has('nieuw'), false);
    await portal.reload();
    await portal.locator('pfw-assessment .panel[data-screen="welcome"]').waitFor();
    assert.equal(await portal.locator('#user-name').textContent(), user, 'the same user after a reload');
    // A coach's code works before the test too: a coach hands it over at the first meeting.
    await portal.locator('pfw-learning-path').getByText('Doe eerst de test.').waitFor();
    await portal.locator('pfw-learning-path').getByLabel('Code van je coach').waitFor();
    // In Arabic the page's own texts follow the widgets, right to left (what one says yes to included).
    await portal.locator('#lang').selectOption('ar');
    await portal.getByRole('heading', { name: 'واصل التعلّم' }).waitFor();
    assert.equal(await portal.locator('main').getAttribute('dir'), 'rtl');
    assert.match((await portal.locator('#pool-form .consent').textContent()) ?? '', /أريد أن يرى أصحاب العمل/);
    assert.match((await portal.locator('#research-questions label').first().textContent()) ?? '', /كم عمرك؟/);
    await portal.locator('#lang').selectOption('nl');
    await portal.getByRole('heading', { name: 'Leer verder' }).waitFor();
  });

  it('a school confirms a skill: no level by default, one code however often it is pressed', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const school = await openPage(context, '/school.html');
    const form = school.locator('#claim-form');
    const level = form.locator('select[name="level-planning"]');
    await level.waitFor({ state: 'attached' });
    assert.equal(await level.isVisible(), false, 'no level without a tick');
    await form.getByLabel('Plannen', { exact: true }).check();
    await form.getByLabel('Naam').fill('Stage keuken');
    await form.getByRole('button', { name: 'Maak een code' }).click();
    await school.getByText('Kies een niveau bij: Plannen.').waitFor();
    assert.equal(await level.evaluate((e) => e === document.activeElement), true, 'the focus is on the level');
    await level.selectOption('4');
    assert.equal(await school.locator('#level-error').isHidden(), true, 'the message goes once a level is chosen');
    await form.getByRole('button', { name: 'Maak een code' }).dblclick();
    await school.locator('#code-box').waitFor();
    await school.waitForLoadState('networkidle');
    const offers = (failedRequests.get(school) ?? []).length;
    assert.equal(offers, 0, 'no request failed');
    assert.doesNotMatch((await school.locator('#claim-status').textContent()) ?? '', /nieuwe code/, 'one code');
    await checkPage(school, 'school');
    await context.close();
  });
});
