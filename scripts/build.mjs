#!/usr/bin/env node
/** `npm run build`: every package in dependency order, then the demo and the docs (when they have a build). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies, root } from './lib.mjs';

ensureDependencies();
const order = [
  'packages/core',
  'packages/contract',
  'packages/server',
  'api-mock',
  'packages/elements',
  'demo',
  'docs',
];
for (const dir of order) {
  if (!existsSync(join(root, dir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.build) continue;
  console.log(`\n▶ build ${pkg.name}`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: join(root, dir), stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${pkg.name} failed to build`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${pkg.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
