import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAssessmentEngine } from './assessment.js';
import {
  RESEARCH_LONG_UNIT_SECONDS,
  RESEARCH_ROUND_SECONDS,
  RESEARCH_ROUND_UNITS,
  ResearchRound,
  researchForm,
} from './research-round.js';
import type { RawAnswer } from './administration.js';

const engine = createAssessmentEngine();

describe('research round', () => {
  it("asks only one skill's scenes and games that the test did not show, within its time", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const skill = researchForm(engine, [], seed).skillId;
      const seen = engine.bank
        .filter((i) => i.skillId === skill)
        .slice(0, 2)
        .map((i) => i.id);
      const form = researchForm(engine, seen, seed);
      assert.equal(form.skillId, skill, 'the skill is drawn by the seed alone');
      assert.ok(form.units.length >= 3, `seed ${seed}: at least three units (${form.units.length})`);
      assert.ok(form.units.length <= RESEARCH_ROUND_UNITS);
      assert.equal(new Set(form.units).size, form.units.length, 'no unit twice');
      let total = 0;
      form.units.forEach((id, k) => {
        const unit = engine.unit(id);
        assert.ok(unit?.kind === 'item', `${id} is a scene or a game`);
        assert.equal(unit.item.skillId, skill);
        assert.ok(!seen.includes(id), `${id} was not shown in the test`);
        if (unit.item.expectedSeconds > RESEARCH_LONG_UNIT_SECONDS) assert.ok(k >= 3, 'a long game after three others');
        total += unit.item.expectedSeconds;
      });
      assert.ok(total <= RESEARCH_ROUND_SECONDS, `seed ${seed}: ${total} s`);
    }
  });

  it('draws every skill, and the same form again from the same seed', () => {
    const drawn = new Set(Array.from({ length: 400 }, (_, seed) => researchForm(engine, [], seed).skillId));
    assert.deepEqual([...drawn].sort(), [...engine.config.skills].sort());
    assert.deepEqual(researchForm(engine, [], 77), researchForm(engine, [], 77));
  });

  it('serves the form in order, counts progress and ends when all is answered', () => {
    const form = researchForm(engine, [], 5);
    const round = new ResearchRound(engine, form);
    const answers: RawAnswer[] = [];
    for (let k = 0; k < form.units.length; k++) {
      const { next, progress } = round.ahead(5, answers, 3);
      assert.deepEqual(
        next.map((s) => s.id),
        form.units.slice(k, k + 3),
      );
      assert.equal(progress.percent, Math.floor((100 * k) / form.units.length));
      assert.ok(next.every((s) => s.kind === 'scene' || s.kind === 'game'));
      const raw = round.rawAnswer(5, form.units[k]!, 1)!;
      answers.push({ ...raw, durationMs: 20_000 });
    }
    const end = round.ahead(5, answers, 3);
    assert.deepEqual(end.next, []);
    assert.equal(end.progress.skillsDone, 1);
  });
});
