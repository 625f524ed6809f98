/**
 * Calibration: estimate 2PL/GRM item parameters from a response matrix with missing answers,
 * by marginal maximum likelihood with the EM algorithm (Bock & Aitkin 1981), one skill at a
 * time, with θ ~ N(0, 1) fixing the scale. This is how the provisional bank is replaced by
 * parameters from real responses. Plus reliability figures: marginal reliability and test
 * information curves.
 */
import { itemInformation, logCategoryProbability, type IrtParams } from './models.js';
import type { Estimate } from './scoring.js';

/** Rows: people; columns: items; null where an item was not given. */
export type ResponseMatrix = readonly (readonly (number | null)[])[];

export interface CalibrationOptions {
  maxIterations?: number;
  /** Stop when no parameter moves more than this in one iteration. */
  tolerance?: number;
  /** Quadrature points on [−5, 5]. */
  nodes?: number;
  /** Per item, a scene's guessing (see models.ts): kept as given, not estimated. */
  guessing?: readonly (readonly number[] | undefined)[];
}

export interface CalibrationResult {
  items: IrtParams[];
  iterations: number;
  converged: boolean;
  /** Marginal log-likelihood at the end, up to a constant. */
  logLikelihood: number;
}

/** Parameters in an unconstrained form: log a, b_1, log of the gaps between thresholds. */
export function packItemParams(p: IrtParams): number[] {
  const b = p.thresholds;
  return [Math.log(p.discrimination), b[0]!, ...b.slice(1).map((x, k) => Math.log(Math.max(x - b[k]!, 1e-3)))];
}

/**
 * The parameters of an unconstrained form (see packItemParams). A scene's guessing is not
 * estimated: it stays as given (`guessing`, from the item the form was packed from).
 */
export function unpackItemParams(x: readonly number[], guessing?: readonly number[]): IrtParams {
  const thresholds = [x[1]!];
  for (let k = 2; k < x.length; k++) thresholds.push(thresholds[k - 2]! + Math.exp(x[k]!));
  return { discrimination: Math.exp(x[0]!), thresholds, ...(guessing && { guessing }) };
}

/** Expected complete-data log-likelihood of one item: Σ_q Σ_k r[q][k] log P_k(θ_q). */
function itemObjective(
  x: readonly number[],
  nodes: readonly number[],
  r: readonly Float64Array[],
  guessing: readonly number[] | undefined,
): number {
  const item = unpackItemParams(x, guessing);
  let sum = 0;
  for (let q = 0; q < nodes.length; q++) {
    const row = r[q]!;
    for (let k = 0; k < row.length; k++) if (row[k]! > 0) sum += row[k]! * logCategoryProbability(item, nodes[q]!, k);
  }
  return sum;
}

/** Maximise a smooth function of a few parameters with Newton steps on finite-difference derivatives (at most 5 parameters), with step halving. */
export function maximise(start: number[], f: (x: number[]) => number, steps = 8): number[] {
  let x = start;
  let fx = f(x);
  const n = x.length;
  const h = 1e-3;
  for (let it = 0; it < steps; it++) {
    const g = new Array<number>(n);
    const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const shifted = (d: Record<number, number>) => f(x.map((v, i) => v + (d[i] ?? 0)));
    for (let i = 0; i < n; i++) {
      const fp = shifted({ [i]: h });
      const fm = shifted({ [i]: -h });
      g[i] = (fp - fm) / (2 * h);
      H[i]![i] = (fp - 2 * fx + fm) / (h * h);
      for (let j = 0; j < i; j++) {
        const v =
          (shifted({ [i]: h, [j]: h }) -
            shifted({ [i]: h, [j]: -h }) -
            shifted({ [i]: -h, [j]: h }) +
            shifted({ [i]: -h, [j]: -h })) /
          (4 * h * h);
        H[i]![j] = v;
        H[j]![i] = v;
      }
    }
    // Solve (−H + λI) d = g; λ keeps the step an ascent when H is not negative definite.
    let step: number[] | null = null;
    for (let lambda = 1e-6; lambda < 1e6 && !step; lambda *= 10)
      step = solve(
        H.map((row, i) => row.map((v, j) => -v + (i === j ? lambda : 0))),
        g,
      );
    if (!step) break;
    let scale = 1;
    let improved = false;
    while (scale > 1e-4) {
      const candidate = x.map((v, i) => v + scale * step![i]!);
      const fc = f(candidate);
      if (fc > fx) {
        x = candidate;
        fx = fc;
        improved = true;
        break;
      }
      scale /= 2;
    }
    if (!improved || Math.max(...step.map((d) => Math.abs(d * scale))) < 1e-6) break;
  }
  return x;
}

/** Gaussian elimination with partial pivoting; null when singular or not positive definite. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-12 || m[p]![c]! < 0) return null;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** A normal prior on an item's log a and thresholds (Bayesian modal estimation, as BILOG's priors on slopes). */
export interface ItemPrior {
  center: IrtParams;
  /** SD of log a. */
  logA: number;
  /** SD of each threshold. */
  threshold: number;
}

/**
 * One item's M-step: the parameters that maximise Σ_q Σ_k r[q][k] log P_k(θ_q) (plus the log
 * prior, when given), starting from `start`.
 */
