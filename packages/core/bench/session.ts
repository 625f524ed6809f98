/**
 * `npm run bench:session`: whole sessions as a person lives them (#18) — the steps the server
 * sends (three ahead, as `Administration.ahead` runs in the API), answered by simulated people
 * with their own reading pace, each answer's time drawn around its expected time. Prints the
 * session's rhythm: length, the share of screens that are scenes or games, the longest run of
 * one kind of screen, when the first scene or game comes, and how evenly the progress bar moves.
 *
 * The people answer by parameters other than the engine scores with (±20 % discriminations and
 * loadings, ±0.3 thresholds and intercepts), as in bench/psychometrics.ts; their pace is
 * lognormal around the assumed B1 reading speed (SD 0.25 between people, 0.3 between answers).
 *
 *   N=200 (people)
 */
import {
  GAME_RULES,
  PREFERENCE_STEPS,
  Random,
  createAdministration,
  gameCategory,
  rankingOf,
  sampleCategory,
  sampleRanking,
  sampleTrials,
  shownOrder,
  type RawAnswer,
  type Unit,
} from '../src/psychometrics/index.js';
import type { Item, Statement, Step } from '../src/domain.js';

const N = Number(process.env.N ?? 200);
const AHEAD = 3;
const administration = createAdministration();
const { engine } = administration;

// ── How the simulated people really answer (other parameters than the engine's) ──────────────
const perturb = new Random(5);
const off = () => 0.8 + 0.4 * perturb.uniform();
const shift = () => (perturb.uniform() * 2 - 1) * 0.3;
const trueItems = new Map<string, Item>(
  engine.bank.map((item) => {
    const b = shift();
    return [
      item.id,
      { ...item, discrimination: item.discrimination * off(), thresholds: item.thresholds.map((t) => t + b) },
    ];
  }),
);
const trueStatement = new Map<string, Statement>();
const asAnswered = (st: Statement): Statement => {
  if (!trueStatement.has(st.id))
    trueStatement.set(st.id, { ...st, loading: st.loading * off(), intercept: st.intercept + shift() });
  return trueStatement.get(st.id)!;
};

/** The raw answer a person with these θs gives to a step as shown (indexes as shown, like the widget sends). */
function answerStep(
  step: Step,
  seed: number,
  theta: (skillId: string) => number,
  rng: Random,
): Omit<RawAnswer, 'durationMs'> {
  const unit: Unit | undefined = engine.unit(step.id);
  if (!unit) return { itemId: step.id, choice: Math.floor(rng.uniform() * step.options.length) }; // a preference
  if (unit.kind === 'block') {
    const { statements } = unit.block;
    const order = shownOrder(seed, step.id, statements.length);
    const ranking = rankingOf(sampleRanking(statements.map(asAnswered), theta, rng), statements.length)!;
    const shown = (position: number) => order.indexOf(position);
    return statements.length === 3
      ? { itemId: step.id, choice: shown(ranking[0]!), least: shown(ranking[2]!) }
      : { itemId: step.id, choice: shown(ranking[0]!) };
  }
  const item = trueItems.get(step.id)!;
  const category = sampleCategory(item, theta(item.skillId), rng.uniform());
  if (item.game) {
    // The fewest good trials that give this category.
    const { mechanic, trials } = item.game;
    let good = 0;
    while (good < trials && gameCategory(mechanic, good, trials) < category) good++;
    return { itemId: step.id, trials: sampleTrials(item.game, (k) => k < good) };
  }
  const order = shownOrder(seed, step.id, item.options!.length);
  return { itemId: step.id, choice: order.findIndex((k) => item.options![k]!.category === category) };
}

interface Session {
  minutes: number;
  kinds: Step['kind'][];
  firstBehaviourMinutes: number;
  longestRun: number;
  longestKind: Step['kind'];
  longestStallMinutes: number;
  minutesAbove95: number;
  /** The bar's largest step back and forward between two screens (points). */
  largestDrop: number;
  largestJump: number;
  signable: boolean;
}

