/** The error the typed client throws: the API's problem, or one it made from what went wrong. */
import type { Problem } from './problem.js';

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
