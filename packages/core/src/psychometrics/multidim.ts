/**
 * Soft skills correlate, so an answer about one skill says a little about the others. We use a
 * multivariate normal prior over all skills (their correlation matrix) without a 16-dimensional
 * integral: each skill's likelihood is approximated by a normal (its N(0,1) posterior with the
 * prior divided out), and the prior of skill k is the normal that all *other* skills' likelihoods
 * and the correlations imply for it ("collateral information"). Skill k is then scored exactly,
 * on the quadrature, with its own likelihood and that prior. With one inversion per update
 * (Sherman-Morrison removes skill k's own term), this costs microseconds.
 */
import { invertSpd, matVec, type Matrix } from './linalg.js';
import type { Estimate, NormalPrior } from './scoring.js';

/** Normal approximation of one skill's likelihood: mean and precision (0 = no information). */
export interface GaussianLikelihood {
  mean: number;
  precision: number;
}

/** From an EAP under N(0, 1) back to the likelihood's normal approximation. */
export function likelihoodFromPosterior(posterior: Estimate): GaussianLikelihood {
  const postPrecision = 1 / (posterior.se * posterior.se);
  const precision = Math.max(0, postPrecision - 1);
  if (precision < 1e-9) return { mean: 0, precision: 0 };
  return { mean: (posterior.theta * postPrecision) / precision, precision };
}

/** The prior of every skill given the other skills' likelihoods and the correlations. */
export function collateralPriors(correlations: Matrix, likelihoods: readonly GaussianLikelihood[]): NormalPrior[] {
  const n = likelihoods.length;
  const precisionPrior = invertSpd(correlations);
  const j = precisionPrior.map((row, r) => row.map((x, c) => (r === c ? x + likelihoods[r]!.precision : x)));
  const v = invertSpd(j);
  const mu = matVec(
    v,
    likelihoods.map((l) => l.precision * l.mean),
  );
  const out: NormalPrior[] = [];
  for (let k = 0; k < n; k++) {
    const { precision: pk, mean: mk } = likelihoods[k]!;
    const vkk = v[k]![k]!;
    const denom = 1 - pk * vkk;
    out.push({ mean: (mu[k]! - pk * mk * vkk) / denom, sd: Math.sqrt(vkk / denom) });
  }
  return out;
}

/**
 * Provisional correlations between the soft skills: 0.30 in general and 0.45 within one ESCO
 * group (published correlations of such work styles and personality facets lie between about
 * 0.2 and 0.6). Recalibrate from real skillprints with `estimateCorrelations`.
 */
export function provisionalCorrelations(groups: readonly string[], within = 0.45, between = 0.3): Matrix {
  return groups.map((g, r) => groups.map((h, c) => (r === c ? 1 : g === h ? within : between)));
}

/** Correlations of theta estimates (rows: people, columns: skills), e.g. from stored skillprints. */
export function estimateCorrelations(thetas: readonly (readonly number[])[]): Matrix {
  const n = thetas[0]?.length ?? 0;
  const mean = Array.from({ length: n }, (_, c) => thetas.reduce((s, row) => s + row[c]!, 0) / thetas.length);
  const cov = Array.from({ length: n }, (_, r) =>
    Array.from(
      { length: n },
      (_, c) => thetas.reduce((s, row) => s + (row[r]! - mean[r]!) * (row[c]! - mean[c]!), 0) / (thetas.length - 1),
    ),
  );
  return cov.map((row, r) => row.map((x, c) => x / Math.sqrt(cov[r]![r]! * cov[c]![c]!)));
}
