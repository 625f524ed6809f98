/**
 * `npm run bench:calibration`: can the bank be calibrated from the answers the product itself
 * collects? Simulated people take the real adaptive test (the engine chooses with the bank's
 * provisional parameters, ~6-10 answers per skill), but answer by *other*, "true" parameters:
 * discriminations and loadings off by ±30 %, thresholds and intercepts by ±0.4, and skills
 * correlating less than the prior says. The calibration starts from the provisional parameters
 * and must find the true ones: RMSE per kind of parameter, against the provisional start.
 *
 * μ is only known up to a constant per desirability word (blocks never mix words), so intercepts
 * are compared after aligning each word's mean. The calibration's own time is timed apart
 * from the simulation's: the E-step runs on worker threads, one per core, as the command runs it.
 *
 *   N=3000 (people), RECORD=1 writes the figures to docs/figures.json, SIM_CACHE=file keeps the simulation
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  CALIBRATION_LIMITS,
  Random,
  calibrateBank,
  cholesky,
  createAssessmentEngine,
  provisionalCorrelations,
  sampleAnswer,
  statementBank,
  unitSeconds,
  type CalibrationPerson,
  type Unit,
} from '@pfw/core/psychometrics';
import type { Item, Statement } from '@pfw/core/domain';
import { measuredSkills } from '@pfw/core/skills';
import { startExpectationWorkers } from '../src/banks/expectation-workers.js';

const N = Number(process.env.N ?? 3000);
const engine = createAssessmentEngine();
const skills = engine.config.skills;
const items = [...engine.bank].filter((i) => skills.includes(i.skillId));
const statements = statementBank.filter((st) => skills.includes(st.skillId));

// ── The truth: other parameters than the engine's ──────────────────────────────
const perturb = new Random(11);
const factor = () => 0.7 + 0.6 * perturb.uniform();
const shift = () => (perturb.uniform() * 2 - 1) * 0.4;
const trueItems = new Map<string, Item>(
  items.map((item) => {
    const b = shift();
    return [
      item.id,
      { ...item, discrimination: item.discrimination * factor(), thresholds: item.thresholds.map((t) => t + b) },
    ];
  }),
);
const trueStatements = new Map<string, Statement>(
  statements.map((st) => [st.id, { ...st, loading: st.loading * factor(), intercept: st.intercept + shift() }]),
);
const trueCorrelations = provisionalCorrelations(
  measuredSkills.map((s) => s.group),
  0.35,
  0.15,
);

const asAnswered = (unit: Unit): Unit =>
  unit.kind === 'item'
    ? { ...unit, item: trueItems.get(unit.id)! }
    : { ...unit, block: { ...unit.block, statements: unit.block.statements.map((st) => trueStatements.get(st.id)!) } };

// ── The people, through the real adaptive test ─────────────────────────────────
// SIM_CACHE=file keeps the simulated answers between runs (the simulation takes minutes).
const cache = process.env.SIM_CACHE;
const rng = new Random(2026);
const chol = cholesky(trueCorrelations);
let started = performance.now();
const cached =
  cache && existsSync(cache)
    ? (JSON.parse(readFileSync(cache, 'utf8')) as { people: CalibrationPerson[]; perSkill: number })
    : undefined;
const people: CalibrationPerson[] = cached?.people.slice(0, N) ?? [];
let perSkill = cached ? (cached.perSkill * people.length) / cached.people.length : 0;
for (let p = people.length; p < N; p++) {
  const z = skills.map(() => rng.normal());
  const theta = chol.map((row) => row.reduce((s, x, j) => s + x * z[j]!, 0));
  const thetaOf = (id: string) => theta[skills.indexOf(id)]!;
  let state = engine.start(p + 1);
  for (;;) {
    const next = engine.next(state);
    state = next.state;
    if (!next.unit) break;
    state = engine.answer(
      state,
      next.unit.id,
      sampleAnswer(asAnswered(next.unit), thetaOf, rng),
      unitSeconds(next.unit),
    );
  }
  perSkill += engine.estimates(state).reduce((s, e) => s + e.items, 0) / skills.length;
  people.push({ answers: state.answers.map((a) => ({ unitId: a.itemId, category: a.category })) });
}
if (cache && !cached) writeFileSync(cache, JSON.stringify({ people, perSkill }));
const simulateSeconds = (performance.now() - started) / 1000;
const units = people.reduce((s, p) => s + p.answers.length, 0) / N;
console.log(
  `${N} simulated people through the adaptive test in ${simulateSeconds.toFixed(0)} s: ${units.toFixed(1)} units each, ${(perSkill / N).toFixed(1)} answers per skill.`,
);

// ── The calibration ────────────────────────────────────────────────────────────
const base = { skills, items, statements, correlations: engine.config.correlations! };
started = performance.now();
const workers = startExpectationWorkers(people, base);
const outcome = await calibrateBank(people, base, {
  partial: true,
  expectation: workers.run,
  onIteration: (i, moved) => process.stdout.write(`  iteration ${i}: largest change ${moved.toFixed(4)}\n`),
});
const seconds = (performance.now() - started) / 1000;
await workers.close();
if (!outcome.ok) {
  console.log(
    'Refused:',
    outcome.thin.slice(0, 10).map((t) => t.reason),
  );
  process.exit(1);
}
const { bank } = outcome;

const rmse = (xs: readonly number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);
const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const fitted = { items: byId(bank.items), statements: byId(bank.statements) };
/** Intercept errors with each desirability word's mean error taken out (the unidentified constant). */
const statementsByWord = (['low', 'medium', 'high'] as const).flatMap((w) =>
  statements.filter((s) => s.desirability === w),
);
function interceptErrors(of: (id: string) => Statement) {
  const out: number[] = [];
  for (const word of ['low', 'medium', 'high'] as const) {
    const own = statements.filter((s) => s.desirability === word);
    const errors = own.map((s) => of(s.id).intercept - trueStatements.get(s.id)!.intercept);
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    out.push(...errors.map((e) => e - mean));
  }
  return out;
}
const kept = new Set(bank.kept);
const calibratedItems = items.filter((i) => !kept.has(i.id));
const calibratedStatements = statements.filter((s) => !kept.has(s.id));
const figures = (of: { item: (id: string) => Item; statement: (id: string) => Statement }) => ({
  'discrimination a': rmse(
    calibratedItems.map((i) => of.item(i.id).discrimination - trueItems.get(i.id)!.discrimination),
  ),
  thresholds: rmse(
    calibratedItems.flatMap((i) => of.item(i.id).thresholds.map((b, k) => b - trueItems.get(i.id)!.thresholds[k]!)),
  ),
  'loading λ': rmse(calibratedStatements.map((s) => of.statement(s.id).loading - trueStatements.get(s.id)!.loading)),
  'intercept μ': rmse(interceptErrors(of.statement).filter((_, k) => !kept.has(statementsByWord[k]!.id))),
});
const start = figures({
  item: (id) => items.find((i) => i.id === id)!,
  statement: (id) => statements.find((s) => s.id === id)!,
});
const after = figures({ item: (id) => fitted.items.get(id)!, statement: (id) => fitted.statements.get(id)! });
const rows = Object.keys(after).map((kind) => ({
  parameter: kind,
  'provisional (start)': start[kind as keyof typeof start].toFixed(3),
  calibrated: after[kind as keyof typeof after].toFixed(3),
}));
const counts = [...bank.counts.values()];
console.log(
  `\nCalibration of ${items.length} items and ${statements.length} statements from ${N} people: ${bank.iterations} iterations, ${bank.converged ? 'converged' : 'not converged'}, ${seconds.toFixed(1)} s.`,
);
const format = (f: string) => items.filter((i) => i.format === f && kept.has(i.id)).length;
console.log(
  `Kept at provisional parameters (fewer than ${CALIBRATION_LIMITS.minResponses} answers): ${format('sjt')} of 96 scenes, ${format('game')} of 20 games, ${statements.filter((s) => kept.has(s.id)).length} of ${statements.length} statements. The figures below are for the others.`,
);
console.log(
  `Answers per item or statement: min ${Math.min(...counts)}, median ${counts.sort((a, b) => a - b)[Math.floor(counts.length / 2)]}.`,
);
console.table(rows);
const offDiagonal = (m: readonly (readonly number[])[]) => {
  const xs = m.flatMap((row, i) => row.filter((_, j) => j !== i));
  return (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
};
console.log(
  `Correlations between skills, mean: true ${offDiagonal(trueCorrelations)}, prior (start) ${offDiagonal(engine.config.correlations!)}, estimated ${offDiagonal(bank.correlations)}.`,
);
console.log('target: RMSE ≤ 0.15 for every kind at N = 3000; ≤ 60 s for the calibration.');

// ── Refusal below the thinness threshold ───────────────────────────────────────
const few = people.slice(0, Math.floor(CALIBRATION_LIMITS.minPeople * 0.8));
const refused = await calibrateBank(few, { skills, items, statements, correlations: engine.config.correlations! });
const reasons = refused.ok ? [] : refused.thin;
console.log(
  `\nWith ${few.length} people: ${refused.ok ? 'NOT refused' : `refused, ${reasons.length} reasons`} (${reasons
    .slice(0, 2)
    .map((r) => r.reason)
    .join('; ')} …)`,
);

if (process.env.RECORD) {
  const path = new URL('../../../docs/figures.json', import.meta.url);
  const all = JSON.parse(readFileSync(path, 'utf8'));
  const pair = (k: keyof typeof after) => `${start[k].toFixed(3)} → ${after[k].toFixed(3)}`;
  all.calibration = {
    command: 'npm run bench:calibration',
    measuredOn: new Date().toISOString().slice(0, 10),
    recorded: `by the bench (RECORD=1, N=${N})`,
    figures: {
      'people, answers per skill per person': `${N}, ${(perSkill / N).toFixed(1)}`,
      'discrimination a RMSE, provisional start → calibrated (target ≤ 0.15)': pair('discrimination a'),
      'thresholds RMSE (target ≤ 0.15)': pair('thresholds'),
      'loading λ RMSE (target ≤ 0.15)': pair('loading λ'),
      'intercept μ RMSE (target ≤ 0.15)': pair('intercept μ'),
      'units kept provisional (fewer than 200 answers)': `${bank.kept.length} of ${items.length + statements.length}`,
      'mean correlation between skills: true / prior / estimated': `${offDiagonal(trueCorrelations)} / ${offDiagonal(engine.config.correlations!)} / ${offDiagonal(bank.correlations)}`,
      'calibration time on this machine, iterations (target ≤ 60 s)': `${seconds.toFixed(1)} s, ${bank.iterations}`,
      'refused below the limits': refused.ok ? 'no' : `yes (${few.length} people, ${reasons.length} reasons)`,
    },
  };
  writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
}
