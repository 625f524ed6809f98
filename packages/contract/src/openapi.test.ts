import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOpenApi, openApiPath } from './openapi.js';
import * as routes from './routes.js';

describe('OpenAPI document', () => {
  const doc = buildOpenApi({ version: 'test' }) as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string }>>;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 with every route of the route table', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const route of Object.values(routes)) {
      const op = doc.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      assert.ok(op, `${route.method} ${route.path} is missing`);
      assert.equal(op.operationId, route.id);
    }
  });

  it('has no dangling $ref', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 0);
    for (const ref of refs) assert.ok(doc.components.schemas[ref], `missing component ${ref}`);
    assert.ok(!JSON.stringify(doc).includes('#/$defs/'));
  });
});

describe('openapi.json', () => {
  it('is up to date with the routes (run `npm run openapi`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const onDisk = JSON.parse(readFileSync(join(import.meta.dirname, '../openapi.json'), 'utf8')) as { info: { version: string } };
    const fresh = buildOpenApi({ version: onDisk.info.version });
    assert.deepEqual(onDisk, fresh);
  });
});
