/**
 * Forced-choice pairs, scored with the Thurstonian IRT model (Brown & Maydeu-Olivares, 2011).
 *
 * A block shows two statements of different skills ("Wat past beter bij jou?"). Statement i has
 * a utility t_i = μ_i + λ_i·θ_skill(i) + ε_i with ε_i ~ N(0, ψ_i²); the person picks the one
 * with the higher utility, so
 *
 *   P(first over second | θ) = Φ((μ_1 − μ_2 + λ_1·θ_a − λ_2·θ_b) / √(ψ_1² + ψ_2²)).
 *
 * λ is negative for a statement keyed against its skill. μ is how attractive a statement sounds
 * to everyone (its desirability): blocks pair statements of like μ, so that what decides the
 * choice is θ, not which statement sounds better — saying "yes" to everything is not possible.
 *
 * The probit composes with a normal: with θ_b ~ N(m, s²) integrated out, the likelihood of θ_a
 * is again a probit, exactly: Φ((μ_1 − μ_2 + λ_1·θ_a − λ_2·m) / √(ψ_1² + ψ_2² + λ_2²·s²)). The
 * scorer uses this to fold each pair into the per-skill quadrature of the other items.
 */
import { logNormalCdfOf, normalCdf } from './norms.js';
import { QUADRATURE, eapFromLogLikelihood, type Estimate, type NormalPrior } from './scoring.js';

/** One statement of a block, with its (provisional) Thurstonian parameters. */
export interface StatementParams {
  skillId: string;
  /** λ: negative when the statement is keyed against its skill. */
  loading: number;
  /** μ: how desirable the statement sounds to everyone. */
  intercept: number;
  /** ψ²: the variance of the statement's utility that no skill explains. */
  uniqueness: number;
}

export interface PairParams {
  first: StatementParams;
  second: StatementParams;
}

