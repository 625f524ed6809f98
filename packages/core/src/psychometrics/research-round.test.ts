import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAssessmentEngine } from './assessment.js';
import {
  RESEARCH_LONG_UNIT_SECONDS,
  RESEARCH_ROUND_SECONDS,
  RESEARCH_ROUND_UNITS,
  RESEARCH_TARGET_ANSWERS,
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

  it('goes where answers are missing, when it knows how many each unit has', () => {
    const [thin, other] = engine.config.skills;
    const units = (skill: string) => engine.bank.filter((i) => i.skillId === skill);
    // Every unit has its answers, except those of one skill: every round is of that skill.
    const full = new Map(engine.bank.map((i) => [i.id, RESEARCH_TARGET_ANSWERS]));
    const missing = new Map(full);
    for (const i of units(thin!)) missing.set(i.id, 10);
    for (let seed = 1; seed <= 50; seed++) assert.equal(researchForm(engine, [], seed, missing).skillId, thin);
    // Nothing missing: the seed decides, as without counts.
    for (let seed = 1; seed <= 50; seed++)
      assert.equal(researchForm(engine, [], seed, full).skillId, researchForm(engine, [], seed).skillId);
    // Two skills short, one by three times as much: drawn about three times as often.
    const two = new Map(full);
    for (const i of units(thin!)) two.set(i.id, RESEARCH_TARGET_ANSWERS - 300);
    for (const i of units(other!)) two.set(i.id, RESEARCH_TARGET_ANSWERS - 100);
    const drawn = Array.from({ length: 2000 }, (_, seed) => researchForm(engine, [], seed, two).skillId);
    const ratio = drawn.filter((s) => s === thin).length / drawn.filter((s) => s === other).length;
    assert.ok(ratio > 2.4 && ratio < 3.7, `drawn ${ratio.toFixed(2)} times as often`);
    // Within the skill, the least answered units are taken first, and the form keeps its rules.
    const ranked = new Map(full);
    const own = units(thin!).filter((i) => i.expectedSeconds <= RESEARCH_LONG_UNIT_SECONDS);
    own.forEach((item, k) => ranked.set(item.id, k));
    for (let seed = 1; seed <= 30; seed++) {
      const form = researchForm(engine, [], seed, ranked);
      assert.equal(form.skillId, thin);
      const taken = own.filter((i) => form.units.includes(i.id)).map((i) => ranked.get(i.id)!);
      const left = own.filter((i) => !form.units.includes(i.id)).map((i) => ranked.get(i.id)!);
      assert.ok(taken.length >= 3);
      // The two least answered always fit (two short units take at most 180 s of 240)…
      assert.ok(taken.includes(0) && taken.includes(1), `seed ${seed}: took ${taken.join(', ')}`);
      // …and what is left was answered more, on average, than what was taken.
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      if (left.length) assert.ok(mean(taken) < mean(left), `seed ${seed}: took ${taken.join(', ')}`);
    }
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
