import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JobProfileInput, formatPath, validationProblem } from './index.js';

describe('problems', () => {
  it('formats field paths like code does', () => {
    assert.equal(formatPath(['requirements', 0, 'level'], 'body'), 'body.requirements[0].level');
    assert.equal(formatPath([], ''), '(root)');
  });

  it('names every wrong field of a job profile in plain words', () => {
    const result = JobProfileInput.safeParse({
      title: 'x'.repeat(10_000),
      requirements: [{ skillId: 'accuracy', level: 9, importance: 2, essential: true }],
      region: 'Eindhoven',
      hours: { min: 32, max: 24 },
    });
    assert.equal(result.success, false);
    const problem = validationProblem(result.error!.issues, 'body');
    const byPath = Object.fromEntries(problem.errors!.map((e) => [e.path, e.message]));
    assert.equal(byPath['body.title'], 'must be at most 120 characters');
    assert.equal(byPath['body.requirements[0].level'], 'must be at most 5');
    assert.equal(byPath['body.hours.min'], 'min must not be above max');
    assert.equal(problem.status, 400);
    assert.match(problem.detail!, /^body\.title must be at most 120 characters \(and 2 more\)$/);
  });

  it('refuses the same skill twice in one job profile', () => {
    const requirement = { skillId: 'accuracy', level: 3, importance: 2, essential: true };
    const result = JobProfileInput.safeParse({
      title: 'Kok',
      requirements: [requirement, requirement],
      region: 'Eindhoven',
      hours: { min: 24, max: 32 },
    });
    assert.equal(result.success, false);
    assert.equal(validationProblem(result.error!.issues, 'body').errors![0]!.message, 'each skill may appear once');
  });
});
