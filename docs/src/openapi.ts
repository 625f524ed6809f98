/**
 * The API reference page, from packages/contract/openapi.json (generated from the contract):
 * every path and method with who may call it, its parameters, request body and responses, and
 * every named schema once, linked from where it is used.
 */
import { esc, inline, slug } from './markdown.js';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  description?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
};

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
  security?: Record<string, string[]>[];
  'x-pfw-access'?: string[];
}

export interface OpenApi {
  info: { title: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: {
    schemas?: Record<string, Schema>;
    securitySchemes?: Record<
      string,
      { type: string; scheme?: string; name?: string; in?: string; description?: string }
    >;
  };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const schemaId = (name: string) => `schema-${slug(name)}`;
const refName = (ref: string) => ref.split('/').pop()!;

/** Numbers JavaScript cannot tell apart from "no limit" are shown as no limit. */
const limit = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);

function constraints(s: Schema): string {
  const c: string[] = [];
  const min = limit(s.minimum);
  const max = limit(s.maximum);
  if (min !== undefined && max !== undefined) c.push(`${min}–${max}`);
  else if (min !== undefined) c.push(`≥ ${min}`);
  else if (max !== undefined) c.push(`≤ ${max}`);
  if (s.minLength !== undefined || s.maxLength !== undefined)
    c.push(`length ${s.minLength ?? 0}–${s.maxLength ?? '…'}`);
  if (s.minItems !== undefined || s.maxItems !== undefined) c.push(`${s.minItems ?? 0}–${s.maxItems ?? '…'} items`);
  if (s.format) c.push(s.format);
  if (s.pattern) c.push(`pattern <code>${esc(s.pattern)}</code>`);
  if (s.default !== undefined) c.push(`default <code>${esc(JSON.stringify(s.default))}</code>`);
  return c.join(', ');
}

/** A one-line type: a link for a named schema, `X[]` for arrays, `a | b` for unions and enums. */
function typeOf(s: Schema | undefined): string {
  if (!s) return 'any';
  if (s.$ref) {
    const name = refName(s.$ref);
    return `<a href="#${schemaId(name)}">${esc(name)}</a>`;
  }
  if (s.const !== undefined) return `<code>${esc(JSON.stringify(s.const))}</code>`;
  if (s.enum) return s.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(' | ');
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeOf).join(' | ');
  if (s.allOf) return s.allOf.map(typeOf).join(' &amp; ');
  if (s.type === 'array') return `${typeOf(s.items)}[]`;
  if (Array.isArray(s.type)) return s.type.join(' | ');
  if (s.type === 'object' && !s.properties) {
    return typeof s.additionalProperties === 'object' ? `map of ${typeOf(s.additionalProperties)}` : 'object';
  }
  return esc(s.type ?? 'any');
}

/** An object's fields as a nested list; other schemas as their one-line type. */
function schemaTree(s: Schema | undefined, depth = 0): string {
  if (!s) return '<p>No body.</p>';
  const target = s.type === 'array' && s.items?.properties ? s.items : s;
  if (!target.properties || depth > 6) {
    const extra = constraints(s);
    return `<p class="schema-type">${typeOf(s)}${extra ? ` <span class="constraints">(${extra})</span>` : ''}</p>`;
  }
  const required = new Set(target.required ?? []);
  const rows = Object.entries(target.properties).map(([name, p]) => {
    const nested =
      (p.properties || (p.type === 'array' && p.items?.properties)) && depth < 6 ? schemaTree(p, depth + 1) : '';
    const extra = constraints(p);
    return `<li><code>${esc(name)}</code>${required.has(name) ? '' : ' <span class="optional">optional</span>'}: ${nested ? (p.type === 'array' ? 'array of' : 'object') : typeOf(p)}${
      extra ? ` <span class="constraints">(${extra})</span>` : ''
    }${p.description ? ` — ${inline(p.description)}` : ''}${nested}</li>`;
  });
  return `${target === s ? '' : '<p class="schema-type">An array of:</p>'}<ul class="schema">${rows.join('')}</ul>`;
}

