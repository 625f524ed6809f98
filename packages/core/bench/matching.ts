/**
 * `npm run bench:matching`: ranking at scale, against three baselines in the same run — a naive
 * object-per-candidate ranking (match() for everyone, sort), a plain typed-array scan (rows of θ
 * and SE, P computed on the fly, full sort) and the strong one: the index's own precomputed
 * probability columns scanned once with a bounded heap for the top k. Prints medians and
 * ratios; asserts nothing about speed (it does check that the strong baseline ranks exactly as
 * the index does, so the two are compared on the same work).
 *
 *   one job profile × 100 000 candidates (16 skills) → top 50 with explanations, for the
 *   occupation templates and for arbitrary profiles with no or few essentials
 *   one candidate × 10 000 job profiles → top 50 with explanations
 */
import { performance } from 'node:perf_hooks';
import type { Level } from '../src/domain.js';
import {
  CandidateIndex,
  JobIndex,
  SkillOrder,
  essentialFactor,
  fitOf,
  match,
  PreferenceTable,
  jobPreferences,
  probabilityRow,
  type CandidateProfile,
  type MatchTarget,
} from '../src/matching/index.js';
import { Random, normalCdf, LEVEL_CUTS, toSkillScore } from '../src/psychometrics/index.js';
import { environment, interests, learningOffers, measuredSkills, occupations } from '../src/skills/index.js';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const K = 50;
const LEVELS = 5;

const soft = measuredSkills.map((s) => s.id);
const order = new SkillOrder(soft);
const rng = new Random(7);
// Every skillprint of the test has interests and a work environment: ranking then works out the
// secondary part for each pair the scan cannot rule out (the templates ask for both).
const person = (): CandidateProfile => ({
  scores: soft.map((skillId) => toSkillScore(skillId, rng.normal(), 0.3 + rng.uniform() * 0.2, 8)),
  interests: interests.map((i) => ({ interestId: i.id, score: rng.int(101) })),
  environment: environment.map((f) => ({ facetId: f.id, value: rng.int(5) - 2 })),
});
const people = Array.from({ length: CANDIDATES }, person);
const jobs: MatchTarget[] = Array.from({ length: JOBS }, (_, j) => occupations[j % occupations.length]!);

/**
 * Arbitrary job profiles: 3-9 requirements on random skills at random levels 2-5 and importances
 * 1-3. The templates all have 2-3 essentials that about a fifth of the pool meets, which lets
 * rank() score only that fifth; with none (or one or two at random levels) it has to scan the
 * pool — its slow path, and what an employer's own profile may well look like.
 */
function randomJob(essentials: number): MatchTarget {
  const pool = [...soft];
  const picked = Array.from({ length: 3 + rng.int(7) }, () => pool.splice(rng.int(pool.length), 1)[0]!);
  return {
    requirements: picked.map((skillId, i) => ({
      skillId,
      level: (2 + rng.int(4)) as Level,
      importance: 1 + rng.int(3),
      essential: i < essentials,
    })),
  };
}
const noEssentials = Array.from({ length: 1000 }, () => randomJob(0));
const fewEssentials = Array.from({ length: 1000 }, () => randomJob(1 + rng.int(2)));
const randomJobs = Array.from({ length: JOBS }, () => randomJob(rng.int(3)));

/**
 * Median time of each fn over RUNS inputs. Run i gives inputs[i] to every fn in turn, so all
 * methods see the same jobs and the same load of a shared machine; three warm-up rounds first.
 */
