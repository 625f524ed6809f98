import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { B1_THRESHOLDS, checkB1, longSentences } from '../skills/readability.js';
import { findSkill } from '../skills/index.js';
import { Random } from '../psychometrics/random.js';
import {
  CULTURE_ANSWERS,
  CULTURE_DIMENSIONS,
  MIN_EMPLOYEES,
  actionsFor,
  changeOf,
  cronbachAlpha,
  cultureActions,
  cultureItems,
  cultureReport,
  dimensionScores,
  mcdonaldOmega,
  personIndex,
  t95,
  type CultureAnswers,
} from './index.js';

/** Answers of someone who agrees `level` (1-5) with every positive statement and the opposite with the others. */
const uniform = (level: number): CultureAnswers =>
  Object.fromEntries(cultureItems.map((i) => [i.id, i.positive ? level : 6 - level]));

/** Simulated people: one factor per dimension plus noise, answers on 1-5. */
function simulated(n: number, seed: number, shift: Partial<Record<string, number>> = {}): CultureAnswers[] {
  const rng = new Random(seed);
  return Array.from({ length: n }, () => {
    const trait = Object.fromEntries(CULTURE_DIMENSIONS.map((d) => [d, rng.normal() + (shift[d] ?? 0)]));
    return Object.fromEntries(
      cultureItems.map((i) => {
        const x = 0.8 * trait[i.dimension]! + 0.6 * rng.normal();
        const a = Math.min(5, Math.max(1, Math.round(3 + x * 1.1)));
        return [i.id, i.positive ? a : 6 - a];
      }),
    );
  });
}

describe('learning culture scan: instrument', () => {
  it('has seven dimensions of four statements, keyed both ways, in both versions, at B1', () => {
    for (const d of CULTURE_DIMENSIONS) {
      const items = cultureItems.filter((i) => i.dimension === d);
      assert.equal(items.length, 4, d);
      assert.ok(items.some((i) => i.positive) && items.some((i) => !i.positive), `${d} is keyed both ways`);
    }
    assert.equal(new Set(cultureItems.map((i) => i.id)).size, cultureItems.length);
    for (const version of ['employee', 'management'] as const) {
      const report = checkB1(cultureItems.map((i) => i[version].nl));
      assert.deepEqual(report.failures, [], report.failures.join('\n'));
      assert.ok(report.averageSentenceWords <= B1_THRESHOLDS.maxAverageSentenceWords);
      assert.ok(report.ease >= B1_THRESHOLDS.minCorpusEase, `${version}: ease ${report.ease}`);
    }
  });

  it("has the employees' statements and the answers in every reading language, in short sentences (#25)", () => {
    const translated = ['ar', 'tr', 'pl', 'uk'] as const;
    for (const lang of translated) {
      const texts = [...cultureItems.map((i) => i.employee[lang]), ...CULTURE_ANSWERS.map((a) => a[lang])];
      assert.ok(
        texts.every((t) => typeof t === 'string' && t.trim().length > 1),
        `${lang}: every statement and answer`,
      );
      // No formula for these languages here: sentence length holds everywhere (B1 asks for at most 15 words).
      assert.deepEqual(longSentences(texts as string[]), [], lang);
    }
    // A translation keeps the statement: a negative one stays negative (a spot check per language).
    const alone = cultureItems.find((i) => i.id === 'on-4')!;
    assert.equal(alone.positive, false);
    assert.match(alone.employee.tr!, /kendi başına/);
    assert.match(alone.employee.pl!, /sam/);
  });

  it('suggests actions for every dimension, sector ones first, linked to skills that exist', () => {
    for (const d of CULTURE_DIMENSIONS) assert.ok(actionsFor(d).length >= 2, d);
    assert.equal(actionsFor('onboarding', 'construction')[0]!.id, 'safety-first-day');
    assert.ok(!actionsFor('onboarding', 'care').some((a) => a.id === 'safety-first-day'));
    // An employer with vacancies gets the onboarding plan for them among the three.
    assert.ok(!actionsFor('onboarding', 'technology').some((a) => a.id === 'onboarding-plan'));
    assert.deepEqual(
      actionsFor('onboarding', 'technology', 3, { hasJobProfiles: true }).map((a) => a.id),
      ['safety-first-day', 'onboarding-plan', 'buddy'],
    );
    for (const a of cultureActions) for (const id of a.skillIds ?? []) assert.ok(findSkill(id), `${a.id}: ${id}`);
    const report = checkB1(cultureActions.map((a) => a.text.nl));
    assert.deepEqual(report.failures, [], report.failures.join('\n'));
  });
});

