#!/usr/bin/env node
/**
 * `npm start`: install what is missing, then run the demo pages (built) with the API on embedded
 * storage. `npm run dev` (--dev): the same with the pages served from source, with hot reload.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies, root } from './lib.mjs';

ensureDependencies();
const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'demo/serve.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.argv.includes('--dev') ? { ...process.env, PFW_DEV: '1' } : process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
