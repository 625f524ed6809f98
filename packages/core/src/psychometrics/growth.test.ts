import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './random.js';
import { sampleAnswer } from './simulate.js';
import {
  REMEASURE_LONGEST_UNIT_SECONDS,
  REMEASURE_MAX_STEPS,
  createRemeasurement,
  createRemeasurementAdministration,
  growthOf,
} from './growth.js';
import { PREFERENCE_STEPS, type RawAnswer } from './administration.js';

describe('growth', () => {
  it('is claimed only when the 80 % ranges no longer overlap, either way', () => {
    // 0.0 ± 1.28·0.3 = [-0.38, 0.38]; 1.0 ± 1.28·0.3 = [0.62, 1.38]: apart.
    assert.equal(growthOf({ theta: 0, se: 0.3 }, { theta: 1, se: 0.3 }), 'grew');
    assert.equal(growthOf({ theta: 1, se: 0.3 }, { theta: 0, se: 0.3 }), 'fell');
    // The same step with wide ranges overlaps: not claimed.
    assert.equal(growthOf({ theta: 0, se: 0.5 }, { theta: 1, se: 0.5 }), 'unclear');
    assert.equal(growthOf({ theta: 0.2, se: 0.3 }, { theta: 0.2, se: 0.3 }), 'unclear');
  });

  it('re-measures only the skills asked for, and stops within its limit of steps', () => {
    const engine = createRemeasurement(['planning']);
    assert.deepEqual(engine.config.focus, ['planning']);
    const rng = new Random(3);
    let state = engine.start(9);
    for (;;) {
      const { state: next, unit } = engine.next(state);
      state = next;
      if (!unit) break;
      // Every step is about planning: its scene or game, or a block with a planning statement.
      const skills = unit.kind === 'item' ? [unit.item.skillId] : unit.block.statements.map((s) => s.skillId);
      assert.ok(skills.includes('planning'), `${unit.id} is about planning`);
      state = engine.answer(
        state,
        unit.id,
        sampleAnswer(unit, () => 0.5, rng),
        20,
      );
    }
    assert.ok(state.answers.length >= 3 && state.answers.length <= REMEASURE_MAX_STEPS);
    assert.ok(engine.estimates(state).find((e) => e.skillId === 'planning')!.se < 1, 'planning was measured');
  });

  it('starts on a re-measured skill, and refuses a skill the bank does not measure', () => {
    const engine = createRemeasurement(['planning', 'accuracy']);
    const first = engine.next(engine.start(1)).unit!;
    const skills = first.kind === 'item' ? [first.item.skillId] : first.block.statements.map((s) => s.skillId);
    assert.ok(skills.some((s) => s === 'planning' || s === 'accuracy'));
    assert.throws(() => createRemeasurement(['planning', 'flying']), /Not measured by this bank: flying/);
  });

  it('runs on the server without preference questions or long games, its progress that of its own skill', () => {
    const administration = createRemeasurementAdministration(['working-together']);
    const answers: RawAnswer[] = [];
    const percents: number[] = [];
    for (;;) {
      const { next, progress } = administration.ahead(5, answers, 1);
      percents.push(progress.percent);
      assert.equal(progress.skills, 1, 'progress counts the re-measured skill only');
      const step = next[0];
      if (!step) break;
      assert.ok(!PREFERENCE_STEPS.includes(step.id), `${step.id} is no preference question`);
      assert.ok(step.expectedSeconds <= REMEASURE_LONGEST_UNIT_SECONDS, `${step.id} is short`);
      answers.push({ ...administration.rawAnswer(5, step.id, 1)!, durationMs: 15_000 });
    }
    assert.equal(percents[0], 0, 'it starts at 0 %, not at the share of skills it does not measure');
    assert.ok(answers.length >= 3 && answers.length <= REMEASURE_MAX_STEPS);
    const result = administration.result(5, answers);
    assert.ok(result.finished);
    assert.ok(result.estimates.find((e) => e.skillId === 'working-together')!.se <= 0.6);
  });
});
