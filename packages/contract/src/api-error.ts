/** The error the typed client throws: the API's problem, or one it made from what went wrong. */
import type { Problem } from './problem.js';
import { problemType, type ProblemSlug } from './problem-types.js';

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
export function apiError(status: number, detail?: string, slug?: ProblemSlug): ApiError {
  return new ApiError({
    type: problemType(slug ?? status),
    title: TITLES[status] ?? 'The request failed',
    status,
    detail,
  });
}
