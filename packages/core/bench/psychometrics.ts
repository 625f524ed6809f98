/**
 * `npm run bench:psychometrics`: simulated people through the adaptive test (forced-choice
 * blocks, scenes, games) and calibration. Prints figures; asserts nothing.
 *
 * Simulating with the very parameters the test scores with flatters it, so the people here
 * answer by *other* parameters than the engine scores with: item discriminations and statement
 * loadings off by ±20 %, thresholds and statement intercepts by ±0.3, and skills correlating
 * 0.2 less than the prior says. The matched run is printed beside it for comparison.
 *
 *   N=1000 (people per run) CAL_N=3000 (calibration sample)
 */
import { performance } from 'node:perf_hooks';
import {
  ADAPTIVE_BUDGET_SECONDS,
  AdaptiveEngine,
  DEFAULT_ADAPTIVE,
  PREFERENCE_SECONDS,
  PREFERENCE_STEPS,
  PRACTICE_SECONDS,
  WARM_UP_STEPS,
  preferenceQuestion,
  ITEM_BANK_VERSION,
  MAX_SIGNED_SE,
  Random,
  calibrate,
  cholesky,
  itemBank,
  levelOf,
  marginalReliability,
  otherParameters,
  personFitOf,
  provisionalCorrelations,
  sampleAnswer,
  categoryOfRanking,
  isRapidGuess,
  rankings,
  sampleCategory,
  statementBank,
  unitSeconds,
  addOutside,
  type AdaptiveConfig,
  type OutsideAnswers,
  type Unit,
  type Matrix,
} from '../src/psychometrics/index.js';
import { skills } from '../src/skills/index.js';

const N = Number(process.env.N ?? 1000);
const soft = skills.filter((s) => s.kind === 'soft');
const skillIds = soft.map((s) => s.id);
const correlations = provisionalCorrelations(soft.map((s) => s.group));
const bank = itemBank.filter((i) => skillIds.includes(i.skillId));
const statements = statementBank.filter((s) => skillIds.includes(s.skillId));
/** As the product runs it: preference questions and practice rounds, the adaptive part in what is left of 12 minutes. */
const BUDGET_MINUTES = (ADAPTIVE_BUDGET_SECONDS + PREFERENCE_SECONDS + PRACTICE_SECONDS) / 60;
const MAX_MINUTES = BUDGET_MINUTES + DEFAULT_ADAPTIVE.overtimeSeconds / 60;

/** True thetas ~ MVN(0, R). */
function drawThetas(rng: Random, r: Matrix, n: number): number[][] {
  const l = cholesky(r);
  return Array.from({ length: n }, () => {
    const z = skillIds.map(() => rng.normal());
    return l.map((row) => row.reduce((s, x, j) => s + x * z[j]!, 0));
  });
}

// ── How the simulated people really answer ────────────────────────────────────
const { items: trueItems, statements: trueStatements } = otherParameters(bank, statements, new Random(5), {
  factor: 0.2,
  shift: 0.3,
});
/** The unit as these people answer it. */
function asAnswered(unit: Unit): Unit {
  if (unit.kind === 'item') return { ...unit, item: trueItems.get(unit.id)! };
  return {
    ...unit,
    block: { ...unit.block, statements: unit.block.statements.map((st) => trueStatements.get(st.id)!) },
  };
}
const shrunk = correlations.map((row, i) => row.map((x, j) => (i === j ? 1 : x - 0.2)));

interface Run {
  units: number;
  seconds: number;
  se: number[];
  theta: number[];
  behaviour: number[];
  /** Person fit flagged the answers ("we konden dit niet goed meten"). */
  poorFit: boolean;
}

type Answerer = (unit: Unit, truth: readonly number[], rng: Random) => number;

const byModel =
  (mismatched: boolean): Answerer =>
  (unit, truth, rng) =>
    sampleAnswer(mismatched ? asAnswered(unit) : unit, (id) => truth[skillIds.indexOf(id)]!, rng);

