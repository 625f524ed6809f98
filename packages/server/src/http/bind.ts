/**
 * Mount a contract route on the app: rate limit, authenticate against the route's access list,
 * validate params, query and body with the route's schemas, run the handler, and validate what
 * it returns before it leaves the server.
 */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ApiError,
  apiError,
  formatPath,
  isWellFormedText,
  parseOrThrow,
  problemType,
  type Route,
  type RouteOutput,
} from '@pfw/contract';
import type * as z from 'zod/mini';
import type { Services } from '../services.js';
import { authenticate, type Principal } from './auth.js';
import { clientAddress, type RateDecision } from './rate-limit.js';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

export interface HandlerInput<R extends Route> {
  params: Out<NonNullable<R['params']>>;
  query: Out<NonNullable<R['query']>>;
  body: Out<NonNullable<R['body']>>;
  /** The body exactly as sent, before the schema dropped unknown fields (for checks that must see every byte, like verify). */
  rawBody: unknown;
  auth: Principal;
  c: Context;
}

export type Handler<R extends Route> = (input: HandlerInput<R>) => Promise<RouteOutput<R>> | RouteOutput<R>;

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json'))
    throw apiError(415, 'Send the body as application/json.', 'unsupported-media-type');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw apiError(400, 'The body is not valid JSON.', 'malformed-json');
  }
  // JSON lets "\udc00" through, PostgreSQL cannot store it: refuse it here for every field, also
  // those kept as JSON (the contract's text() says the same for the fields it checks).
  const at = illFormedAt(body, []);
  if (at) {
    const path = formatPath(at, 'body');
    const message = 'must be well-formed Unicode (no lone surrogate)';
    throw new ApiError({
      type: problemType('validation'),
      title: 'The request is not valid',
      status: 400,
      detail: `${path} ${message}`,
      errors: [{ path, message, code: 'invalid_format' }],
    });
  }
  return body;
}

/** Where in a parsed body a string (or a key) is not well-formed Unicode; undefined when nowhere. */
function illFormedAt(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (typeof value === 'string') return isWellFormedText(value) ? undefined : path;
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedAt(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormedText(key)) return [...path, key.replace(/[\ud800-\udfff]/g, '\ufffd')];
    const found = illFormedAt(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** The client's address where the runtime knows it (Node); else one shared bucket ("local", the offline mock). */
function address(c: Context, trustedProxies: readonly string[]): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return clientAddress(incoming?.socket?.remoteAddress, c.req.header('x-forwarded-for'), trustedProxies);
}

/** Count a request against one bucket; say the figures in the standard headers; 429 when it is empty. */
function limit(c: Context, decision: RateDecision): void {
  c.header('ratelimit-limit', String(decision.limit));
  c.header('ratelimit-remaining', String(decision.remaining));
  c.header('ratelimit-reset', String(decision.reset));
  if (decision.allowed) return;
  c.header('retry-after', String(decision.reset));
  throw apiError(429, `Too many requests. Try again in ${decision.reset} s.`);
}

/** Whose bucket a verified request counts against: the person, or a partner key from one address. */
function principalKey(auth: Principal, from: string): string | undefined {
  if (auth.kind === 'person') return `person|${auth.personId}`;
  if (auth.kind === 'secret') return `secret|${auth.partnerId}`;
  if (auth.kind === 'publishable') return `publishable|${auth.partnerId}|${from}`;
  return undefined;
}

export interface BindOptions {
  /**
   * The handler's first query finds only rows of a person who is still there (it joins people
   * on the token's person), and on a miss it calls assertKnown before it answers 404: the
   * separate check of the token's person is then left out (one round trip on a hot path).
   */
  personKnownByHandler?: boolean;
}

export function bind<R extends Route>(
  app: Hono,
  services: Services,
  route: R,
  handler: Handler<R>,
  options: BindOptions = {},
): void {
  app.on(route.method, route.path, async (c) => {
    const from = address(c, services.settings.trustedProxies);
    limit(c, services.limiter.byAddress.take(from));
    const auth = await authenticate(c, route.access, services, !options.personKnownByHandler);
    const key = principalKey(auth, from);
    if (key) limit(c, services.limiter.byPrincipal.take(key));
    const params = parseOrThrow(route.params, c.req.param(), 'params');
    const query = parseOrThrow(route.query, c.req.query(), 'query');
    const rawBody = route.body ? await readJson(c) : undefined;
    const body = route.body ? parseOrThrow(route.body, rawBody, 'body') : undefined;
    const result = await handler({ params, query, body, rawBody, auth, c } as HandlerInput<R>);
    if (!route.response) return c.body(null, 204);
    const checked = route.response.safeParse(result);
    if (!checked.success) {
      // Our own bug: log it for us, tell the caller only that it failed.
      console.error(
        `response of ${route.id} does not match the contract`,
        checked.error.issues.slice(0, 5).map(({ path, code, message }) => ({ path, code, message })),
      );
      throw apiError(500);
    }
    if (route.mediaType) {
      return c.body(checked.data as string, route.status as ContentfulStatusCode, { 'content-type': route.mediaType });
    }
    return c.json(checked.data as object, route.status as ContentfulStatusCode);
  });
}
