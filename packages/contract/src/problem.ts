/**
 * The one error shape of the API (RFC 9457 problem+json), and reading it from a response. The
 * error class is in api-error.ts and how validation issues become a problem in issues.ts: the
 * typed client loads this module and issues.ts only when a request fails.
 */
import * as z from 'zod/mini';
import { ApiError } from './api-error.js';
import { named } from './common.js';

export const FieldError = /*#__PURE__*/ named(
  z.object({
    /** Where: "body.requirements[0].level", "query.lang". */
    path: z.string(),
    /** What is wrong, in plain words. */
    message: z.string(),
    code: z.string(),
  }),
  'FieldError',
  'One field that is wrong, and why.',
);
export type FieldError = z.infer<typeof FieldError>;

export const Problem = /*#__PURE__*/ named(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int().check(z.gte(400), z.lte(599)),
    detail: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  }),
  'Problem',
  'An error (application/problem+json). Never contains a stack trace or SQL.',
);
export type Problem = z.infer<typeof Problem>;

const TITLES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Sign in first',
  403: 'This is not allowed',
  404: 'Not found',
  409: 'This conflicts with what is saved',
  413: 'The request is too large',
  415: 'Send JSON',
  429: 'Too many requests',
  500: 'Something went wrong on our side',
  503: 'The service cannot be reached',
};

/** An ApiError with the standard title for its status. */
export function apiError(status: number, detail?: string, slug?: string): ApiError {
  return new ApiError({
    type: `https://passportforwork.dev/problems/${slug ?? String(status)}`,
    title: TITLES[status] ?? 'The request failed',
    status,
    detail,
  });
}

/** The problem an error response carries; a plain one from its status when it carries none. */
export async function readProblem(response: Response): Promise<Problem> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = Problem.safeParse(json);
  if (parsed.success) return parsed.data;
  return {
    type: 'about:blank',
    title: response.statusText || 'The request failed',
    status: response.status >= 400 ? response.status : 500,
  };
}
