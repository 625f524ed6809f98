/**
 * `npm run bench:remeasure` (#23): a targeted re-measurement of one skill, as after a learning
 * step. Simulated people (θ ~ N(0, 1)) answer only that skill's steps until the engine stops;
 * printed per skill: the share that reached SE ≤ 0.45 within 10 steps (target ≥ 90 %), the
 * median steps, the median SE at the end, and whether that SE is honest: the root mean square
 * error of θ against the simulated truth, and how often the 80 % range holds it (should be ~80 %).
 *
 * The people answer by other parameters than the engine scores with (discriminations and
 * loadings ±20 %, thresholds and intercepts ±0.3), as in bench/psychometrics.ts.
 *
 *   N=300 (people per skill)
 */
import {
  REMEASURE_MAX_STEPS,
  REMEASURE_TARGET_SE,
  Random,
  createRemeasurement,
  provisionalBank,
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
  bank.items.map((item) => [
    item.id,
    { ...item, discrimination: item.discrimination * off(), thresholds: item.thresholds.map((t) => t + shift()) },
  ]),
);
const trueStatement = new Map<string, Statement>(
  bank.statements.map((st) => [st.id, { ...st, loading: st.loading * off(), intercept: st.intercept + shift() }]),
);
/** The unit as the person answers it: by the true parameters. */
const asAnswered = (unit: Unit): Unit =>
  unit.kind === 'item'
    ? { ...unit, item: trueItem.get(unit.item.id)! }
    : { ...unit, block: { ...unit.block, statements: unit.block.statements.map((s) => trueStatement.get(s.id)!) } };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nRe-measuring one skill: ${N} simulated people per skill, answering by other parameters`);
console.log(
  `skill                              reached SE ≤ ${REMEASURE_TARGET_SE} in ≤ ${REMEASURE_MAX_STEPS}   median steps   median SE`,
);
let reachedAll = 0;
for (const skill of bank.skills) {
  const engine = createRemeasurement([skill], bank);
  const steps: number[] = [];
  const ses: number[] = [];
  let reached = 0;
  let squaredError = 0;
  let covered = 0;
  for (let p = 0; p < N; p++) {
    const rng = new Random(1000 + p);
    const theta = rng.normal();
    let state = engine.start(p + 1);
    for (;;) {
      const { state: next, unit } = engine.next(state);
      state = next;
      if (!unit) break;
      state = engine.answer(
        state,
        unit.id,
        sampleAnswer(asAnswered(unit), () => theta, rng),
        20,
      );
    }
    const estimate = engine.estimates(state).find((e) => e.skillId === skill);
    steps.push(state.answers.length);
    squaredError += (estimate!.theta - theta) ** 2;
    if (Math.abs(estimate!.theta - theta) <= 1.2816 * estimate!.se) covered++;
    ses.push(estimate!.se);
    if (estimate!.se <= REMEASURE_TARGET_SE && state.answers.length <= REMEASURE_MAX_STEPS) reached++;
  }
  reachedAll += reached;
  console.log(
    `${skill.padEnd(34)} ${String(Math.round((100 * reached) / N)).padStart(5)} %         ${String(median(steps)).padStart(5)}          ${median(ses).toFixed(2)}      ${Math.sqrt(squaredError / N).toFixed(2)}    ${Math.round((100 * covered) / N)} %`,
  );
}
console.log(
  `all skills: ${((100 * reachedAll) / (N * bank.skills.length)).toFixed(1)} % reached SE ≤ ${REMEASURE_TARGET_SE} within ${REMEASURE_MAX_STEPS} steps (target ≥ 90 %)`,
);
