/**
 * Calibrating the whole bank from stored answers (#20): scenes and games (graded items, one
 * skill each) and forced-choice statements (Thurstonian, two skills per comparison) together,
 * by marginal maximum likelihood with the EM algorithm, in the product's own sparse design
 * (each person answers a few units per skill, chosen adaptively — that is fine for MML: the
 * choice depends only on answers already seen).
 *
 * E-step: each person is scored as the product scores them (evidence.ts: the correlated prior,
 * the pair scorer), which gives per skill the posterior of θ on a grid. M-step: each graded
 * item is refitted to its expected counts over the grid (Bock & Aitkin); each statement's λ
 * and μ by a Newton step on its comparisons' expected log-likelihood, over a Gauss–Hermite grid
 * of the block's θs: each θ's posterior without the block, times the exact probability of the
 * block's ranking. One Newton step per iteration (a generalised EM), priors centred on the
 * version before (CALIBRATION_PRIORS), and SQUAREM to speed EM up. The scale is the sample's:
 * every θ is N(0, 1). ψ² stays fixed (it sets the probit's unit) and μ keeps its mean within
 * each desirability word (only differences within a word are in the data: blocks never mix
 * words).
 *
 * The skills' correlations (the prior) come from each person's E[θθᵀ] by a Laplace
 * approximation of the joint posterior, each comparison coupling its two skills. Without that
 * coupling (the estimates' products alone) forced-choice picks make skills look anti-correlated:
 * −0.2 in simulation where the truth was 0; with it 0.2 where the truth was 0.3.
 *
 * The E-step is a sum over people, so it can run in parts (`ExpectationRunner`): the server's
 * command spreads it over worker threads; this module stays free of I/O.
 *
 * Before fitting, the data are checked: enough people, enough answers per item and per
 * statement, and per skill enough information (the sample's marginal reliability). When they
 * are too thin, there is no fit: the reasons come back instead.
 */
import type { Item, Statement } from '../domain.js';
import { fitItemToCounts, marginalReliability, packItemParams, unpackItemParams } from './calibration.js';
import { emptyEvidence, posteriorsOf, withBlock, withItem, type Evidence } from './evidence.js';
import { itemFit, type ItemFit } from './item-fit.js';
import { invertSpd, type Matrix } from './linalg.js';
import { categoryProbabilities, itemInformation } from './models.js';
import { eapFromLogLikelihood, type Estimate } from './scoring.js';
import { blockPairs, blockStatementIds, rankingOf } from './blocks.js';
import { logNormalCdf, rankingProbability } from './thurstonian.js';

/** One person's scored answers: a scene's or game's category, or a block's ranking (blocks.ts). */
export interface CalibrationPerson {
  answers: readonly { unitId: string; category: number }[];
}

/** A bank as the engine uses it: parameters on its norm scale, and the skills' correlations. */
export interface BankParameters {
  skills: readonly string[];
  items: readonly Item[];
  statements: readonly Statement[];
  correlations: Matrix;
}

export interface CalibrationLimits {
  /** People in the sample. */
  minPeople: number;
  /** Answers per item, and comparisons per statement. */
  minResponses: number;
  /** Per skill: the sample's marginal reliability (how much its answers say about that skill). */
  minReliability: number;
}

/**
 * The defaults: a graded item's parameters need some hundreds of answers (a 2PL about 200 for
 * SEs near 0.15, more for its outer thresholds); below a reliability of 0.4 a skill's θs are
 * mostly prior, and its items would be fitted to guesses.
 */
export const CALIBRATION_LIMITS: CalibrationLimits = { minPeople: 500, minResponses: 200, minReliability: 0.4 };

/** Why the data are too thin, for one subject: the sample, an item, a statement or a skill. */
export interface ThinData {
  kind: 'sample' | 'item' | 'statement' | 'skill';
  id: string;
  have: number;
  need: number;
  reason: string;
}

export interface SkillCalibration {
  skillId: string;
  /** People with at least one answer on the skill. */
  people: number;
  /** Marginal reliability of the sample's EAPs under the new parameters. */
  reliability: number;
}

export interface BankCalibration {
  /** New parameters on the sample's scale (N(0, 1) per skill), no longer provisional. */
  items: Item[];
  statements: Statement[];
  correlations: Matrix;
  skills: SkillCalibration[];
  /** Answers per item, comparisons per statement. */
  counts: Map<string, number>;
  /** Items and statements kept at their previous parameters: too few answers (with `partial`). */
  kept: string[];
  /** Yen's Q1 per item and per statement (its comparisons), at the people's EAPs. */
  fit: Map<string, ItemFit>;
  people: number;
  answers: number;
  iterations: number;
  converged: boolean;
}

