/**
 * `npm run bench:fairness`: how often the Mantel–Haenszel DIF check flags an item that is fair
 * (type-I error, target ≤ 6 % at α = .05) and how often it finds one that is not (power, target
 * ≥ 80 % for a 0.5-logit uniform DIF at 500 people per group). Prints figures; asserts nothing.
 *
 * Honest conditions: the groups differ in ability (focal mean −0.5: a check that mistakes a
 * lower-scoring group for an unfair item fails here); the items differ in discrimination, so the
 * number-right score is not the sufficient statistic; and in the product's sparse design each
 * person answers 10 of 40 items and is matched on a θ̂ scored with parameters that are off by
 * ±20 % and ±0.3 from the ones that generated the answers — as provisional parameters are.
 *
 *   REPS=100 (replications per condition) RECORD=1 (write the figures to docs/figures.json)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Random,
  categoryProbabilities,
  createAdministration,
  difStudy,
  eap,
  personFit,
  sampleTrials,
  type DifPerson,
  type IrtParams,
  type RawAnswer,
} from '../src/psychometrics/index.js';

const REPS = Number(process.env.REPS ?? 100);
const DIF_ITEM = 'i07';

interface Condition {
  name: string;
  perGroup: number;
  items: number;
  answered: number;
  impact: number;
  shift: number;
}

interface Person extends DifPerson {
  theta: number;
}

function run(condition: Condition, seed: number) {
  const random = new Random(seed);
  const truth = Array.from({ length: condition.items }, () => ({
    discrimination: 0.6 + random.uniform() * 1.2,
    thresholds: [-2 + random.uniform() * 4],
  }));
  // What the scorer believes: off by ±20 % and ±0.3, as provisional parameters are.
  const believed: IrtParams[] = truth.map((t) => ({
    discrimination: t.discrimination * (0.8 + random.uniform() * 0.4),
    thresholds: [t.thresholds[0]! + (random.uniform() - 0.5) * 0.6],
  }));
  const ids = truth.map((_, j) => `i${String(j).padStart(2, '0')}`);
  // Each item reaches `perGroup` people per group on average, so the DIF item's sample is as named.
  const people = (condition.perGroup * condition.items) / condition.answered;
  const persons: Person[] = [];
  for (const group of ['reference', 'focal'] as const)
    for (let i = 0; i < people; i++) {
      const theta = random.normal() + (group === 'focal' ? condition.impact : 0);
      const answers = new Map<string, 0 | 1>();
      const order = ids.map((_, j) => j);
      for (let k = order.length - 1; k > 0; k--) {
        const r = random.int(k + 1);
        [order[k], order[r]] = [order[r]!, order[k]!];
      }
      for (const j of order.slice(0, condition.answered)) {
        const { discrimination: a, thresholds } = truth[j]!;
        const b = thresholds[0]! + (group === 'focal' && ids[j] === DIF_ITEM ? condition.shift : 0);
        answers.set(ids[j]!, random.uniform() < 1 / (1 + Math.exp(-a * (theta - b))) ? 1 : 0);
      }
      persons.push({ group, answers, theta: 0 });
    }
  const sparse = condition.answered < condition.items;
  if (!sparse) return difStudy(persons);
  // Sparse: match on θ̂ (EAP) from the person's answers, without the items flagged in stage one.
  const index = new Map(ids.map((id, j) => [id, j]));
  const score = (p: Person, excluded: ReadonlySet<string>, itemId: string) =>
    eap(
      [...p.answers]
        .filter(([id]) => id === itemId || !excluded.has(id))
        .map(([id, x]) => ({ item: believed[index.get(id)!]!, category: x })),
    ).theta;
  for (const p of persons) p.theta = score(p, new Set(), '');
  // Stage two rescores a person without the flagged items they answered (the studied one stays).
  const cache = new Map<Person, Map<string, number>>();
  return difStudy(persons, {
    bins: 10,
    matching: (p, itemId, excluded) => {
      const left = [...excluded].filter((id) => id !== itemId && p.answers.has(id));
      if (!left.length) return p.theta;
      const key = left.join(',');
      let byKey = cache.get(p);
      if (!byKey) cache.set(p, (byKey = new Map()));
      let theta = byKey.get(key);
      if (theta === undefined) byKey.set(key, (theta = score(p, new Set(left), itemId)));
      return theta;
    },
  });
}

const conditions: Condition[] = [
  { name: 'linear 20 items, equal groups', perGroup: 500, items: 20, answered: 20, impact: 0, shift: 0 },
  { name: 'linear 20 items, focal group 0.5 lower', perGroup: 500, items: 20, answered: 20, impact: -0.5, shift: 0 },
  { name: 'sparse 10 of 40, θ̂ matched, 0.5 lower', perGroup: 500, items: 40, answered: 10, impact: -0.5, shift: 0 },
];

const started = performance.now();
/** What this run measured, for docs/figures.json (RECORD=1) and so the Annex IV file. */
const recorded: Record<string, string> = {};
console.log(`Mantel–Haenszel DIF, ${REPS} replications per condition, α = .05, two-stage purification\n`);
console.log('condition'.padEnd(44) + 'type-I error'.padStart(14) + 'power (0.5 logit)'.padStart(20) + '  graded B/C');
for (const condition of conditions) {
  let fairFlags = 0;
  let fairTotal = 0;
  let found = 0;
  let graded = 0;
  for (let r = 0; r < REPS; r++) {
    const fair = run(condition, 1000 + r);
    for (const item of fair.items) {
      fairTotal++;
      if (item.p < 0.05) fairFlags++;
    }
    const unfair = run({ ...condition, shift: 0.5 }, 5000 + r);
    const item = unfair.items.find((i) => i.itemId === DIF_ITEM);
    if (item && item.p < 0.05) found++;
    if (item && item.grade !== 'A') graded++;
  }
  const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)} %`;
  recorded[`DIF, ${condition.name}: type-I error / power`] = `${pct(fairFlags, fairTotal)} / ${pct(found, REPS)}`;
  console.log(
    condition.name.padEnd(44) +
      pct(fairFlags, fairTotal).padStart(14) +
      pct(found, REPS).padStart(20) +
      pct(graded, REPS).padStart(13),
  );
}
console.log('\nTargets: type-I error ≤ 6 %, power ≥ 80 %.');

// Person fit (lz at θ̂): 30 answers scored with parameters off by ±20 % / ±0.3 from the truth.
{
  const random = new Random(77);
  const truth = Array.from({ length: 30 }, () => ({
    discrimination: 0.6 + random.uniform() * 1.2,
    thresholds: [-2 + random.uniform() * 4],
  }));
  const believed: IrtParams[] = truth.map((t) => ({
    discrimination: t.discrimination * (0.8 + random.uniform() * 0.4),
    thresholds: [t.thresholds[0]! + (random.uniform() - 0.5) * 0.6],
  }));
  const flagRate = (answer: (theta: number, j: number) => 0 | 1, people = 4000) => {
    let flagged = 0;
    for (let i = 0; i < people; i++) {
      const theta = random.normal();
      const answers = truth.map((_, j) => answer(theta, j));
      const estimate = eap(answers.map((x, j) => ({ item: believed[j]!, category: x }))).theta;
      const fit = personFit(
        answers.map((x, j) => ({ probabilities: categoryProbabilities(believed[j]!, estimate), observed: x })),
      );
      if (fit.flagged) flagged++;
    }
    return `${((100 * flagged) / people).toFixed(1)} %`;
  };
  const byModel = (theta: number, j: number): 0 | 1 =>
    random.uniform() < categoryProbabilities(truth[j]!, theta)[1]! ? 1 : 0;
  console.log('\nPerson fit, lz < −1.645 flags "we konden dit niet goed meten" (30 answers, 4000 people each):');
  const consistent = flagRate(byModel);
  const tapping = flagRate(() => (random.uniform() < 0.5 ? 1 : 0));
  recorded['person fit, 30 answers: flagged when answering as the model says / tapping at random'] =
    `${consistent} / ${tapping}`;
  console.log(`  answering as the model says (nominal 5 %):   ${consistent}`);
  console.log(`  tapping at random:                           ${tapping}`);
  console.log(
    `  half the answers at random:                  ${flagRate((theta, j) => (j % 2 ? byModel(theta, j) : random.uniform() < 0.5 ? 1 : 0))}`,
  );
}

// The product's own test: people tapping at random through the adaptive administration.
{
  const administration = createAdministration();
  const random = new Random(9);
  const people = Number(process.env.TAPPERS ?? 30);
  let flagged = 0;
  const lz: number[] = [];
  for (let i = 0; i < people; i++) {
    const seed = 1000 + i;
    const answers: RawAnswer[] = [];
    for (let k = 0; k < 200; k++) {
      const step = administration.ahead(seed, answers, 1).next[0];
      if (!step) break;
      const n = step.options.length;
      const choice = random.int(Math.max(n, 1));
      answers.push(
        step.game
          ? { itemId: step.id, trials: sampleTrials(step.game, () => random.uniform() < 0.5), durationMs: 5000 }
          : step.kind === 'choice' && n === 3
            ? { itemId: step.id, choice, least: (choice + 1 + random.int(2)) % 3, durationMs: 5000 }
            : { itemId: step.id, choice, durationMs: 5000 },
      );
    }
    const { estimates } = administration.result(seed, answers);
    const fit = administration.personFit(seed, answers, new Map(estimates.map((e) => [e.skillId, e.theta])));
    lz.push(fit.lz ?? Number.NaN);
    if (fit.flagged) flagged++;
  }
  lz.sort((a, b) => a - b);
  recorded["person fit in the product's test: random tappers flagged"] =
    `${((100 * flagged) / people).toFixed(1)} % of ${people}`;
  console.log(
    `  in the product's test, tapping at random:    ${((100 * flagged) / people).toFixed(1)} % (${people} people, median lz ${lz[Math.floor(people / 2)]!.toFixed(2)})`,
  );
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (process.env.RECORD) {
  const file = join(import.meta.dirname, '../../../docs/figures.json');
  const figures = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  figures.fairness = {
    command: 'npm run bench:fairness',
    measuredOn: new Date().toISOString().slice(0, 10),
    recorded: `by the bench (RECORD=1, REPS=${REPS})`,
    figures: recorded,
  };
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log('Recorded in docs/figures.json (npm run docs:annex-iv writes them into the Annex IV file).');
}
