/**
 * `npm run bench:calibration`: can the bank be calibrated from the answers the product itself
 * collects? Simulated people take the real adaptive test (the engine chooses with the bank's
 * provisional parameters; about 2.7 answers per skill) and then the research round (a few more
 * scenes and games of one skill), but answer by *other*, "true" parameters:
 * discriminations and loadings off by ±30 %, thresholds and intercepts by ±0.4, and skills
 * correlating less than the prior says. The calibration starts from the provisional parameters
 * and must find the true ones: RMSE per kind of parameter, against the provisional start.
 *
 * μ is only known up to a constant per desirability word (blocks never mix words), so intercepts
 * are compared after aligning each word's mean. The calibration's own time is timed apart
 * from the simulation's: the E-step runs on worker threads, one per core, as the command runs it.
 *
 *   N=3000 (people), REPLICATIONS=3 (samples, each with its own truth and people: the figures are
 *   their means), PERTURB=2 (the truth twice as far off), RECORD=1 writes the figures to
 *   docs/figures.json, SIM_CACHE=<prefix> keeps each sample's simulation
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  CALIBRATION_LIMITS,
  Random,
  calibrateBank,
  cholesky,
  otherParameters,
  createAssessmentEngine,
  provisionalCorrelations,
  researchForm,
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

/** PERTURB=2 doubles how far the truth is from the provisional start (a check that the priors do not flatter). */
const spread = Number(process.env.PERTURB ?? 1);
/** Samples (replications): each draws another truth and other people; the figures are their means. */
const REPLICATIONS = Number(process.env.REPLICATIONS ?? 3);
const base = { skills, items, statements, correlations: engine.config.correlations! };
const rmse = (xs: readonly number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);
const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
type Figures = Record<'discrimination a' | 'thresholds' | 'loading λ' | 'intercept μ', number>;
const offDiagonal = (m: readonly (readonly number[])[]) => {
  const xs = m.flatMap((row, i) => row.filter((_, j) => j !== i));
  return (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
};

/** The skills' true correlations: lower than the prior says (0.35 within a group, 0.15 between). */
const trueCorrelations = provisionalCorrelations(
  measuredSkills.map((s) => s.group),
  0.35,
  0.15,
);
const chol = cholesky(trueCorrelations);

/** One sample: a truth, N people through the test and the rounds, three calibrations. */
async function replication(seed: number) {
  // ── The truth: other parameters than the engine's ──────────────────────────────
  const { items: trueItems, statements: trueStatements } = otherParameters(items, statements, new Random(11 + seed), {
    factor: 0.3 * spread,
    shift: 0.4 * spread,
  });

  const asAnswered = (unit: Unit): Unit =>
    unit.kind === 'item'
      ? { ...unit, item: trueItems.get(unit.id)! }
      : {
          ...unit,
          block: { ...unit.block, statements: unit.block.statements.map((st) => trueStatements.get(st.id)!) },
        };

  // ── The people, through the real adaptive test and the research round ─────────
  // Every simulated person gave the research consent (only their answers are calibrated from) and,
  // after the test, answers the research round (research-round.ts): a few more scenes and games of
  // one skill. The calibration runs three times: from the tests alone, with a random round, and
  // with the round aimed where answers are missing. SIM_CACHE=<prefix> keeps the simulated
  // answers between runs (the simulation takes minutes).
  interface Simulated {
    answers: CalibrationPerson['answers'];
    /** The round as drawn by the seed alone. */
    research: CalibrationPerson['answers'];
    /** The round as the server draws it: where answers are missing (researchForm with counts). */
    targeted: CalibrationPerson['answers'];
  }
  const cache = process.env.SIM_CACHE && `${process.env.SIM_CACHE}.${spread}.${seed}.json`;
  const rng = new Random(2026 + seed);
  const started = performance.now();
  /** Answers per unit so far (tests and targeted rounds), and the counts as the server last read them. */
  const counts = new Map<string, number>();
  let countsSeen = new Map<string, number>();
  const cachedFile =
    cache && existsSync(cache)
      ? (JSON.parse(readFileSync(cache, 'utf8')) as { simulated: Simulated[]; perSkill: number; roundSeconds: number })
      : undefined;
  // A cache from before the targeted round is simulated again.
  const cached = cachedFile?.simulated[0]?.targeted ? cachedFile : undefined;
  const simulated: Simulated[] = cached?.simulated.slice(0, N) ?? [];
  let perSkill = cached ? (cached.perSkill * simulated.length) / cached.simulated.length : 0;
  let roundSeconds = cached ? (cached.roundSeconds * simulated.length) / cached.simulated.length : 0;
  for (let p = simulated.length; p < N; p++) {
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
    const form = researchForm(
      engine,
      state.answers.map((a) => a.itemId),
      p + 7,
    );
    const research = form.units.map((id) => {
      const unit = engine.unit(id)!;
      roundSeconds += unitSeconds(unit);
      return { unitId: id, category: sampleAnswer(asAnswered(unit), thetaOf, rng) };
    });
    // The server counts answers per unit from time to time (its cache): here every 100 people.
    for (const a of state.answers) counts.set(a.itemId, (counts.get(a.itemId) ?? 0) + 1);
    if (p % 100 === 0) countsSeen = new Map(counts);
    const targetedForm = researchForm(
      engine,
      state.answers.map((a) => a.itemId),
      p + 7,
      countsSeen,
    );
    const targeted = targetedForm.units.map((id) => {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      return { unitId: id, category: sampleAnswer(asAnswered(engine.unit(id)!), thetaOf, rng) };
    });
    simulated.push({
      answers: state.answers.map((a) => ({ unitId: a.itemId, category: a.category })),
      research,
      targeted,
    });
  }
  if (cache && !cached) writeFileSync(cache, JSON.stringify({ simulated, perSkill, roundSeconds }));
  const simulateSeconds = (performance.now() - started) / 1000;
  const units = simulated.reduce((s, p) => s + p.answers.length, 0) / N;
  const roundUnits = simulated.reduce((s, p) => s + p.research.length, 0) / N;
  console.log(
    `Sample ${seed + 1}: ${N} simulated people through the adaptive test in ${simulateSeconds.toFixed(0)} s: ${units.toFixed(1)} units each, ${(perSkill / N).toFixed(1)} answers per skill; then the research round: ${roundUnits.toFixed(1)} units of one skill, ${(roundSeconds / N / 60).toFixed(1)} min on average.`,
  );

  // ── The calibration ────────────────────────────────────────────────────────────
  /** Intercept errors with each desirability word's mean error taken out (the unidentified constant). */
  function interceptErrors(of: (id: string) => Statement, kept: ReadonlySet<string>) {
    const out: number[] = [];
    for (const word of ['low', 'medium', 'high'] as const) {
      const own = statements.filter((s) => s.desirability === word && !kept.has(s.id));
      const errors = own.map((s) => of(s.id).intercept - trueStatements.get(s.id)!.intercept);
      const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
      out.push(...errors.map((e) => e - mean));
    }
    return out;
  }
  /** RMSE per kind of parameter over the units calibrated (not kept at their provisional values). */
  function figures(
    of: { item: (id: string) => Item; statement: (id: string) => Statement },
    kept: ReadonlySet<string>,
  ): Figures {
    const calibratedItems = items.filter((i) => !kept.has(i.id));
    const calibratedStatements = statements.filter((s) => !kept.has(s.id));
    return {
      'discrimination a': rmse(
        calibratedItems.map((i) => of.item(i.id).discrimination - trueItems.get(i.id)!.discrimination),
      ),
      thresholds: rmse(
        calibratedItems.flatMap((i) => of.item(i.id).thresholds.map((b, k) => b - trueItems.get(i.id)!.thresholds[k]!)),
      ),
      'loading λ': rmse(
        calibratedStatements.map((s) => of.statement(s.id).loading - trueStatements.get(s.id)!.loading),
      ),
      'intercept μ': rmse(interceptErrors(of.statement, kept)),
    };
  }
  const provisional = {
    item: (id: string) => items.find((i) => i.id === id)!,
    statement: (id: string) => statements.find((s) => s.id === id)!,
  };

  async function calibrateDesign(label: string, people: CalibrationPerson[]) {
    const started = performance.now();
    const workers = startExpectationWorkers(people, base);
    const outcome = await calibrateBank(people, base, {
      partial: true,
      expectation: workers.run,
      onIteration: (i, moved) =>
        process.stdout.write(`  ${label}, iteration ${i}: largest change ${moved.toFixed(4)}\n`),
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
    const kept = new Set(bank.kept);
    const fitted = { items: byId(bank.items), statements: byId(bank.statements) };
    const counts = [...bank.counts.values()].sort((a, b) => a - b);
    return {
      label,
      bank,
      seconds,
      start: figures(provisional, kept),
      after: figures({ item: (id) => fitted.items.get(id)!, statement: (id) => fitted.statements.get(id)! }, kept),
      keptScenes: items.filter((i) => i.format === 'sjt' && kept.has(i.id)).length,
      keptGames: items.filter((i) => i.format === 'game' && kept.has(i.id)).length,
      keptStatements: statements.filter((s) => kept.has(s.id)).length,
      minAnswers: counts[0]!,
      medianAnswers: counts[Math.floor(counts.length / 2)]!,
    };
  }

  const testsOnly = await calibrateDesign(
    'tests only',
    simulated.map((p) => ({ answers: p.answers })),
  );
  const randomRound = await calibrateDesign(
    'with a random research round',
    simulated.map((p) => ({ answers: [...p.answers, ...p.research] })),
  );
  const withRound = await calibrateDesign(
    'with the research round where answers are missing',
    simulated.map((p) => ({ answers: [...p.answers, ...p.targeted] })),
  );
  const designs = [testsOnly, randomRound, withRound];
  console.log(
    `\nCalibration of ${items.length} items and ${statements.length} statements from ${N} people (RMSE over the units calibrated, the others keep their provisional parameters):`,
  );
  console.table(
    designs.map((d) => ({
      design: d.label,
      ...Object.fromEntries(
        Object.keys(d.after).map((k) => [
          k,
          `${d.start[k as keyof Figures].toFixed(3)} → ${d.after[k as keyof Figures].toFixed(3)}`,
        ]),
      ),
      'kept provisional (< 200 answers)': `${d.keptScenes}/96 scenes, ${d.keptGames}/20 games, ${d.keptStatements}/${statements.length} statements`,
      'answers per unit, min / median': `${d.minAnswers} / ${d.medianAnswers}`,
      'iterations, seconds': `${d.bank.iterations}${d.bank.converged ? '' : ' (not converged)'}, ${d.seconds.toFixed(1)} s`,
    })),
  );
  console.log(
    `Correlations between skills, mean: true ${offDiagonal(trueCorrelations)}, prior (start) ${offDiagonal(engine.config.correlations!)}, estimated ${designs.map((d) => offDiagonal(d.bank.correlations)).join(' / ')}.`,
  );
  return {
    designs,
    perSkill,
    roundUnits,
    roundSeconds,
    people: simulated.map((p) => ({ answers: [...p.answers, ...p.targeted] })),
  };
}

const samples: Awaited<ReturnType<typeof replication>>[] = [];
for (let seed = 0; seed < REPLICATIONS; seed++) samples.push(await replication(seed));
const labels = samples[0]!.designs.map((d) => d.label);
const kinds = Object.keys(samples[0]!.designs[0]!.after) as (keyof Figures)[];
const meanOf = (d: number, k: keyof Figures, which: 'start' | 'after') =>
  samples.reduce((s, x) => s + x.designs[d]![which][k], 0) / samples.length;
const rangeOf = (d: number, k: keyof Figures) => {
  const xs = samples.map((x) => x.designs[d]!.after[k]);
  return `${Math.min(...xs).toFixed(3)}-${Math.max(...xs).toFixed(3)}`;
};
console.log(`\nMean over ${samples.length} samples (range of the samples in brackets):`);
console.table(
  labels.map((label, d) => ({
    design: label,
    ...Object.fromEntries(
      kinds.map((k) => [
        k,
        `${meanOf(d, k, 'start').toFixed(3)} → ${meanOf(d, k, 'after').toFixed(3)} (${rangeOf(d, k)})`,
      ]),
    ),
  })),
);
console.log('target: RMSE ≤ 0.15 for every kind at N = 3000; ≤ 60 s for the calibration.');
const { people } = samples[0]!;

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
  const first = samples[0]!;
  const { bank, seconds } = first.designs[2]!;
  const pair = (k: keyof Figures) =>
    `${meanOf(2, k, 'start').toFixed(3)} → ${meanOf(2, k, 'after').toFixed(3)}, samples ${rangeOf(2, k)} (tests only: ${meanOf(0, k, 'after').toFixed(3)}; random round: ${meanOf(1, k, 'after').toFixed(3)})`;
  all.calibration = {
    command: 'npm run bench:calibration',
    measuredOn: new Date().toISOString().slice(0, 10),
    recorded: `by the bench (RECORD=1, N=${N}, mean of ${samples.length} samples)`,
    figures: {
      'people, answers per skill per person': `${N}, ${(first.perSkill / N).toFixed(1)}`,
      'research round, units and minutes per person': `${first.roundUnits.toFixed(1)}, ${(first.roundSeconds / N / 60).toFixed(1)}`,
      'discrimination a RMSE, provisional start → calibrated (target ≤ 0.15)': pair('discrimination a'),
      'thresholds RMSE (target ≤ 0.15)': pair('thresholds'),
      'loading λ RMSE (target ≤ 0.15)': pair('loading λ'),
      'intercept μ RMSE (target ≤ 0.15)': pair('intercept μ'),
      'units kept provisional (fewer than 200 answers)': `${bank.kept.length} of ${items.length + statements.length} (tests only: ${first.designs[0]!.bank.kept.length})`,
      'mean correlation between skills: true / prior / estimated': `${offDiagonal(trueCorrelations)} / ${offDiagonal(engine.config.correlations!)} / ${offDiagonal(bank.correlations)}`,
      'calibration time on this machine, iterations (target ≤ 60 s)': `${seconds.toFixed(1)} s, ${bank.iterations}`,
      'refused below the limits': refused.ok ? 'no' : `yes (${few.length} people, ${reasons.length} reasons)`,
    },
  };
  writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
}
