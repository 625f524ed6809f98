/**
 * The pages of the docs site as HTML strings: the layout (landmarks, skip link, navigation),
 * the element pages (from the manifest and each element's `.docs.md`), the guides (docs/*.md)
 * and the API reference (openapi.json). No I/O here: site.ts reads and writes.
 */
import { cspWith } from '@pfw/elements/csp';
import type { ElementDoc, ManifestItem } from './manifest.js';
import { esc, inline, renderMarkdown, sections, type MarkdownOptions } from './markdown.js';

export interface NavEntry {
  href: string;
  title: string;
}

export interface Nav {
  guides: NavEntry[];
  elements: NavEntry[];
  reference: NavEntry[];
}

export interface Page {
  file: string;
  title: string;
  /** Pages with a live example run the offline API, which needs WebAssembly. */
  live: boolean;
  body: string;
}

/** The CSP of every page. Only pages with live examples add 'wasm-unsafe-eval' (PGlite, the offline API). */
/** The widgets' strict policy (@pfw/elements/csp); live pages run the offline API, whose storage is WASM. */
export function csp(live: boolean): string {
  return cspWith(live ? { 'script-src': ["'wasm-unsafe-eval'"] } : {});
}

export function layout(page: Page, nav: Nav, assets: { css: string; live: string }): string {
  const link = (e: NavEntry) =>
    `<li><a href="${esc(e.href)}"${e.href === page.file ? ' aria-current="page"' : ''}>${esc(e.title)}</a></li>`;
  const group = (id: string, label: string, entries: NavEntry[]) =>
    `<p class="nav-group" id="nav-${id}">${label}</p><ul aria-labelledby="nav-${id}">${entries.map(link).join('')}</ul>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp(page.live)}" />
    <link rel="icon" href="data:," />
    <title>${esc(page.title)} — Passport for Work docs</title>
    <link rel="stylesheet" href="${assets.css}" />
    ${page.live ? `<script type="module" src="${assets.live}"></script>` : ''}
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <a class="brand" href="index.html">Passport for Work <span>documentation</span></a>
    </header>
    <div class="layout">
      <main id="main" tabindex="-1">
${page.body}
      </main>
      <nav class="site-nav" aria-label="Documentation">
        ${group('start', 'Start', [{ href: 'index.html', title: 'Overview' }])}
        ${group('guides', 'Guides', nav.guides)}
        ${group('elements', 'Elements', nav.elements)}
        ${group('reference', 'Reference', nav.reference)}
      </nav>
    </div>
    <footer class="site-footer">
      <p>Passport for Work · EUPL-1.2 · Built from the sources by <code>npm run docs</code>.</p>
    </footer>
  </body>
</html>
`;
}

const table = (label: string, head: string[], rows: string[][]) =>
  `<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(label)}"><table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;

const code = (text: string | undefined) => (text ? `<code>${esc(text)}</code>` : '');
const typeText = (m: ManifestItem) => code(m.type?.text);
const inherited = (m: ManifestItem) => (m.inheritedFrom ? ' <span class="muted">(every widget)</span>' : '');

function section(id: string, title: string, content: string, empty: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${content || `<p>${empty}</p>`}</section>`;
}

/** What an element's .docs.md must hold; site.ts turns a problem into a build error. */
export const REQUIRED_SECTIONS = ['Example', 'Keyboard', 'ARIA'] as const;

export function checkElementDocs(source: string): string[] {
  const s = sections(source);
  const problems: string[] = [];
  for (const name of REQUIRED_SECTIONS) if (!s.get(name)) problems.push(`has no "## ${name}" section`);
  if (s.get('Example') && !/```html\n[\s\S]*?```/.test(s.get('Example')!))
    problems.push('its "## Example" has no ```html block');
  if (s.get('Keyboard') && !/^\|.*\|\s*$/m.test(s.get('Keyboard')!)) problems.push('its "## Keyboard" has no table');
  return problems;
}

/** The example markup as shown to readers: without the data-docs-* attributes that only set up the offline API. */
export const shownMarkup = (markup: string) => markup.replace(/\s+data-docs-[a-z-]+="[^"]*"/g, '');

