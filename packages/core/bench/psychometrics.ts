/**
 * `npm run bench:psychometrics`: simulate respondents through the adaptive test and through the
 * full item bank, and recover item parameters by calibration. Prints figures; asserts nothing.
 *
 *   N=2000 (respondents, default 2000) CAL_N=3000 (calibration sample)
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
  provisionalCorrelations,
  sampleCategory,
  type AdaptiveConfig,
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

interface Run {
  items: number;
  seconds: number;
  se: number[];
  theta: number[];
}

function runAdaptive(config: Partial<AdaptiveConfig>, thetas: number[][], seed: number, selectTimes: number[]): Run[] {
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
      state = engine.answer(state, next.item.id, sampleCategory(next.item, truth[s]!, rng.uniform()));
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

function runFullBank(thetas: number[][], seed: number): Run[] {
  const rng = new Random(seed);
  return thetas.map((truth) => {
    const theta: number[] = [];
    const se: number[] = [];
    skillIds.forEach((id, s) => {
      const responses = bank.filter((i) => i.skillId === id).map((item) => ({ item, category: sampleCategory(item, truth[s]!, rng.uniform()) }));
      const e = eap(responses);
      theta.push(e.theta);
      se.push(e.se);
    });
    return { items: bank.length, seconds: bank.reduce((n, i) => n + i.expectedSeconds, 0), se, theta };
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

function summarise(name: string, runs: Run[], thetas: number[][], fullItems: number): Record<string, string | number> {
  const errors = runs.flatMap((r, p) => r.theta.map((t, s) => t - thetas[p]![s]!));
  return {
    design: name,
    'mean items': mean(runs.map((r) => r.items)).toFixed(1),
    'share of bank': `${((100 * mean(runs.map((r) => r.items))) / fullItems).toFixed(0)} %`,
    'mean time (min)': (mean(runs.map((r) => r.seconds)) / 60).toFixed(1),
    'max time (min)': (Math.max(...runs.map((r) => r.seconds)) / 60).toFixed(1),
    'mean SE': mean(runs.flatMap((r) => r.se)).toFixed(3),
    RMSE: Math.sqrt(mean(errors.map((e) => e * e))).toFixed(3),
    bias: mean(errors).toFixed(3),
    'SE ≤ 0.40 on every skill': `${((100 * runs.filter((r) => r.se.every((x) => x <= 0.4)).length) / runs.length).toFixed(1)} %`,
  };
}

const rng = new Random(20261122);
const thetas = drawThetas(rng, correlations, N);
console.log(`Item bank ${ITEM_BANK_VERSION}: ${bank.length} items for ${skillIds.length} skills; ${N} simulated respondents, thetas ~ MVN(0, R) with the provisional correlations.\n`);

const rows = [];
const selectIndependent: number[] = [];
const selectCorrelated: number[] = [];
let started = performance.now();
rows.push(summarise('full bank (EAP, N(0,1))', runFullBank(thetas, 7), thetas, bank.length));
console.log(`full bank scored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
started = performance.now();
rows.push(summarise('adaptive, independent priors', runAdaptive({}, thetas, 11, selectIndependent), thetas, bank.length));
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
console.log('targets: SE ≤ 0.40 on every skill for ≥ 90 %, ≤ 60 % of the bank, RMSE ≤ 0.40, selection ≤ 2 ms, time ≤ 20 min');

// Reliability per skill of the adaptive test (correlated prior): marginal reliability of the EAPs.
const perSkill = skillIds.map((id, s) => ({
  skill: id,
  'mean SE': mean(correlatedRuns.map((r) => r.se[s]!)).toFixed(3),
  'marginal reliability': marginalReliability(correlatedRuns.map((r) => ({ theta: r.theta[s]!, se: r.se[s]! }))).toFixed(3),
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
  const result = calibrate(matrix, items.map((i) => i.thresholds.length + 1));
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
