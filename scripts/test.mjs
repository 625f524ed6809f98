#!/usr/bin/env node
/**
 * `npm test`: every check, one summary. Type-check, lint, Node-side tests (core, contract,
 * server, api-mock), browser tests (web-test-runner in headless Chromium) and, once present,
 * the end-to-end journey. Ends with one line "N passed, N failed"; exits 1 on any failure.
 *
 * The conventions suite checks what review would otherwise have to: Prettier formatting, no
 * import cycles (madge), a changeset for every user-visible commit, and every widget within its size budget.
 *
 * Options: --only=typecheck,lint,conventions,node,browser,e2e  runs a subset.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureDependencies, root } from './lib.mjs';

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (suite) => !only || only.includes(suite);

ensureDependencies();

const results = [];
const record = (suite, passed, failed, note = '') => {
  results.push({ suite, passed, failed, note });
  console.log(`\n── ${suite}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}\n`);
};

/** Run a command, echo its output, return {code, output}. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

function findFiles(dir, test) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findFiles(path, test));
    else if (test(path)) out.push(path);
  }
  return out;
}

if (wants('typecheck')) {
  console.log('▶ type-check (tsc)');
  const { code } = await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  record('type-check', code === 0 ? 1 : 0, code === 0 ? 0 : 1);
  // Core on its own, without DOM or Node types: proves the floor uses neither.
  const floor = await run(bin('tsc'), ['-p', 'packages/core/tsconfig.build.json', '--noEmit']);
  record('core floor', floor.code === 0 ? 1 : 0, floor.code === 0 ? 0 : 1);
}

if (wants('lint')) {
  console.log('▶ lint (eslint)');
  const { code } = await run(bin('eslint'), ['--max-warnings', '0', '.']);
  record('lint', code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

/** Source folders of the import-cycle check (built output and dependencies are not ours to check). */
const SOURCE_DIRS = ['packages/core/src', 'packages/contract/src', 'packages/elements/src', 'packages/server/src']
  .concat(['packages/contract-tests/src', 'api-mock/src', 'demo/src', 'docs/src'])
  .filter((d) => existsSync(join(root, d)));

if (wants('conventions')) {
  console.log('▶ conventions (formatting, changesets, size budgets)');
  const checks = [
    ['formatting', bin('prettier'), ['--check', '--log-level=warn', '.']],
    [
      'no import cycles',
      bin('madge'),
      ['--circular', '--no-spinner', '--extensions', 'ts', '--ts-config', 'tsconfig.json', ...SOURCE_DIRS],
    ],
    ['changesets', process.execPath, ['scripts/check-changesets.mjs']],
    ['CDN build', process.execPath, ['packages/elements/scripts/build-cdn.mjs']],
    ['size budgets', process.execPath, ['scripts/size.mjs']],
  ];
  let passed = 0;
  let failed = 0;
  for (const [name, cmd, args] of checks) {
    const { code } = await run(cmd, args);
    if (code === 0) passed++;
    else {
      failed++;
      console.error(`✗ ${name}`);
      if (name === 'CDN build') break; // the size check needs it
    }
  }
  record('conventions', passed, failed);
}

if (wants('node')) {
  // Node-side tests: *.test.ts outside the elements package (those run in the browser; docs/src
  // builds the docs site),
  // plus the elements' *.node.test.ts (checks over their source files, e.g. tokens, and their
  // build scripts).
  const files = [
    ...[
      'packages/core',
      'packages/contract',
      'packages/contract-tests',
      'packages/server',
      'api-mock',
      'docs/src',
      'demo',
    ].flatMap((d) => findFiles(join(root, d), (p) => p.endsWith('.test.ts'))),
    ...['packages/elements/src', 'packages/elements/scripts'].flatMap((d) =>
      findFiles(join(root, d), (p) => p.endsWith('.node.test.ts')),
    ),
  ].map((p) => relative(root, p));
  const { startTestPostgres } = await import('./postgres.mjs');
  const postgres = await startTestPostgres();
  if (postgres.error) console.warn(`\n⚠ ${postgres.error}\n`);
  else console.log(`PostgreSQL for the storage tests: ${postgres.url}`);
  console.log(`▶ node tests (${files.length} files)`);
  const { code, output } = await run(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files],
    postgres.url ? { PFW_TEST_DATABASE_URL: postgres.url } : {},
  );
  postgres.stop?.();
  const count = (label) => Number(output.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  let passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (code !== 0 && failed === 0) failed = 1; // a crash before any test ran
  if (files.length === 0) failed++;
  record('node', passed, failed, postgres.url ? 'storage on PGlite and PostgreSQL' : 'storage on PGlite only');
}

if (wants('browser')) {
  const { ensureChromium } = await import('./chromium.mjs');
  const chromium = ensureChromium();
  if (chromium.error) {
    console.error(`\n${chromium.error}\n`);
    record('browser', 0, 1, 'no Chromium');
  } else {
    console.log(`▶ browser tests (web-test-runner, ${chromium.path})`);
    const file = join(mkdtempSync(join(tmpdir(), 'pfw-')), 'browser.json');
    const { code } = await run(bin('wtr'), [], { CHROME_PATH: chromium.path, PFW_BROWSER_RESULTS: file });
    const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    record('browser', counts.passed, counts.failed);
  }
}

if (wants('e2e') && existsSync(join(root, 'e2e'))) {
  const files = findFiles(join(root, 'e2e'), (p) => p.endsWith('.test.ts')).map((p) => relative(root, p));
  if (files.length) {
    console.log('▶ end-to-end tests');
    const { code, output } = await run(process.execPath, [
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      ...files,
    ]);
    const count = (label) => Number(output.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
    const failed = count('fail') + count('cancelled') || (code !== 0 ? 1 : 0);
    record('e2e', count('pass'), failed);
  }
}

console.log('── summary');
for (const r of results)
  console.log(`   ${r.suite.padEnd(11)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
