/**
 * Item response models: the 2PL for right/wrong and Samejima's graded response model (GRM)
 * for ordered categories (the 2PL is the GRM with one threshold). Everything is computed in
 * log space, so all-extreme answer patterns never turn into 0, Infinity or NaN.
 *
 * GRM: P(X ≥ k | θ) = σ(a(θ − b_k)) for k = 1..K, and P(X = k) = P(X ≥ k) − P(X ≥ k+1).
 *
 * A scene may also be answered by a guess, not by its reader's skill (a tap without reading
 * closely). With `guessing` g_k, the chance of landing in category k by a guess,
 * P(X = k) = g_k + (1 − Σg)·P_GRM(X = k): a floor under every category, as a multiple-choice
 * item's lower asymptote. An unlikely answer (the best option of a hard scene) then says less.
 */

/** What scoring needs of an item: discrimination and ordered thresholds. */
export interface IrtParams {
  discrimination: number;
  thresholds: readonly number[];
  /** Per category, the chance of an answer landing there by a guess (sums to the share of guesses); none: no guessing. */
  guessing?: readonly number[];
}

/** 1 − the share of answers that are guesses: what is left for the GRM. */
function modelShare(item: IrtParams): number {
  return item.guessing ? 1 - item.guessing.reduce((s, g) => s + g, 0) : 1;
}

/** log σ(x), stable for large |x|. */
export function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** log P(X = k | θ) for k = 0..K. */
export function logCategoryProbability(item: IrtParams, theta: number, k: number): number {
  const grm = logGrmProbability(item, theta, k);
  return item.guessing ? Math.log(item.guessing[k]! + modelShare(item) * Math.exp(grm)) : grm;
}

/** log P_GRM(X = k | θ), without guessing. */
function logGrmProbability(item: IrtParams, theta: number, k: number): number {
  const { discrimination: a, thresholds: b } = item;
  const K = b.length;
  if (k === 0) return logSigmoid(-a * (theta - b[0]!));
  if (k === K) return logSigmoid(a * (theta - b[K - 1]!));
  const upper = a * (theta - b[k - 1]!); // x_k
  const lower = a * (theta - b[k]!); // x_{k+1} < x_k
  // σ(u) − σ(v) = σ(u)·σ(−v)·(1 − e^(v−u))
  return logSigmoid(upper) + logSigmoid(-lower) + Math.log1p(-Math.exp(lower - upper));
}

/** P(X = k | θ) for every k. */
export function categoryProbabilities(item: IrtParams, theta: number): number[] {
  return Array.from({ length: item.thresholds.length + 1 }, (_, k) => Math.exp(logCategoryProbability(item, theta, k)));
}

/** Expected score E[X | θ]. */
export function expectedScore(item: IrtParams, theta: number): number {
  return categoryProbabilities(item, theta).reduce((s, p, k) => s + k * p, 0);
}

/**
 * Fisher information at θ: Σ_k (P_k′)² / P_k, with P_k′ = (1 − Σg)·a[P*_k(1−P*_k) − P*_{k+1}(1−P*_{k+1})].
 * For the 2PL without guessing this is a²·P·(1−P).
 */
export function itemInformation(item: IrtParams, theta: number): number {
  const { discrimination: a, thresholds: b } = item;
  const K = b.length;
  const w = (k: number) => {
    if (k === 0 || k === K + 1) return 0;
    const p = sigmoid(a * (theta - b[k - 1]!));
    return p * (1 - p);
  };
  const share = modelShare(item);
  let info = 0;
  for (let k = 0; k <= K; k++) {
    const p = Math.exp(logCategoryProbability(item, theta, k));
    if (p <= 1e-300) continue;
    const d = share * a * (w(k) - w(k + 1));
    info += (d * d) / p;
  }
  return info;
}

/** Draw a category from the model (for simulation). */
export function sampleCategory(item: IrtParams, theta: number, uniform: number): number {
  const ps = categoryProbabilities(item, theta);
  let acc = 0;
  for (let k = 0; k < ps.length; k++) {
    acc += ps[k]!;
    if (uniform < acc) return k;
  }
  return ps.length - 1;
}