export function fitItemToCounts(
  start: IrtParams,
  nodes: readonly number[],
  r: readonly Float64Array[],
  prior?: ItemPrior,
): IrtParams {
  const logPrior = (p: IrtParams) => {
    if (!prior) return 0;
    const da = (Math.log(p.discrimination) - Math.log(prior.center.discrimination)) / prior.logA;
    return (
      -0.5 *
      (da * da + p.thresholds.reduce((s, b, k) => s + ((b - prior.center.thresholds[k]!) / prior.threshold) ** 2, 0))
    );
  };
  const { guessing } = start;
  return unpackItemParams(
    maximise(packItemParams(start), (v) => itemObjective(v, nodes, r, guessing) + logPrior(unpackItemParams(v))),
    guessing,
  );
}

/**
 * Estimate item parameters for one skill. `categories[j]` is the number of categories of item j
 * (2 for right/wrong). Starting values: a = 1, thresholds spread from the observed proportions.
 */
export function calibrate(
  responses: ResponseMatrix,
  categories: readonly number[],
  options: CalibrationOptions = {},
): CalibrationResult {
  const { maxIterations = 200, tolerance = 1e-4, nodes: nodeCount = 41 } = options;
  const nodes = Array.from({ length: nodeCount }, (_, q) => -5 + (10 * q) / (nodeCount - 1));
  const logPrior = nodes.map((t) => -0.5 * t * t);
  const J = categories.length;

  validateMatrix(responses, categories);

  // Start: thresholds from cumulative proportions (logit scale / 1.7), a = 1.
  let params: IrtParams[] = categories.map((K, j) => {
    const counts = new Array<number>(K).fill(0);
    let n = 0;
    for (const row of responses) {
      const x = row[j];
      if (x === null || x === undefined) continue;
      counts[x]!++;
      n++;
    }
    const thresholds: number[] = [];
    let above = n;
    for (let k = 1; k < K; k++) {
      above -= counts[k - 1]!;
      const p = Math.min(0.99, Math.max(0.01, above / Math.max(n, 1)));
      thresholds.push(-Math.log(p / (1 - p)) / 1.7);
    }
    for (let k = 1; k < thresholds.length; k++)
      if (thresholds[k]! <= thresholds[k - 1]!) thresholds[k] = thresholds[k - 1]! + 0.1;
    const guessing = options.guessing?.[j];
    return { discrimination: 1, thresholds, ...(guessing && { guessing }) };
  });

  let iterations = 0;
  let converged = false;
  let logLikelihood = -Infinity;
  for (; iterations < maxIterations && !converged; iterations++) {
    // E-step: posterior weights of every person over the nodes → expected counts per item, node, category.
    const table = params.map((p, j) =>
      nodes.map((t) => Array.from({ length: categories[j]! }, (_, k) => logCategoryProbability(p, t, k))),
    );
    const r = categories.map((K) => nodes.map(() => new Float64Array(K)));
    logLikelihood = 0;
    const post = new Float64Array(nodeCount);
    for (const row of responses) {
      let max = -Infinity;
      for (let q = 0; q < nodeCount; q++) {
        let l = logPrior[q]!;
        for (let j = 0; j < J; j++) {
          const x = row[j];
          if (x !== null && x !== undefined) l += table[j]![q]![x]!;
        }
        post[q] = l;
        if (l > max) max = l;
      }
      let total = 0;
      for (let q = 0; q < nodeCount; q++) total += post[q] = Math.exp(post[q]! - max);
      logLikelihood += max + Math.log(total); // up to a constant
      for (let j = 0; j < J; j++) {
        const x = row[j];
        if (x === null || x === undefined) continue;
        for (let q = 0; q < nodeCount; q++) r[j]![q]![x]! += post[q]! / total;
      }
    }
    // M-step: each item on its own.
    let moved = 0;
    params = params.map((p, j) => {
      const next = fitItemToCounts(p, nodes, r[j]!);
      moved = Math.max(
        moved,
        Math.abs(next.discrimination - p.discrimination),
        ...next.thresholds.map((b, k) => Math.abs(b - p.thresholds[k]!)),
      );
      return next;
    });
    converged = moved < tolerance;
  }
  return { items: params, iterations, converged, logLikelihood };
}

function validateMatrix(responses: ResponseMatrix, categories: readonly number[]): void {
  responses.forEach((row, i) => {
    if (row.length !== categories.length)
      throw new RangeError(`responses[${i}] has ${row.length} answers, expected ${categories.length}`);
    row.forEach((x, j) => {
      if (x === null || x === undefined) return;
      if (!Number.isInteger(x) || x < 0 || x >= categories[j]!)
        throw new RangeError(`responses[${i}][${j}] must be a category from 0 to ${categories[j]! - 1}`);
    });
  });
}

/** Test information at each θ of a grid: where a set of items measures well. */
export function informationCurve(
  items: readonly IrtParams[],
  grid: readonly number[] = Array.from({ length: 25 }, (_, i) => -3 + i * 0.25),
): { theta: number; information: number; se: number }[] {
  return grid.map((theta) => {
    const information = items.reduce((s, item) => s + itemInformation(item, theta), 0);
    return { theta, information, se: 1 / Math.sqrt(1 + information) };
  });
}

/**
 * Marginal reliability of EAP scores: var(θ̂) / (var(θ̂) + mean(SE²)). Pass the estimates of
 * a sample (real or simulated).
 */
export function marginalReliability(estimates: readonly Estimate[]): number {
  const n = estimates.length;
  const mean = estimates.reduce((s, e) => s + e.theta, 0) / n;
  const variance = estimates.reduce((s, e) => s + (e.theta - mean) ** 2, 0) / (n - 1);
  const errorVariance = estimates.reduce((s, e) => s + e.se * e.se, 0) / n;
  return variance / (variance + errorVariance);
}