export type CalibrationOutcome = { ok: true; bank: BankCalibration } | { ok: false; thin: ThinData[] };

/** The numbers a calibration moves, by position in the base's items and statements. */
export interface CalibrationParams {
  items: { discrimination: number; thresholds: number[] }[];
  statements: { loading: number; intercept: number; uniqueness: number }[];
  correlations: Matrix;
}

/** One E-step over some people, in sums that add up across parts (see mergeExpectations). */
export interface ExpectationSums {
  /** Per item: expected counts per grid point and category, flat (point × categories + category). */
  counts: Float64Array[];
  /** Per statement: the gradient (μ, λ) and Hessian (μμ, μλ, λλ) of the comparisons' expected log-likelihood at the E-step's parameters. */
  gradient: Float64Array;
  hessian: Float64Array;
  /** Σ over people of E[θθᵀ] (skills × skills, flat): the correlations' M-step. */
  second: Float64Array;
  /** Per person, in order: EAP and SD per skill. */
  estimates: Estimate[][];
}

/** Runs the E-step at these parameters over all the people (in parts, in any way), in people's order. */
export type ExpectationRunner = (params: CalibrationParams) => Promise<ExpectationSums>;

export interface BankCalibrationOptions {
  limits?: Partial<CalibrationLimits>;
  maxIterations?: number;
  /**
   * Stop when no parameter moves more than this in one iteration (default 0.025: a parameter's
   * SE here is 0.1-0.2; in simulation 0.01 took three more iterations for the same RMSEs).
   */
  tolerance?: number;
  /**
   * Keep the previous parameters of items and statements with too few answers (they stay
   * provisional) instead of refusing. A thin sample or skill still refuses.
   */
  partial?: boolean;
  /** Called after each iteration (a command prints progress). */
  onIteration?: (iteration: number, moved: number) => void;
  /** The E-step, for running it in parallel; default: in this thread (expectationOf). */
  expectation?: ExpectationRunner;
}

/** Gauss–Hermite nodes and weights for N(0, 1) (probabilists'), four points: exact for polynomials up to degree 7. */
const GH_NODES = [-2.334414218338977, -0.741963784302726, 0.741963784302726, 2.334414218338977];
const GH_WEIGHTS = [0.045875854768068, 0.454124145231932, 0.454124145231932, 0.045875854768068];
const G = GH_NODES.length;

/**
 * The E-step's θ grid: 21 points on [−5, 5]. Coarser than the scorer's 49 on [−6, 6] — a
 * calibration scores every person some ten times — and still exact to about 1e-4 for
 * posteriors with SD ≥ 0.35 (the trapezoid rule on a normal: error ≈ exp(−2π²SD²/h²)), which
 * sparse answers always give; beyond ±5 a N(0, 1) sample has no one.
 */
