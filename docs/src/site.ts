/**
 * Builds the docs site: generates the pages, then bundles them with Vite (multi-page: the live
 * examples bundle the elements and the offline API), then checks every internal link.
 * Problems are collected, never only printed: the caller (build.ts, the test) fails on any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { build, createLogger } from 'vite';
import { elementsOf, type ElementDoc, type Manifest } from './manifest.js';
import type { OpenApi } from './openapi.js';
import { renderApiReference } from './openapi.js';
import { checkElementDocs, elementPage, guidePage, indexPage, layout, type Nav, type Page } from './pages.js';
import { checkLinks } from './links.js';
import { TOKENS } from '../../packages/elements/src/base/tokens.js';
import { TOKEN_DESCRIPTIONS } from '../../packages/elements/src/base/tokens.docs.js';
import { OFFLINE_CHUNK_LIMIT_KB, isAcceptedWarning, mockServiceWorker } from '../../scripts/vite-offline-api.mjs';

export const docsDir = resolve(import.meta.dirname, '..');
export const root = resolve(docsDir, '..');
const elementsDir = join(root, 'packages/elements');

/** Guides in this order first; any other docs/*.md follows, so a new guide appears by itself. */
export const GUIDE_ORDER = [
  'embedding',
  'theming',
  'privacy',
  'deployers',
  'annex-iv',
  'skill-language',
  'glossary',
  'psychometrics',
  'matching',
  'api',
  'architecture',
];

