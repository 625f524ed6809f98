/** The one error shape of the API (RFC 9457 problem+json) and how validation issues become it. */
import * as z from 'zod/mini';
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

/** ["requirements", 0, "level"] → "requirements[0].level" */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** A short English sentence for one zod issue. zod/mini carries no messages of its own, which keeps bundles small. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must be at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} item(s)`
          : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `must have at most ${String(issue.maximum)} item(s)`
          : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `must be a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function fieldErrors(issues: readonly z.core.$ZodIssue[], where: string): FieldError[] {
  return issues.map((issue) => ({ path: formatPath(issue.path, where), message: describeIssue(issue), code: issue.code }));
}

/** A 400 problem from validation issues; `where` is "body", "query" or "params". */
export function validationProblem(issues: readonly z.core.$ZodIssue[], where: string): Problem {
  const errors = fieldErrors(issues, where);
  const first = errors[0];
  return {
    type: 'https://passportforwork.dev/problems/validation',
    title: 'The request is not valid',
    status: 400,
    detail: first ? `${first.path} ${first.message}` + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : '') : undefined,
    errors,
  };
}

/** An error from the API or from validating what it sent back. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

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

/** Parse with a schema or throw a 400 ApiError naming every wrong field. Shared by client, server and mock. */
export function parseOrThrow(schema: z.ZodMiniType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(validationProblem(result.error.issues, where));
  return result.data;
}
