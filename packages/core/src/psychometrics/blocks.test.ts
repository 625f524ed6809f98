import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Statement } from '../domain.js';
import { measuredSkills } from '../skills/index.js';
import { statementBank } from './bank/statements/index.js';
import {
  blockComparisons,
  blockId,
  blockParams,
  categoryOfRanking,
  chooseBlock,
  rankingOf,
  rankings,
} from './blocks.js';
import { sampleRanking } from './simulate.js';
import { Random } from './random.js';
import { QUADRATURE } from './scoring.js';
import { samplePick, scoreWithPairs, type PairAnswer } from './thurstonian.js';

const skills = measuredSkills.map((s) => s.id);

describe('forced-choice blocks', () => {
  it('pair two unshown statements of different skills that sound equally good, mostly keyed both ways', () => {
    const rng = new Random(4);
    const shown = new Set<string>();
    const blocks: string[] = [];
    let mixed = 0;
    for (;;) {
      const block = chooseBlock(statementBank, { need: () => 1, shown, uniform: () => rng.uniform() });
      if (!block) break;
      const [a, b] = block as [Statement, Statement];
      assert.notEqual(a.skillId, b.skillId, blockId(a, b));
      assert.equal(a.intercept, b.intercept, `${blockId(a, b)}: one sounds better than the other`);
      assert.ok(!shown.has(a.id) && !shown.has(b.id), `${blockId(a, b)} shows a statement again`);
      shown.add(a.id).add(b.id);
      if (a.keyed !== b.keyed) mixed++;
      blocks.push(blockId(a, b));
    }
    assert.ok(blocks.length >= 70, `${blocks.length} blocks from ${statementBank.length} statements`);
    // Only the "medium" words have both keyings; those are all spent on mixed blocks first.
    assert.ok(mixed >= 40, `${mixed} of ${blocks.length} blocks keyed both ways`);
  });

  it('spend blocks on the skills that still need evidence', () => {
    const rng = new Random(5);
    const wanted = new Set(['planning', 'caring', 'accuracy']);
    const shown = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const block = chooseBlock(statementBank, {
        need: (id) => (wanted.has(id) ? 1 : 0),
        shown,
        uniform: () => rng.uniform(),
      })!;
      for (const s of block) {
        assert.ok(wanted.has(s.skillId), `${s.id} is of a skill that is done`);
        shown.add(s.id);
      }
    }
  });

  it('recover people from their choices, with parameters different from the ones scored with', () => {
    const rng = new Random(6);
    const people = 60;
    const truths: number[][] = [];
    const estimates: number[][] = [];
    for (let p = 0; p < people; p++) {
      const theta = skills.map(() => rng.normal());
      const shown = new Set<string>();
      const answers: PairAnswer[] = [];
      for (;;) {
        const block = chooseBlock(statementBank, { need: () => 1, shown, uniform: () => rng.uniform() });
        if (!block) break;
        const [a, b] = block as [Statement, Statement];
        shown.add(a.id).add(b.id);
        const scored = blockParams(a, b);
        // The person answers by parameters that differ from the bank's: |λ| ±20 %, μ ±0.3.
        const jitter = (x: number) => x * (0.8 + 0.4 * rng.uniform());
        const truth = {
          first: {
            ...scored.first,
            loading: jitter(scored.first.loading),
            intercept: scored.first.intercept + (rng.uniform() - 0.5) * 0.6,
          },
          second: {
            ...scored.second,
            loading: jitter(scored.second.loading),
            intercept: scored.second.intercept + (rng.uniform() - 0.5) * 0.6,
          },
        };
        const pickedFirst = samplePick(
          truth,
          theta[skills.indexOf(a.skillId)]!,
          theta[skills.indexOf(b.skillId)]!,
          rng.uniform(),
        );
        answers.push({ pair: scored, pickedFirst });
      }
      const flat = skills.map(() => new Float64Array(QUADRATURE.length));
      const scored = scoreWithPairs(
        skills,
        flat,
        answers,
        skills.map(() => ({ mean: 0, sd: 1 })),
      );
      truths.push(theta);
      estimates.push(scored.map((e) => e.theta));
    }
    const pooled = (rows: number[][]) => rows.flat();
    const x = pooled(truths);
    const y = pooled(estimates);
    const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
    const mx = mean(x);
    const my = mean(y);
    const r =
      x.reduce((s, xi, i) => s + (xi - mx) * (y[i]! - my), 0) /
      Math.sqrt(x.reduce((s, xi) => s + (xi - mx) ** 2, 0) * y.reduce((s, yi) => s + (yi - my) ** 2, 0));
    console.log(`blocks only (every statement shown once: 10 per skill, no other items): r(θ̂, θ) = ${r.toFixed(3)}`);
    assert.ok(r > 0.6, `r = ${r}`);
  });

  it('number every ranking of two or three in lexicographic order, and read the comparisons back', () => {
    assert.deepEqual(rankings(2), [
      [0, 1],
      [1, 0],
    ]);
    assert.deepEqual(rankings(3), [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]);
    for (const n of [2, 3]) rankings(n).forEach((r, k) => assert.equal(categoryOfRanking(r), k));
    assert.equal(rankingOf(6, 3), undefined);
    const [a, b, c] = statementBank.filter((s, i, all) => all.findIndex((t) => t.skillId === s.skillId) === i);
    // [1, 2, 0]: b best, then c, a worst: a < b, a < c, b > c.
    assert.deepEqual(
      blockComparisons([a!, b!, c!], 3).map((x) => x.pickedFirst),
      [false, false, true],
    );
  });

  it('make blocks of three statements of three skills where the bank has them', () => {
    const rng = new Random(7);
    const shown = new Set<string>();
    let threes = 0;
    let total = 0;
    for (;;) {
      const block = chooseBlock(statementBank, { need: () => 1, shown, uniform: () => rng.uniform(), size: 3 });
      if (!block) break;
      total++;
      if (block.length === 3) threes++;
      assert.equal(new Set(block.map((s) => s.skillId)).size, block.length, blockId(...block));
      assert.equal(new Set(block.map((s) => s.intercept)).size, 1, `${blockId(...block)}: not equally desirable`);
      for (const s of block) shown.add(s.id);
    }
    assert.ok(threes >= 0.8 * total, `${threes} of ${total} blocks have three statements`);
  });

  it('recover people better per statement read from ranked threes than from pairs (answers drawn with shared errors)', () => {
    const recovery = (size: number) => {
      const rng = new Random(8);
      const x: number[] = [];
      const y: number[] = [];
      for (let p = 0; p < 40; p++) {
        const theta = skills.map(() => rng.normal());
        const shown = new Set<string>();
        const answers: PairAnswer[] = [];
        for (;;) {
          const block = chooseBlock(statementBank, { need: () => 1, shown, uniform: () => rng.uniform(), size });
          if (!block) break;
          for (const s of block) shown.add(s.id);
          const category = sampleRanking(block, (id) => theta[skills.indexOf(id)]!, rng);
          answers.push(...blockComparisons(block, category));
        }
        const flat = skills.map(() => new Float64Array(QUADRATURE.length));
        const scored = scoreWithPairs(
          skills,
          flat,
          answers,
          skills.map(() => ({ mean: 0, sd: 1 })),
        );
        x.push(...theta);
        y.push(...scored.map((e) => e.theta));
      }
      return correlation(x, y);
    };
    const pairs = recovery(2);
    const threes = recovery(3);
    console.log(
      `every statement shown once, ranked in pairs: r = ${pairs.toFixed(3)}; in threes: r = ${threes.toFixed(3)}`,
    );
    assert.ok(threes > pairs + 0.03, `threes ${threes} against pairs ${pairs}`);
  });
});

function correlation(x: readonly number[], y: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}
