/** Browser tests of @pfw/elements: the TypeScript sources in headless Chromium (from the OS, never downloaded). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const mockServiceWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'));
// The dev server would serve PGlite's binary file system bundle as text (and corrupt it): serve it raw.
const pgliteDist = dirname(require.resolve('@electric-sql/pglite'));

/** Writes {passed, failed} for scripts/test.mjs, which sums every suite into one line. */
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) continue;
          if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that fails to load counts as a failure, not as zero tests.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * PGlite (the offline API's storage) has Node-only branches that import fs, util, zlib…
 * dynamically; they never run in a browser. Resolve them to an empty module so the dev server
 * can serve the file.
 */
const NODE_BUILTINS = new Set([
  'fs',
  'fs/promises',
  'util',
  'zlib',
  'path',
  'url',
  'crypto',
  'module',
  'os',
  'stream',
  'stream/promises',
  'child_process',
  'worker_threads',
]);
const nodeBuiltinStub = {
  name: 'pfw-node-builtin-stub',
  resolveImport({ source }) {
    if (NODE_BUILTINS.has(source) || source.startsWith('node:')) return '/__node-builtin-stub.js';
    return undefined;
  },
  serve(context) {
    if (context.path === '/__node-builtin-stub.js') return { body: 'export default {};', type: 'js' };
    return undefined;
  },
};

/** Server command for the print tests: the page as an A4 PDF in Chromium, and its page count. */
const pdfPages = {
  name: 'pfw-pdf-pages',
  async executeCommand({ command, session }) {
    if (command !== 'pdf-pages') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    });
    await page.emulateMedia({ media: 'screen' });
    // The page tree's /Count (page objects themselves may sit in compressed object streams).
    return Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
  },
};

/**
 * Server command for the screenshot tests: one element of the page as a PNG in artifacts/ (a
 * name of lower-case letters, digits and dashes, in a folder of the same).
 */
const screenshot = {
  name: 'pfw-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    const { folder, name, selector } = payload;
    if (![folder, name].every((part) => /^[a-z0-9-]+$/.test(part)))
      throw new Error(`bad screenshot name ${folder}/${name}`);
    const dir = join(import.meta.dirname, 'artifacts', folder);
    mkdirSync(dir, { recursive: true });
    await session.browser
      .getPage(session.id)
      .locator(selector)
      .screenshot({ path: join(dir, `${name}.png`) });
    return true;
  },
};

export default {
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [
    nodeBuiltinStub,
    pdfPages,
    screenshot,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  middleware: [
    (ctx, next) => {
      if (ctx.path.endsWith('.data') && ctx.path.includes('@electric-sql/pglite')) {
        ctx.type = 'application/octet-stream';
        ctx.body = readFileSync(join(pgliteDist, basename(ctx.path)));
        return undefined;
      }
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.body = mockServiceWorker;
        return undefined;
      }
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 15000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(process.env.PFW_BROWSER_RESULTS),
  ],
};
