import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Item } from '../domain.js';
import { createAssessmentEngine } from './assessment.js';
import { provisionalBank } from './bank-file.js';
import { sampleAnswer } from './simulate.js';
import type { Unit } from './adaptive.js';
import {
  AdaptiveEngine,
  LEVEL_CUTS,
  Random,
  ResponseError,
  calibrate,
  categoryOf,
  collateralPriors,
  eap,
  indexItems,
  informationCurve,
  invertSpd,
  itemInformation,
  levelOf,
  logCategoryProbability,
  marginalReliability,
  maximumLikelihood,
  normalCdf,
  percentileOf,
  probabilityAtLeast,
  provisionalCorrelations,
  sampleCategory,
  scoreGameBlock,
  expectedAnswer,
  inversions,
  type IrtParams,
} from './index.js';

const grm: IrtParams = { discrimination: 1.6, thresholds: [-1.5, -0.2, 1.1] };
const twoPl: IrtParams = { discrimination: 1.2, thresholds: [0.3] };
/** A scene of four options, two of them worth category 1, answered by a guess one time in ten. */
const guessed: IrtParams = { discrimination: 1.6, thresholds: [-1.5, 1.1], guessing: [0.025, 0.05, 0.025] };

/** Brute force: posterior mean and SD on 20 001 points over [−10, 10]. */
function bruteForceEap(responses: { item: IrtParams; category: number }[], mean = 0, sd = 1) {
  let w = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i <= 20000; i++) {
    const t = -10 + i * 0.001;
    let l = -0.5 * ((t - mean) / sd) ** 2;
    for (const r of responses) l += logCategoryProbability(r.item, t, r.category);
    const p = Math.exp(l);
    w += p;
    m1 += p * t;
    m2 += p * t * t;
  }
  const theta = m1 / w;
  return { theta, se: Math.sqrt(m2 / w - theta * theta) };
}

describe('IRT models', () => {
  it('category probabilities sum to 1 and stay finite far out', () => {
    for (const item of [grm, guessed])
      for (const theta of [-40, -6, -1, 0, 2.5, 6, 40]) {
        let sum = 0;
        for (let k = 0; k <= item.thresholds.length; k++) {
          const lp = logCategoryProbability(item, theta, k);
          assert.ok(!Number.isNaN(lp) && lp <= 0, `log P = ${lp}`);
          // A guess can land in any category: none is ever less likely than its floor.
          assert.ok(Math.exp(lp) >= (item.guessing?.[k] ?? 0) - 1e-15);
          sum += Math.exp(lp);
        }
        assert.ok(Math.abs(sum - 1) < 1e-12, `sum ${sum} at ${theta}`);
      }
  });

  it('with guessing, an unlikely answer says less about θ', () => {
    const { guessing: _, ...noGuessing } = guessed;
    // The best option picked at random by an average person: the evidence for θ = 1.5 over θ = 0.
    const ratio = (item: IrtParams) =>
      Math.exp(logCategoryProbability(item, 1.5, 2) - logCategoryProbability(item, 0, 2));
    assert.ok(ratio(guessed) < ratio(noGuessing) * 0.9, `${ratio(guessed)} vs ${ratio(noGuessing)}`);
    assert.ok(
      bruteForceEap([{ item: guessed, category: 2 }]).theta < bruteForceEap([{ item: noGuessing, category: 2 }]).theta,
    );
    // Guesses carry no information: the item measures less, never more.
    for (const theta of [-2, 0, 1, 3]) assert.ok(itemInformation(guessed, theta) < itemInformation(noGuessing, theta));
  });

  it('information equals the expected squared score, computed numerically', () => {
    for (const item of [grm, twoPl, guessed]) {
      for (const theta of [-2, -0.5, 0, 0.7, 2.2]) {
        const h = 1e-5;
        let expected = 0;
        for (let k = 0; k <= item.thresholds.length; k++) {
          const p = Math.exp(logCategoryProbability(item, theta, k));
          const d = (logCategoryProbability(item, theta + h, k) - logCategoryProbability(item, theta - h, k)) / (2 * h);
          expected += p * d * d;
        }
        assert.ok(
          Math.abs(itemInformation(item, theta) - expected) < 1e-6,
          `${itemInformation(item, theta)} vs ${expected}`,
        );
      }
    }
    // 2PL closed form a²PQ.
    const p = 1 / (1 + Math.exp(-1.2 * (0.9 - 0.3)));
    assert.ok(Math.abs(itemInformation(twoPl, 0.9) - 1.44 * p * (1 - p)) < 1e-12);
  });
});

