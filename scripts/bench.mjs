#!/usr/bin/env node
/** `npm run bench`: run every `bench:*` script of the root package.json, one after another. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readJson, root } from './lib.mjs';

const scripts = Object.keys(readJson(join(root, 'package.json')).scripts ?? {}).filter((s) => s.startsWith('bench:'));
if (!scripts.length) {
  console.log('No bench:* scripts yet.');
  process.exit(0);
}
let failed = 0;
for (const script of scripts) {
  console.log(`\n▶ npm run ${script}`);
  const r = spawnSync('npm', ['run', script, '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
