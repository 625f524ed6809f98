/**
 * Build every define entry of src/define/ into cdn/, each on its own, then all together into
 * cdn/shared/ (see vite.config.ts), then the compressed forms of every script (compress-cdn.mjs).
 */
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { compressScripts } from './compress-cdn.mjs';

const root = new URL('..', import.meta.url);
rmSync(new URL('cdn', root), { recursive: true, force: true });
for (const file of readdirSync(new URL('src/define', root)).filter((f) => f.endsWith('.ts'))) {
  process.env.PFW_ENTRY = file.replace(/\.ts$/, '');
  await build({ root: root.pathname, configFile: new URL('vite.config.ts', root).pathname, logLevel: 'warn' });
}
process.env.PFW_ENTRY = 'shared';
await build({ root: root.pathname, configFile: new URL('vite.config.ts', root).pathname, logLevel: 'warn' });
const started = Date.now();
const count = await compressScripts(new URL('cdn', root).pathname);
console.log(`compressed ${count} scripts (.gz by Zopfli, .br) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