describe('scoring', () => {
  const rng = new Random(3);
  const items: IrtParams[] = Array.from({ length: 12 }, (_, i) => ({
    discrimination: 0.8 + (i % 5) * 0.3,
    thresholds: i % 3 === 0 ? [-1 + i * 0.15] : [-1.8 + i * 0.1, -0.5 + i * 0.1, 0.9 + i * 0.1],
  }));

  it('EAP and its SE agree with brute-force integration within 0.005', () => {
    for (let trial = 0; trial < 20; trial++) {
      const theta = rng.normal() * 1.5;
      const responses = items.map((item) => ({ item, category: sampleCategory(item, theta, rng.uniform()) }));
      const got = eap(responses);
      const want = bruteForceEap(responses);
      assert.ok(Math.abs(got.theta - want.theta) < 0.005, `theta ${got.theta} vs ${want.theta}`);
      assert.ok(Math.abs(got.se - want.se) < 0.005, `se ${got.se} vs ${want.se}`);
    }
  });

  it('never gives NaN for all-lowest or all-highest answers', () => {
    for (const pick of [(_: IrtParams) => 0, (i: IrtParams) => i.thresholds.length]) {
      const responses = items.map((item) => ({ item, category: pick(item) }));
      for (const e of [eap(responses), maximumLikelihood(responses, 'ml'), maximumLikelihood(responses, 'wle')]) {
        assert.ok(Number.isFinite(e.theta) && Number.isFinite(e.se), JSON.stringify(e));
      }
      const w = maximumLikelihood(responses, 'wle');
      assert.ok(Math.abs(w.theta) < 6, 'WLE stays inside the range');
    }
    const none = eap([]);
    assert.ok(Math.abs(none.theta) < 1e-9 && Math.abs(none.se - 1) < 1e-6, 'no answers: the prior');
  });

  it('ML finds the maximum of the likelihood', () => {
    const responses = items.map((item, i) => ({ item, category: i % 2 ? item.thresholds.length : 0 }));
    const ml = maximumLikelihood(responses, 'ml');
    const ll = (t: number) => responses.reduce((s, r) => s + logCategoryProbability(r.item, t, r.category), 0);
    assert.ok(ll(ml.theta) >= ll(ml.theta + 0.01) && ll(ml.theta) >= ll(ml.theta - 0.01));
  });
});

describe('norms and levels', () => {
  it('splits the norm group 10/20/40/20/10 over levels 1-5', () => {
    const shares = [
      normalCdf(LEVEL_CUTS[0]!),
      ...LEVEL_CUTS.map((c, i) => (LEVEL_CUTS[i + 1] === undefined ? 1 : normalCdf(LEVEL_CUTS[i + 1]!)) - normalCdf(c)),
    ];
    assert.deepEqual(
      shares.map((s) => Math.round(s * 100)),
      [10, 20, 40, 20, 10],
    );
    assert.equal(levelOf(-3), 1);
    assert.equal(levelOf(0), 3);
    assert.equal(levelOf(3), 5);
    assert.equal(percentileOf(0), 50);
    assert.equal(percentileOf(-9), 1);
    assert.equal(percentileOf(9), 99);
  });

  it('gives the probability of being at or above a level, honest about the SE', () => {
    assert.equal(probabilityAtLeast(-5, 0.3, 1), 1);
    assert.ok(Math.abs(probabilityAtLeast(LEVEL_CUTS[1]!, 0.4, 3) - 0.5) < 1e-6);
    assert.ok(probabilityAtLeast(1, 0.2, 3) > probabilityAtLeast(1, 0.8, 3));
  });
});

