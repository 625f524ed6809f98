/** Problem responses: the only way the API says no. Never a stack trace or SQL text. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '@pfw/contract';

export function sendProblem(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p), p.status as ContentfulStatusCode, { 'content-type': 'application/problem+json' });
}
