/**
 * The docs site builds without a warning, has a page for every element in the manifest (with
 * its keyboard table and ARIA roles), documents every API operation, and has no broken internal link.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkLinks } from './links.js';
import { elementsOf, type Manifest } from './manifest.js';
import { checkElementDocs } from './pages.js';
import { GUIDE_ORDER, buildSite, root, type SiteResult } from './site.js';

describe('docs site', { timeout: 180_000 }, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'pfw-docs-'));
  let result: SiteResult;
  const page = (file: string) => readFileSync(join(outDir, file), 'utf8');

  before(async () => {
    result = await buildSite({ outDir, logLevel: 'error' });
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds with no warning, no missing element docs and no broken link', () => {
    assert.deepEqual(result.problems, []);
  });

  it('has a page for every element in custom-elements.json, with its tables, keyboard and ARIA', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8')) as Manifest;
    const tags = elementsOf(manifest).map((e) => e.tag);
    assert.ok(tags.length >= 4, 'the manifest lists the elements');
    for (const tag of tags) {
      assert.ok(existsSync(join(outDir, `${tag}.html`)), `no page for <${tag}>`);
      const html = page(`${tag}.html`);
      for (const id of [
        'example',
        'attributes',
        'properties',
        'events',
        'slots',
        'parts',
        'tokens',
        'keyboard',
        'aria',
      ]) {
        assert.match(html, new RegExp(`<h2 id="${id}">`), `<${tag}> page has no "${id}" section`);
      }
      assert.match(html, /<section aria-labelledby="keyboard">[\s\S]*?<table>/, `<${tag}> page has no keyboard table`);
      assert.match(html, /data-example>[\s\S]*?<pfw-/, `<${tag}> page has no live example`);
      assert.match(html, /'wasm-unsafe-eval'/, 'live examples need WebAssembly for the offline API');
    }
  });

  it('every page is accessible in structure: lang, skip link, landmarks, one h1, no skipped heading level', () => {
    for (const file of result.pages) {
      const html = page(file);
      assert.match(html, /<html lang="(en|nl)">/, file);
      assert.match(html, /<a class="skip-link" href="#main">/, file);
      assert.match(html, /<main id="main"/, file);
      assert.match(html, /<nav [^>]*aria-label=/, file);
      assert.match(
        html,
        /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/,
        file,
      );
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
      assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/, `${file}: no inline scripts or eval`);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const levels = [...main.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      assert.equal(levels.filter((l) => l === 1).length, 1, `${file} has one h1`);
      levels.forEach((l, i) =>
        assert.ok(i === 0 ? l === 1 : l <= levels[i - 1]! + 1, `${file}: h${l} after h${levels[i - 1]}`),
      );
      if (!/data-example/.test(html))
        assert.doesNotMatch(policy, /wasm-unsafe-eval/, `${file}: only live examples relax the CSP`);
    }
  });

  it('the API reference lists every path and method of openapi.json', () => {
    const api = JSON.parse(readFileSync(join(root, 'packages/contract/openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const html = page('api-reference.html');
    for (const [path, item] of Object.entries(api.paths)) {
      for (const method of Object.keys(item)) {
        assert.ok(
          html.includes(`<span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code>`),
          `${method.toUpperCase()} ${path} is missing`,
        );
      }
    }
  });

  it('renders the guides, with the token table and the mock service worker for live examples', () => {
    for (const guide of GUIDE_ORDER) {
      assert.ok(result.pages.includes(`${guide}.html`), `${guide}.html`);
    }
    assert.match(page('theming.html'), /<code>--pfw-color-primary<\/code>/);
    assert.ok(existsSync(join(outDir, 'mockServiceWorker.js')));
  });
});

describe('docs checks', () => {
  it('an element doc without keyboard table or ARIA roles is refused', () => {
    assert.deepEqual(checkElementDocs('# x\n'), [
      'has no "## Example" section',
      'has no "## Keyboard" section',
      'has no "## ARIA" section',
    ]);
    assert.deepEqual(
      checkElementDocs('## Example\n\n```html\n<pfw-x></pfw-x>\n```\n\n## Keyboard\n\nNone.\n\n## ARIA\n\n- none'),
      ['its "## Keyboard" has no table'],
    );
  });

  it('a broken link or a missing fragment is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pfw-links-'));
    try {
      writeFileSync(
        join(dir, 'a.html'),
        '<h1 id="top">A</h1><a href="b.html">b</a><a href="a.html#nowhere">x</a><a href="#top">ok</a><a href="https://example.org/">ext</a>',
      );
      assert.deepEqual(checkLinks(dir), [
        'a.html: broken link b.html',
        'a.html: link a.html#nowhere points to no id "nowhere" in a.html',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