/** A normal belief about a θ: the other skill's current posterior. */
export interface NormalBelief {
  mean: number;
  sd: number;
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const AT_PRIOR: NormalBelief = { mean: 0, sd: 1 };

/** log Φ(z), accurate far into the lower tail (Φ itself underflows below z ≈ −37). */
export const logNormalCdf = logNormalCdfOf;

/** The probit's argument for "first picked", and its scale, given both θs. */
function linear(pair: PairParams, thetaFirst: number, thetaSecond: number): number {
  const { first: a, second: b } = pair;
  return (
    (a.intercept - b.intercept + a.loading * thetaFirst - b.loading * thetaSecond) /
    Math.sqrt(a.uniqueness + b.uniqueness)
  );
}

/** log P(the pick | both θs). */
export function logPickProbability(
  pair: PairParams,
  pickedFirst: boolean,
  thetaFirst: number,
  thetaSecond: number,
): number {
  const z = linear(pair, thetaFirst, thetaSecond);
  return logNormalCdf(pickedFirst ? z : -z);
}

/**
 * For one statement's skill: the slope, offset and scale of the pair's probit in that skill's θ,
 * with the other statement's θ integrated out over `other` (exact, see above). The probit for
 * "first picked" is Φ((offset + slope·θ) / scale).
 */
export function marginalProbit(
  pair: PairParams,
  side: 'first' | 'second',
  other: NormalBelief,
): { slope: number; offset: number; scale: number } {
  const { first: a, second: b } = pair;
  const mine = side === 'first' ? a : b;
  const theirs = side === 'first' ? b : a;
  // "first picked" grows with a's θ and falls with b's θ.
  const slope = side === 'first' ? mine.loading : -mine.loading;
  const otherTerm = side === 'first' ? -theirs.loading * other.mean : theirs.loading * other.mean;
  return {
    slope,
    offset: a.intercept - b.intercept + otherTerm,
    scale: Math.sqrt(a.uniqueness + b.uniqueness + theirs.loading * theirs.loading * other.sd * other.sd),
  };
}

/** Where the marginal probit stands at θ: its argument z for "first picked" and its slope c in θ. */
function probitAt(pair: PairParams, side: 'first' | 'second', theta: number, other: NormalBelief) {
  const { slope, offset, scale } = marginalProbit(pair, side, other);
  return { z: (offset + slope * theta) / scale, c: slope / scale };
}

/** log P(the pick | θ of one side), the other side's θ integrated out over its belief. */
export function marginalLogLikelihood(
  pair: PairParams,
  pickedFirst: boolean,
  side: 'first' | 'second',
  theta: number,
  other: NormalBelief,
): number {
  const { z } = probitAt(pair, side, theta, other);
  return logNormalCdf(pickedFirst ? z : -z);
}

/**
 * Fisher information of the pair about one side's θ (the other integrated out): for a probit
 * with slope c, I(θ) = c²·φ(z)² / (Φ(z)·(1 − Φ(z))).
 */
export function pairInformation(
  pair: PairParams,
  side: 'first' | 'second',
  theta: number,
  other: NormalBelief,
): number {
  const { z, c } = probitAt(pair, side, theta, other);
  const logPhi = -0.5 * z * z - LOG_SQRT_2PI;
  const logBoth = logNormalCdf(z) + logNormalCdf(-z);
  return c * c * Math.exp(2 * logPhi - logBoth);
}

/** Draw a pick from the model (for simulation): true when the first statement is picked. */
export function samplePick(pair: PairParams, thetaFirst: number, thetaSecond: number, uniform: number): boolean {
  return uniform < normalCdf(linear(pair, thetaFirst, thetaSecond));
}

export interface PairAnswer {
  pair: PairParams;
  pickedFirst: boolean;
  /** How much the comparison counts (default 1): a calibration weighs the comparisons of a block of three (see bank-calibration.ts). */
  weight?: number;
}

/** What the pair scorer ends with: the estimates, and what a calibration's E-step needs besides. */
export interface PairPosteriors {
  estimates: Estimate[];
  /** Per skill: the log-likelihood on the grid, its items' and every pair's term together. */
  logLik: Float64Array[];
  /** The pairs scored (those whose two skills are both scored), in the order given. */
  used: PairAnswer[];
  /** Per used pair: its term on its first and on its second statement's skill. */
  terms: (readonly [Float64Array, Float64Array])[];
  /** Per used pair: the first's and the second's θ without this pair (its cavities), as of the last sweep. */
  cavities: [NormalBelief, NormalBelief][];
}

/**
 * EAP per skill from each skill's log-likelihood of its other items (on the quadrature) and the
 * pair answers. Each pair adds its marginal likelihood to both of its skills' grids, the other
 * skill taken at its posterior *without this pair* (its cavity, so a pair never counts twice);
 * a few sweeps settle it. The tests check it against the exact two-dimensional posterior.
 */
export function scoreWithPairs(
  skills: readonly string[],
  baseLogLik: readonly ArrayLike<number>[],
  answers: readonly PairAnswer[],
  priors: readonly NormalPrior[],
  sweeps = 4,
  grid: readonly number[] = QUADRATURE,
): Estimate[] {
  return pairPosteriors(skills, baseLogLik, answers, priors, sweeps, grid).estimates;
}

/** `scoreWithPairs` with the grids and terms it ends with (see PairPosteriors). */
export function pairPosteriors(
  skills: readonly string[],
  baseLogLik: readonly ArrayLike<number>[],
  answers: readonly PairAnswer[],
  priors: readonly NormalPrior[],
  sweeps = 4,
  grid: readonly number[] = QUADRATURE,
): PairPosteriors {
  const index = new Map(skills.map((s, i) => [s, i]));
  const total = baseLogLik.map((l) => Float64Array.from(l));
  const used = answers.filter((x) => index.has(x.pair.first.skillId) && index.has(x.pair.second.skillId));
  // Each pair's current term on each of its two skills' grids.
  const terms = used.map(() => [new Float64Array(grid.length), new Float64Array(grid.length)] as const);
  const cavities = used.map((): [NormalBelief, NormalBelief] => [AT_PRIOR, AT_PRIOR]);
  const rest = new Float64Array(grid.length);
  const without = (k: number, term: Float64Array): NormalBelief => {
    for (let q = 0; q < grid.length; q++) rest[q] = total[k]![q]! - term[q]!;
    const e = eapFromLogLikelihood(rest, priors[k], grid);
    return { mean: e.theta, sd: e.se };
  };
  const pairSkills = used.map(({ pair }) => [index.get(pair.first.skillId)!, index.get(pair.second.skillId)!] as const);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let j = 0; j < used.length; j++) {
      const { pair, pickedFirst, weight = 1 } = used[j]!;
      const [a, b] = pairSkills[j]!;
      const [termA, termB] = terms[j]!;
      // Each side in turn: its probit in its own θ, the other side integrated over its cavity.
      for (let side = 0; side < 2; side++) {
        const k = side === 0 ? a : b;
        const term = side === 0 ? termA : termB;
        const belief = side === 0 ? without(b, termB) : without(a, termA);
        cavities[j]![1 - side] = belief;
        const { slope, offset, scale } = marginalProbit(pair, side === 0 ? 'first' : 'second', belief);
        const row = total[k]!;
        for (let q = 0; q < grid.length; q++) {
          const z = (offset + slope * grid[q]!) / scale;
          const next = weight * logNormalCdf(pickedFirst ? z : -z);
          row[q]! += next - term[q]!;
          term[q] = next;
        }
      }
    }
  }
  const estimates = skills.map((_, k) => eapFromLogLikelihood(total[k]!, priors[k], grid));
  return { estimates, logLik: total, used, terms, cavities };
}

