#!/usr/bin/env node
/**
 * Runs after `npm ci` / `npm install` (the root package's prepare script), so a first `npm start`
 * is quick: the demo pages are built, and the dump of an empty embedded database that every new
 * one starts from is made (packages/server/src/storage/database-template.ts). Both at once, each in
 * its own process. A failure here never fails the install: `npm start` then does the same itself.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const run = (args, cwd = root) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });

const tsx = (code) => run(['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', code]);

// npm runs prepare also for an install with --omit=dev or before vite is there: then there is nothing to do.
if (existsSync(join(root, 'node_modules', 'vite')) && existsSync(join(root, 'node_modules', 'tsx'))) {
  const started = Date.now();
  const [pages, template] = await Promise.all([
    tsx("const pages = await import('./demo/pages.ts'); if (!pages.pagesAreFresh()) await pages.buildPages();"),
    tsx("await (await import('./packages/server/src/storage/database-template.ts')).emptyDataDirTemplate();"),
  ]);
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (pages && template) console.log(`Prepared the demo pages and the embedded database template (${took}).`);
  else console.warn(`Preparing the demo did not finish (${took}); npm start will do it on its first run.`);
}