function runAdaptive(
  thetas: readonly number[][],
  seed: number,
  answer: Answerer,
  options: {
    slower?: number;
    config?: Partial<AdaptiveConfig>;
    selectTimes?: number[];
    /** As the server runs it: this many units sent ahead, the person answers the first. */
    ahead?: number;
  } = {},
): Run[] {
  const engine = new AdaptiveEngine(
    bank,
    {
      skills: skillIds,
      correlations,
      timeBudgetSeconds: ADAPTIVE_BUDGET_SECONDS,
      outsideSeconds: PREFERENCE_SECONDS + PRACTICE_SECONDS,
      ...options.config,
    },
    ITEM_BANK_VERSION,
    statements,
  );
  const rng = new Random(seed);
  return thetas.map((truth, p) => {
    const slower = options.slower ?? 1;
    // The preference questions as the server puts them: the warm-up first, the rest once half the
    // test's time is used; their answer times count for the pace (AdaptiveState.outside).
    const outside = (ids: readonly string[], before?: OutsideAnswers) => {
      const expected = ids.reduce((n, id) => n + preferenceQuestion(id)!.expectedSeconds, 0);
      return addOutside(before, expected * slower, expected, ids.length);
    };
    let state = engine.start(seed * 100_003 + p);
    state = { ...state, outside: outside(PREFERENCE_STEPS.slice(0, WARM_UP_STEPS)) };
    let restAsked = false;
    let sentAhead: string[] = [];
    for (;;) {
      if (!restAsked && engine.spent(state) >= engine.budget(state) / 2) {
        state = { ...state, outside: outside(PREFERENCE_STEPS.slice(WARM_UP_STEPS), state.outside) };
        restAsked = true;
      }
      const t0 = performance.now();
      let unit: Unit | null;
      if (options.ahead) {
        const units = engine.plan(state, options.ahead, sentAhead);
        unit = units[0] ?? null;
        sentAhead = units.slice(1).map((u) => u.id);
      } else {
        const next = engine.next(state);
        state = next.state;
        unit = next.unit;
      }
      options.selectTimes?.push(performance.now() - t0);
      if (!unit) break;
      const seconds = unitSeconds(unit) * (options.slower ?? 1);
      const category = answer(unit, truth, rng);
      state = options.ahead
        ? engine.record(state, unit, category, seconds)
        : engine.answer(state, unit.id, category, seconds);
    }
    const est = engine.estimates(state);
    const theta = new Map(est.map((e) => [e.skillId, e.theta]));
    // Person fit reads the answers that are evidence, as the server does (no rapid guesses).
    const scored = state.answers
      .map((a) => ({ unit: engine.unit(a.itemId)!, category: a.category, seconds: a.seconds }))
      .filter((a) => !isRapidGuess(a.unit, a.seconds));
    return {
      poorFit: personFitOf(scored, theta).flagged,
      units: state.answers.length,
      seconds: (PREFERENCE_SECONDS + PRACTICE_SECONDS) * slower + state.answers.reduce((n, a) => n + a.seconds, 0),
      se: est.map((e) => e.se),
      theta: est.map((e) => e.theta),
      behaviour: est.map((e) => e.behaviourShare),
    };
  });
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const correlation = (xs: number[], ys: number[]) => {
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = mean(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
  return cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
};
const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const shareAll = (runs: Run[], se: number) => runs.filter((r) => r.se.every((x) => x <= se)).length / runs.length;

function summarise(name: string, runs: Run[], thetas: readonly number[][]) {
  const errors = runs.flatMap((r, p) => r.theta.map((t, s) => t - thetas[p]![s]!));
  return {
    run: name,
    'median min': (
      quantile(
        runs.map((r) => r.seconds),
        0.5,
      ) / 60
    ).toFixed(1),
    'max min': (Math.max(...runs.map((r) => r.seconds)) / 60).toFixed(1),
    'mean units': mean(runs.map((r) => r.units)).toFixed(1),
    RMSE: Math.sqrt(mean(errors.map((e) => e * e))).toFixed(3),
    'SE ≤ 0.40 all': pct(shareAll(runs, 0.4)),
    'SE ≤ 0.45 all': pct(shareAll(runs, 0.45)),
    'SE ≤ 0.60 all (signed whole)': pct(shareAll(runs, 0.6)),
    'min behaviour share': mean(runs.map((r) => Math.min(...r.behaviour))).toFixed(2),
  };
}

const thetas = drawThetas(new Random(20261122), shrunk, N);
console.log(
  `Bank ${ITEM_BANK_VERSION}: ${bank.length} items (scenes, games) and ${statements.length} statements for ${skillIds.length} skills; ` +
    `${N} simulated people per run, θ ~ MVN(0, R − 0.2), answering by parameters off by ±20 % / ±0.3. Budget ${BUDGET_MINUTES} min.\n`,
);

let started = performance.now();
const selectTimes: number[] = [];
const honest = runAdaptive(thetas, 11, byModel(true), { selectTimes });
console.log(`mismatched run in ${((performance.now() - started) / 1000).toFixed(0)} s`);
const planTimes: number[] = [];
const sentAhead = runAdaptive(thetas, 11, byModel(true), { ahead: 3, selectTimes: planTimes });
const matched = runAdaptive(thetas, 11, byModel(false));
const slower125 = runAdaptive(thetas, 11, byModel(true), { slower: 1.25 });
const slower15 = runAdaptive(thetas, 11, byModel(true), { slower: 1.5 });
console.table([
  summarise('mismatched (the figures)', honest, thetas),
  summarise('mismatched, 3 steps sent ahead (as the server runs it)', sentAhead, thetas),
  summarise('matched (flatters)', matched, thetas),
  summarise('mismatched, 1.25× slower', slower125, thetas),
  summarise('mismatched, 1.5× slower', slower15, thetas),
]);
console.log(
  `person fit flags ${pct(honest.filter((r) => r.poorFit).length / honest.length)} of the people answering by their skills (mismatched run; the 5 % level)`,
);
console.log(
  `median next-unit selection ${quantile(selectTimes, 0.5).toFixed(3)} ms, p99 ${quantile(selectTimes, 0.99).toFixed(3)} ms (target ≤ 2 ms median); ` +
    `planning 3 ahead ${quantile(planTimes, 0.5).toFixed(3)} ms median, p99 ${quantile(planTimes, 0.99).toFixed(3)} ms`,
);
console.log(
  `targets: median ≤ 12 min; SE ≤ 0.40 on every skill for ≥ 90 %; at 1.25× ≥ 80 % reach SE ≤ 0.45; at 1.5× max ≤ ${MAX_MINUTES} min (12 + overtime for unsigned skills)`,
);

// Per skill: recovery and the level split of the population (target 10/20/40/20/10 ± 5 points).
const perSkill = skillIds.map((id, s) => {
  const est = honest.map((r) => r.theta[s]!);
  const truth = thetas.map((t) => t[s]!);
  const levels = [1, 2, 3, 4, 5].map((l) => est.filter((t) => levelOf(t) === l).length / est.length);
  return {
    skill: id,
    'r(θ̂, θ)': correlation(est, truth).toFixed(3),
    RMSE: Math.sqrt(mean(est.map((t, p) => (t - truth[p]!) ** 2))).toFixed(3),
    'levels 1-5 (%)': levels.map((x) => (100 * x).toFixed(0)).join('/'),
    'worst level off': `${(100 * Math.max(...levels.map((x, k) => Math.abs(x - [0.1, 0.2, 0.4, 0.2, 0.1][k]!)))).toFixed(1)} pt`,
    'behaviour share': mean(honest.map((r) => r.behaviour[s]!)).toFixed(2),
    reliability: marginalReliability(honest.map((r) => ({ theta: r.theta[s]!, se: r.se[s]! }))).toFixed(3),
  };
});
console.log('\nPer skill (mismatched run): targets r ≥ 0.85, RMSE ≤ 0.45, levels within ±5 points, behaviour ≥ 0.40');
console.table(perSkill);

// Response styles: people who do not answer by their skills. Options and statements are shown in
// an order the server shuffles per person and unit, so "always the first/middle option" is a
// random option, and a block ranked "in the order shown" is a random ranking of its statements.
type BlockUnit = Extract<Unit, { kind: 'block' }>;
/** A block as ranked by someone who goes by the screen: in the order shown; with `agree`, positive statements first. */
const byScreen = (unit: BlockUnit, rng: Random, agree: boolean) => {
  const all = rankings(unit.block.statements.length);
  const shown = all[Math.floor(rng.uniform() * all.length)]!;
  const positive = (i: number) => Number(unit.block.statements[i]!.loading > 0);
  return categoryOfRanking(agree ? [...shown].sort((i, j) => positive(j) - positive(i)) : shown);
};
const randomOption = (unit: Unit, rng: Random) =>
  unit.kind === 'item' && unit.item.options
    ? unit.item.options[Math.floor(rng.uniform() * unit.item.options.length)]!.category
    : -1;
const average: Answerer = (unit, _t, rng) => sampleAnswer(asAnswered(unit), () => 0, rng);
const styles: Record<string, Answerer> = {
  // Picks the statement that says "I do the good thing"; taps any option of a scene; plays games as an average person.
  'always agree': (unit, t, rng) =>
    unit.kind === 'block'
      ? byScreen(unit, rng, true)
      : unit.item.options
        ? randomOption(unit, rng)
        : average(unit, t, rng),
  // Picks the better-sounding statement (a block's statements sound alike: then by the screen);
  // sees through scenes a little (θ + 0.5 there); cannot fake a game.
  'faker (most desirable)': (unit, t, rng) =>
    unit.kind === 'block'
      ? byScreen(unit, rng, true)
      : unit.item.options
        ? sampleCategory(trueItems.get(unit.id)!, 0.5, rng.uniform())
        : average(unit, t, rng),
  random: (unit, _t, rng) =>
    unit.kind === 'block'
      ? Math.floor(rng.uniform() * rankings(unit.block.statements.length).length)
      : unit.item.options
        ? randomOption(unit, rng)
        : 0,
  // The statements in the order shown, the middle option of a scene, an average game.
  'always middle': (unit, t, rng) =>
    unit.kind === 'block'
      ? byScreen(unit, rng, false)
      : unit.item.options
        ? randomOption(unit, rng)
        : average(unit, t, rng),
};
const STYLE_N = Math.min(N, 200);
const zeros = Array.from({ length: STYLE_N }, () => skillIds.map(() => 0));
// Each style at the pace of the test, and the random one also tapping through at a twentieth of
// it: those answers are rapid guesses (isRapidGuess), which count as no evidence.
// The yardstick beside them: an honest person exactly average on every skill. At the bank's
// reliability (about 0.6) their estimates scatter too, so a style can do no better than this.
const paced: [string, Answerer, number][] = [
  ...Object.entries(styles).map(([name, answer]): [string, Answerer, number] => [name, answer, 1]),
  ['random, tapping fast (1/20 of the time)', styles.random!, 0.05],
  ['yardstick: honest, average on every skill', byModel(true), 1],
];
const styleRows = paced.map(([name, answer, pace]) => {
  const runs = runAdaptive(zeros, 23, answer, { slower: pace });
  const high = runs.map((r) => r.theta.filter((t) => levelOf(t) >= 4).length);
  // What the skillprint shows: only skills measured well enough to sign (assessment.ts).
  const signed = runs.map((r) => r.se.filter((se) => se <= MAX_SIGNED_SE).length);
  const signedHigh = runs.map((r) => r.theta.filter((t, s) => r.se[s]! <= MAX_SIGNED_SE && levelOf(t) >= 4).length);
  return {
    style: name,
    'skills at level ≥ 4: mean': mean(high).toFixed(2),
    'signed skills': mean(signed).toFixed(1),
    'signed at level ≥ 4': mean(signedHigh).toFixed(2),
    median: quantile(high, 0.5),
    p90: quantile(high, 0.9),
    max: Math.max(...high),
    'level 5 anywhere': pct(runs.filter((r) => r.theta.some((t) => levelOf(t) === 5)).length / runs.length),
    'flagged by person fit': pct(runs.filter((r) => r.poorFit).length / runs.length),
  };
});
console.log(`\nResponse styles (${STYLE_N} each): target level ≥ 4 on at most 2 of 16 skills`);
console.table(styleRows);

// Calibration: recover the parameters of two skills' items from 3000 simulated people who each
// answered a random 70 % of them (missing data, as in real use).
const CAL_N = Number(process.env.CAL_N ?? 3000);
const calRows = [];
started = performance.now();
for (const skill of ['accuracy', 'caring']) {
  const items = bank.filter((i) => i.skillId === skill);
  const calRng = new Random(31);
  const matrix = Array.from({ length: CAL_N }, () => {
    const theta = calRng.normal();
    return items.map((item) => (calRng.uniform() < 0.7 ? sampleCategory(item, theta, calRng.uniform()) : null));
  });
  const t0 = performance.now();
  // A scene's guessing is the bank's, kept as given (answers above are drawn with it).
  const result = calibrate(
    matrix,
    items.map((i) => i.thresholds.length + 1),
    { guessing: items.map((i) => i.guessing) },
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
