/**
 * The journey kit from the CDN build (cdn/kits/journey.js: four widgets in one file) on a plain
 * page under the strict Content-Security-Policy the widgets are made for, served as a partner's
 * host would serve it. Every tag is defined and draws itself, nothing the policy forbids is
 * tried, no script error, and only the kit's own files load before anything is used. Builds the
 * kit when the CDN build is not there yet (the test command builds it in its conventions step).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { cspWith } from '@pfw/elements/csp';

const elements = join(import.meta.dirname, '..', 'packages', 'elements');
const artifacts = join(import.meta.dirname, '..', 'artifacts', 'e2e');
const kits = join(elements, 'cdn', 'kits');
const TAGS = ['pfw-assessment', 'pfw-skillprint', 'pfw-match-list', 'pfw-job-profile-builder'];
const PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Kit</title>
<script type="module" src="/kits/journey.js"></script></head>
<body><main>${TAGS.map((t) => `<${t}></${t}>`).join('\n')}</main></body></html>`;

let server: Server;
let base: string;
let browser: Browser;

describe('the journey kit from the CDN build', () => {
  before(async () => {
    if (!existsSync(join(kits, 'journey.js'))) {
      const built = spawnSync(process.execPath, [join(elements, 'scripts', 'build-cdn.mjs'), 'kits/journey'], {
        stdio: 'inherit',
      });
      assert.equal(built.status, 0, 'building the kit');
    }
    mkdirSync(artifacts, { recursive: true });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const headers = { 'content-security-policy': cspWith() };
      if (path === '/') {
        res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
        return;
      }
      const file = normalize(join(kits, path.replace(/^\/kits\//, '')));
      if (!path.startsWith('/kits/') || !file.startsWith(kits) || !existsSync(file) || extname(file) !== '.js') {
        // No API here: the widgets' requests get a 404, which they show as a message.
        res.writeHead(404, { ...headers, 'content-type': 'application/problem+json' }).end('{"status":404}');
        return;
      }
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('defines and draws all four widgets under the strict policy, from the kit alone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const problems: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(m.text());
    });
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(base);
    for (const tag of TAGS) {
      await page.waitForFunction(
        (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
        tag,
        { timeout: 10_000 },
      );
    }
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    assert.deepEqual(defined, TAGS);
    assert.deepEqual(problems, [], 'script errors or CSP violations');
    assert.ok(
      scripts.every((s) => s.startsWith('/kits/')),
      `every script from the kit's folder: ${scripts.join(', ')}`,
    );
    await page.screenshot({ path: join(artifacts, 'kit-375.png'), fullPage: true });
    await page.close();
  });
});
