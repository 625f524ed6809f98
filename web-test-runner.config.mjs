/** Browser tests of @pfw/elements: the TypeScript sources in headless Chromium (from the OS, never downloaded). */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const mockServiceWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'));

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

export default {
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  middleware: [
    (ctx, next) => {
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
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter(process.env.PFW_BROWSER_RESULTS)],
};