export const CALIBRATION_GRID: readonly number[] = Array.from({ length: 21 }, (_, i) => -5 + i * 0.5);
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * What each comparison of a block of three counts in a posterior. Its three comparisons share
 * their statements' errors: the scores of two comparisons with a statement in common correlate
 * 1/3, so three comparisons carry the information of 3/4 as many independent ones (the
 * composite likelihood's Godambe adjustment, for weak effects).
 */
export const TRIPLET_WEIGHT = 0.75;

/** One person's answers, indexed into the base: item answers and blocks (statement indexes, ranking). */
export interface IndexedPerson {
  items: { item: number; skill: number; category: number }[];
  blocks: { statements: number[]; skills: number[]; category: number }[];
}

/** The people's answers indexed into the base, with answers per item and comparisons per statement. Throws a RangeError on an answer the base cannot read. */
export function indexCalibrationData(people: readonly CalibrationPerson[], base: BankParameters) {
  const skill = new Map(base.skills.map((s, i) => [s, i]));
  const item = new Map(base.items.map((it, i) => [it.id, i]));
  const statement = new Map(base.statements.map((st, i) => [st.id, i]));
  const counts = new Map<string, number>();
  const bump = (id: string, n = 1) => counts.set(id, (counts.get(id) ?? 0) + n);
  let answers = 0;
  const indexed: IndexedPerson[] = people.map((person, p) => {
    const out: IndexedPerson = { items: [], blocks: [] };
    for (const { unitId, category } of person.answers) {
      const i = item.get(unitId);
      if (i !== undefined) {
        const it = base.items[i]!;
        if (!Number.isInteger(category) || category < 0 || category > it.thresholds.length)
          throw new RangeError(`people[${p}]: category ${category} is not one of item "${unitId}"`);
        out.items.push({ item: i, skill: skill.get(it.skillId)!, category });
        bump(unitId);
        answers++;
        continue;
      }
      const ids = blockStatementIds(unitId);
      const idx = ids?.map((id) => statement.get(id));
      if (!ids || !idx || idx.some((x) => x === undefined))
        throw new RangeError(`people[${p}]: "${unitId}" is no item or block of this bank`);
      if (!rankingOf(category, ids.length))
        throw new RangeError(`people[${p}]: ranking ${category} is not one of block "${unitId}"`);
      const statements = idx as number[];
      out.blocks.push({ statements, skills: statements.map((s) => skill.get(base.statements[s]!.skillId)!), category });
      for (const id of ids) bump(id, ids.length - 1); // each statement is compared with the others
      answers++;
    }
    return out;
  });
  return { indexed, counts, answers };
}

/** The base's items and statements with these parameters. */
function withParams(base: BankParameters, params: CalibrationParams) {
  return {
    items: base.items.map((it, j) => ({ ...it, ...params.items[j]! })),
    statements: base.statements.map((st, j) => ({ ...st, ...params.statements[j]! })),
  };
}

const paramsOf = (base: Pick<BankParameters, 'items' | 'statements' | 'correlations'>): CalibrationParams => ({
  items: base.items.map((it) => ({ discrimination: it.discrimination, thresholds: [...it.thresholds] })),
  statements: base.statements.map((st) => ({
    loading: st.loading,
    intercept: st.intercept,
    uniqueness: st.uniqueness,
  })),
  correlations: base.correlations.map((row) => [...row]),
});

/**
 * The E-step over these people at these parameters: each scored as the product scores them; per
 * skill its posterior on the grid into its items' expected counts; per comparison its two θs'
 * cavities times the comparison, on the Gauss–Hermite grid, into its statements' gradient and
 * Hessian.
 */
export function expectationOf(
  data: readonly IndexedPerson[],
  base: BankParameters,
  params: CalibrationParams,
): ExpectationSums {
  const S = base.skills.length;
  const grid = CALIBRATION_GRID;
  const Q = grid.length;
  const { items, statements } = withParams(base, params);
  const counts = items.map((it) => new Float64Array(Q * (it.thresholds.length + 1)));
  const gradient = new Float64Array(statements.length * 2);
  const second = new Float64Array(S * S);
  const precisionPrior = invertSpd(params.correlations);
  const hessian = new Float64Array(statements.length * 3);
  const estimates: Estimate[][] = [];
  const weights = new Float64Array(Q);
  const rest = new Float64Array(Q);
  const nodeWeights = new Float64Array(G ** 3);
  const thetas = new Float64Array(G ** 3 * 3);
  const mills = new Float64Array(G ** 3 * 3);
  const argument = new Float64Array(G ** 3 * 3);
  for (const person of data) {
    let evidence: Evidence = emptyEvidence(S, grid);
    for (const a of person.items) evidence = withItem(evidence, a.skill, items[a.item]!, a.category);
    for (const b of person.blocks) {
      const block = b.statements.map((s) => statements[s]!);
      evidence = withBlock(evidence, b.skills, { id: '', statements: block, expectedSeconds: 0 }, b.category);
    }
    // A block of three's comparisons are not independent: counted as three, they would make each
    // posterior too sure; each counts TRIPLET_WEIGHT (the composite likelihood's adjustment).
    const weights3 = person.blocks.flatMap((b) =>
      b.statements.length === 3 ? [TRIPLET_WEIGHT, TRIPLET_WEIGHT, TRIPLET_WEIGHT] : [1],
    );
    evidence = { ...evidence, pairs: evidence.pairs.map((p, k) => ({ ...p, weight: weights3[k]! })) };
    const post = posteriorsOf(evidence, base.skills, params.correlations);
    estimates.push(post.estimates);
    addSecondMoments(second, post.estimates, person, items, statements, precisionPrior);
    // Per skill: the posterior on the grid, into the expected counts of its items.
    for (const s of new Set(person.items.map((a) => a.skill))) {
      const { mean, sd } = post.priors[s]!;
      const ll = post.logLik[s]!;
      let max = -Infinity;
      for (let q = 0; q < Q; q++) {
        const z = (grid[q]! - mean) / sd;
        weights[q] = ll[q]! - 0.5 * z * z;
        if (weights[q]! > max) max = weights[q]!;
      }
      let total = 0;
      for (let q = 0; q < Q; q++) total += weights[q] = Math.exp(weights[q]! - max);
      for (const a of person.items) {
        if (a.skill !== s) continue;
        const table = counts[a.item]!;
        const K = items[a.item]!.thresholds.length + 1;
        for (let q = 0; q < Q; q++) table[q * K + a.category]! += weights[q]! / total;
      }
    }
    // Per block: the posterior of its statements' θs on a Gauss–Hermite grid — each θ's cavity
    // (its posterior without this block) times the exact probability of the block's ranking —
    // into its statements' derivatives (of the comparisons' composite likelihood).
    let j = 0;
    for (const b of person.blocks) {
      const n = b.statements.length;
      const ranking = rankingOf(b.category, n)!;
      const pairs: { i: number; k: number; y: number; j: number }[] = [];
      for (let i = 0; i < n; i++)
        for (let k = i + 1; k < n; k++)
          pairs.push({ i, k, y: ranking.indexOf(i) < ranking.indexOf(k) ? 1 : -1, j: j++ });
      const cavities = b.statements.map((_, i) => {
        const skill = b.skills[i]!;
        rest.set(post.logLik[skill]!);
        for (const c of pairs) {
          if (c.i === i) subtract(rest, post.terms[c.j]![0]);
          if (c.k === i) subtract(rest, post.terms[c.j]![1]);
        }
        return eapFromLogLikelihood(rest, post.priors[skill], grid);
      });
      const block = b.statements.map((s) => statements[s]!);
      const nodes = G ** n;
      let total = 0;
      for (let node = 0; node < nodes; node++) {
        let w = 1;
        for (let i = 0, rem = node; i < n; i++, rem = Math.floor(rem / G)) {
          const x = rem % G;
          thetas[node * 3 + i] = cavities[i]!.theta + cavities[i]!.se * GH_NODES[x]!;
          w *= GH_WEIGHTS[x]!;
        }
        let logLik = 0;
        for (let p = 0; p < pairs.length; p++) {
          const c = pairs[p]!;
          const f = block[c.i]!;
          const g = block[c.k]!;
          const z =
            (f.intercept - g.intercept + f.loading * thetas[node * 3 + c.i]! - g.loading * thetas[node * 3 + c.k]!) /
            Math.sqrt(f.uniqueness + g.uniqueness);
          const u = c.y * z;
          const logPhi = logNormalCdf(u);
          // φ(u)/Φ(u), kept for the derivatives below.
          mills[node * 3 + p] = Math.exp(-0.5 * u * u - LOG_SQRT_2PI - logPhi);
          argument[node * 3 + p] = u;
          logLik += logPhi;
        }
        // A pair's one comparison is its ranking; a ranking of three has its exact probability.
        const likelihood =
          n === 3
            ? rankingProbability(
                [block[ranking[0]!]!, block[ranking[1]!]!, block[ranking[2]!]!],
                [thetas[node * 3 + ranking[0]!]!, thetas[node * 3 + ranking[1]!]!, thetas[node * 3 + ranking[2]!]!],
              )
            : Math.exp(logLik);
        total += nodeWeights[node] = w * likelihood;
      }
      pairs.forEach((c, p) => {
        const fi = b.statements[c.i]!;
        const gi = b.statements[c.k]!;
        const f = block[c.i]!;
        const g = block[c.k]!;
        const scale = Math.sqrt(f.uniqueness + g.uniqueness);
        for (let node = 0; node < nodes; node++) {
          const weight = nodeWeights[node]! / total;
          if (weight < 1e-12) continue;
          const ta = thetas[node * 3 + c.i]!;
          const tb = thetas[node * 3 + c.k]!;
          const u = argument[node * 3 + p]!;
          const h = mills[node * 3 + p]!;
          const d1 = (weight * c.y * h) / scale; // ∂/∂(the first's μ)
          const d2 = (-weight * h * (u + h)) / (scale * scale); // ∂², y² = 1
          gradient[2 * fi]! += d1;
          gradient[2 * fi + 1]! += d1 * ta;
          hessian[3 * fi]! += d2;
          hessian[3 * fi + 1]! += d2 * ta;
          hessian[3 * fi + 2]! += d2 * ta * ta;
          gradient[2 * gi]! -= d1;
          gradient[2 * gi + 1]! -= d1 * tb;
          hessian[3 * gi]! += d2;
          hessian[3 * gi + 1]! += d2 * tb;
          hessian[3 * gi + 2]! += d2 * tb * tb;
        }
      });
    }
  }
  return { counts, gradient, hessian, second, estimates };
}

/**
 * E[θθᵀ] of one person, added to `into`, by a Laplace approximation of the joint posterior at
 * the estimates: precision = R⁻¹ + each item's information on its skill + each comparison's
 * information along λ₁e₁ − λ₂e₂ (the direction it measures). That last term couples the two
 * skills of a comparison: without it the estimates' product alone makes skills look
 * anti-correlated (a pick moves two estimates apart).
 */
function addSecondMoments(
  into: Float64Array,
  posterior: readonly Estimate[],
  person: IndexedPerson,
  items: readonly Item[],
  statements: readonly Statement[],
  precisionPrior: Matrix,
) {
  const S = posterior.length;
  const j = precisionPrior.map((row) => [...row]);
  for (const a of person.items) j[a.skill]![a.skill]! += itemInformation(items[a.item]!, posterior[a.skill]!.theta);
  for (const b of person.blocks) {
    for (let i = 0; i < b.statements.length; i++) {
      for (let k = i + 1; k < b.statements.length; k++) {
        const f = statements[b.statements[i]!]!;
        const g = statements[b.statements[k]!]!;
        const [sa, sb] = [b.skills[i]!, b.skills[k]!];
        const scale = Math.sqrt(f.uniqueness + g.uniqueness);
        const z =
          (f.intercept - g.intercept + f.loading * posterior[sa]!.theta - g.loading * posterior[sb]!.theta) / scale;
        const info =
          (b.statements.length === 3 ? TRIPLET_WEIGHT : 1) *
          Math.exp(-z * z - 2 * LOG_SQRT_2PI - logNormalCdf(z) - logNormalCdf(-z));
        const ca = f.loading / scale;
        const cb = -g.loading / scale;
        j[sa]![sa]! += info * ca * ca;
        j[sb]![sb]! += info * cb * cb;
        j[sa]![sb]! += info * ca * cb;
        j[sb]![sa]! += info * ca * cb;
      }
    }
  }
  const v = invertSpd(j);
  for (let a = 0; a < S; a++)
    for (let c = 0; c < S; c++) into[a * S + c]! += posterior[a]!.theta * posterior[c]!.theta + v[a]![c]!;
}

/** Correlations from the summed second moments: E[θθᵀ] with the diagonal scaled to 1. */
function correlationsFrom(second: Float64Array, S: number): Matrix {
  return Array.from({ length: S }, (_, a) =>
    Array.from({ length: S }, (_, c) =>
      a === c ? 1 : second[a * S + c]! / Math.sqrt(second[a * S + a]! * second[c * S + c]!),
    ),
  );
}

function subtract(into: Float64Array, term: ArrayLike<number>) {
  for (let q = 0; q < into.length; q++) into[q]! -= term[q]!;
}

/** The sums of E-steps over consecutive parts of the people. */
export function mergeExpectations(parts: readonly ExpectationSums[]): ExpectationSums {
  const [first, ...rest] = parts;
  const add = (into: Float64Array, from: Float64Array) => {
    for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
  };
  const out: ExpectationSums = {
    counts: first!.counts.map((c) => Float64Array.from(c)),
    gradient: Float64Array.from(first!.gradient),
    hessian: Float64Array.from(first!.hessian),
    second: Float64Array.from(first!.second),
    estimates: [...first!.estimates],
  };
  for (const part of rest) {
    part.counts.forEach((c, j) => add(out.counts[j]!, c));
    add(out.gradient, part.gradient);
    add(out.hessian, part.hessian);
    add(out.second, part.second);
    out.estimates.push(...part.estimates);
  }
  return out;
}

/**
 * Priors on the parameters, centred on the version calibrated from (Bayesian modal estimation,
 * as BILOG-MG's priors on slopes). In this sparse design few people answer two units of one
 * skill, so a discrimination is weakly known from its own answers and an outer threshold from
 * the few people beyond it. log a SD 0.2 (a written rule off by less than ±50 % in 95 %);
 * thresholds SD 0.5 (off by less than 1 logit): in simulation with the truth ±30 % and ±0.4 from
 * the start, 0.2 and 0.5 gave RMSEs 0.12 and 0.15 where 0.1 and 1 gave 0.15 and 0.17; with the
 * truth twice as far off, 0.20 and 0.22 where the earlier calibration gave 0.30 and 0.29
 * (docs/psychometrics.md). A loading is better known (its comparisons give two skills at once):
 * SD 0.3. μ SD 1 (almost free).
 */
export const CALIBRATION_PRIORS = { logA: 0.2, threshold: 0.5, loading: 0.3, intercept: 1 } as const;

/** A Newton step on every statement's (μ, λ), with its prior: its own 2 × 2 block of the Hessian, at most 0.5 a parameter. */
function statementStep(
  params: CalibrationParams,
  e: ExpectationSums,
  fixed: ReadonlySet<number>,
  center: CalibrationParams['statements'],
) {
  const { loading: sl, intercept: sm } = CALIBRATION_PRIORS;
  return params.statements.map((s, i) => {
    const c = center[i]!;
    const hmm = e.hessian[3 * i]! - 1 / (sm * sm);
    const hml = e.hessian[3 * i + 1]!;
    const hll = e.hessian[3 * i + 2]! - 1 / (sl * sl);
    const det = hmm * hll - hml * hml;
    if (fixed.has(i) || !(hmm < 0) || !(det > 0)) return s; // kept, or not concave here
    const gm = e.gradient[2 * i]! - (s.intercept - c.intercept) / (sm * sm);
    const gl = e.gradient[2 * i + 1]! - (s.loading - c.loading) / (sl * sl);
    const clip = (x: number) => Math.max(-0.5, Math.min(0.5, x));
    const dm = clip(-(hll * gm - hml * gl) / det);
    const dl = clip(-(-hml * gm + hmm * gl) / det);
    return { ...s, intercept: s.intercept + dm, loading: s.loading + dl };
  });
}

/** The fitted μs keep their mean per desirability word (only differences within a word are in the data). */
function recentre(
  next: CalibrationParams['statements'],
  before: CalibrationParams['statements'],
  base: BankParameters,
  fixed: ReadonlySet<number>,
) {
  const shift = new Map<string, number>();
  for (const word of new Set(base.statements.map((s) => s.desirability))) {
    const mean = (list: CalibrationParams['statements']) => {
      const own = list.filter((_, i) => base.statements[i]!.desirability === word && !fixed.has(i));
      return own.length ? own.reduce((sum, s) => sum + s.intercept, 0) / own.length : 0;
    };
    shift.set(word, mean(before) - mean(next));
  }
  return next.map((s, i) =>
    fixed.has(i) ? s : { ...s, intercept: s.intercept + shift.get(base.statements[i]!.desirability)! },
  );
}

/** Per skill: mean and SD of the people's posteriors together (their mixture), on the E-step's scale. */
function latentScale(estimates: readonly Estimate[][], skills: number) {
  return Array.from({ length: skills }, (_, s) => {
    let m1 = 0;
    let m2 = 0;
    for (const person of estimates) {
      const { theta, se } = person[s]!;
      m1 += theta;
      m2 += theta * theta + se * se;
    }
    const mean = m1 / estimates.length;
    return { mean, sd: Math.sqrt(m2 / estimates.length - mean * mean) };
  });
}

function reliabilities(data: readonly IndexedPerson[], estimates: readonly Estimate[][], skills: readonly string[]) {
  return skills.map((skillId, s) => {
    const answered = estimates.filter(
      (_, p) => data[p]!.items.some((a) => a.skill === s) || data[p]!.blocks.some((b) => b.skills.includes(s)),
    );
    const reliability = answered.length >= 3 ? marginalReliability(answered.map((e) => e[s]!)) : 0;
    return { skillId, people: answered.length, reliability };
  });
}
function fitOf(
  data: readonly IndexedPerson[],
  estimates: readonly Estimate[][],
  params: Pick<BankParameters, 'items' | 'statements'>,
): Map<string, ItemFit> {
  const observations: { key: string; outcome: 0 | 1; expected: number }[] = [];
  data.forEach((person, p) => {
    const theta = estimates[p]!;
    for (const a of person.items) {
      const item = params.items[a.item]!;
      const top = item.thresholds.length;
      const upper = (k: number) => k * 2 >= top + 1;
      const probabilities = categoryProbabilities(item, theta[a.skill]!.theta);
      const expected = probabilities.reduce((sum, x, k) => (upper(k) ? sum + x : sum), 0);
      observations.push({ key: item.id, outcome: upper(a.category) ? 1 : 0, expected });
    }
    for (const b of person.blocks) {
      const ranking = rankingOf(b.category, b.statements.length)!;
      for (const { i, j, pair } of blockPairs(b.statements.map((s) => params.statements[s]!))) {
        const z =
          (pair.first.intercept -
            pair.second.intercept +
            pair.first.loading * theta[b.skills[i]!]!.theta -
            pair.second.loading * theta[b.skills[j]!]!.theta) /
          Math.sqrt(pair.first.uniqueness + pair.second.uniqueness);
        const pFirst = Math.exp(logNormalCdf(z));
        const firstWon = ranking.indexOf(i) < ranking.indexOf(j);
        const [fid, sid] = [params.statements[b.statements[i]!]!.id, params.statements[b.statements[j]!]!.id];
        observations.push({ key: fid, outcome: firstWon ? 1 : 0, expected: pFirst });
        observations.push({ key: sid, outcome: firstWon ? 0 : 1, expected: 1 - pFirst });
      }
    }
  });
  return new Map(itemFit(observations).map((f) => [f.key, f]));
}
function thinness(
  people: number,
  counts: ReadonlyMap<string, number>,
  base: BankParameters,
  skills: readonly { skillId: string; reliability: number }[],
  limits: CalibrationLimits,
): ThinData[] {
  const out: ThinData[] = [];
  if (people < limits.minPeople)
    out.push({
      kind: 'sample',
      id: 'people',
      have: people,
      need: limits.minPeople,
      reason: `${people} people answered; a calibration needs at least ${limits.minPeople}`,
    });
  const perUnit = (kind: 'item' | 'statement', id: string, what: string) => {
    const have = counts.get(id) ?? 0;
    if (have < limits.minResponses)
      out.push({
        kind,
        id,
        have,
        need: limits.minResponses,
        reason: `${kind} "${id}" has ${have} ${what}; it needs at least ${limits.minResponses}`,
      });
  };
  for (const item of base.items) perUnit('item', item.id, 'answers');
  for (const st of base.statements) perUnit('statement', st.id, 'comparisons');
  for (const { skillId, reliability } of skills)
    if (reliability < limits.minReliability)
      out.push({
        kind: 'skill',
        id: skillId,
        have: Math.round(reliability * 100) / 100,
        need: limits.minReliability,
        reason: `the answers say too little about "${skillId}": reliability ${reliability.toFixed(2)}, it needs ${limits.minReliability}`,
      });
  return out;
}

/**
 * Calibrate the bank from these people's answers, starting from `base` (the version in use, on
 * its norm scale). Refuses with the reasons when the data are too thin (see CALIBRATION_LIMITS).
 * The new parameters are on the sample's scale; link them to the base (bank-file.ts) before use.
 */
export async function calibrateBank(
  people: readonly CalibrationPerson[],
  base: BankParameters,
  options: BankCalibrationOptions = {},
): Promise<CalibrationOutcome> {
  const limits = { ...CALIBRATION_LIMITS, ...options.limits };
  const { maxIterations = 60, tolerance = 0.025 } = options;
  const { indexed, counts, answers } = indexCalibrationData(people, base);
  const expectation: ExpectationRunner =
    options.expectation ?? ((params) => Promise.resolve(expectationOf(indexed, base, params)));
  const start = paramsOf(base);
  let params = start;
  let step = await expectation(params);
  const thin = thinness(people.length, counts, base, reliabilities(indexed, step.estimates, base.skills), limits);
  const refusing = options.partial ? thin.filter((t) => t.kind === 'sample' || t.kind === 'skill') : thin;
  if (refusing.length) return { ok: false, thin: refusing };
  // With `partial`, units with too few answers keep their parameters.
  const keptIds = new Set(thin.filter((t) => t.kind === 'item' || t.kind === 'statement').map((t) => t.id));
  const keptItems = new Set(base.items.flatMap((it, j) => (keptIds.has(it.id) ? [j] : [])));
  const keptStatements = new Set(base.statements.flatMap((st, j) => (keptIds.has(st.id) ? [j] : [])));

  /**
   * The M-step after an E-step at `from`. Scenes and games are fitted on the grid rescaled so
   * that the people's posteriors together have mean 0 and SD 1 per skill (BILOG-MG's rescaling):
   * the scorer's posteriors are a little too sure (their mixture's SD 0.95-0.98), which made
   * discriminations too large. Statements keep the E-step's grid: rescaling their loadings as
   * well made them much worse in simulation (RMSE about 0.2 instead of 0.13), for a reason not
   * found yet.
   */
  const skillIndex = new Map(base.skills.map((s, i) => [s, i]));
  const maximisation = (from: CalibrationParams, e: ExpectationSums): CalibrationParams => {
    const scale = latentScale(e.estimates, base.skills.length);
    return {
      items: from.items.map((it, j) => {
        if (keptItems.has(j)) return it;
        const K = it.thresholds.length + 1;
        const table = CALIBRATION_GRID.map((_, q) => e.counts[j]!.subarray(q * K, (q + 1) * K));
        const { mean, sd } = scale[skillIndex.get(base.items[j]!.skillId)!]!;
        const nodes = CALIBRATION_GRID.map((t) => (t - mean) / sd);
        // A scene's guessing is the bank's, not estimated (see calibration.ts).
        const next = fitItemToCounts({ ...it, guessing: base.items[j]!.guessing }, nodes, table, {
          center: start.items[j]!,
          logA: CALIBRATION_PRIORS.logA,
          threshold: CALIBRATION_PRIORS.threshold,
        });
        return { discrimination: next.discrimination, thresholds: [...next.thresholds] };
      }),
      statements: recentre(
        statementStep(from, e, keptStatements, start.statements),
        from.statements,
        base,
        keptStatements,
      ),
      correlations: correlationsFrom(e.second, base.skills.length),
    };
  };
  /** One EM step: F(θ). */
  const em = async (from: CalibrationParams) => maximisation(from, await expectation(from));
  // The free parameters as one vector (items in their unconstrained form), for the acceleration.
  const vector = (p: CalibrationParams) => [
    ...p.items.flatMap((it, j) => (keptItems.has(j) ? [] : packItemParams(it))),
    ...p.statements.flatMap((st, j) => (keptStatements.has(j) ? [] : [st.loading, st.intercept])),
  ];
  const fromVector = (x: readonly number[], template: CalibrationParams): CalibrationParams => {
    let k = 0;
    const take = (n: number) => x.slice(k, (k += n));
    return {
      items: template.items.map((it, j) => {
        if (keptItems.has(j)) return it;
        const { discrimination, thresholds } = unpackItemParams(take(it.thresholds.length + 1));
        return { discrimination, thresholds: [...thresholds] };
      }),
      statements: template.statements.map((st, j) => {
        if (keptStatements.has(j)) return st;
        const [loading, intercept] = take(2);
        return { ...st, loading: loading!, intercept: intercept! };
      }),
      correlations: template.correlations,
    };
  };
  const largestChange = (a: CalibrationParams, b: CalibrationParams) => {
    let moved = 0;
    a.items.forEach((it, j) => {
      const other = b.items[j]!;
      moved = Math.max(
        moved,
        Math.abs(it.discrimination - other.discrimination),
        ...it.thresholds.map((x, k) => Math.abs(x - other.thresholds[k]!)),
      );
    });
    a.statements.forEach((st, j) => {
      const other = b.statements[j]!;
      moved = Math.max(moved, Math.abs(st.loading - other.loading), Math.abs(st.intercept - other.intercept));
    });
    return moved;
  };
  const norm = (xs: readonly number[]) => Math.sqrt(xs.reduce((sum, x) => sum + x * x, 0));

  // EM, accelerated by SQUAREM (Varadhan & Roland, 2008, scheme S3): two EM steps give a
  // direction and its change; a step along them (never shorter than the two EM steps, at most
  // eight times longer), then one EM step from there keeps it stable. EM alone crawls here:
  // sparse answers leave much of each θ unknown.
  params = maximisation(params, step);
  let iterations = 1;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    const x1 = await em(params);
    const x2 = await em(x1);
    const [v0, v1, v2] = [vector(params), vector(x1), vector(x2)];
    const r = v1.map((x, i) => x - v0[i]!);
    const v = v2.map((x, i) => x - 2 * v1[i]! + v0[i]!);
    const alpha = Math.max(-8, Math.min(-1, -norm(r) / Math.max(norm(v), 1e-12)));
    const jumped = fromVector(
      v0.map((x, i) => x - 2 * alpha * r[i]! + alpha * alpha * v[i]!),
      x2,
    );
    step = await expectation(jumped);
    const next = maximisation(jumped, step);
    iterations += 3;
    const moved = largestChange(next, jumped);
    params = next;
    converged = moved < tolerance;
    options.onIteration?.(iterations, moved);
  }
  // Reliability and fit from the last E-step (at parameters within `tolerance` of the end).
  const fitted = withParams(base, params);
  const calibrated = <T extends { id: string; provisional: boolean }>(x: T): T => ({
    ...x,
    provisional: keptIds.has(x.id),
  });
  return {
    ok: true,
    bank: {
      items: fitted.items.map(calibrated),
      statements: fitted.statements.map(calibrated),
      correlations: params.correlations,
      skills: reliabilities(indexed, step.estimates, base.skills),
      counts,
      kept: [...keptIds],
      fit: fitOf(indexed, step.estimates, fitted),
      people: people.length,
      answers,
      iterations,
      converged,
    },
  };
}
