import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adverseImpact, difStudy, etsGrade, mantelHaenszel, type DifPerson } from './fairness.js';
import { chiSquareP, itemFit } from './item-fit.js';
import { categoryProbabilities } from './models.js';
import { MIN_FIT_ANSWERS, personFit } from './person-fit.js';
import { Random } from './random.js';
import { researchCharacteristics } from './research-groups.js';

const close = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not ${expected} ± ${tolerance}`);

describe('Mantel–Haenszel', () => {
  // The worked example of R's mantelhaen.test (stats package): Bliss's rabbits, cured or died
  // after penicillin given at once ("reference") or 1.5 h late ("focal"), five dose strata.
  // R prints: X-squared = 3.9286, p-value = 0.04747, common odds ratio 7, 95 % CI 1.026713 – 47.725133.
  const rabbits = [
    { referenceRight: 0, referenceWrong: 6, focalRight: 0, focalWrong: 5 },
    { referenceRight: 3, referenceWrong: 3, focalRight: 0, focalWrong: 6 },
    { referenceRight: 6, referenceWrong: 0, focalRight: 2, focalWrong: 4 },
    { referenceRight: 5, referenceWrong: 1, focalRight: 6, focalWrong: 0 },
    { referenceRight: 2, referenceWrong: 0, focalRight: 5, focalWrong: 0 },
  ];

  it("matches R's published worked example", () => {
    const mh = mantelHaenszel(rabbits);
    close(mh.alpha, 7, 1e-12, 'common odds ratio');
    close(mh.chiSquare, 3.928571, 1e-5, 'χ²');
    close(mh.p, 0.04747, 1e-5, 'p');
    // R's interval is exp(ln α ± 1.959964 · SE) with the Robins–Breslow–Greenland SE.
    const se = mh.deltaSe / 2.35;
    close(Math.exp(Math.log(7) - 1.959964 * se), 1.026713, 1e-5, 'lower 95 % limit');
    close(Math.exp(Math.log(7) + 1.959964 * se), 47.725133, 1e-3, 'upper 95 % limit');
    // Two strata have one answer only (all died, all cured): they carry no information.
    assert.equal(mh.n, 36);
    close(mh.delta, -2.35 * Math.log(7), 1e-12, 'delta');
  });

  it('grades A, B and C by the ETS rules', () => {
    assert.equal(etsGrade({ delta: -0.9, deltaSe: 0.1, p: 0.001 }), 'A'); // small
    assert.equal(etsGrade({ delta: -2.0, deltaSe: 1.5, p: 0.2 }), 'A'); // large but could be chance
    assert.equal(etsGrade({ delta: 1.2, deltaSe: 0.3, p: 0.001 }), 'B'); // moderate
    assert.equal(etsGrade({ delta: -1.6, deltaSe: 0.5, p: 0.001 }), 'B'); // ≥ 1.5 but not clearly above 1
    assert.equal(etsGrade({ delta: -1.6, deltaSe: 0.2, p: 0.0001 }), 'C'); // (1.6 − 1) / 0.2 = 3 > 1.645
  });
});

describe('DIF study', () => {
  /** 20 right/wrong items, two groups that differ in ability; item "i07" is harder for the focal group by `shift` logits. */
  function simulate(seed: number, shift: number, perGroup = 500): DifPerson[] {
    const random = new Random(seed);
    const items = Array.from({ length: 20 }, (_, j) => ({ a: 0.7 + (j % 5) * 0.2, b: -1.5 + (3 * j) / 19 }));
    const people: DifPerson[] = [];
    for (const group of ['reference', 'focal'] as const)
      for (let i = 0; i < perGroup; i++) {
        const theta = random.normal() + (group === 'focal' ? -0.5 : 0);
        const answers = new Map<string, 0 | 1>();
        items.forEach(({ a, b }, j) => {
          const id = `i${String(j).padStart(2, '0')}`;
          const extra = group === 'focal' && id === 'i07' ? shift : 0;
          answers.set(id, random.uniform() < 1 / (1 + Math.exp(-a * (theta - b - extra))) ? 1 : 0);
        });
        people.push({ group, answers });
      }
    return people;
  }

  it('finds an item that is 1 logit harder for equally able focal people, and leaves it out of the matching score', () => {
    const study = difStudy(simulate(7, 1));
    const flagged = study.items.filter((i) => i.grade !== 'A').map((i) => i.itemId);
    assert.deepEqual(flagged, ['i07']);
    const item = study.items.find((i) => i.itemId === 'i07')!;
    assert.equal(item.favours, 'reference');
    assert.ok(item.delta < -1, `delta ${item.delta}`);
    assert.deepEqual(study.purifiedOut, ['i07']);
  });

  it('does not flag the lower-scoring group itself: without DIF, no item is graded C', () => {
    const study = difStudy(simulate(11, 0));
    assert.equal(study.items.filter((i) => i.grade === 'C').length, 0);
    assert.equal(study.items.length, 20);
  });

  it('matches on a continuous ability in bins, and refuses items with too few people', () => {
    const people = simulate(5, 1).map((p, i) => ({ ...p, theta: i }));
    const study = difStudy(people, { matching: (p) => p.theta, bins: 10, minPerGroup: 501 });
    assert.equal(study.items.length, 0);
    assert.equal(study.tooFew.length, 20);
  });
});

describe('adverse impact (four-fifths rule)', () => {
  it('works the hand example: 48 of 80 against 12 of 40', () => {
    // Rates 0.60 and 0.30: ratio 0.30 / 0.60 = 0.5 < 0.8. Pooled rate 60 / 120 = 0.5;
    // SE = √(0.5 · 0.5 · (1/80 + 1/40)) = 0.0968246; z = 0.30 / 0.0968246 = 3.0984; p = 0.001946.
    const [first, second] = adverseImpact(
      [
        { group: 'a', n: 80, selected: 48 },
        { group: 'b', n: 40, selected: 12 },
      ],
      { minGroup: 30 },
    );
    assert.equal(first!.verdict, 'reference');
    close(second!.ratio!, 0.5, 1e-12, 'ratio');
    close(second!.p!, 0.001946, 1e-5, 'p');
    assert.equal(second!.verdict, 'adverse');
  });

  it('says "watch" when the ratio is low but could be chance, and does not judge small groups', () => {
    const rows = adverseImpact([
      { group: 'a', n: 40, selected: 20 },
      { group: 'b', n: 30, selected: 11 }, // 0.367 / 0.5 = 0.73, p ≈ 0.27
      { group: 'c', n: 12, selected: 0 },
      { group: 'd', n: 35, selected: 16 }, // 0.457 / 0.5 = 0.91
    ]);
    assert.deepEqual(
      rows.map((r) => r.verdict),
      ['reference', 'watch', 'too-few', 'ok'],
    );
  });
});

describe('person fit (lz)', () => {
  const items = Array.from({ length: 30 }, (_, j) => ({ discrimination: 1.2, thresholds: [-1.5 + (3 * j) / 29] }));
  const answersAt = (theta: number, random: Random, against = false) =>
    items.map((item) => {
      const probabilities = categoryProbabilities(item, theta);
      const likely = random.uniform() < probabilities[1]! ? 1 : 0;
      return { probabilities, observed: against ? 1 - (probabilities[1]! > 0.5 ? 1 : 0) : likely };
    });

  it('flags about 5 % of people who answer as the model says, and those who answer against themselves', () => {
    const random = new Random(3);
    let flagged = 0;
    for (let i = 0; i < 1000; i++) if (personFit(answersAt(random.normal(), random)).flagged) flagged++;
    assert.ok(flagged >= 20 && flagged <= 80, `${flagged} of 1000 flagged`);
    assert.equal(personFit(answersAt(0.5, random, true)).flagged, true);
  });

  it('says nothing on too few answers', () => {
    assert.deepEqual(personFit(answersAt(0, new Random(1)).slice(0, MIN_FIT_ANSWERS - 1)), {
      lz: null,
      flagged: false,
    });
  });
});

describe('item fit (Q1)', () => {
  it('gets the χ² tail right where it is used (3 degrees of freedom)', () => {
    close(chiSquareP(7.815, 3), 0.05, 0.003, 'χ²(3) = 7.815');
    close(chiSquareP(11.345, 3), 0.01, 0.002, 'χ²(3) = 11.345');
    assert.equal(chiSquareP(0, 3), 1);
  });

  it('passes an item that answers as the model says and flags one that does not', () => {
    const random = new Random(21);
    const model = { discrimination: 1.5, thresholds: [0] };
    const flat = { discrimination: 0.3, thresholds: [0] }; // the real item hardly tells people apart
    const observations = [];
    for (let i = 0; i < 2000; i++) {
      const theta = random.normal();
      const expected = categoryProbabilities(model, theta)[1]!;
      observations.push({ key: 'fits', expected, outcome: random.uniform() < expected ? 1 : 0 } as const);
      const real = categoryProbabilities(flat, theta)[1]!;
      observations.push({ key: 'misfits', expected, outcome: random.uniform() < real ? 1 : 0 } as const);
    }
    const [fits, misfits] = itemFit(observations);
    assert.equal(fits!.key, 'fits');
    assert.ok(fits!.p > 0.01, `p ${fits!.p}`);
    assert.ok(misfits!.p < 0.001, `p ${misfits!.p}`);
    assert.equal(itemFit(observations.slice(0, 20), { minN: 30 }).length, 0, 'too few answers: not judged');
  });
});

describe('the research questions', () => {
  it('are asked in every reading language: each question and answer, none left Dutch', () => {
    for (const c of researchCharacteristics)
      for (const text of [c.question, ...c.options.map((o) => o.label)])
        for (const lang of ['ar', 'tr', 'pl', 'uk'] as const) {
          assert.ok(text[lang], `${c.id}: no ${lang} for "${text.nl}"`);
          if (!/^(Vmbo|Mbo|Havo|Hbo|Man)\b/.test(text.nl)) assert.notEqual(text[lang], text.nl, `${c.id} ${lang}`);
        }
  });
});
