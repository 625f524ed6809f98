/**
 * Mount a contract route on the app: rate limit, authenticate against the route's access list,
 * validate params, query and body with the route's schemas, run the handler, and validate what
 * it returns before it leaves the server.
 */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiError, parseOrThrow, type Route, type RouteOutput } from '@pfw/contract';
import type * as z from 'zod/mini';
import type { Services } from '../services.js';
import { authenticate, type Principal } from './auth.js';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

export interface HandlerInput<R extends Route> {
  params: Out<NonNullable<R['params']>>;
  query: Out<NonNullable<R['query']>>;
  body: Out<NonNullable<R['body']>>;
  auth: Principal;
  c: Context;
}

export type Handler<R extends Route> = (input: HandlerInput<R>) => Promise<RouteOutput<R>> | RouteOutput<R>;

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) throw apiError(415, 'Send the body as application/json.', 'unsupported-media-type');
  try {
    return await c.req.json();
  } catch {
    throw apiError(400, 'The body is not valid JSON.', 'malformed-json');
  }
}

/** The client's address where the runtime knows it (Node); else one shared bucket per credential. */
function address(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

export function bind<R extends Route>(app: Hono, services: Services, route: R, handler: Handler<R>): void {
  app.on(route.method, route.path, async (c) => {
    const credential = c.req.header('authorization') ?? c.req.header('x-pfw-key') ?? '';
    const wait = services.limiter.take(`${credential.slice(-24)}|${address(c)}`);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      throw apiError(429, `Too many requests. Try again in ${wait} s.`);
    }
    const auth = await authenticate(c, route.access, services);
    const params = parseOrThrow(route.params, c.req.param(), 'params');
    const query = parseOrThrow(route.query, c.req.query(), 'query');
    const body = route.body ? parseOrThrow(route.body, await readJson(c), 'body') : undefined;
    const result = await handler({ params, query, body, auth, c } as HandlerInput<R>);
    if (!route.response) return c.body(null, 204);
    const checked = route.response.safeParse(result);
    if (!checked.success) {
      // Our own bug: log it for us, tell the caller only that it failed.
      console.error(`response of ${route.id} does not match the contract`, checked.error.issues.slice(0, 5));
      throw apiError(500);
    }
    return c.json(checked.data as object, route.status as ContentfulStatusCode);
  });
}