export function elementPage(el: ElementDoc, docs: string, md: MarkdownOptions, version: string): Page {
  const s = sections(docs);
  const example = s.get('Example') ?? '';
  const markup = /```html\n([\s\S]*?)```/.exec(example)?.[1]?.trim() ?? '';
  const exampleText = example.replace(/```html\n[\s\S]*?```/, '').trim();
  const render = (text: string) => renderMarkdown(text, { ...md, shiftHeadings: 1 }).html;

  const attributes = table(
    'Attributes',
    ['attribute', 'property', 'type', 'default', 'description'],
    el.attributes.map((a) => [
      code(a.name),
      code(a.fieldName),
      typeText(a),
      code(a.default),
      inline(a.description) + inherited(a),
    ]),
  );
  const properties = table(
    'Properties',
    ['property', 'attribute', 'type', 'default', 'description'],
    el.properties.map((p) => [
      code(p.name),
      p.attribute ? code(p.attribute) : '<span class="muted">property only</span>',
      typeText(p),
      code(p.default),
      inline(p.description) + inherited(p),
    ]),
  );
  const methods = el.methods.length
    ? table(
        'Methods',
        ['method', 'description'],
        el.methods.map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.optional ? '?' : '')).join(', ')})`),
          inline(m.description) + inherited(m),
        ]),
      )
    : '';
  const events = table(
    'Events',
    ['event', 'description'],
    el.events.map((e) => [code(e.name), inline(e.description) + inherited(e)]),
  );
  const slots = table(
    'Slots',
    ['slot', 'description'],
    el.slots.map((x) => [x.name ? code(x.name) : '(default)', inline(x.description)]),
  );
  const parts = table(
    'CSS parts',
    ['part', 'description'],
    el.parts.map((p) => [code(p.name), inline(p.description)]),
  );
  const props = table(
    'CSS custom properties',
    ['custom property', 'description'],
    el.cssProperties.map((p) => [code(p.name), inline(p.description)]),
  );

  const body = `
<h1><code>&lt;${esc(el.tag)}&gt;</code></h1>
<p class="lead">${inline(el.summary)}</p>
<p>${inline(el.description)}</p>
<section aria-labelledby="example">
  <h2 id="example">Live example</h2>
  ${exampleText ? render(exampleText) : ''}
  <div class="example" lang="nl" data-example>
${markup}
  </div>
  <p class="example-status" role="status" data-example-status>The example needs JavaScript: it runs the offline API in your browser.</p>
  <pre><code>${esc(shownMarkup(markup))}</code></pre>
  <p class="muted">Here the page hands the widgets a token as a partner's backend would (see <a href="embedding.html">Embedding</a>); data lives only in this tab.</p>
</section>
<section aria-labelledby="use">
  <h2 id="use">Use it</h2>
  <p>From npm (<code>npm install @pfw/elements</code>), in your bundle:</p>
  <pre><code>import '@pfw/elements/define/${esc(el.tag)}.js';</code></pre>
  <p>Or one script from the CDN build, without a bundler:</p>
  <pre><code>&lt;script type="module" src="https://cdn.example.nl/@pfw/elements@${esc(version)}/cdn/${esc(el.tag)}.js"&gt;&lt;/script&gt;</code></pre>
  <p>Class: <code>${esc(el.className)}</code> (import it from <code>@pfw/elements</code>; importing the class defines nothing).</p>
</section>
${section('attributes', 'Attributes', el.attributes.length ? attributes : '', 'None.')}
${section('properties', 'Properties', el.properties.length ? properties + methods : methods, 'None.')}
${section('events', 'Events', el.events.length ? events : '', 'None.')}
${section('slots', 'Slots', el.slots.length ? slots : '', 'None: the widget renders its own content.')}
${section('parts', 'CSS parts', el.parts.length ? parts : '', 'None.')}
${section('tokens', 'CSS custom properties', (el.cssProperties.length ? props : '<p>No properties of its own.</p>') + '<p>Every widget also reads the global <code>--pfw-*</code> tokens: see <a href="theming.html">Theming</a>.</p>', '')}
${section('keyboard', 'Keyboard', render(s.get('Keyboard') ?? ''), '')}
${section('aria', 'ARIA roles', render(s.get('ARIA') ?? ''), '')}
`;
  return { file: `${el.tag}.html`, title: `<${el.tag}>`, live: true, body };
}

export function guidePage(file: string, source: string, md: MarkdownOptions): Page {
  const rendered = renderMarkdown(source, md);
  const title = rendered.title ?? file.replace(/\.html$/, '');
  return { file, title, live: false, body: rendered.html };
}

export function indexPage(nav: Nav, elements: ElementDoc[]): Page {
  const list = (entries: NavEntry[]) =>
    `<ul>${entries.map((e) => `<li><a href="${esc(e.href)}">${esc(e.title)}</a></li>`).join('')}</ul>`;
  const body = `
<h1>Passport for Work documentation</h1>
<p class="lead">Embeddable web components (<code>&lt;pfw-*&gt;</code>) and a thin API that help people find work through their skills instead of their CV.</p>
<p>A partner — a learning portal, a municipality, an employer's career page — adds one script and one tag. The widgets speak Dutch at B1 (English too), meet WCAG 2.1 AA, run in shadow DOM under a strict Content-Security-Policy, and keep personal data private by design.</p>
<section aria-labelledby="start-guides"><h2 id="start-guides">Guides</h2>${list(nav.guides)}</section>
<section aria-labelledby="start-elements"><h2 id="start-elements">Elements</h2>
<ul>${elements.map((e) => `<li><a href="${e.tag}.html"><code>&lt;${esc(e.tag)}&gt;</code></a> — ${inline(e.summary)}</li>`).join('')}</ul>
<p>Each element page has a live example on the offline API, its attributes, properties, events, slots, parts, custom properties, keyboard and ARIA roles.</p></section>
<section aria-labelledby="start-reference"><h2 id="start-reference">Reference</h2>${list(nav.reference)}</section>
`;
  return { file: 'index.html', title: 'Overview', live: false, body };
}
