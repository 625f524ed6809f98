/**
 * `npm run bench:psychometrics`: simulate respondents through the adaptive test and through the
 * full item bank, and recover item parameters by calibration. Prints figures; asserts nothing.
 * Simulating with the very parameters the test scores with flatters it, so the adaptive test is
 * also run on people who answer by other parameters, side by side ("Matched vs mismatched").
 *
 *   N=2000 (respondents, default 2000) MISMATCH_N=1000 (respondents per mismatch) CAL_N=3000 (calibration sample)
 */
import { performance } from 'node:perf_hooks';
import {
  AdaptiveEngine,
  calibrate,
  marginalReliability,
  ITEM_BANK_VERSION,
  Random,
  cholesky,
  eap,
  itemBank,
  levelOf,
  provisionalCorrelations,
  sampleCategory,
  type AdaptiveConfig,
  type IrtParams,
  type Matrix,
} from '../src/psychometrics/index.js';
import { skills } from '../src/skills/index.js';

const N = Number(process.env.N ?? 2000);
const soft = skills.filter((s) => s.kind === 'soft');
const skillIds = soft.map((s) => s.id);
const correlations = provisionalCorrelations(soft.map((s) => s.group));
const bank = itemBank.filter((i) => skillIds.includes(i.skillId));

/** True thetas ~ MVN(0, R): the skills correlate as the prior assumes. */
function drawThetas(rng: Random, r: Matrix, n: number): number[][] {
  const l = cholesky(r);
  return Array.from({ length: n }, () => {
    const z = skillIds.map(() => rng.normal());
    return l.map((row) => row.reduce((s, x, j) => s + x * z[j]!, 0));
  });
}

/** How simulated people really answer, where it differs from what the test assumes. */
interface Truth {
  /** Their item parameters, by item id (default: the bank's). */
  items?: ReadonlyMap<string, IrtParams>;
  /** Their answer times as a multiple of the items' expected seconds (default 1). */
  slower?: number;
}

interface Run {
  items: number;
  seconds: number;
  se: number[];
  theta: number[];
}

function runAdaptive(
  config: Partial<AdaptiveConfig>,
  thetas: number[][],
  seed: number,
  selectTimes: number[],
  how: Truth = {},
): Run[] {
  const engine = new AdaptiveEngine(bank, { skills: skillIds, ...config }, ITEM_BANK_VERSION);
  const rng = new Random(seed);
  return thetas.map((truth, p) => {
    let state = engine.start(seed * 100_003 + p);
    for (;;) {
      const t0 = performance.now();
      const next = engine.next(state);
      selectTimes.push(performance.now() - t0);
      state = next.state;
      if (!next.item) break;
      const s = skillIds.indexOf(next.item.skillId);
      const category = sampleCategory(how.items?.get(next.item.id) ?? next.item, truth[s]!, rng.uniform());
      // The time budget counts the seconds people really take, so slow answerers get fewer items.
      state = engine.answer(state, next.item.id, category, next.item.expectedSeconds * (how.slower ?? 1));
    }
    const est = engine.estimates(state);
    return {
      items: state.answers.length,
      seconds: state.answers.reduce((n, a) => n + a.seconds, 0),
      se: est.map((e) => e.se),
      theta: est.map((e) => e.theta),
    };
  });
}

