/**
 * How zod issues become the API's field errors and 400 problems, in short English sentences.
 * Apart from problem.ts so that the typed client loads these words only when something is wrong
 * (a browser bundle then carries them in a lazy chunk).
 */
import type * as z from 'zod/mini';
import { ApiError } from './api-error.js';
import { formatPath } from './field-path.js';
import { problemType } from './problem-types.js';
import type { FieldError, Problem } from './problem.js';

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
      return issue.divisor === 1 ? 'must be a whole number' : `must be a multiple of ${String(issue.divisor)}`;
    default:
      return 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function fieldErrors(issues: readonly z.core.$ZodIssue[], where: string): FieldError[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path, where),
    message: describeIssue(issue),
    code: issue.code,
  }));
}

/** A 400 problem from validation issues; `where` is "body", "query" or "params". */
export function validationProblem(issues: readonly z.core.$ZodIssue[], where: string): Problem {
  const errors = fieldErrors(issues, where);
  const first = errors[0];
  return {
    type: problemType('validation'),
    title: 'The request is not valid',
    status: 400,
    detail: first
      ? `${first.path} ${first.message}` + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : '')
      : undefined,
    errors,
  };
}

/** The problem of an answer of the wrong shape (the client checks every answer). */
export function responseProblem(method: string, path: string, issues: readonly z.core.$ZodIssue[]): Problem {
  return {
    type: problemType('invalid-response'),
    title: 'The API sent an answer of the wrong shape',
    status: 502,
    detail: `${method} ${path}`,
    errors: fieldErrors(issues, 'response'),
  };
}

/** Parse with a schema or throw a 400 ApiError naming every wrong field. Shared by server and mock; the client has an async twin. */
export function parseOrThrow(schema: z.ZodMiniType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(validationProblem(result.error.issues, where));
  return result.data;
}