export interface SiteOptions {
  /** Where the site goes (default docs/dist). */
  outDir?: string;
  /** Run the manifest analyser first (default true; the test may reuse a fresh manifest). */
  analyze?: boolean;
  /** Vite's console output (default 'warn'). */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

export interface SiteResult {
  outDir: string;
  pages: string[];
  elements: string[];
  /** Every problem: a missing element doc, a Vite warning, a broken link. Empty means good. */
  problems: string[];
}

/** packages/elements/custom-elements.json, made fresh from the JSDoc (the same command as the package build). */
export function analyze(): void {
  const r = spawnSync('npm', ['run', 'analyze', '--silent'], { cwd: elementsDir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cem analyze failed:\n${r.stdout}${r.stderr}`);
}

/** Where a markdown link points on the site: other .md files become their pages. */
function linkRewriter(fromFile: string, elements: ElementDoc[]) {
  return (href: string): string => {
    if (/^[a-z]+:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return href;
    const [path = '', hash] = href.split('#');
    const target = resolve(dirname(fromFile), path);
    const suffix = hash ? `#${hash}` : '';
    if (dirname(target) === docsDir && target.endsWith('.md')) return `${basename(target, '.md')}.html${suffix}`;
    if (target.startsWith(join(docsDir, 'public') + '/')) return relative(join(docsDir, 'public'), target) + suffix;
    const element = elements.find((e) => join(elementsDir, e.module.replace(/\.ts$/, '.docs.md')) === target);
    if (element) return `${element.tag}.html${suffix}`;
    if (target === join(root, 'packages/contract/openapi.json')) return `openapi.json${suffix}`;
    return href; // left as written: the link check reports it if it goes nowhere
  };
}

/** The token table of the theming guide, from the one list of tokens. */
function tokenTable(): string {
  const rows = Object.entries(TOKENS).map(
    ([name, value]) =>
      `| \`--pfw-${name}\` | \`${value.replaceAll('|', '\\|')}\` | ${TOKEN_DESCRIPTIONS[name as keyof typeof TOKENS]} |`,
  );
  return ['| token | default | what it is for |', '|---|---|---|', ...rows].join('\n');
}

export function generate(): { pages: Page[]; nav: Nav; elements: ElementDoc[]; problems: string[] } {
  const problems: string[] = [];
  const manifestPath = join(elementsDir, 'custom-elements.json');
  if (!existsSync(manifestPath))
    throw new Error('packages/elements/custom-elements.json is missing: run `npm run analyze -w @pfw/elements`');
  const elements = elementsOf(JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest);
  if (!elements.length) problems.push('custom-elements.json lists no elements');
  const version = (JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8')) as { version: string }).version;

  const guideFiles = readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .sort((a, b) => (GUIDE_ORDER.indexOf(a) + 1 || 99) - (GUIDE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

  const pages: Page[] = [];
  for (const name of guideFiles) {
    const file = join(docsDir, `${name}.md`);
    const source = readFileSync(file, 'utf8').replace('<!-- tokens -->', tokenTable());
    pages.push(guidePage(`${name}.html`, source, { rewriteLink: linkRewriter(file, elements) }));
  }
  for (const el of elements) {
    const docsFile = join(elementsDir, el.module.replace(/\.ts$/, '.docs.md'));
    const where = relative(root, docsFile);
    if (!existsSync(docsFile)) {
      problems.push(
        `<${el.tag}> has no ${where}: add one with "## Example", "## Keyboard" and "## ARIA" (see CONTRIBUTING.md)`,
      );
      continue;
    }
    const source = readFileSync(docsFile, 'utf8');
    const wrong = checkElementDocs(source);
    if (wrong.length) {
      problems.push(...wrong.map((w) => `${where} ${w}`));
      continue;
    }
    pages.push(elementPage(el, source, { rewriteLink: linkRewriter(docsFile, elements) }, version));
  }
  const api = JSON.parse(readFileSync(join(root, 'packages/contract/openapi.json'), 'utf8')) as OpenApi;
  const reference = renderApiReference(api);
  pages.push({
    file: 'api-reference.html',
    title: 'API reference',
    live: false,
    body: `<h1>API reference</h1>\n${reference.html}`,
  });

  const title = (file: string) => pages.find((p) => p.file === file)?.title ?? file;
  const nav: Nav = {
    guides: guideFiles.map((g) => ({ href: `${g}.html`, title: title(`${g}.html`) })),
    elements: elements.map((e) => ({ href: `${e.tag}.html`, title: `<${e.tag}>` })),
    reference: [
      { href: 'api-reference.html', title: 'API reference' },
      { href: 'openapi.json', title: 'OpenAPI document (JSON)' },
    ],
  };
  pages.push(indexPage(nav, elements));
  return { pages, nav, elements, problems };
}

/** msw's worker script beside the pages: the live examples' offline API needs it. */
export async function buildSite(options: SiteOptions = {}): Promise<SiteResult> {
  const outDir = resolve(options.outDir ?? join(docsDir, 'dist'));
  if (options.analyze ?? true) analyze();
  const { pages, nav, elements, problems } = generate();

  // The pages are written to a scratch folder inside docs/ (so packages resolve as from here), bundled, removed.
  const stage = mkdtempSync(join(docsDir, '.build-'));
  try {
    const assets = {
      css: relative(stage, join(docsDir, 'src/site.css')),
      live: relative(stage, join(docsDir, 'src/live.ts')),
    };
    for (const page of pages) writeFileSync(join(stage, page.file), layout(page, nav, assets));
    mkdirSync(outDir, { recursive: true });
    // Vite's own warnings (not only the bundler's) count as problems too.
    const logger = createLogger(options.logLevel ?? 'warn');
    const warn = logger.warn.bind(logger);
    logger.warn = (msg, opts) => {
      problems.push(`vite: ${msg}`);
      warn(msg, opts);
    };
    logger.warnOnce = logger.warn;
    await build({
      customLogger: logger,
      configFile: false,
      root: stage,
      base: './',
      publicDir: join(docsDir, 'public'),
      logLevel: options.logLevel ?? 'warn',
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
      plugins: [mockServiceWorker()],
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        chunkSizeWarningLimit: OFFLINE_CHUNK_LIMIT_KB,
        rolldownOptions: {
          input: Object.fromEntries(pages.map((p) => [p.file.replace(/\.html$/, ''), join(stage, p.file)])),
          onLog(level, log, handler) {
            if (level === 'warn' && !isAcceptedWarning(log)) problems.push(`vite: ${log.message}`);
            if (level !== 'warn') handler(level, log);
          },
        },
      },
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  problems.push(...checkLinks(outDir));
  return { outDir, pages: pages.map((p) => p.file), elements: elements.map((e) => e.tag), problems };
}