function runFullBank(thetas: number[][], seed: number, how: Truth = {}): Run[] {
  const rng = new Random(seed);
  return thetas.map((truth) => {
    const theta: number[] = [];
    const se: number[] = [];
    skillIds.forEach((id, s) => {
      const responses = bank
        .filter((i) => i.skillId === id)
        .map((item) => ({ item, category: sampleCategory(how.items?.get(item.id) ?? item, truth[s]!, rng.uniform()) }));
      const e = eap(responses);
      theta.push(e.theta);
      se.push(e.se);
    });
    return { items: bank.length, seconds: bank.reduce((n, i) => n + i.expectedSeconds, 0), se, theta };
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const correlation = (xs: number[], ys: number[]) => {
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = mean(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
  return cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function summarise(name: string, runs: Run[], thetas: number[][], fullItems: number): Record<string, string | number> {
  const errors = runs.flatMap((r, p) => r.theta.map((t, s) => t - thetas[p]![s]!));
  const pairs = runs.flatMap((r, p) => r.theta.map((t, s) => [t, thetas[p]![s]!] as const));
  // Whether the SE the test reports is honest: the share of true θ inside θ̂ ± 1.96 SE (95 % if it is).
  const covered = runs.flatMap((r, p) => r.theta.map((t, s) => Math.abs(t - thetas[p]![s]!) <= 1.96 * r.se[s]!));
  return {
    design: name,
    'mean items': mean(runs.map((r) => r.items)).toFixed(1),
    'share of bank': `${((100 * mean(runs.map((r) => r.items))) / fullItems).toFixed(0)} %`,
    'mean time (min)': (mean(runs.map((r) => r.seconds)) / 60).toFixed(1),
    'max time (min)': (Math.max(...runs.map((r) => r.seconds)) / 60).toFixed(1),
    'mean SE': mean(runs.flatMap((r) => r.se)).toFixed(3),
    RMSE: Math.sqrt(mean(errors.map((e) => e * e))).toFixed(3),
    bias: mean(errors).toFixed(3),
    'r(θ̂, θ)': correlation(
      pairs.map((x) => x[0]),
      pairs.map((x) => x[1]),
    ).toFixed(3),
    'level right': `${(100 * mean(pairs.map(([t, u]) => (levelOf(t) === levelOf(u) ? 1 : 0)))).toFixed(1)} %`,
    '95 % interval covers θ': `${(100 * mean(covered.map(Number))).toFixed(1)} %`,
    'SE ≤ 0.40 on every skill': `${((100 * runs.filter((r) => r.se.every((x) => x <= 0.4)).length) / runs.length).toFixed(1)} %`,
  };
}

const rng = new Random(20261122);
const thetas = drawThetas(rng, correlations, N);
console.log(
  `Item bank ${ITEM_BANK_VERSION}: ${bank.length} items for ${skillIds.length} skills; ${N} simulated respondents, thetas ~ MVN(0, R) with the provisional correlations.\n`,
);

const rows = [];
const selectIndependent: number[] = [];
const selectCorrelated: number[] = [];
let started = performance.now();
const fullRuns = runFullBank(thetas, 7);
rows.push(summarise('full bank (EAP, N(0,1))', fullRuns, thetas, bank.length));
console.log(`full bank scored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
started = performance.now();
rows.push(
  summarise('adaptive, independent priors', runAdaptive({}, thetas, 11, selectIndependent), thetas, bank.length),
);
console.log(`adaptive (independent) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
started = performance.now();
const correlatedRuns = runAdaptive({ correlations }, thetas, 11, selectCorrelated);
rows.push(summarise('adaptive, correlated prior', correlatedRuns, thetas, bank.length));
console.log(`adaptive (correlated) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
console.table(rows);
console.log(
  `median next-item selection: ${median(selectIndependent).toFixed(3)} ms (independent), ${median(selectCorrelated).toFixed(3)} ms (correlated); ` +
    `p99 ${[...selectCorrelated].sort((a, b) => a - b)[Math.floor(selectCorrelated.length * 0.99)]!.toFixed(3)} ms`,
);
console.log(
  'targets: SE ≤ 0.40 on every skill for ≥ 90 %, ≤ 60 % of the bank, RMSE ≤ 0.40, selection ≤ 2 ms, time ≤ 20 min',
);

// Matched vs mismatched. The bank's parameters are provisional and real people are not the model:
// their discriminations may be off by ±20 % and their difficulties by ±0.3 (one shift per item, so
// the thresholds stay in order), their skills may correlate half as much as the prior says, and
// they may answer 1.25× or 1.5× slower than the expected seconds the item choice and the time
// budget rest on. The test still scores with the bank, the provisional correlations and 20 minutes.
const M = Math.min(N, Number(process.env.MISMATCH_N ?? 1000));
const someThetas = thetas.slice(0, M);
const perturb = new Random(5);
const offItems = new Map<string, IrtParams>(
  bank.map((item) => {
    const shift = (perturb.uniform() * 2 - 1) * 0.3;
    return [
      item.id,
      {
        discrimination: item.discrimination * (0.8 + 0.4 * perturb.uniform()),
        thresholds: item.thresholds.map((b) => b + shift),
      },
    ];
  }),
);
const halved = correlations.map((row, i) => row.map((x, j) => (i === j ? 1 : x / 2)));
const halvedThetas = drawThetas(new Random(20261123), halved, M);
started = performance.now();
const mismatchRows = [
  // The same seeds and people as above: the first M of each run are exactly the matched runs.
  summarise('full bank, matched', fullRuns.slice(0, M), someThetas, bank.length),
  summarise(
    'full bank, items a ±20 %, b ±0.3',
    runFullBank(someThetas, 7, { items: offItems }),
    someThetas,
    bank.length,
  ),
  summarise('adaptive (correlated), matched', correlatedRuns.slice(0, M), someThetas, bank.length),
  summarise(
    '… items a ±20 %, b ±0.3',
    runAdaptive({ correlations }, someThetas, 11, [], { items: offItems }),
    someThetas,
    bank.length,
  ),
  summarise(
    '… true correlations half the prior',
    runAdaptive({ correlations }, halvedThetas, 11, []),
    halvedThetas,
    bank.length,
  ),
  summarise(
    '… answers 1.25× slower',
    runAdaptive({ correlations }, someThetas, 11, [], { slower: 1.25 }),
    someThetas,
    bank.length,
  ),
  summarise(
    '… answers 1.5× slower',
    runAdaptive({ correlations }, someThetas, 11, [], { slower: 1.5 }),
    someThetas,
    bank.length,
  ),
  summarise(
    '… all three (items, correlations, 1.5×)',
    runAdaptive({ correlations }, halvedThetas, 11, [], { items: offItems, slower: 1.5 }),
    halvedThetas,
    bank.length,
  ),
];
console.log(
  `\nMatched vs mismatched simulation (${M} respondents each, ${((performance.now() - started) / 1000).toFixed(0)} s):`,
);
console.table(mismatchRows);

// Reliability per skill of the adaptive test (correlated prior): marginal reliability of the EAPs.
const perSkill = skillIds.map((id, s) => ({
  skill: id,
  'mean SE': mean(correlatedRuns.map((r) => r.se[s]!)).toFixed(3),
  'marginal reliability': marginalReliability(
    correlatedRuns.map((r) => ({ theta: r.theta[s]!, se: r.se[s]! })),
  ).toFixed(3),
}));
console.log('\nAdaptive test (correlated prior), per skill:');
console.table(perSkill);

// Calibration: recover the parameters of two skills' items from 3000 simulated people who each
// answered a random 70 % of them (missing data, as in real use).
const CAL_N = Number(process.env.CAL_N ?? 3000);
const calRows = [];
for (const skill of ['accuracy', 'caring']) {
  const items = bank.filter((i) => i.skillId === skill);
  const calRng = new Random(31);
  const matrix = Array.from({ length: CAL_N }, () => {
    const theta = calRng.normal();
    return items.map((item) => (calRng.uniform() < 0.7 ? sampleCategory(item, theta, calRng.uniform()) : null));
  });
  const t0 = performance.now();
  const result = calibrate(
    matrix,
    items.map((i) => i.thresholds.length + 1),
  );
  const seconds = (performance.now() - t0) / 1000;
  const da = result.items.map((p, j) => p.discrimination - items[j]!.discrimination);
  const db = result.items.flatMap((p, j) => p.thresholds.map((b, k) => b - items[j]!.thresholds[k]!));
  const rmse = (xs: number[]) => Math.sqrt(mean(xs.map((x) => x * x)));
  calRows.push({
    skill,
    items: items.length,
    people: CAL_N,
    'answered share': '70 %',
    iterations: result.iterations,
    converged: result.converged,
    'a RMSE': rmse(da).toFixed(3),
    'thresholds RMSE': rmse(db).toFixed(3),
    seconds: seconds.toFixed(1),
  });
}
console.log('\nCalibration (MML-EM) recovering simulated parameters:');
console.table(calRows);
console.log('targets: discrimination RMSE ≤ 0.15, thresholds RMSE ≤ 0.20');
