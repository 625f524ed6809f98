import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { compressScripts } from './compress-cdn.mjs';

test('every script gets a .gz and a .br that unpack to exactly its bytes; maps are left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pfw-cdn-'));
  try {
    mkdirSync(join(dir, 'chunks'));
    // Code that repeats like a bundle does, so there is something to compress.
    const script = Array.from(
      { length: 400 },
      (_, i) => `export const x${i}=html\`<p class="a${i % 7}">\${t.level(${i})}</p>\`;`,
    ).join('\n');
    writeFileSync(join(dir, 'pfw-a.js'), script);
    writeFileSync(join(dir, 'chunks', 'lit-1.js'), script.replaceAll('html', 'css'));
    writeFileSync(join(dir, 'pfw-a.js.map'), '{"version":3}');
    assert.equal(await compressScripts(dir), 2);
    for (const file of ['pfw-a.js', 'chunks/lit-1.js']) {
      const bytes = readFileSync(join(dir, file));
      const gz = readFileSync(join(dir, `${file}.gz`));
      assert.deepEqual(gunzipSync(gz), bytes, `${file}.gz`);
      assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))), bytes, `${file}.br`);
      // Zopfli searches harder than zlib's best level: never larger.
      assert.ok(gz.length <= gzipSync(bytes, { level: 9 }).length, `${file}.gz is no larger than zlib -9`);
    }
    assert.equal(existsSync(join(dir, 'pfw-a.js.map.gz')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