describe('multidimensional prior', () => {
  it('equals conditioning the normal prior on the other skills, done the slow way', () => {
    const r = provisionalCorrelations(['a', 'a', 'b', 'b', 'c']);
    const lik = [
      { mean: 1.2, precision: 4 },
      { mean: -0.3, precision: 0 },
      { mean: 0.4, precision: 2.5 },
      { mean: 2, precision: 9 },
      { mean: -1, precision: 1 },
    ];
    const fast = collateralPriors(r, lik);
    for (let k = 0; k < lik.length; k++) {
      const prec = invertSpd(r).map((row, i) => row.map((x, j) => (i === j && i !== k ? x + lik[i]!.precision : x)));
      const cov = invertSpd(prec);
      const h = lik.map((l, i) => (i === k ? 0 : l.precision * l.mean));
      const mean = cov[k]!.reduce((s, x, j) => s + x * h[j]!, 0);
      assert.ok(Math.abs(fast[k]!.mean - mean) < 1e-9);
      assert.ok(Math.abs(fast[k]!.sd - Math.sqrt(cov[k]![k]!)) < 1e-9);
    }
  });
});

describe('game scoring', () => {
  const trial = (stimulus: string, response: string | null, reactionMs = 1000, correct = true) => ({
    stimulus,
    response,
    reactionMs,
    correct,
  });

  it('works out correctness itself and ignores the client’s "correct"', () => {
    const trials = Array.from({ length: 10 }, (_, i) => trial('bout>m6', i < 9 ? 'm6' : 'm8', 1000, true));
    assert.equal(scoreGameBlock('sorting', trials), 2); // 90 %: not the top category
  });

  it('scores sorting on correctness only: a slow right answer counts, extra time changes nothing', () => {
    const slow = Array.from({ length: 10 }, () => trial('bout>m6', 'm6', 60_000));
    assert.equal(scoreGameBlock('sorting', slow), 3);
    assert.equal(scoreGameBlock('sorting', slow, { timeFactor: 1.5 }), 3);
  });

  it('scores risk choices and planning moves', () => {
    assert.equal(
      scoreGameBlock('risk', [trial('ladder>hold', 'hold'), trial('saw>gloves', 'gloves'), trial('lift>ask', 'alone')]),
      1,
    );
    // Two of three puzzles solved within one move of the fewest: category 2 (it could never be
    // reached before: 2/3 fell just under a cut of 0.67).
    assert.equal(scoreGameBlock('planning', [trial('p1>5', '5'), trial('p2>6', '7'), trial('p3>4', null)]), 2);
    assert.equal(scoreGameBlock('planning', [trial('p1>5', '5'), trial('p2>6', '9'), trial('p3>4', null)]), 1);
    assert.equal(scoreGameBlock('planning', [trial('p1>5', '5'), trial('p2>6', '7'), trial('p3>4', '4')]), 3);
  });

  it('works out the expected answer from what was shown, and refuses what a game cannot show', () => {
    assert.equal(expectedAnswer('sorting', 'B7', 2), 'B7');
    assert.equal(expectedAnswer('sorting', 'B7', 1), undefined, 'not a bin of level 1');
    assert.equal(expectedAnswer('risk', 'ladder', 1), '0');
    assert.equal(expectedAnswer('risk', 'ladder', 3), undefined, 'a level-1 situation is not shown at level 3');
    assert.equal(expectedAnswer('risk', 'juggling', 3), undefined);
    // Level 2 of making coffee: filter, coffee in it, switch on, and the water any time before switching on.
    assert.equal(expectedAnswer('planning', 'coffee:2310', 2), '4', 'four swaps to "water, filter, coffee, on"');
    assert.equal(expectedAnswer('planning', 'coffee:1032', 2), undefined, 'one swap from "filter, coffee, water, on"');
    assert.equal(expectedAnswer('planning', 'coffee:10324', 2), undefined, 'level 2 shows 4 steps');
    assert.equal(expectedAnswer('planning', 'coffee:0132', 2), undefined, 'too easy: one pair out of order');
    assert.equal(expectedAnswer('planning', 'coffee:1123', 2), undefined, 'not an order');
    assert.equal(expectedAnswer('planning', 'lunch:1032', 2), undefined);
    assert.equal(inversions([3, 2, 1, 0]), 6);
  });

  it('refuses stimuli that claim their own answer, and repeats where a block shows everything once', () => {
    const level = { level: 2 };
    assert.equal(
      scoreGameBlock('sorting', [trial('A1>A1', 'A1'), trial('A1>A1', 'A1'), trial('B7>B7', 'A1')], level),
      1,
    );
    assert.throws(
      () => scoreGameBlock('sorting', [trial('A1>A1', 'A1'), trial('A1>B7', 'B7')], level),
      /trials\[1\]\.stimulus is not something this sorting game shows/,
    );
    assert.throws(() => scoreGameBlock('risk', [trial('lamp>2', '2')], level), /trials\[0\]\.stimulus/);
    assert.throws(
      () => scoreGameBlock('risk', [trial('lamp>0', '0'), trial('lamp>0', '0')], level),
      /trials\[1\]\.stimulus shows "lamp" a second time/,
    );
    assert.throws(() => scoreGameBlock('planning', [trial('coffee:1032>0', '0')], level), /trials\[0\]\.stimulus/);
    assert.equal(scoreGameBlock('planning', [trial('coffee:2310>4', '5'), trial('paint:3210>3', '4')], level), 3);
    // Stored before jobs had more than one right order: the shown order's inversions, scored as then.
    assert.equal(scoreGameBlock('planning', [trial('coffee:1032>2', '3'), trial('paint:3210>6', '6')], level), 3);
    assert.throws(() => scoreGameBlock('planning', [trial('coffee:2310>3', '3')], level), /trials\[0\]\.stimulus/);
  });

  it('refuses a NaN reaction time, naming the trial', () => {
    assert.throws(
      () => scoreGameBlock('sorting', [trial('a>b', 'b'), trial('a>b', 'b', Number.NaN)]),
      /trials\[1\]\.reactionMs/,
    );
    assert.throws(() => scoreGameBlock('risk', []), /trials must hold/);
  });
});