/** 6-point Gauss–Legendre on [−1, 1]: the negative half's nodes and their weights (as in Genz's BVNU). */
const GL_X = [-0.9324695142031522, -0.6612093864662647, -0.238619186083197];
const GL_W = [0.1713244923791705, 0.3607615730481384, 0.4679139345726904];

/**
 * P(X > h, Y > k) for standard normals with correlation r, |r| < 0.75 (Drezner & Wesolowsky's
 * formula as in Genz's BVNU, 6 points: |error| < 1e-7 at |r| ≤ 0.5, which a calibration's
 * weights need; Genz takes 12 above |r| = 0.3 for full double precision). What a ranking of three statements
 * needs, where r = −ψ²_middle / (s₁s₂), −0.5 when the uniquenesses are equal.
 */
export function bivariateNormalUpper(h: number, k: number, r: number): number {
  if (Math.abs(r) >= 0.75) throw new RangeError('bivariateNormalUpper handles |r| < 0.75');
  const { sn, scale } = glFactors(r);
  const hk = h * k;
  const hs = (h * h + k * k) / 2;
  let sum = 0;
  for (let i = 0; i < sn.length; i++) sum += scale[i]! * Math.exp((sn[i]! * hk - hs) / (1 - sn[i]! * sn[i]!));
  return Math.max(0, sum + normalCdf(-h) * normalCdf(-k));
}

/** The formula's factors for a correlation: they depend on r alone (in a calibration r is always the same). */
const GL_CACHE = new Map<number, { sn: Float64Array; scale: Float64Array }>();
function glFactors(r: number) {
  let factors = GL_CACHE.get(r);
  if (!factors) {
    const asr = Math.asin(r);
    const nodes = GL_X.flatMap((x) => [-x, x]);
    const weights = GL_W.flatMap((w) => [w, w]);
    factors = {
      sn: Float64Array.from(nodes, (x) => Math.sin((asr * (x + 1)) / 2)),
      scale: Float64Array.from(weights, (w) => (w * asr) / (4 * Math.PI)),
    };
    if (GL_CACHE.size > 64) GL_CACHE.clear();
    GL_CACHE.set(r, factors);
  }
  return factors;
}

/**
 * The exact probability of a ranking of three statements (best, middle, worst) at these θs:
 * P(t_best > t_middle > t_worst), two differences of utilities that share the middle one's error.
 */
export function rankingProbability(
  statements: readonly [StatementParams, StatementParams, StatementParams],
  thetas: readonly [number, number, number],
): number {
  const [b, m, w] = statements;
  const best = b.intercept + b.loading * thetas[0];
  const middle = m.intercept + m.loading * thetas[1];
  const worst = w.intercept + w.loading * thetas[2];
  const s1 = Math.sqrt(b.uniqueness + m.uniqueness);
  const s2 = Math.sqrt(m.uniqueness + w.uniqueness);
  return bivariateNormalUpper(-(best - middle) / s1, -(middle - worst) / s2, -m.uniqueness / (s1 * s2));
}