function medians<T>(inputs: readonly T[], ...fns: ((input: T) => void)[]): number[] {
  const times = fns.map((): number[] => []);
  for (let i = -3; i < RUNS; i++) {
    const input = inputs[(i + inputs.length) % inputs.length]!;
    fns.forEach((fn, f) => {
      const t0 = performance.now();
      fn(input);
      if (i >= 0) times[f]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

// The index is built once, as the server builds it once per pool version.
let t0 = performance.now();
const candidates = new CandidateIndex<number>(order, 1024);
people.forEach((p, i) => candidates.add(p, i));
const buildCandidates = performance.now() - t0;
t0 = performance.now();
const jobIndex = new JobIndex<number>(order);
jobs.forEach((j, i) => jobIndex.add(j, i));
const buildJobs = performance.now() - t0;
const randomJobIndex = new JobIndex<number>(order);
randomJobs.forEach((j, i) => randomJobIndex.add(j, i));

// Baseline 2: θ and SE in flat typed arrays, probabilities computed per request.
const theta = new Float64Array(CANDIDATES * soft.length);
const se = new Float64Array(CANDIDATES * soft.length);
people.forEach((p, c) =>
  p.scores.forEach((s, k) => ((theta[c * soft.length + k] = s.theta), (se[c * soft.length + k] = s.se))),
);
const floor = (level: number) => (level <= 1 ? -Infinity : LEVEL_CUTS[level - 2]!);

// Baseline 3: the same probability columns the index keeps (one Float64Array per skill × level).
const columns = Array.from({ length: order.width }, () => new Float64Array(CANDIDATES));
const row = new Float64Array(order.width);
people.forEach((p, c) => {
  probabilityRow(order, p.scores, row);
  row.forEach((x, k) => (columns[k]![c] = x));
});
// Everyone's interests and environment, prepared once as the index keeps them.
const preferences = new PreferenceTable(CANDIDATES);
people.forEach((p, c) => preferences.set(c, p));
const heapScores = new Float64Array(K);
const heapIndexes = new Int32Array(K);

/**
 * One pass over the columns a job asks for, keeping the best K in a binary heap with the worst
 * at its root (ties keep the lower index, as rank() does), with the secondary part of everyone
 * (the index skips it for those it can rule out).
 */
function heapTop(target: MatchTarget): number[] {
  const reqs = target.requirements;
  const cols = reqs.map((r) => columns[order.index.get(r.skillId)! * LEVELS + r.level - 1]!);
  const weights = Float64Array.from(reqs, (r) => r.importance);
  const essential = Uint8Array.from(reqs, (r) => (r.essential ? 1 : 0));
  const scale = 1 / weights.reduce((a, b) => a + b, 0);
  const prefs = jobPreferences(target);
  const worse = (i: number, j: number) =>
    heapScores[i]! < heapScores[j]! || (heapScores[i] === heapScores[j] && heapIndexes[i]! > heapIndexes[j]!);
  const swap = (i: number, j: number) => {
    [heapScores[i], heapScores[j]] = [heapScores[j]!, heapScores[i]!];
    [heapIndexes[i], heapIndexes[j]] = [heapIndexes[j]!, heapIndexes[i]!];
  };
  let n = 0;
  for (let c = 0; c < CANDIDATES; c++) {
    let sum = 0;
    let factor = 1;
    for (let r = 0; r < cols.length; r++) {
      const p = cols[r]![c]!;
      sum += weights[r]! * p;
      if (essential[r]) factor *= essentialFactor(p);
    }
    // The fit orders as (score, fit) does: rounding never reverses an order.
    const score = fitOf(sum * scale, preferences.secondary(prefs, c), factor);
    if (n < K) {
      // Sift up.
      heapScores[n] = score;
      heapIndexes[n] = c;
      for (let i = n++; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (score > heapScores[0]!) {
      // Candidates come in index order, so an equal fit never displaces the root. Sift down.
      heapScores[0] = score;
      heapIndexes[0] = c;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const child = l + 1 < n && worse(l + 1, l) ? l + 1 : l;
        if (!worse(child, i)) break;
        swap(i, child);
        i = child;
      }
    }
  }
  const best = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => heapScores[j]! - heapScores[i]! || heapIndexes[i]! - heapIndexes[j]!,
  );
  return best.map((i) => heapIndexes[i]!);
}

const oneJob = {
  index: (target: MatchTarget) => {
    for (const { meta } of candidates.rank(target, K)) match(people[meta]!, target, learningOffers);
  },
  naive: (target: MatchTarget) => {
    people
      .map((p, i) => ({ i, r: match(p, target, learningOffers) }))
      .sort((a, b) => b.r.score - a.r.score)
      .slice(0, K);
  },
  typedScan: (target: MatchTarget) => {
    const cols = target.requirements.map((r) => ({
      k: soft.indexOf(r.skillId),
      f: floor(r.level),
      w: r.importance,
      e: r.essential,
    }));
    const total = cols.reduce((s, c) => s + c.w, 0);
    const prefs = jobPreferences(target);
    const scores = new Float64Array(CANDIDATES);
    for (let c = 0; c < CANDIDATES; c++) {
      let sum = 0;
      let factor = 1;
      for (const col of cols) {
        const p =
          col.f === -Infinity
            ? 1
            : 1 - normalCdf((col.f - theta[c * soft.length + col.k]!) / se[c * soft.length + col.k]!);
        sum += col.w * p;
        if (col.e) factor *= essentialFactor(p);
      }
      scores[c] = fitOf(sum / total, preferences.secondary(prefs, c), factor);
    }
    const top = Array.from(scores.keys())
      .sort((a, b) => scores[b]! - scores[a]!)
      .slice(0, K);
    for (const c of top) match(people[c]!, target, learningOffers);
  },
  heapScan: (target: MatchTarget) => {
    for (const c of heapTop(target)) match(people[c]!, target, learningOffers);
  },
};

const rows = [];
const ratio = (x: number, y: number) => (x / y).toFixed(x / y < 10 ? 1 : 0);
for (const [name, set] of [
  ['occupation templates', jobs],
  ['arbitrary profiles, no essentials', noEssentials],
  ['arbitrary profiles, 1-2 essentials', fewEssentials],
] as const) {
  // The strong baseline must do the same work: the same top K, in the same order.
  for (const target of set.slice(0, 5)) {
    if (
      heapTop(target).join() !==
      candidates
        .rank(target, K)
        .map((r) => r.meta)
        .join()
    )
      throw new Error(`heap baseline and index disagree (${name})`);
  }
  const [a, b, c, h] = medians(set, oneJob.index, oneJob.naive, oneJob.typedScan, oneJob.heapScan) as [
    number,
    number,
    number,
    number,
  ];
  rows.push({
    task: `1 job × ${CANDIDATES / 1000}k candidates, top ${K} explained: ${name}`,
    'index (ms)': a.toFixed(2),
    'naive (ms)': b.toFixed(1),
    'typed scan (ms)': c.toFixed(1),
    'heap scan (ms)': h.toFixed(1),
    'naive / index': ratio(b, a),
    'scan / index': ratio(c, a),
    'heap / index': ratio(h, a),
    target: '≤ 10 ms',
  });
}
// JobIndex.rank already is a heap over one precomputed probability row, so naive is its baseline.
for (const [name, index, set] of [
  ['templates', jobIndex, jobs],
  ['arbitrary profiles, 0-2 essentials', randomJobIndex, randomJobs],
] as const) {
  const [d, e] = medians(
    people,
    (p) => {
      for (const { target } of index.rank(p, K)) match(p, target, learningOffers);
    },
    (p) => {
      set
        .map((j, i) => ({ i, r: match(p, j, learningOffers) }))
        .sort((x, y) => y.r.score - x.r.score)
        .slice(0, K);
    },
  ) as [number, number];
  rows.push({
    task: `1 candidate × ${JOBS / 1000}k jobs, top ${K} explained: ${name}`,
    'index (ms)': d.toFixed(2),
    'naive (ms)': e.toFixed(1),
    'naive / index': ratio(e, d),
    target: '≤ 10 ms',
  });
}
// The slow path of paging: the deepest page the contract allows (offset + limit = MAX_PAGE_END)
// ranks 10 000 where the first page ranks 20. A sorted-array top-k made this O(n·k) (~2 s for a
// 40k pool); the heap keeps it O(n log k).
const DEEP = 10_000;
const [first, deep] = medians(
  jobs,
  (target) => void candidates.rank(target, 20),
  (target) => void candidates.rank(target, DEEP),
) as [number, number];
rows.push({
  task: `1 job × ${CANDIDATES / 1000}k candidates, ranking only: top ${DEEP} (deepest page) vs top 20`,
  'index (ms)': deep.toFixed(2),
  'scan / index': `deep / first ${(deep / first).toFixed(1)}`,
  target: '≤ 10× first page',
});
// An employer's filter on hard requirements ("holds VCA"): a predicate per candidate the scan
// cannot rule out by its sum. One in five holds what is asked, so the top 50 lies deeper in the
// ranking: the slow path of filtering, against the same ranking unfiltered.
const holds = Array.from({ length: CANDIDATES }, (_, i) => (i * 2654435761) % 5 === 0);
const include = (c: number) => holds[c]!;
const [plain, filtered] = medians(
  noEssentials,
  (target) => {
    for (const { meta } of candidates.rank(target, K)) match(people[meta]!, target, learningOffers);
  },
  (target) => {
    for (const { meta } of candidates.rank(target, K, include)) match(people[meta]!, target, learningOffers);
  },
) as [number, number];
rows.push({
  task: `1 job × ${CANDIDATES / 1000}k candidates, top ${K} explained, only the 1 in 5 who hold a certificate`,
  'index (ms)': filtered.toFixed(2),
  'scan / index': `unfiltered / filtered ${(plain / filtered).toFixed(2)}`,
  target: '≤ 10 ms',
});
/**
 * Ties in a pool the size of the demo's (150 job seekers; θ from the norm, SE 0.3-0.5 as a
 * played test gives: bench:psychometrics), top 50 of every occupation template and of 200
 * arbitrary profiles: the share of the top 50 whose shown score another one there also has, and
 * the share whose rank the fit cannot settle (equal fits: the tie key decides). With the scores
 * of the whole pool per template, for the distribution.
 */
const demoPool = new CandidateIndex<number>(order, 256);
const demoPeople = Array.from({ length: 150 }, person);
demoPeople.forEach((p, i) => demoPool.add(p, i));
const tieShares = (targets: readonly MatchTarget[]) => {
  let shown = 0;
  let exact = 0;
  let total = 0;
  for (const target of targets) {
    const top = demoPool.rank(target, K);
    const count = (key: (r: (typeof top)[number]) => number) => {
      const seen = new Map<number, number>();
      for (const r of top) seen.set(key(r), (seen.get(key(r)) ?? 0) + 1);
      return top.filter((r) => seen.get(key(r))! > 1).length;
    };
    shown += count((r) => r.score);
    exact += count((r) => r.fit);
    total += top.length;
  }
  return { shown: shown / total, exact: exact / total };
};
const templateTies = tieShares(occupations);
const randomTies = tieShares(randomJobs.slice(0, 200));
const all = occupations.flatMap((o) => demoPool.rank(o, 150).map((r) => r.score));
const decile = (q: number) => [...all].sort((a, b) => a - b)[Math.floor(q * (all.length - 1))]!;
console.log(
  `demo-sized pool (150), top ${K}: tied shown scores ${(100 * templateTies.shown).toFixed(1)} % (templates), ${(100 * randomTies.shown).toFixed(1)} % (arbitrary); ` +
    `ranks the fit cannot settle ${(100 * templateTies.exact).toFixed(1)} % / ${(100 * randomTies.exact).toFixed(1)} % (target ≤ 5 %)`,
);
console.log(
  `score distribution over the pool and all templates: p10 ${decile(0.1)}, p25 ${decile(0.25)}, median ${decile(0.5)}, p75 ${decile(0.75)}, p90 ${decile(0.9)}, max ${decile(1)}`,
);
console.log(
  `medians of ${RUNS} interleaved runs (after 3 warm-up rounds); index built once: ${CANDIDATES} candidates in ${buildCandidates.toFixed(0)} ms, ${JOBS} jobs in ${buildJobs.toFixed(0)} ms`,
);
console.table(rows);