describe('raw responses', () => {
  const scene: Item = {
    id: 'x-s1',
    skillId: 'accuracy',
    format: 'sjt',
    model: 'grm',
    discrimination: 1,
    thresholds: [-1, 0, 1],
    expectedSeconds: 6,
    prompt: { nl: 'a', en: 'a' },
    options: [2, 0, 3, 1].map((category) => ({ text: { nl: 'o', en: 'o' }, category })),
    provisional: true,
  };
  const index = indexItems([scene]);

  it('scores a scene by the category of the chosen option', () => {
    assert.equal(categoryOf(index, { itemId: 'x-s1', choice: 0 }), 2);
    assert.equal(categoryOf(index, { itemId: 'x-s1', choice: 2 }), 3);
  });

  it('names the field on bad input', () => {
    assert.throws(
      () => categoryOf(index, { itemId: 'nope', choice: 1 }),
      (e: unknown) => e instanceof ResponseError && e.field === 'itemId',
    );
    assert.throws(
      () => categoryOf(index, { itemId: 'x-s1', choice: 7 }),
      (e: unknown) => e instanceof ResponseError && e.field === 'choice',
    );
  });
});

describe('adaptive test', () => {
  const skills = ['accuracy', 'planning', 'working-safely', 'caring'];
  // A small synthetic bank: 10 scenes and 3 game blocks per skill.
  const bank: Item[] = skills.flatMap((skill) =>
    Array.from({ length: 13 }, (_, i): Item => ({
      id: `${skill}-${i}`,
      skillId: skill,
      format: i < 10 ? 'sjt' : 'game',
      model: 'grm',
      discrimination: 1 + (i % 4) * 0.25,
      thresholds: [-1.6 + (i % 5) * 0.4, -0.3 + (i % 5) * 0.4, 1 + (i % 5) * 0.4],
      expectedSeconds: i < 10 ? 7 : 25,
      prompt: { nl: 'x', en: 'x' },
      ...(i < 10
        ? { options: [0, 1, 2, 3].map((c) => ({ text: { nl: 'o', en: 'o' }, category: c })) }
        : { game: { mechanic: 'sorting', trials: 10, level: 1 } }),
      provisional: true,
    })),
  );
  // Without exposure control's chance: these tests compare runs of one person, item for item.
  const engine = new AdaptiveEngine(
    bank,
    { skills, formatMinimums: {}, minFormatsPerSkill: 2, timeBudgetSeconds: 600, progressive: false },
    'test',
  );

  function play(
    seed: number,
    theta: number,
    stopAfter = Infinity,
    from?: ReturnType<typeof engine.start>,
    slowness?: number,
  ) {
    const rng = new Random(seed);
    let state = from ?? engine.start(seed);
    const shown: string[] = [];
    for (let n = 0; n < stopAfter; n++) {
      const next = engine.next(state);
      state = next.state;
      if (next.unit?.kind !== 'item') break;
      const { item } = next.unit;
      shown.push(item.id);
      const seconds = slowness === undefined ? undefined : item.expectedSeconds * slowness;
      state = engine.answer(state, item.id, sampleCategory(item, theta, rng.uniform()), seconds);
    }
    return { state, shown };
  }

  it('plans by the pace it measures: a slow reader gets a shorter test that ends within its budget', () => {
    const spent = (state: { answers: { seconds: number }[] }) => state.answers.reduce((t, a) => t + a.seconds, 0);
    const usual = play(5, 0, Infinity, undefined, 1);
    for (const slowness of [1.5, 2.5]) {
      const slow = play(5, 0, Infinity, undefined, slowness);
      assert.ok(spent(slow.state) <= 600, `${slowness}× slower: ${spent(slow.state)} s of 600`);
      assert.ok(slow.shown.length <= usual.shown.length, `${slow.shown.length} items vs ${usual.shown.length}`);
      assert.equal(slow.state.finished, true);
    }
    assert.ok(Math.abs(engine.pace(usual.state) - 1) < 1e-9);
  });

  /** A whole test by an average person answering `slowness` times slower than expected. */
  function playSlowly(e: AdaptiveEngine, seed: number, slowness: number) {
    const rng = new Random(seed);
    let state = e.start(seed);
    for (;;) {
      const next = e.next(state);
      state = next.state;
      if (next.unit?.kind !== 'item') return state;
      const { item } = next.unit;
      state = e.answer(state, item.id, sampleCategory(item, 0, rng.uniform()), item.expectedSeconds * slowness);
    }
  }

  it('takes what a slow pace adds outside the test (preference questions, practice) off its budget: the whole session ends in time', () => {
    const outside = 150;
    const withOutside = new AdaptiveEngine(bank, { ...engine.config, outsideSeconds: outside }, 'test');
    const session = (e: AdaptiveEngine, slowness: number) => {
      const state = playSlowly(e, 5, slowness);
      // The part outside the test takes as much longer as every answer.
      return {
        seconds: outside * slowness + state.answers.reduce((t, a) => t + a.seconds, 0),
        budget: e.budget(state),
      };
    };
    // At the assumed pace nothing changes.
    assert.deepEqual(session(withOutside, 1), session(engine, 1));
    for (const slowness of [1.5, 2]) {
      const before = session(engine, slowness);
      const after = session(withOutside, slowness);
      assert.ok(before.seconds > 600 + outside, `${slowness}×: without it ${before.seconds} s of ${600 + outside}`);
      // Within 3 %: the measured pace is shrunk a little towards the assumed one (pace()), so the
      // part outside is projected a little short (1.44× for 1.5× here: 9 s in 12.5 minutes; 16 s at 2×).
      assert.ok(after.seconds <= (600 + outside) * 1.03, `${slowness}×: ${after.seconds} s of ${600 + outside}`);
      assert.ok(after.seconds < before.seconds, `${slowness}×: ${after.seconds} s, ${before.seconds} s before`);
      assert.ok(after.budget < 600);
    }
  });

  it("ends a slow reader's overtime by the pace as measured, not shrunk: the session never runs past the budget and the overtime", () => {
    const outside = 150;
    const overtime = 120;
    // A signing rule no skill reaches, so every test runs on into the overtime to its hard end.
    // Longer units than the bank above (a scene of 20 s, a game block of 45 s), plenty of them.
    const long = skills.flatMap((skill) =>
      Array.from({ length: 3 }, (_, copy) =>
        bank
          .filter((i) => i.skillId === skill)
          .map((i) => ({ ...i, id: `${i.id}-${copy}`, expectedSeconds: i.game ? 45 : 20 })),
      ).flat(),
    );
    const strict = new AdaptiveEngine(
      long,
      {
        ...engine.config,
        maxItemsPerSkill: 100,
        outsideSeconds: outside,
        overtimeSeconds: overtime,
        firstSe: 0.2,
        targetSe: 0.1,
      },
      'test',
    );
    for (const slowness of [1, 1.5, 2]) {
      const state = playSlowly(strict, 9, slowness);
      const seconds = outside * slowness + state.answers.reduce((t, a) => t + a.seconds, 0);
      assert.ok(seconds <= 600 + outside + overtime, `${slowness}×: ${seconds} s of ${600 + outside + overtime}`);
      // …and it did use the overtime: at most one unit short of its end.
      assert.ok(seconds > 600 + outside + overtime - 45 * slowness, `${slowness}×: only ${seconds} s`);
    }
  });

  it('counts the answers outside the test (the preference questions) for the pace and against the budget', () => {
    const withOutside = new AdaptiveEngine(bank, { ...engine.config, outsideSeconds: 150 }, 'test');
    const { state } = play(5, 0, 4, undefined, 1.5);
    const slowOutside = { ...state, outside: { answers: 10, seconds: 150, expectedSeconds: 100 } };
    // Ten more answers at 1.5×: the measured pace is surer, so less shrunk towards 1.
    assert.ok(withOutside.pace(slowOutside) > withOutside.pace(state), 'pace');
    // The 50 s they took beyond their time are gone from the budget, and the 50 s still outside
    // are projected at the pace.
    const speed = withOutside.pace(slowOutside);
    assert.ok(Math.abs(withOutside.budget(slowOutside) - (600 - 50 - 50 * (speed - 1))) < 1e-9);
    // Quicker than expected outside gives the test no extra time.
    const quick = { ...state, outside: { answers: 10, seconds: 50, expectedSeconds: 100 } };
    assert.ok(withOutside.budget(quick) <= 600);
  });

  /** A test taken by someone who answers at random (a fresh θ per answer); `visit` sees each step first and ends the test by returning true. */
  function playAtRandom(chooser: AdaptiveEngine, seed: number, visit: (unit: Unit) => boolean | void): void {
    const rng = new Random(seed);
    let state = chooser.start(seed);
    for (;;) {
      const next = chooser.next(state);
      state = next.state;
      if (!next.unit || visit(next.unit)) return;
      state = chooser.answer(
        state,
        next.unit.id,
        sampleAnswer(next.unit, () => rng.normal(), rng),
      );
    }
  }

  it('draws a long game block less often than a short one while chance decides: the test does not open with its longest game', () => {
    const chooser = createAssessmentEngine();
    const games = provisionalBank().items.filter((item) => item.game);
    const long = (seconds: number) => seconds >= 150; // the level-3 and -4 team and queue blocks, about 2.5-5 minutes
    const longInBank = games.filter((g) => long(g.expectedSeconds)).length / games.length;
    let firstLong = 0;
    const people = 200;
    for (let p = 0; p < people; p++)
      playAtRandom(chooser, p, (unit) => {
        if (unit.kind !== 'item' || !unit.item.game) return false;
        if (long(unit.item.expectedSeconds)) firstLong++;
        return true;
      });
    // Drawn as often as any other, they would open the games of about a quarter of the tests (43 of 200 did).
    assert.ok(
      firstLong / people < longInBank / 2,
      `${firstLong} of ${people} opened with a long game; ${longInBank} of the bank`,
    );
  });

  it('spreads the scenes with exposure control (the progressive method), where information alone gives everyone the same ones', () => {
    const scenesShown = (progressive: boolean) => {
      const chooser = createAssessmentEngine({ progressive });
      const shown = new Set<string>();
      for (let p = 0; p < 40; p++)
        playAtRandom(chooser, p, (unit) => {
          if (unit.kind === 'item' && unit.item.format === 'sjt') shown.add(unit.id);
        });
      return shown.size;
    };
    const withChance = scenesShown(true);
    const informationOnly = scenesShown(false);
    assert.ok(withChance >= informationOnly + 15, `${withChance} vs ${informationOnly} of 96 scenes in 40 tests`);
  });

  it('continues identically after a JSON round trip mid-test', () => {
    const straight = play(42, 0.8);
    const half = play(42, 0.8, 15);
    const restored = JSON.parse(JSON.stringify(half.state));
    // The same random draws for the answers: replay the first 15 to advance the answer generator.
    const rng = new Random(42);
    for (let i = 0; i < 15; i++) rng.uniform();
    let state = restored;
    const shown = [...half.shown];
    for (;;) {
      const next = engine.next(state);
      state = next.state;
      if (next.unit?.kind !== 'item') break;
      shown.push(next.unit.id);
      state = engine.answer(state, next.unit.id, sampleCategory(next.unit.item, 0.8, rng.uniform()));
    }
    assert.deepEqual(shown, straight.shown);
    assert.deepEqual(engine.estimates(state), engine.estimates(straight.state));
  });

  it('shows the same item again after a reload before it is answered', () => {
    const first = engine.next(engine.start(1));
    const reloaded = JSON.parse(JSON.stringify(first.state));
    assert.equal(engine.next(reloaded).unit?.id, first.unit?.id);
  });

  it('keeps to its rules: item budget, formats, time budget, and stops each skill at the target SE', () => {
    for (const theta of [-2, 0, 2]) {
      const { state } = play(7, theta);
      const est = engine.estimates(state);
      const spent = state.answers.reduce((s, a) => s + a.seconds, 0);
      assert.ok(spent <= 600);
      for (const e of est) {
        assert.ok(e.items <= engine.config.maxItemsPerSkill);
        assert.ok(e.formats.length >= 2, `${e.skillId} measured with one format`);
        assert.ok(e.done || spent + 7 > 600, `${e.skillId} not done while time was left`);
      }
      assert.equal(state.finished, true);
      assert.equal(engine.progress(state).percent, 100);
    }
  });

  it('refuses bad input, naming the field', () => {
    const { state } = engine.next(engine.start(3));
    assert.throws(
      () => engine.answer(state, 'no-such-item', 1),
      (e: unknown) => e instanceof ResponseError && e.field === 'itemId',
    );
    assert.throws(
      () => engine.answer(state, state.pending!, 9),
      (e: unknown) => e instanceof ResponseError && e.field === 'category',
    );
    assert.throws(
      () => engine.answer(state, state.pending!, 1, Number.NaN),
      (e: unknown) => e instanceof ResponseError && e.field === 'seconds',
    );
    const other = bank.find((i) => i.id !== state.pending)!;
    assert.throws(() => engine.answer(state, other.id, 1), /not the item on screen/);
  });

  it('lets one answer inform the correlated skills under the multivariate prior', () => {
    const withPrior = new AdaptiveEngine(
      bank,
      { skills, formatMinimums: {}, correlations: provisionalCorrelations(['a', 'a', 'a', 'b']) },
      'test',
    );
    const s = engine.start(5);
    let a = engine.next(s).state;
    let b = withPrior.next(s).state;
    // Answer the first item high: the other skills' priors move up with the correlated prior only.
    a = engine.answer(a, a.pending!, 3);
    b = withPrior.answer(b, b.pending!, 3);
    const other = (e: typeof engine) => (st: typeof a) => e.estimates(st).filter((x) => x.items === 0);
    assert.ok(other(engine)(a).every((x) => Math.abs(x.theta) < 1e-9 && Math.abs(x.se - 1) < 1e-6));
    assert.ok(other(withPrior)(b).every((x) => x.theta > 0 && x.se < 1));
  });
});

