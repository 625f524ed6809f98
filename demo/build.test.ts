/** The demo pages build for production without a warning (known PGlite warnings are listed in scripts/vite-offline-api.mjs). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { DEMO_CSP } from './vite.config.js';

test(
  'the demo builds without warnings, every page included, each with the policy of @pfw/elements/csp',
  { timeout: 180_000 },
  async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pfw-demo-build-'));
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = logger.warn;
    try {
      await build({
        configFile: join(import.meta.dirname, 'vite.config.ts'),
        customLogger: logger,
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      });
      assert.deepEqual(warnings, []);
      const pages = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.html'));
      assert.ok(pages.length >= 5, 'index, portal, employer, hr and admin');
      for (const page of pages) {
        assert.ok(readdirSync(outDir).includes(page), `${page} is built`);
        // The policy comes from the one constant, never a copy in the page.
        const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/
          .exec(readFileSync(join(outDir, page), 'utf8'))?.[1]
          ?.replaceAll('&#39;', "'");
        assert.equal(policy, DEMO_CSP, `${page} has the demo's policy`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
);
