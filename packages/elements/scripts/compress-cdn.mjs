/**
 * Next to every script of the CDN builds, the forms a static host sends without compressing on
 * each request (nginx `gzip_static` / `brotli_static`, see docs/deploy.md): `.gz` made with
 * Zopfli, a slower deflate search whose output any gzip reader takes and which is about 3 %
 * smaller than zlib at level 9, and `.br` (brotli at quality 11). `npm run size` measures the
 * `.gz` files: the bytes a browser gets. Two workers, one per core of a small machine.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Five passes: ten or fifteen gain under 0.05 % on these files and take twice as long. */
const ZOPFLI = { numiterations: 5 };

async function compress(file) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, await gzipAsync(bytes, ZOPFLI));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  );
}

/** Compress every .js file under `dir` (the source maps stay as they are: tools read them, not pages). */
export async function compressScripts(dir) {
  const files = readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
  const workers = Math.max(1, Math.min(2, availableParallelism()));
  await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      const share = files.filter((_, n) => n % workers === i);
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: share });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  return files.length;
}

if (!isMainThread) {
  for (const file of workerData) await compress(file);
  parentPort.postMessage('done');
}