describe('calibration', () => {
  it('recovers item parameters from simulated answers with missing data', () => {
    const truth: IrtParams[] = [
      { discrimination: 1.5, thresholds: [-1.2, 0, 1.1] },
      { discrimination: 1.0, thresholds: [-0.5, 0.8, 1.9] },
      { discrimination: 1.8, thresholds: [-1.8, -0.6, 0.4] },
      { discrimination: 1.2, thresholds: [0.2] },
      { discrimination: 0.9, thresholds: [-0.8] },
      { discrimination: 1.4, thresholds: [-1, 0.3, 1.4] },
    ];
    const rng = new Random(9);
    const responses = Array.from({ length: 1500 }, () => {
      const theta = rng.normal();
      return truth.map((item) => (rng.uniform() < 0.8 ? sampleCategory(item, theta, rng.uniform()) : null));
    });
    const result = calibrate(
      responses,
      truth.map((t) => t.thresholds.length + 1),
    );
    assert.ok(result.converged);
    result.items.forEach((p, j) => {
      assert.ok(Math.abs(p.discrimination - truth[j]!.discrimination) < 0.3, `a of item ${j}: ${p.discrimination}`);
      p.thresholds.forEach((b, k) =>
        assert.ok(Math.abs(b - truth[j]!.thresholds[k]!) < 0.3, `b${k} of item ${j}: ${b}`),
      );
    });
  });

  it("keeps a scene's guessing as given and recovers the rest from answers with guesses", () => {
    const truth: IrtParams[] = [
      { discrimination: 1.5, thresholds: [-1.2, 0, 1.1], guessing: [0.025, 0.025, 0.025, 0.025] },
      { discrimination: 1.0, thresholds: [-0.5, 0.8], guessing: [0.025, 0.05, 0.025] },
      { discrimination: 1.8, thresholds: [-1.8, -0.6, 0.4] },
      { discrimination: 1.2, thresholds: [0.2] },
    ];
    const rng = new Random(11);
    const responses = Array.from({ length: 1500 }, () => {
      const theta = rng.normal();
      return truth.map((item) => sampleCategory(item, theta, rng.uniform()));
    });
    const result = calibrate(
      responses,
      truth.map((t) => t.thresholds.length + 1),
      { guessing: truth.map((t) => t.guessing) },
    );
    assert.ok(result.converged);
    result.items.forEach((p, j) => {
      assert.deepEqual(p.guessing, truth[j]!.guessing);
      assert.ok(Math.abs(p.discrimination - truth[j]!.discrimination) < 0.3, `a of item ${j}: ${p.discrimination}`);
      p.thresholds.forEach((b, k) =>
        assert.ok(Math.abs(b - truth[j]!.thresholds[k]!) < 0.3, `b${k} of item ${j}: ${b}`),
      );
    });
  });

  it('refuses a category out of range, naming the cell', () => {
    assert.throws(() => calibrate([[0, 4]], [2, 4]), /responses\[0\]\[1\]/);
  });

  it('reports reliability and information', () => {
    const curve = informationCurve([grm, twoPl]);
    assert.ok(curve.every((p) => p.information > 0 && p.se < 1));
    assert.ok(
      Math.abs(
        marginalReliability([
          { theta: -1, se: 0.5 },
          { theta: 1, se: 0.5 },
        ]) -
          2 / 2.25,
      ) < 1e-9,
    );
  });
});

