/**
 * `npm run bench:remeasure` (#23): a targeted re-measurement of one skill, as after a learning
 * step. Simulated people (θ ~ N(0, 1)) answer only that skill's steps until the engine stops;
 * printed per skill: the share that reached SE ≤ 0.45 within 10 steps (target ≥ 90 %), the
 * median steps, the median SE at the end, and whether that SE is honest: the root mean square
 * error of θ against the simulated truth, and how often the 80 % range holds it (should be ~80 %).
 * Then the growth rule (growthOf) between two re-measurements: how often it claims a change
 * where there was none, and how often it sees a real growth of one SD.
 *
 * The people answer by other parameters than the engine scores with (discriminations and
 * loadings ±20 %, an item's thresholds and a statement's intercept shifted by up to ±0.3), as
 * in bench/psychometrics.ts. Each person has a level on every skill, drawn with correlations
 * 0.2 lower than the engine's prior: the other skills' statements partner the re-measured one
 * in blocks, and the engine does not know those levels either.
 *
 *   N=300 (people per skill)
 */
import {
  REMEASURE_MAX_STEPS,
  REMEASURE_TARGET_SE,
  Random,
  cholesky,
  createRemeasurement,
  growthOf,
  provisionalBank,
  type AdaptiveEngine,
  sampleAnswer,
  type Unit,
} from '../src/psychometrics/index.js';
import type { Item, Statement } from '../src/domain.js';

const N = Number(process.env.N ?? 300);
const bank = provisionalBank();
const perturb = new Random(11);
const off = () => 0.8 + 0.4 * perturb.uniform();
const shift = () => (perturb.uniform() * 2 - 1) * 0.3;
const trueItem = new Map<string, Item>(
  bank.items.map((item) => {
    const b = shift();
    return [
      item.id,
      { ...item, discrimination: item.discrimination * off(), thresholds: item.thresholds.map((t) => t + b) },
    ];
  }),
);
const trueStatement = new Map<string, Statement>(
  bank.statements.map((st) => [st.id, { ...st, loading: st.loading * off(), intercept: st.intercept + shift() }]),
);
/** The unit as the person answers it: by the true parameters. */
const asAnswered = (unit: Unit): Unit =>
  unit.kind === 'item'
    ? { ...unit, item: trueItem.get(unit.item.id)! }
    : { ...unit, block: { ...unit.block, statements: unit.block.statements.map((s) => trueStatement.get(s.id)!) } };

/** How the people's skills really correlate: 0.2 less than the engine's prior says. */
const lower = cholesky(bank.correlations.map((row, i) => row.map((r, j) => (i === j ? 1 : r - 0.2))));
/** A person's true level on every skill ~ MVN(0, R). */
const drawThetas = (rng: Random) => {
  const z = bank.skills.map(() => rng.normal());
  return lower.map((row) => row.reduce((sum, x, j) => sum + x * z[j]!, 0));
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percent = (n: number) => `${String(Math.round((100 * n) / N)).padStart(3)} %`;

/** One re-measurement of `skill` for a person with these true levels. */
function measure(engine: AdaptiveEngine, skill: string, thetas: readonly number[], seed: number, rng: Random) {
  let state = engine.start(seed);
  for (;;) {
    const { state: next, unit } = engine.next(state);
    state = next;
    if (!unit) break;
    state = engine.answer(
      state,
      unit.id,
      sampleAnswer(asAnswered(unit), (id) => thetas[bank.skills.indexOf(id)]!, rng),
      20,
    );
  }
  return { steps: state.answers.length, ...engine.estimates(state).find((e) => e.skillId === skill)! };
}

console.log(`\nRe-measuring one skill: ${N} simulated people per skill, answering by other parameters`);
console.log('reached: SE ≤ 0.45 within 10 steps; RMSE and "in range" (the 80 % range holds the truth) say');
console.log('whether the SE is honest; the growth rule on two re-measurements: "grew" claimed with no');
console.log('change (false), and seen after a real growth of 1 SD.');
console.log('skill                    reached  steps  SE    RMSE  in range   false claim  saw +1 SD');
let reachedAll = 0;
let falseAll = 0;
let sawAll = 0;
for (const skill of bank.skills) {
  const engine = createRemeasurement([skill], bank);
  const k = bank.skills.indexOf(skill);
  const steps: number[] = [];
  const ses: number[] = [];
  let reached = 0;
  let squaredError = 0;
  let covered = 0;
  let falseClaims = 0;
  let saw = 0;
  for (let p = 0; p < N; p++) {
    const rng = new Random(1000 + p);
    const thetas = drawThetas(rng);
    const first = measure(engine, skill, thetas, 3 * p + 1, rng);
    steps.push(first.steps);
    ses.push(first.se);
    squaredError += (first.theta - thetas[k]!) ** 2;
    if (Math.abs(first.theta - thetas[k]!) <= 1.2816 * first.se) covered++;
    if (first.se <= REMEASURE_TARGET_SE && first.steps <= REMEASURE_MAX_STEPS) reached++;
    // Measured again without a change, and after growing one SD in this skill only.
    const same = measure(engine, skill, thetas, 3 * p + 2, rng);
    if (growthOf(first, same) !== 'unclear') falseClaims++;
    const grown = measure(
      engine,
      skill,
      thetas.map((t, j) => (j === k ? t + 1 : t)),
      3 * p + 3,
      rng,
    );
    if (growthOf(first, grown) === 'grew') saw++;
  }
  reachedAll += reached;
  falseAll += falseClaims;
  sawAll += saw;
  console.log(
    `${skill.padEnd(24)} ${percent(reached)}  ${String(median(steps)).padStart(5)}  ${median(ses).toFixed(2)}  ${Math.sqrt(squaredError / N).toFixed(2)}   ${percent(covered)}      ${percent(falseClaims)}       ${percent(saw)}`,
  );
}
const all = N * bank.skills.length;
console.log(
  `all skills: ${((100 * reachedAll) / all).toFixed(1)} % reached SE ≤ ${REMEASURE_TARGET_SE} within ${REMEASURE_MAX_STEPS} steps (target ≥ 90 %); ` +
    `growth rule: ${((100 * falseAll) / all).toFixed(1)} % false claims, ${((100 * sawAll) / all).toFixed(1)} % of 1 SD growth seen`,
);
