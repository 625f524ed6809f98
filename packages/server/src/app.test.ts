import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@pfw/contract';
import { contractSuite } from '@pfw/contract/contract-suite';
import { startServer, type RunningServer } from './start.js';

let server: RunningServer;
before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server.close());

contractSuite('server on PGlite', () => createClient({ baseUrl: server.url }));

describe('server', () => {
  it('serves its OpenAPI document', async () => {
    const res = await fetch(`${server.url}/v1/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: object };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok('/v1/occupations' in doc.paths);
  });

  it('answers unknown routes with a problem, never a stack trace', async () => {
    const res = await fetch(`${server.url}/v1/does-not-exist`);
    assert.equal(res.status, 404);
    const body = await res.text();
    assert.match(body, /"status":404/);
    assert.doesNotMatch(body, /at .*\.ts:\d+/);
  });
});
