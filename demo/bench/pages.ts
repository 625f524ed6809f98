/**
 * `npm run bench:pages` (#22): how quickly the demo is there for a person, and Lighthouse's view of it.
 *
 * 1. A first `npm start` on a prepared tree (npm ci ran scripts/prepare.mjs) with a new data
 *    folder, sample data made in the background as on a real first start: seconds until the
 *    address is printed, and until the portal is usable (the assessment's welcome screen is shown
 *    in Chromium, which opens the page as soon as the address is there).
 * 2. The offline pages (`portal.html?mock`, the API in the browser): seconds until usable, with
 *    an empty cache and again with the browser's cache (on a second start that makes nothing in
 *    the background, as 3 does).
 * 3. Lighthouse (mobile preset: a mid-range phone, slow 4G simulated) on the portal: performance,
 *    accessibility and best practices, and what the page loads; the median of three runs.
 *
 * Needs Chromium (CHROME_PATH, or Debian's /usr/bin/chromium). Uses port 5173 (PORT to change).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.PORT ?? 5173);
const base = `http://localhost:${port}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) throw new Error('Chromium is needed: apt-get install -y chromium (or set CHROME_PATH)');
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'];

/** `npm start`'s own script, on its own data folder; resolves when it prints its address. */
function start(dataDir: string, env: Record<string, string> = {}): { child: ChildProcess; address: Promise<number> } {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PFW_DATA_DIR: dataDir, PFW_SEED: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('open http')) resolve(performance.now() - started);
    });
    child.on('exit', (code) => reject(new Error(`npm start ended (${code}):\n${out}`)));
  });
  return { child, address };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Open a page in a new (empty) browser context, or `context` again, until the welcome screen is shown. */
async function openUntilUsable(browser: Browser, path: string, context = browser.newContext()): Promise<number> {
  const page = await (await context).newPage();
  const started = performance.now();
  await page.goto(base + path);
  await page
    .locator('pfw-assessment .panel[data-screen="welcome"]')
    .getByRole('button')
    .first()
    .waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  await page.close();
  return ms;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const dir = mkdtempSync(join(tmpdir(), 'pfw-bench-pages-'));
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
try {
  // 1. First start: the clock runs from the command until the welcome screen is in the browser.
  const first = start(join(dir, 'pglite'));
  const t0 = performance.now();
  const addressMs = await first.address;
  const usableMs = addressMs + (await openUntilUsable(browser, '/portal.html'));
  console.log(`\nnpm start, first run on a prepared tree (new data folder; sample data made meanwhile)`);
  console.log(`  address printed        ${seconds(addressMs)}   (target ≤ 5 s)`);
  console.log(
    `  portal usable          ${seconds(usableMs)}   (target ≤ 5 s; ${seconds(performance.now() - t0)} wall)`,
  );

  await stop(first.child);

  // A second start of the same folder, nothing made in the background: the server only serves.
  const second = start(join(dir, 'pglite'), { PFW_SEED: '0' });
  await second.address;
  await openUntilUsable(browser, '/portal.html'); // the API is up

  // 2. The offline pages.
  const context = browser.newContext();
  const mockCold = await openUntilUsable(browser, '/portal.html?mock', context);
  const mockWarm = await openUntilUsable(browser, '/portal.html?mock', context);
  console.log(`\noffline pages (?mock: the API and its storage in the browser)`);
  console.log(`  portal usable, empty cache   ${seconds(mockCold)}   (target ≤ 5 s)`);
  console.log(`  portal usable, cached        ${seconds(mockWarm)}`);

  // 3. Lighthouse: LIGHTHOUSE_RUNS runs (default 3), the median by performance (its scores vary from run to run).
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
    for (let i = 0; i < Number(process.env.LIGHTHOUSE_RUNS ?? 3); i++) {
      const result = await lighthouse(`${base}/portal.html`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      runs.push(result!.lhr);
    }
    const performanceOf = (run: (typeof runs)[number]) => run.categories.performance?.score ?? 0;
    runs.sort((a, b) => performanceOf(a) - performanceOf(b));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    console.log(`\nLighthouse ${lhr.lighthouseVersion}, mobile preset, portal.html (median of ${runs.length} runs)`);
    console.log(`  performance of each run: ${runs.map((run) => Math.round(performanceOf(run) * 100)).join(', ')}`);
    console.log(`  performance      ${score('performance')}   (target ≥ 90)`);
    console.log(`  accessibility    ${score('accessibility')}   (target 100)`);
    console.log(`  best practices   ${score('best-practices')}   (target 100)`);
    console.log(
      `  LCP ${audit('largest-contentful-paint')}, FCP ${audit('first-contentful-paint')}, TBT ${audit('total-blocking-time')}, ${audit('total-byte-weight')}`,
    );
    // Where the main thread's time goes: what a better performance score would have to cut.
    const bootup = lhr.audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] } | undefined;
    for (const item of (bootup?.items ?? []).slice(0, 5)) {
      console.log(`  script time ${Math.round(item.scripting)} ms  ${item.url.replace(base, '')}`);
    }
    for (const id of ['accessibility', 'best-practices', 'performance']) {
      const failing = lhr.categories[id]!.auditRefs.filter(
        (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9,
      );
      for (const ref of failing) console.log(`  - ${id}: ${lhr.audits[ref.id]!.title} (${audit(ref.id)})`);
    }
  } finally {
    await chrome.kill();
    await stop(second.child);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