function auth(op: Operation, api: OpenApi): string {
  const schemes = (op.security ?? []).flatMap((req) => Object.keys(req));
  const roles = op['x-pfw-access'] ?? [];
  if (!schemes.length) return 'None: public.';
  const names: Record<string, string> = {
    bearerToken: 'a token (<code>Authorization: Bearer …</code>)',
    secretKey: 'the partner’s secret key (<code>Authorization: Bearer sk_…</code>, server side only)',
    publishableKey: 'a publishable key (<code>x-pfw-key: pk_…</code>, from an allowed origin)',
  };
  const text = schemes.map((s) => names[s] ?? esc(api.components?.securitySchemes?.[s]?.description ?? s)).join(' or ');
  return `${text}${roles.length ? `; roles: ${roles.map((r) => `<code>${esc(r)}</code>`).join(', ')}` : ''}.`;
}

function operation(path: string, method: string, op: Operation, api: OpenApi): string {
  const id = `op-${slug(op.operationId ?? `${method}-${path}`)}`;
  const params = op.parameters ?? [];
  const body = op.requestBody?.content;
  const bodyType = body && Object.keys(body)[0];
  const parts = [
    `<section class="operation" aria-labelledby="${id}">`,
    `<h3 id="${id}"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>`,
    op.summary ? `<p>${inline(op.summary)}</p>` : '',
    op.description ? `<p>${inline(op.description)}</p>` : '',
    `<p><strong>Auth:</strong> ${auth(op, api)}${op.operationId ? ` <span class="muted">Client: <code>routes.${esc(op.operationId)}</code></span>` : ''}</p>`,
  ];
  if (params.length) {
    parts.push(
      '<h4>Parameters</h4><div class="table-scroll" role="region" tabindex="0" aria-label="Parameters"><table><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">type</th><th scope="col">required</th></tr></thead><tbody>',
      ...params.map(
        (p) =>
          `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${typeOf(p.schema)}${p.schema && constraints(p.schema) ? ` <span class="constraints">(${constraints(p.schema)})</span>` : ''}${p.description ? ` — ${inline(p.description)}` : ''}</td><td>${p.required ? 'yes' : 'no'}</td></tr>`,
      ),
      '</tbody></table></div>',
    );
  }
  if (body && bodyType) {
    parts.push(
      `<h4>Request body <span class="muted">(${esc(bodyType)}${op.requestBody?.required ? '' : ', optional'})</span></h4>`,
      schemaTree(body[bodyType]?.schema),
    );
  }
  parts.push('<h4>Responses</h4><dl class="responses">');
  for (const [status, r] of Object.entries(op.responses ?? {})) {
    const type = r.content && Object.keys(r.content)[0];
    parts.push(
      `<dt><code>${esc(status)}</code> ${esc(r.description ?? '')}${type ? ` <span class="muted">(${esc(type)})</span>` : ''}</dt>`,
      `<dd>${type ? schemaTree(r.content![type]?.schema) : '<p>No body.</p>'}</dd>`,
    );
  }
  parts.push('</dl></section>');
  return parts.join('\n');
}

/** The body of the API reference page (its h1 is added by the layout). */
export function renderApiReference(api: OpenApi): { html: string; count: number } {
  const byTag = new Map<string, { path: string; method: string; op: Operation }[]>();
  let count = 0;
  for (const [path, item] of Object.entries(api.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      count++;
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { path, method, op }]);
    }
  }
  const schemas = Object.entries(api.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const html = [
    `<p>${inline(api.info.description)} Version ${esc(api.info.version)}, OpenAPI document: <a href="openapi.json">openapi.json</a>. Generated from <code>packages/contract/openapi.json</code>; <a href="api.html">The API guide</a> explains keys, tokens, errors and limits.</p>`,
    '<nav aria-labelledby="api-toc"><h2 id="api-toc">Contents</h2><ul>',
    ...[...byTag.keys()].map((t) => `<li><a href="#tag-${slug(t)}">${esc(t)}</a></li>`),
    '<li><a href="#schemas">Schemas</a></li></ul></nav>',
    ...[...byTag.entries()].map(
      ([tag, ops]) =>
        `<section aria-labelledby="tag-${slug(tag)}"><h2 id="tag-${slug(tag)}">${esc(tag[0]!.toUpperCase() + tag.slice(1))}</h2>${ops.map((o) => operation(o.path, o.method, o.op, api)).join('\n')}</section>`,
    ),
    '<section aria-labelledby="schemas"><h2 id="schemas">Schemas</h2>',
    ...schemas.map(
      ([name, s]) =>
        `<section class="schema-def" aria-labelledby="${schemaId(name)}"><h3 id="${schemaId(name)}">${esc(name)}</h3>${s.description ? `<p>${inline(s.description)}</p>` : ''}${schemaTree(s)}</section>`,
    ),
    '</section>',
  ];
  return { html: html.join('\n'), count };
}
