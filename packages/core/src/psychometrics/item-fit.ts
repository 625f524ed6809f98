/**
 * Item fit: does an item behave as the model says, for the people who answered it? Yen's Q1:
 * people are put in bins by the model's expected probability of a right answer (at their θ̂),
 * and in each bin the observed share is compared with the expected one,
 * Q1 = Σ n_b (O_b − E_b)² / (E_b (1 − E_b)), about χ² with (bins − 2) degrees of freedom. A
 * misfitting item measures something else, or its parameters are wrong: a reason to look at it
 * before the next calibration (#20 part 3). θ̂ is plugged in, so Q1 is a little mild.
 */
import { normalCdf } from './norms.js';

export interface FitObservation {
  key: string;
  outcome: 0 | 1;
  /** The model's probability of outcome 1 for this person. */
  expected: number;
}

export interface ItemFit {
  key: string;
  n: number;
  q1: number;
  df: number;
  p: number;
}

/** Upper tail of χ² with k degrees of freedom (Wilson–Hilferty; within 0.01 of exact for k ≥ 3 at p > .001). */
export function chiSquareP(x: number, k: number): number {
  if (x <= 0) return 1;
  const h = 2 / (9 * k);
  return 1 - normalCdf((Math.cbrt(x / k) - (1 - h)) / Math.sqrt(h));
}

/** Q1 per item with at least `minN` observations, in `bins` bins of equal size. */
export function itemFit(observations: readonly FitObservation[], { bins = 5, minN = 30 } = {}): ItemFit[] {
  const byKey = new Map<string, FitObservation[]>();
  for (const o of observations) {
    const list = byKey.get(o.key) ?? [];
    list.push(o);
    byKey.set(o.key, list);
  }
  const out: ItemFit[] = [];
  for (const [key, list] of byKey) {
    if (list.length < minN) continue;
    const sorted = [...list].sort((a, b) => a.expected - b.expected);
    let q1 = 0;
    for (let b = 0; b < bins; b++) {
      const part = sorted.slice(Math.floor((b * sorted.length) / bins), Math.floor(((b + 1) * sorted.length) / bins));
      if (!part.length) continue;
      const observed = part.reduce((s, o) => s + o.outcome, 0) / part.length;
      const expected = Math.min(1 - 1e-6, Math.max(1e-6, part.reduce((s, o) => s + o.expected, 0) / part.length));
      q1 += (part.length * (observed - expected) ** 2) / (expected * (1 - expected));
    }
    const df = bins - 2;
    out.push({ key, n: list.length, q1, df, p: chiSquareP(q1, df) });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