describe('learning culture scan: scoring', () => {
  it('scores a dimension 0-100, statements keyed the other way reversed, and needs two answers of four', () => {
    assert.deepEqual(dimensionScores(uniform(5)), Object.fromEntries(CULTURE_DIMENSIONS.map((d) => [d, 100])));
    assert.equal(dimensionScores(uniform(1)).feedback, 0);
    assert.equal(dimensionScores(uniform(3)).autonomy, 50);
    // Agreeing with everything, the negative statements too, is not a perfect culture.
    const yes = Object.fromEntries(cultureItems.map((i) => [i.id, 5]));
    assert.equal(dimensionScores(yes).feedback, 75);
    assert.deepEqual(dimensionScores({ 'fb-1': 5 }), {});
    assert.equal(dimensionScores({ 'fb-1': 5, 'fb-4': 1 }).feedback, 100);
    assert.deepEqual(dimensionScores({ 'fb-1': 7, 'fb-2': 2.5 }), {}, 'answers outside 1-5 do not count');
    assert.equal(personIndex({ 'fb-1': 5, 'fb-2': 5 }), undefined, 'an index needs five dimensions');
    assert.equal(personIndex(uniform(4)), 75);
  });

  it('shows nothing but the count below five employees', () => {
    const four = cultureReport([uniform(4), uniform(2), uniform(5), uniform(3)], uniform(5));
    assert.deepEqual(four, { shown: false, respondents: 4, needed: 1 });
    assert.equal(MIN_EMPLOYEES, 5);
  });

  it('gives one index with a range, the dimensions ranked, and the gap with management', () => {
    const people = simulated(12, 3, { onboarding: -1.2, autonomy: 0.8 });
    const report = cultureReport(people, uniform(5));
    assert.ok(report.shown);
    if (!report.shown) return;
    assert.equal(report.respondents, 12);
    assert.equal(report.waiting, 0);
    assert.ok(report.index.low < report.index.mean && report.index.mean < report.index.high);
    assert.deepEqual(
      report.dimensions.map((d) => d.rank),
      [1, 2, 3, 4, 5, 6, 7],
    );
    assert.equal(report.dimensions[0]!.dimension, 'autonomy');
    assert.equal(report.dimensions.at(-1)!.dimension, 'onboarding');
    for (const d of report.dimensions) {
      assert.equal(d.management, 100);
      assert.ok(Math.abs(d.gap! - (100 - d.mean)) < 1e-9);
    }
    const without = cultureReport(people);
    assert.ok(without.shown && without.dimensions.every((d) => d.gap === undefined && d.management === undefined));
  });

  it('says how many answers wait to count, and counts them in the total before the first report', () => {
    const people = simulated(5, 4);
    const report = cultureReport(people, undefined, 3);
    assert.ok(report.shown && report.respondents === 5 && report.waiting === 3);
    assert.deepEqual(cultureReport([], undefined, 4), { shown: false, respondents: 4, needed: 1 });
  });

  it('says a dimension changed only when the ranges of two scans part', () => {
    const before = { mean: 40, low: 30, high: 50, n: 8 };
    assert.equal(changeOf(before, { mean: 60, low: 52, high: 68, n: 8 }), 'up');
    assert.equal(changeOf(before, { mean: 55, low: 45, high: 65, n: 8 }), 'unclear');
    assert.equal(changeOf(before, { mean: 20, low: 12, high: 28, n: 8 }), 'down');
  });

  it('computes α and ω as references do, and calls reliability enough only with enough answers', () => {
    // α of these 5 × 3 scores, by hand: k/(k−1) · (1 − Σ item variances / total variance) = 1.5 · (1 − 5.1/13.7).
    const rows = [
      [2, 3, 3],
      [4, 4, 5],
      [3, 3, 3],
      [5, 5, 4],
      [1, 2, 2],
    ];
    assert.ok(Math.abs(cronbachAlpha(rows)! - 0.9416) < 1e-4, `α ${cronbachAlpha(rows)}`);
    // Parallel items: ω and α agree; ω is never below α by much for one factor.
    const omega = mcdonaldOmega(rows)!;
    assert.ok(omega > 0.9 && omega < 0.98, `ω ${omega}`);
    assert.equal(cronbachAlpha([[1, 2]]), undefined);
    assert.ok(Math.abs(t95(4) - 2.132) < 0.02 && Math.abs(t95(30) - 1.697) < 0.005);

    const many = cultureReport(simulated(40, 5));
    const few = cultureReport(simulated(6, 5));
    assert.ok(many.shown && few.shown);
    if (!many.shown || !few.shown) return;
    for (const d of many.dimensions) {
      assert.ok(d.reliability.enough, `${d.dimension}: α ${d.reliability.alpha}, ω ${d.reliability.omega}`);
      assert.ok(d.reliability.alpha! > 0.6 && d.reliability.omega! >= d.reliability.alpha! - 0.05);
    }
    for (const d of few.dimensions) {
      assert.equal(d.reliability.enough, false, 'six answers are too few to tell');
      assert.equal(d.reliability.because, 'few-answers');
    }
    for (const d of many.dimensions) assert.equal(d.reliability.because, undefined);
    // Random answers hang together by chance only: not reliable, however many.
    const rng = new Random(9);
    const random = Array.from({ length: 40 }, () =>
      Object.fromEntries(cultureItems.map((i) => [i.id, 1 + Math.floor(rng.uniform() * 5)])),
    );
    const noise = cultureReport(random);
    assert.ok(noise.shown && noise.dimensions.filter((d) => d.reliability.enough).length <= 1);
    // Enough of them, but they differ: the employer reads that, not "too few answers".
    for (const d of noise.shown ? noise.dimensions : [])
      if (!d.reliability.enough) assert.equal(d.reliability.because, 'answers-differ');
  });
});
