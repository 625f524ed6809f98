import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { canonicalJson } from './canonical.js';
import { buildOpenApi, openApiPath } from './openapi.js';
import type { Route } from './route.js';
import * as routes from './routes/index.js';

const root = join(import.meta.dirname, '../../..');
const committed = join(root, 'packages/contract/openapi.json');

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}

const all = Object.values(routes) as Route[];

describe('OpenAPI document', () => {
  const doc = buildOpenApi({ version: 'test' }) as {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown> };
  };
  const operation = (route: Route) => doc.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;

  it('is OpenAPI 3.1 with every route of the route table', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const route of all) {
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

  it("every request body has an example, from the route, that the route's zod schema accepts", () => {
    const withBody = all.filter((r) => r.body);
    assert.ok(withBody.length >= 10);
    for (const route of withBody) {
      assert.ok(route.bodyExample !== undefined, `${route.id} has no bodyExample`);
      const parsed = route.body!.safeParse(route.bodyExample);
      assert.ok(parsed.success, `${route.id}: ${JSON.stringify(parsed.error?.issues)}`);
      assert.deepEqual(operation(route).requestBody?.content['application/json']?.example, route.bodyExample, route.id);
    }
    for (const route of all.filter((r) => !r.body))
      assert.equal(route.bodyExample, undefined, `${route.id} has an example but no body`);
  });

  it("the verify example's signature is over exactly its skillprint", () => {
    const example = routes.verifySkillprint.bodyExample!;
    const payload = Buffer.from(example.signature.split('.')[1]!, 'base64url').toString('utf8');
    assert.equal(payload, canonicalJson(example.skillprint));
  });

  it('says how each operation is secured: public ones with security: [], the anonymous start with the publishable key', () => {
    for (const route of all) {
      const { security } = operation(route);
      assert.ok(Array.isArray(security), `${route.id} has no security`);
      assert.equal(security.length === 0, route.access.includes('public'), route.id);
    }
    assert.deepEqual(operation(routes.startAnonymous).security, [{ publishableKey: [] }]);
    assert.deepEqual(operation(routes.createToken).security, [{ secretKey: [] }]);
    assert.deepEqual(operation(routes.getTalentPool).security, [{ bearerToken: [] }]);
  });

  it('documents the 4xx problems of each operation as problem+json', () => {
    for (const route of all) {
      const { responses } = operation(route);
      const codes = Object.keys(responses).filter((c) => c.startsWith('4'));
      const expect = (code: string, when: boolean) => assert.equal(codes.includes(code), when, `${route.id}: ${code}`);
      expect('400', Boolean(route.params || route.query || route.body || route.problems?.[400]));
      expect('401', !route.access.includes('public'));
      expect('404', Boolean(route.problems?.[404]));
      expect('409', Boolean(route.problems?.[409]));
      expect('413', Boolean(route.body));
      expect('415', Boolean(route.body));
      expect('429', true);
      // A path parameter names something that may not be there (or not be yours).
      if (route.params) assert.ok(route.problems?.[404], `${route.id} has a path parameter but documents no 404`);
      for (const code of codes)
        assert.ok(responses[code]!.content?.['application/problem+json'], `${route.id} ${code}`);
    }
    const codes = (route: Route) => Object.keys(operation(route).responses);
    assert.deepEqual(codes(routes.putResponse), [
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '429',
      'default',
    ]);
    assert.deepEqual(codes(routes.startAnonymous), ['201', '401', '403', '429', 'default']);
    assert.deepEqual(codes(routes.exportMe), ['200', '401', '404', '429', 'default'], 'every role may export: no 403');
    assert.deepEqual(codes(routes.getHealth), ['200', '429', 'default']);
  });
});

/** Lint a document with redocly.yaml (and its ignore file); the problems not accepted there. */
async function lint(doc: unknown) {
  const config = await loadConfig({ configPath: join(root, 'redocly.yaml') });
  // Offline: the lint must never reach out (no remote $ref, no remote config).
  const realFetch = globalThis.fetch;
  const fetched: string[] = [];
  globalThis.fetch = (input) => {
    fetched.push(String(input));
    return Promise.reject(new Error('no network in the OpenAPI lint'));
  };
  try {
    const problems = await lintFromString({
      source: `${JSON.stringify(doc, null, 2)}\n`,
      absoluteRef: committed,
      config,
    });
    assert.deepEqual(fetched, []);
    return problems.filter((p) => !p.ignored);
  } finally {
    globalThis.fetch = realFetch;
  }
}

const report = (problems: Awaited<ReturnType<typeof lint>>) =>
  problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`).join('\n');

describe('openapi.json', () => {
  const onDisk = JSON.parse(readFileSync(committed, 'utf8')) as { info: { version: string } };
  const fresh = buildOpenApi({ version: onDisk.info.version });

  it('is up to date with the routes (run `npm run openapi`)', () => {
    assert.deepEqual(onDisk, fresh);
    assert.equal(
      readFileSync(join(root, 'docs/public/openapi.json'), 'utf8'),
      readFileSync(committed, 'utf8'),
      'docs/public/openapi.json is a copy',
    );
  });

  it('passes the Redocly lint of redocly.yaml with no error and no warning', async () => {
    const problems = await lint(fresh);
    assert.equal(problems.length, 0, `\n${report(problems)}`);
  });

  it('the lint fails an operation without security or 4xx responses, and an example that breaks its schema', async () => {
    const broken = structuredClone(fresh) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const health = broken.paths['/v1/health']!.get!;
    delete health.security;
    delete (health.responses as Record<string, unknown>)['429'];
    const media = (
      broken.paths['/v1/tokens']!.post!.requestBody as { content: Record<string, { example: Record<string, unknown> }> }
    ).content['application/json']!;
    media.example = { ...media.example, role: 'boss' };
    const problems = await lint(broken);
    const rules = new Set(problems.map((p) => p.ruleId));
    for (const rule of ['security-defined', 'operation-4xx-response', 'no-invalid-media-type-examples'])
      assert.ok(rules.has(rule), `${rule} in\n${report(problems)}`);
    assert.ok(problems.every((p) => p.severity === 'error'));
  });
});
