#!/usr/bin/env node
/** `npm start`: install what is missing, then run the demo pages with the API on embedded storage. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies, root } from './lib.mjs';

ensureDependencies();
const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'demo/serve.ts')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
