/**
 * The demo pages as `npm start` serves them: built (minified, split, hashed) into demo/dist, and
 * built again only when a source is newer than the last build. `npm run dev` serves the sources
 * instead, with hot reload, for work on the widgets.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotliCompress = promisify(zlib.brotliCompress);
const here = import.meta.dirname;
const root = join(here, '..');
export const PAGES_DIR = join(here, 'dist');
const STAMP = join(PAGES_DIR, '.built');

/** What the pages are built from: the demo itself and every package it bundles. */
const SOURCES = [
  'demo',
  'api-mock/src',
  'packages/core/src',
  'packages/contract/src',
  'packages/server/src',
  'packages/elements/src',
  'package-lock.json',
  'scripts/vite-offline-api.mjs',
];
const SKIP = new Set(['node_modules', 'dist']);
/** Files no page bundles: tests, the demo's own server side and its benchmark. */
const NOT_BUNDLED = /\.test\.ts$|^demo\/((serve|pages|demo-partner)\.ts|bench)$/;

function newestChange(path: string): number {
  if (!existsSync(path) || NOT_BUNDLED.test(relative(root, path))) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/** Whether demo/dist holds a build of the sources as they are now. */
export function pagesAreFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.every((source) => newestChange(join(root, source)) <= built);
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|map|wasm|data|tar)$/;

/**
 * Next to each file worth it, its gzip and brotli forms: the server sends what the browser takes,
 * without compressing on every request. Brotli at its best for what is small (pages, scripts);
 * quicker for the offline API's megabytes of WASM and data, where 11 takes many seconds.
 */
async function compressPages(dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      if (bytes.length < 1024) return;
      const quality = bytes.length < 256 * 1024 ? 11 : 6;
      const [gz, br] = await Promise.all([
        gzip(bytes, { level: 9 }),
        brotliCompress(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
    }),
  );
}

/** Build the pages in a child process (its own core: the API starts meanwhile in this one). */
export function buildPages(): Promise<void> {
  const started = Date.now();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: here, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`Building the demo pages failed (exit ${code}); see above.`));
      compressPages(PAGES_DIR)
        .then(() => {
          writeFileSync(STAMP, `${new Date().toISOString()}\n`);
          console.log(`  Pagina's gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
          resolve();
        })
        .catch(reject);
    });
  });
}
