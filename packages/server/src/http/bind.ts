/**
 * Mount a contract route on the app: validate params, query and body with the route's schemas,
 * run the handler, and validate what it returns before it leaves the server.
 */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiError, parseOrThrow, type Route, type RouteOutput } from '@pfw/contract';
import type * as z from 'zod/mini';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

export interface HandlerInput<R extends Route> {
  params: Out<NonNullable<R['params']>>;
  query: Out<NonNullable<R['query']>>;
  body: Out<NonNullable<R['body']>>;
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

export function bind<R extends Route>(app: Hono, route: R, handler: Handler<R>): void {
  app.on(route.method, route.path, async (c) => {
    const params = parseOrThrow(route.params, c.req.param(), 'params');
    const query = parseOrThrow(route.query, c.req.query(), 'query');
    const body = route.body ? parseOrThrow(route.body, await readJson(c), 'body') : undefined;
    const result = await handler({ params, query, body, c } as HandlerInput<R>);
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
