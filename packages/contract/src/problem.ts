/**
 * The one error shape of the API (RFC 9457 problem+json), and reading it from a response. The
 * error class (and apiError, which makes one) is in api-error.ts and how validation issues become a problem in issues.ts: the
 * typed client loads this module and issues.ts only when a request fails.
 */
import * as z from 'zod/mini';
import { named, int } from './common.js';

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
    status: int(400, 599),
    detail: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  }),
  'Problem',
  'An error (application/problem+json). Never contains a stack trace or SQL.',
);
export type Problem = z.infer<typeof Problem>;

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
