/**
 * Build every define entry of src/define/ into cdn/, each on its own, then all together into
 * cdn/shared/, then each kit of src/kits/ into cdn/kits/ (see vite.config.ts), then the compressed
 * forms of every script (compress-cdn.mjs).
 *
 * With arguments (`build-cdn.mjs kits/journey`), only those entries, as they are, without
 * compressing: for a test that needs one file of the build.
 */
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { compressScripts } from './compress-cdn.mjs';

const root = new URL('..', import.meta.url);
const buildEntry = (entry) => {
  process.env.PFW_ENTRY = entry;
  return build({ root: root.pathname, configFile: new URL('vite.config.ts', root).pathname, logLevel: 'warn' });
};
const names = (dir) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));

const only = process.argv.slice(2);
if (only.length) {
  for (const entry of only) await buildEntry(entry);
} else {
  rmSync(new URL('cdn', root), { recursive: true, force: true });
  for (const tag of names('src/define')) await buildEntry(tag);
  await buildEntry('shared');
  for (const kit of names('src/kits')) await buildEntry(`kits/${kit}`);
  const started = Date.now();
  const count = await compressScripts(new URL('cdn', root).pathname);
  console.log(`compressed ${count} scripts (.gz by Zopfli, .br) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
