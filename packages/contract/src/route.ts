/** What a route is: method, path, who may call it, and the schemas of what goes in and out. */
import type * as z from 'zod/mini';

/** Who may call a route: anyone, or a token of one of these roles. */
export type Access =
  'public' | 'publishable' | 'candidate' | 'employer' | 'partner-admin' | 'institution' | 'coach' | 'partner-secret';

/**
 * When a route answers 404 or 409, or a 400 beyond its schemas, in a few words. The problems
 * every route of its kind has (400 for invalid input, 401, 403, 413, 415, 429) are added by the
 * OpenAPI document itself.
 */
export type RouteProblems = Partial<Record<400 | 404 | 409, string>>;

export interface Route<
  P extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Q extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  B extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  R extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
> {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style path, e.g. /v1/occupations/:id */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: readonly Access[];
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** A request body the OpenAPI document shows; openapi.test.ts parses it with `body`. */
  readonly bodyExample?: B extends z.ZodMiniType ? z.input<B> : never;
  /** The route's own 4xx answers, for the OpenAPI document. */
  readonly problems?: RouteProblems;
  /** Response body; undefined for 204 No Content. */
  readonly response: R;
  /**
   * The response's media type when it is not JSON: the body is then the string the response
   * schema describes, sent as is (e.g. a VC-JWT as application/vc+jwt).
   */
  readonly mediaType?: string;
  readonly status: number;
}

export function route<
  P extends z.ZodMiniType | undefined = undefined,
  Q extends z.ZodMiniType | undefined = undefined,
  B extends z.ZodMiniType | undefined = undefined,
  R extends z.ZodMiniType | undefined = undefined,
>(r: Omit<Route<P, Q, B, R>, 'status'> & { status?: number }): Route<P, Q, B, R> {
  return { ...r, status: r.status ?? (r.response ? 200 : 204) };
}

type Part<T, K extends string> = T extends { [k in K]: infer V } ? V : undefined;

/**
 * A route from its request side (shared with a narrow view, views.ts) and a response. The spread
 * is in here, not at the call: a call with plain arguments is one a bundler can drop whole when
 * the route is unused (it keeps a call with a spread argument, and with it the response schema).
 */
export function withResponse<
  Req extends Omit<Route, 'response' | 'status'> & { status?: number },
  R extends z.ZodMiniType | undefined,
>(request: Req, response: R): Route<Part<Req, 'params'>, Part<Req, 'query'>, Part<Req, 'body'>, R> {
  return route({ ...request, response } as never);
}
