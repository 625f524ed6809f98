import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SkillScore } from '../domain.js';
import { toSkillScore } from '../psychometrics/norms.js';
import { learningOffers, measuredSkills, occupations } from '../skills/index.js';
import { OFFERS_PER_STEP, match, pathProgress, planLearningPath, reaches, stepProgress } from './index.js';

const soft = measuredSkills.map((s) => s.id);
/** Everyone at `theta` (precisely measured), with some skills set apart. */
const person = (theta: number, apart: Record<string, number> = {}): { scores: SkillScore[] } => ({
  scores: soft.map((id) => toSkillScore(id, apart[id] ?? theta, 0.3, 8)),
});
const goal = occupations.find((o) => o.id === 'stratenmaker')!;

describe('learning path', () => {
  it('has a step for every requirement of the goal that is not met, and none for what is', () => {
    const weak = person(-1.2);
    const steps = planLearningPath(weak, goal, occupations, learningOffers);
    const unmet = match(weak, goal).requirements.filter((r) => !r.met);
    assert.ok(unmet.length > 0);
    assert.deepEqual(steps.map((s) => s.skillId).sort(), unmet.map((r) => r.skillId).sort());
    for (const s of steps) {
      const required = goal.requirements.find((r) => r.skillId === s.skillId)!;
      assert.equal(s.requiredLevel, required.level);
      assert.equal(s.essential, required.essential);
      assert.ok(s.currentLevel < s.requiredLevel || !reaches(weak, s.skillId, s.requiredLevel));
    }
    assert.deepEqual(planLearningPath(person(2.5), goal, occupations, learningOffers), []);
  });

  it('puts first the step that opens the most jobs, counted by hand', () => {
    const weak = person(-1.2);
    const steps = planLearningPath(weak, goal, occupations, learningOffers);
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1]!, steps[i]!];
      assert.ok(a.opens > b.opens || (a.opens === b.opens && a.blocks >= b.blocks), `${a.skillId} before ${b.skillId}`);
    }
    // By hand: jobs where this skill (up to the step's level) is all that is missing, and jobs where it is one of it.
    for (const step of steps) {
      let opens = 0;
      let blocks = 0;
      for (const job of occupations) {
        const missing = match(weak, job).requirements.filter((r) => r.essential && !r.met);
        const mine = missing.filter((r) => r.skillId === step.skillId && r.requiredLevel <= step.requiredLevel);
        if (mine.length) blocks++;
        if (missing.length && mine.length === missing.length) opens++;
      }
      assert.equal(step.opens, opens, step.skillId);
      assert.equal(step.blocks, blocks, step.skillId);
    }
  });

  it('offers at most two courses per step, each reaching the level', () => {
    const steps = planLearningPath(person(-1.5), goal, occupations, learningOffers);
    assert.ok(steps.some((s) => s.offerIds.length > 0));
    for (const s of steps) {
      assert.ok(s.offerIds.length <= OFFERS_PER_STEP);
      for (const id of s.offerIds) {
        const offer = learningOffers.find((o) => o.id === id)!;
        assert.ok(offer.develops.some((d) => d.skillId === s.skillId && d.toLevel >= s.requiredLevel));
      }
    }
  });

  it('counts a step reached once the skillprint probably meets its level', () => {
    const skill = goal.requirements[0]!;
    assert.equal(reaches(person(-2), skill.skillId, skill.level), false);
    assert.equal(reaches(person(-2, { [skill.skillId]: 2.5 }), skill.skillId, skill.level), true);
    // Not measured: the prior, as matching reads it (half at the middle level).
    assert.equal(reaches({ scores: [] }, skill.skillId, 3), true);
    assert.equal(reaches({ scores: [] }, skill.skillId, 4), false);
  });

  it('counts a step said done but measured below its level since as still to take, not as done', () => {
    const planned = { at: '2026-11-01T09:00:00.000Z' };
    const doneAt = '2026-12-01T10:00:00.000Z';
    const again = { at: '2026-12-01T10:05:00.000Z' };
    const todo = { status: 'todo', reached: false } as const;
    const started = { status: 'started', reached: false, history: [planned] } as const;
    const toMeasure = { status: 'done', reached: false, doneAt, history: [planned] } as const;
    const below = { status: 'done', reached: false, doneAt, history: [planned, again] } as const;
    const reached = { status: 'started', reached: true, history: [planned, again] } as const;
    assert.deepEqual([todo, started, toMeasure, below, reached].map(stepProgress), [
      'todo',
      'started',
      'to-measure',
      'below',
      'reached',
    ]);
    // Measured before it was said done: still to measure.
    assert.equal(stepProgress({ ...below, history: [planned, { at: '2026-12-01T09:59:00.000Z' }] }), 'to-measure');
    assert.deepEqual(pathProgress([todo, started, toMeasure, below, reached]), {
      steps: 5,
      done: 2,
      reached: 1,
      toMeasure: 1,
      below: 1,
      remaining: 3,
    });
    // The walkthrough: one step, said done, measured again and still below: nothing done, one to go.
    assert.deepEqual(pathProgress([below]), { steps: 1, done: 0, reached: 0, toMeasure: 0, below: 1, remaining: 1 });
    assert.deepEqual(pathProgress([]), { steps: 0, done: 0, reached: 0, toMeasure: 0, below: 0, remaining: 0 });
  });
});
