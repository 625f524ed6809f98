/**
 * msw handlers that implement the contract in memory: the demo's offline mode and the
 * element tests use them. They read the same route table and schemas as the server.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { ApiError, apiError, parseOrThrow, routes, type Problem, type Route, type RouteOutput } from '@pfw/contract';
import { findOccupation, listLearningOffers, listOccupations, listSkills, skillLanguage } from '@pfw/core/skills';
import type * as z from 'zod/mini';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

interface MockInput<R extends Route> {
  params: Out<NonNullable<R['params']>>;
  query: Out<NonNullable<R['query']>>;
  body: Out<NonNullable<R['body']>>;
  request: Request;
}

const problemResponse = (p: Problem) =>
  new HttpResponse(JSON.stringify(p), { status: p.status, headers: { 'content-type': 'application/problem+json' } });

/** Like the server's bind(): validate in, run, validate out. */
function handle<R extends Route>(
  baseUrl: string,
  route: R,
  run: (input: MockInput<R>) => RouteOutput<R> | Promise<RouteOutput<R>>,
): HttpHandler {
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](baseUrl + route.path, async ({ request, params }) => {
    try {
      const url = new URL(request.url);
      const input = {
        params: parseOrThrow(route.params, params, 'params'),
        query: parseOrThrow(route.query, Object.fromEntries(url.searchParams), 'query'),
        body: route.body ? parseOrThrow(route.body, await request.json().catch(() => undefined), 'body') : undefined,
        request,
      } as MockInput<R>;
      const result = await run(input);
      if (!route.response) return new HttpResponse(null, { status: 204 });
      return HttpResponse.json(route.response.parse(result) as object, { status: route.status });
    } catch (error) {
      if (error instanceof ApiError) return problemResponse(error.problem);
      throw error;
    }
  });
}

export interface MockOptions {
  /** Where the mock answers, e.g. "" for same origin or "https://api.example.nl". */
  baseUrl?: string;
}

export function createHandlers(options: MockOptions = {}): HttpHandler[] {
  const base = options.baseUrl ?? '';
  return [
    handle(base, routes.getHealth, () => ({ status: 'ok' as const, version: 'mock', storage: 'memory' as const })),
    handle(base, routes.getSkillLanguage, () => skillLanguage),
    handle(base, routes.listSkills, ({ query }) => ({ items: listSkills(query.lang) })),
    handle(base, routes.listOccupations, ({ query }) => ({ items: listOccupations(query.lang) })),
    handle(base, routes.getOccupation, ({ params }) => {
      const occupation = findOccupation(params.id);
      if (!occupation) throw apiError(404, `There is no occupation with id "${params.id}".`);
      return occupation;
    }),
    handle(base, routes.listLearningOffers, ({ query }) => ({ items: listLearningOffers(query.lang) })),
  ];
}
