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
  const index = new Map(skills.map((s, i) => [s, i]));
  const total = baseLogLik.map((l) => Float64Array.from(l));
  const used = answers.filter((x) => index.has(x.pair.first.skillId) && index.has(x.pair.second.skillId));
  // Each pair's current term on each of its two skills' grids.
  const terms = used.map(() => [new Float64Array(grid.length), new Float64Array(grid.length)] as const);
  const rest = new Float64Array(grid.length);
  const without = (k: number, term: Float64Array): NormalBelief => {
    for (let q = 0; q < grid.length; q++) rest[q] = total[k]![q]! - term[q]!;
    const e = eapFromLogLikelihood(rest, priors[k], grid);
    return { mean: e.theta, sd: e.se };
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    used.forEach(({ pair, pickedFirst }, j) => {
      const a = index.get(pair.first.skillId)!;
      const b = index.get(pair.second.skillId)!;
      const [termA, termB] = terms[j]!;
      for (const [side, k, other, term, otherTerm] of [
        ['first', a, b, termA, termB],
        ['second', b, a, termB, termA],
      ] as const) {
        const { slope, offset, scale } = marginalProbit(pair, side, without(other, otherTerm));
        for (let q = 0; q < grid.length; q++) {
          const z = (offset + slope * grid[q]!) / scale;
          const next = logNormalCdf(pickedFirst ? z : -z);
          total[k]![q]! += next - term[q]!;
          term[q] = next;
        }
      }
    });
  }
  return skills.map((_, k) => eapFromLogLikelihood(total[k]!, priors[k], grid));
}
