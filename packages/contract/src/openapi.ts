/** The OpenAPI 3.1 document, generated from the route table and its schemas. */
import * as z from 'zod/mini';
// Every resource schema registers itself as a component, also those no route uses yet.
import './index.js';
import { Problem } from './problem.js';
import type { Route } from './route.js';
import * as routes from './routes.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiOptions {
  version: string;
  serverUrl?: string;
}

/** Express path /v1/occupations/:id → OpenAPI path /v1/occupations/{id} */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

export function buildOpenApi(options: OpenApiOptions): Record<string, unknown> {
  const all = Object.values(routes) as Route[];
  // Every named schema (see /*#__PURE__*/ named()) becomes a shared component; routes refer to them by $ref.
  void Problem; // named, and so a component, even before any route uses it
  const converted = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  }) as { schemas: Record<string, JsonSchema> };
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(converted.schemas)) {
    const { $schema: _drop, ...rest } = schema;
    components[id] = rest;
  }

  const inline = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
    const id = z.globalRegistry.get(schema)?.id;
    if (id) return { $ref: `#/components/schemas/${id}` };
    const { $schema: _drop, $defs: _defs, ...rest } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      metadata: z.globalRegistry,
    }) as JsonSchema;
    // Named schemas nested inside are components already: point at those, not at local $defs.
    return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  };

  const problemResponse = {
    description: 'An error',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of all) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema) continue;
      const json = inline(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, s] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s });
      }
    }
    const operation: Record<string, unknown> = {
      operationId: r.id,
      summary: r.summary,
      tags: [r.tag],
      parameters,
      responses: {
        [String(r.status)]: r.response
          ? { description: 'OK', content: { 'application/json': { schema: inline(r.response, 'output') } } }
          : { description: 'No content' },
        default: problemResponse,
      },
    };
    if (r.body) operation.requestBody = { required: true, content: { 'application/json': { schema: inline(r.body, 'input') } } };
    if (!r.access.includes('public')) {
      operation.security = r.access.includes('partner-secret') ? [{ secretKey: [] }] : [{ bearerToken: [] }];
    }
    operation['x-pfw-access'] = r.access;
    (paths[openApiPath(r.path)] ??= {})[r.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Passport for Work API',
      version: options.version,
      description: 'The thin hosted API behind the Passport for Work widgets. Errors are application/problem+json.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        secretKey: { type: 'http', scheme: 'bearer', description: 'A partner secret key (server side only).' },
        publishableKey: { type: 'apiKey', in: 'header', name: 'x-pfw-key' },
      },
    },
  };
}
