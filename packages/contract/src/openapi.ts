/** The OpenAPI 3.1 document, generated from the route table and its schemas. */
import * as z from 'zod/mini';
// Every resource schema registers itself as a component, also those no route uses yet.
import './index.js';
import { Problem } from './problem.js';
import { Timestamp } from './common.js';
import type { Access, Route } from './route.js';
import * as routes from './routes/index.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiOptions {
  version: string;
  serverUrl?: string;
}

/** A problem+json response (RFC 9457) with the shared Problem schema. */
function problem(description: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    description,
    ...extra,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

const ROLES: readonly Access[] = ['candidate', 'employer', 'partner-admin', 'institution', 'coach'];

/** How a caller proves who it is: nothing (public), a partner key, or a token. */
function security(access: readonly Access[]): Record<string, string[]>[] {
  if (access.includes('public')) return [];
  if (access.includes('partner-secret')) return [{ secretKey: [] }];
  if (access.includes('publishable')) return [{ publishableKey: [] }];
  return [{ bearerToken: [] }];
}

/**
 * The 4xx answers of a route, as the server gives them (packages/server/src/http): 400 when the
 * path, query or body fails its schema; 401 and 403 from the route's access list; 413 and 415
 * for a body; 429 from the rate limiter in front of every route; and the route's own problems.
 */
function problemResponses(r: Route): Record<string, unknown> {
  const own = r.problems ?? {};
  const out: Record<string, unknown> = {};
  const invalid = [r.params && 'path', r.query && 'query', r.body && 'body'].filter(Boolean);
  if (invalid.length || own[400]) {
    const parts = invalid.length > 1 ? `${invalid.slice(0, -1).join(', ')} or ${invalid.at(-1)}` : invalid[0];
    const why = [
      parts ? `Invalid ${parts} (\`errors[]\` names each wrong field)` : '',
      r.body ? 'a body that is not JSON' : '',
      own[400] ?? '',
    ];
    out['400'] = problem(why.filter(Boolean).join('; '));
  }
  if (!r.access.includes('public')) {
    if (r.access.includes('partner-secret')) out['401'] = problem('No partner secret key, or not a valid one');
    else if (r.access.includes('publishable')) {
      out['401'] = problem('No publishable key in x-pfw-key, or not a valid one');
      out['403'] = problem("The page's origin is not on the key's allow-list");
    } else {
      out['401'] = problem('No token, or one that is not valid or has expired');
      const allowed = ROLES.filter((role) => r.access.includes(role));
      if (allowed.length < ROLES.length)
        out['403'] = problem(`The token's role may not do this (only ${allowed.join(', ')})`);
    }
  }
  if (own[404]) out['404'] = problem(own[404]);
  if (own[409]) out['409'] = problem(own[409]);
  if (r.body) {
    out['413'] = problem('The body is larger than 64 kB');
    out['415'] = problem('The body is not sent as application/json');
  }
  out['429'] = problem('Too many requests: try again after the seconds in Retry-After', {
    headers: {
      'Retry-After': {
        description: 'Seconds to wait before the next request',
        schema: { type: 'integer', minimum: 1 },
      },
    },
  });
  return out;
}

/** Express path /v1/occupations/:id → OpenAPI path /v1/occupations/{id} */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/**
 * Timestamp is a pattern (common.ts): say what it is, as zod's own datetime did. A whole number is
 * multipleOf(1) (int in common.ts): say `integer`, as z.int() did.
 */
function dateTimeFormat({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if (zodSchema === Timestamp) jsonSchema.format = 'date-time';
  if (jsonSchema.type === 'number' && jsonSchema.multipleOf === 1) {
    jsonSchema.type = 'integer';
    delete jsonSchema.multipleOf;
  }
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
    override: dateTimeFormat,
  }) as { schemas: Record<string, JsonSchema> };
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(converted.schemas)) {
    // zod gives each an $id equal to its $ref target; a fragment is no valid $id (JSON Schema
    // 2020-12), and validators then resolve the $refs inside it against the wrong base.
    const { $schema: _drop, $id: _id, ...rest } = schema;
    components[id] = rest;
  }

  const inline = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
    const id = z.globalRegistry.get(schema)?.id;
    if (id) return { $ref: `#/components/schemas/${id}` };
    const {
      $schema: _drop,
      $defs: _defs,
      ...rest
    } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      metadata: z.globalRegistry,
      override: dateTimeFormat,
    }) as JsonSchema;
    // Named schemas nested inside are components already: point at those, not at local $defs.
    return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
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
        parameters.push({
          name,
          in: where,
          required: where === 'path' || (json.required ?? []).includes(name),
          schema: s,
        });
      }
    }
    const operation: Record<string, unknown> = {
      operationId: r.id,
      summary: r.summary,
      tags: [r.tag],
      parameters,
      responses: {
        [String(r.status)]: r.response
          ? {
              description: 'OK',
              content: { [r.mediaType ?? 'application/json']: { schema: inline(r.response, 'output') } },
            }
          : { description: 'No content' },
        ...problemResponses(r),
        default: problem('Another error: 500 when something went wrong on our side'),
      },
    };
    if (r.body) {
      const media: Record<string, unknown> = { schema: inline(r.body, 'input') };
      if (r.bodyExample !== undefined) media.example = r.bodyExample;
      operation.requestBody = { required: true, content: { 'application/json': media } };
    }
    operation.security = security(r.access);
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
