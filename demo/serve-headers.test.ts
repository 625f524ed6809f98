/**
 * The demo pages may not be framed by another site (their CSP is a <meta> tag, which cannot say
 * frame-ancestors): demo/serve.ts sends frame-ancestors 'self', X-Frame-Options and nosniff. Runs
 * the sources (PFW_DEV=1), so that it never builds demo/dist; the built pages get the same headers.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const PORT = 5400 + Math.floor(Math.random() * 500);
let server: ChildProcess;
let dataDir: string;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pfw-demo-headers-'));
  server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'serve.ts')], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, PORT: String(PORT), PFW_DEV: '1', PFW_SEED: '0', PFW_DATA_DIR: join(dataDir, 'pglite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${output}`)), 120_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      if (output.includes('ready.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    server.on('exit', (code) => reject(new Error(`demo exited with ${code}:\n${output}`)));
  });
});

after(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test(
  'the pages say they may be framed only by themselves, and send no type to guess',
  { timeout: 180_000 },
  async () => {
    for (const path of ['/', '/portal.html', '/employer.html']) {
      const response = await fetch(`http://localhost:${PORT}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-security-policy'), "frame-ancestors 'self'", path);
      assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      // The page's own policy is still there, in its <meta> tag.
      assert.match(await response.text(), /http-equiv="Content-Security-Policy"/, path);
    }
    // The API behind it answers with its own headers (no frame rules needed for JSON).
    const api = await fetch(`http://localhost:${PORT}/v1/health`);
    assert.equal(api.status, 200);
    assert.equal(api.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(api.headers.get('cache-control'), 'no-store');
  },
);
