/**
 * Scoring a person on one skill: EAP (posterior mean under a normal prior, on a fixed
 * quadrature; the posterior SD is the standard error), and ML or WLE where a caller asks.
 */
import { itemInformation, logCategoryProbability, type IrtParams } from './models.js';

/** A scored answer: the item's parameters and the category on the skill's scale. */
export interface ScoredResponse {
  item: IrtParams;
  category: number;
}

export interface Estimate {
  theta: number;
  se: number;
}

/** Fixed quadrature: 49 equally spaced points on [−6, 6] (step 0.25): for posteriors with SD ≥ 0.25 the rule is exact to 1e-8. */
export const QUADRATURE: readonly number[] = Array.from({ length: 49 }, (_, i) => -6 + (12 * i) / 48);

export interface NormalPrior {
  mean: number;
  sd: number;
}

export const STANDARD_NORMAL: NormalPrior = { mean: 0, sd: 1 };

/** log L(θ) at every quadrature point. */
export function logLikelihoodOnGrid(
  responses: readonly ScoredResponse[],
  grid: readonly number[] = QUADRATURE,
): Float64Array {
  const out = new Float64Array(grid.length);
  for (const r of responses) {
    for (let q = 0; q < grid.length; q++) out[q]! += logCategoryProbability(r.item, grid[q]!, r.category);
  }
  return out;
}

let scratch = new Float64Array(QUADRATURE.length);

/** EAP from a log-likelihood on the grid and a normal prior. */
export function eapFromLogLikelihood(
  logLik: ArrayLike<number>,
  prior: NormalPrior = STANDARD_NORMAL,
  grid: readonly number[] = QUADRATURE,
): Estimate {
  const n = grid.length;
  // One scratch buffer, not one per call: the scorers call this hundreds of times per person.
  if (scratch.length < n) scratch = new Float64Array(n);
  const logPost = scratch;
  let max = -Infinity;
  for (let q = 0; q < n; q++) {
    const z = (grid[q]! - prior.mean) / prior.sd;
    logPost[q] = logLik[q]! - 0.5 * z * z;
    if (logPost[q]! > max) max = logPost[q]!;
  }
  let w = 0;
  let m1 = 0;
  let m2 = 0;
  for (let q = 0; q < n; q++) {
    const p = Math.exp(logPost[q]! - max);
    w += p;
    m1 += p * grid[q]!;
    m2 += p * grid[q]! * grid[q]!;
  }
  const theta = m1 / w;
  const variance = Math.max(m2 / w - theta * theta, 1e-12);
  return { theta, se: Math.sqrt(variance) };
}

export function eap(responses: readonly ScoredResponse[], prior: NormalPrior = STANDARD_NORMAL): Estimate {
  return eapFromLogLikelihood(logLikelihoodOnGrid(responses), prior);
}

/** Test information Σ I_i(θ). */
export function testInformation(items: readonly IrtParams[], theta: number): number {
  return items.reduce((s, item) => s + itemInformation(item, theta), 0);
}

const BOUND = 6;

/**
 * Maximum likelihood (method "ml") or Warm's weighted likelihood (method "wle"). ML has no
 * finite answer for all-lowest or all-highest patterns: it returns ±6 there. WLE stays finite.
 */
export function maximumLikelihood(responses: readonly ScoredResponse[], method: 'ml' | 'wle' = 'wle'): Estimate {
  if (!responses.length) return { theta: 0, se: Infinity };
  // Maximise on a fine grid first (robust), then polish with bisection on the (weighted) score.
  const objective = (t: number) => {
    let ll = 0;
    for (const r of responses) ll += logCategoryProbability(r.item, t, r.category);
    if (method === 'wle')
      ll +=
        0.5 *
        Math.log(
          Math.max(
            testInformation(
              responses.map((r) => r.item),
              t,
            ),
            1e-300,
          ),
        );
    return ll;
  };
  let best = -BOUND;
  let bestValue = -Infinity;
  for (let t = -BOUND; t <= BOUND + 1e-9; t += 0.05) {
    const v = objective(t);
    if (v > bestValue) {
      bestValue = v;
      best = t;
    }
  }
  // Golden-section search around the grid maximum.
  let lo = Math.max(-BOUND, best - 0.05);
  let hi = Math.min(BOUND, best + 0.05);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const c = hi - g * (hi - lo);
    const d = lo + g * (hi - lo);
    if (objective(c) > objective(d)) hi = d;
    else lo = c;
  }
  const theta = (lo + hi) / 2;
  const info = testInformation(
    responses.map((r) => r.item),
    theta,
  );
  return { theta, se: info > 0 ? 1 / Math.sqrt(info) : Infinity };
}