describe('the product assessment', () => {
  it('keeps the bar moving in the overtime: past the budget with skills still to sign it is not at 99 %', () => {
    const engine = createAssessmentEngine();
    let seen = 0;
    for (let person = 0; person < 20; person++) {
      const rng = new Random(500 + person);
      let state = engine.start(person);
      for (;;) {
        const next = engine.next(state);
        if (!next.unit) break;
        state = engine.answer(
          next.state,
          next.unit.id,
          sampleAnswer(next.unit, () => rng.normal(), rng),
        );
        const unsigned = engine.estimates(state).filter((e) => e.se > engine.config.firstSe).length;
        // Each skill not yet signable needs about a minute more: with two or more, the test is not nearly over.
        if (!state.finished && unsigned >= 2 && engine.spent(state) >= engine.budget(state)) {
          assert.ok(engine.progress(state).percent <= 95, `${engine.progress(state).percent} % with ${unsigned} to go`);
          seen++;
        }
      }
    }
    assert.ok(seen > 0, 'no test ran into its overtime');
  });

  it('runs over all soft skills with the correlated prior and turns estimates into skill scores', async () => {
    const { skillScores, ASSESSMENT_VERSION } = await import('./assessment.js');
    const engine = createAssessmentEngine();
    assert.equal(engine.config.skills.length, 16);
    assert.ok(engine.config.correlations);
    let state = engine.start(1);
    const rng = new Random(2);
    let touched = 0;
    for (let i = 0; i < 20; i++) {
      const next = engine.next(state);
      const unit = next.unit!;
      touched += unit.kind === 'block' ? unit.block.statements.length : 1;
      state = engine.answer(
        next.state,
        unit.id,
        sampleAnswer(unit, () => 0.5, rng),
      );
    }
    const scores = skillScores(engine, state);
    assert.equal(scores.length, 16);
    assert.equal(
      scores.reduce((n, s) => n + s.itemsUsed, 0),
      touched,
    );
    for (const s of scores)
      assert.ok(s.level >= 1 && s.level <= 5 && s.percentile >= 1 && s.percentile <= 99 && s.se > 0);
    assert.equal(state.bankVersion, ASSESSMENT_VERSION);
  });
});
