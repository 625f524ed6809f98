#!/usr/bin/env node
/**
 * First render after definition, per widget, in headless Chromium (Debian's): the time from
 * creating the element (its define entry already loaded) to its first rendered shadow DOM.
 * Median of 20 fresh pages each. The baseline, measured in the same run, is a plain custom
 * element that writes the same amount of nothing: the ratio is what the widget costs.
 *
 * Builds the CDN entries first (they are what a partner's page loads).
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(here, 'cdn');
const RUNS = 20;
const TARGET_MS = 50;

if (!process.argv.includes('--no-build') || !existsSync(cdn)) await import('../scripts/build-cdn.mjs');

const types = { '.js': 'text/javascript', '.html': 'text/html' };
const page = `<!doctype html><html lang="nl"><body></body></html>`;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const file = normalize(join(cdn, url.pathname));
  if (!file.startsWith(cdn) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One fresh page: load the entry, then time create → first render. */
async function once(tag) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(origin);
  const ms = await p.evaluate(async (tag) => {
    if (tag === 'baseline') {
      customElements.define(
        'x-baseline',
        class extends HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<section><h2>Hallo</h2><p>Tekst</p><button>Begin</button></section>';
          }
        },
      );
    } else {
      await import(`/${tag}.js`);
    }
    const name = tag === 'baseline' ? 'x-baseline' : tag;
    await customElements.whenDefined(name);
    const t0 = performance.now();
    const el = document.createElement(name);
    document.body.append(el);
    if ('updateComplete' in el) await el.updateComplete;
    if (!el.shadowRoot?.childNodes.length) throw new Error(`${name} rendered nothing`);
    return performance.now() - t0;
  }, tag);
  await context.close();
  return ms;
}

const tags = [
  'baseline',
  'pfw-assessment',
  'pfw-skillprint',
  'pfw-match-list',
  'pfw-occupation-picker',
  'pfw-job-profile-builder',
].filter((t) => t === 'baseline' || existsSync(join(cdn, `${t}.js`)));
const results = {};
for (const tag of tags) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await once(tag));
  results[tag] = median(times);
}
await browser.close();
server.close();

console.log(
  `first render after definition, headless Chromium, median of ${RUNS} fresh pages (target ≤ ${TARGET_MS} ms)`,
);
let over = 0;
for (const [tag, ms] of Object.entries(results)) {
  const ok = tag === 'baseline' || ms <= TARGET_MS;
  if (!ok) over++;
  console.log(
    `${ok ? '✓' : '✗'} ${tag.padEnd(26)} ${ms.toFixed(1).padStart(6)} ms   ×${(ms / results.baseline).toFixed(1)} baseline`,
  );
}
process.exit(over ? 1 : 0);