function simulate(person: number): Session {
  const rng = new Random(1000 + person);
  const seed = 7919 * person + 13;
  const skills = engine.config.skills;
  const thetas = new Map(skills.map((s) => [s, rng.normal()]));
  const theta = (id: string) => thetas.get(id)!;
  const pace = Math.exp(0.25 * rng.normal());
  const answers: RawAnswer[] = [];
  const kinds: Step['kind'][] = [];
  const practised = new Set<string>();
  let sent: string[] = [];
  let seconds = 0;
  let lastRise = 0;
  let lastPercent = 0;
  let longestStall = 0;
  let above95 = 0;
  let firstBehaviour = Infinity;
  let previous = 0;
  let largestDrop = 0;
  let largestJump = 0;
  for (;;) {
    const { next, progress } = administration.ahead(seed, answers, AHEAD, sent);
    largestDrop = Math.max(largestDrop, previous - progress.percent);
    if (next.length) largestJump = Math.max(largestJump, progress.percent - previous);
    previous = progress.percent;
    if (progress.percent >= lastPercent + 3) {
      longestStall = Math.max(longestStall, seconds - lastRise);
      lastRise = seconds;
      lastPercent = progress.percent;
    }
    if (!next.length) break;
    const step = next[0]!;
    sent = next.map((s) => s.id);
    let took = step.expectedSeconds * pace * Math.exp(0.3 * rng.normal());
    if (step.game && !practised.has(step.game.mechanic)) {
      // The practice round before a mechanic's first block, at the block's pace per trial.
      practised.add(step.game.mechanic);
      took += (GAME_RULES[step.game.mechanic].practiceTrials * step.expectedSeconds) / step.game.trials + 10 * pace;
    }
    if ((step.kind === 'scene' || step.kind === 'game') && firstBehaviour === Infinity) firstBehaviour = seconds;
    if (progress.percent >= 95) above95 += took;
    seconds += took;
    kinds.push(step.kind);
    answers.push({ ...answerStep(step, seed, theta, rng), durationMs: Math.round(took * 1000) });
  }
  longestStall = Math.max(longestStall, seconds - lastRise);
  let longestRun = 0;
  let longestKind = kinds[0]!;
  for (let i = 0, run = 0; i < kinds.length; i++) {
    run = i > 0 && kinds[i] === kinds[i - 1] ? run + 1 : 1;
    if (run > longestRun) [longestRun, longestKind] = [run, kinds[i]!];
  }
  const { estimates } = administration.result(seed, answers);
  return {
    minutes: seconds / 60,
    kinds,
    firstBehaviourMinutes: firstBehaviour / 60,
    longestRun,
    longestKind,
    longestStallMinutes: longestStall / 60,
    minutesAbove95: above95 / 60,
    largestDrop,
    largestJump,
    signable: estimates.every((e) => e.se <= 0.6 && e.items >= 2),
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

const t0 = performance.now();
const sessions = Array.from({ length: N }, (_, p) => simulate(p));
const all = sessions.flatMap((s) => s.kinds);
const share = (kinds: Step['kind'][]) => all.filter((k) => kinds.includes(k)).length / all.length;
const row = (name: string, values: number[], target: string, digits = 1) => ({
  figure: name,
  median: quantile(values, 0.5).toFixed(digits),
  p90: quantile(values, 0.9).toFixed(digits),
  max: Math.max(...values).toFixed(digits),
  target,
});
console.log(
  `${N} simulated sessions as the server sends them (${AHEAD} ahead); preference questions: ${PREFERENCE_STEPS.length}; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
console.table([
  row(
    'session length (min)',
    sessions.map((s) => s.minutes),
    'median ≤ 12',
  ),
  row(
    'screens',
    sessions.map((s) => s.kinds.length),
    '',
    0,
  ),
  row(
    'first scene or game at (min)',
    sessions.map((s) => s.firstBehaviourMinutes),
    '≤ 2',
  ),
  row(
    'longest run of one kind of screen',
    sessions.map((s) => s.longestRun),
    '≤ 6',
    0,
  ),
  row(
    'longest time the bar moves < 3 points (min)',
    sessions.map((s) => s.longestStallMinutes),
    'short',
  ),
  row(
    'time spent at ≥ 95 % (min)',
    sessions.map((s) => s.minutesAbove95),
    'short',
  ),
  row(
    'largest step back of the bar (points)',
    sessions.map((s) => s.largestDrop),
    '0',
    0,
  ),
  row(
    'largest step forward of the bar (points)',
    sessions.map((s) => s.largestJump),
    'small',
    0,
  ),
]);
console.log(
  `screens that are scenes or games: ${(100 * share(['scene', 'game'])).toFixed(1)} % (target ≥ 35 %); ` +
    `forced-choice blocks ${(100 * share(['choice'])).toFixed(1)} %, preference questions ${(100 * share(['interest', 'environment'])).toFixed(1)} %; ` +
    `runs over 6 screens: ${
      sessions
        .filter((s) => s.longestRun > 6)
        .map((s) => `${s.longestRun} ${s.longestKind}`)
        .join(', ') || 'none'
    }; ` +
    `every skill signable: ${((100 * sessions.filter((s) => s.signable).length) / N).toFixed(1)} %`,
);
