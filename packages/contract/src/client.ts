/**
 * The typed fetch client. It validates what it sends and everything it receives, so a widget
 * never renders a shape it does not expect. Only zod/mini is imported: browser bundles stay small.
 */
import type * as z from 'zod/mini';
import { ApiError } from './api-error.js';
import { problemType } from './problem-types.js';
import type { Route } from './route.js';

type In<S> = NonNullable<S> extends z.ZodMiniType ? z.input<NonNullable<S>> : never;
type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** Whether a route part (params, query, body) is there at all. */
type Has<S> = [NonNullable<S>] extends [never] ? false : true;

/** The input of a route: only the parts it has, with `query` optional when all its fields are. */
export type RouteInput<R extends Route> = (Has<R['params']> extends true ? { params: In<R['params']> } : unknown) &
  (Has<R['query']> extends true ? { query?: In<R['query']> } : unknown) &
  (Has<R['body']> extends true ? { body: In<R['body']> } : unknown);

export type RouteOutput<R extends Route> = Out<R['response']>;

/** How the caller is known: a short-lived token, or a publishable key for anonymous starts. */
export interface Credentials {
  token?: string;
  publishableKey?: string;
}

export interface ClientOptions {
  /** Where the API lives, e.g. https://api.example.nl (no trailing /v1). Empty for same origin. */
  baseUrl: string;
  credentials?: () => Credentials | undefined;
  fetch?: typeof fetch;
}

export interface Client {
  readonly baseUrl: string;
  request<R extends Route>(route: R, input?: RouteInput<R>, init?: { signal?: AbortSignal }): Promise<RouteOutput<R>>;
}

export function buildPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')));
}

export function createClient(options: ClientOptions): Client {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));

  return {
    baseUrl: base,
    async request(route, input, init) {
      const parts = (input ?? {}) as { params?: unknown; query?: unknown; body?: unknown };
      const params = (await checkPart(route.params, parts.params, 'params')) as Record<string, unknown> | undefined;
      const query = (await checkPart(route.query, parts.query ?? {}, 'query')) as Record<string, unknown> | undefined;
      const body = await checkPart(route.body, parts.body, 'body');

      let url = base + buildPath(route.path, params);
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, String(value));
      if ([...search].length) url += `?${search.toString()}`;

      const headers: Record<string, string> = { accept: route.mediaType ?? 'application/json' };
      const credentials = options.credentials?.();
      if (credentials?.token) headers.authorization = `Bearer ${credentials.token}`;
      else if (credentials?.publishableKey) headers['x-pfw-key'] = credentials.publishableKey;
      if (body !== undefined) headers['content-type'] = 'application/json';

      let response: Response;
      try {
        response = await doFetch(url, {
          method: route.method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: init?.signal,
        });
      } catch (cause) {
        if ((cause as Error)?.name === 'AbortError') throw cause;
        throw new ApiError({
          type: problemType('network'),
          title: 'The API could not be reached',
          status: 503,
          detail: String((cause as Error)?.message ?? cause),
        });
      }

      // What a failure says loads only on a failure.
      if (!response.ok) throw new ApiError(await (await import('./problem.js')).readProblem(response));
      if (route.response === undefined || response.status === 204) return undefined as never;

      const json: unknown = route.mediaType
        ? await response.text().catch(() => undefined)
        : await response.json().catch(() => undefined);
      const result = route.response.safeParse(json);
      if (!result.success) {
        const { responseProblem } = await import('./issues.js');
        throw new ApiError(responseProblem(route.method, route.path, result.error.issues));
      }
      return result.data as never;
    },
  };
}

/**
 * parseOrThrow for the client: the same 400 problem, but the words for what is wrong load only
 * when something is (a request the client builds itself is almost always right).
 */
async function checkPart(schema: z.ZodMiniType | undefined, value: unknown, where: string): Promise<unknown> {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { validationProblem } = await import('./issues.js');
  throw new ApiError(validationProblem(result.error.issues, where));
}
