import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './random.js';
import { QUADRATURE } from './scoring.js';
import {
  logPickProbability,
  marginalLogLikelihood,
  pairInformation,
  samplePick,
  scoreWithPairs,
  type PairAnswer,
  type PairParams,
} from './thurstonian.js';

const pair = (a: number, b: number, la: number, lb: number, skills = ['planning', 'caring']): PairParams => ({
  first: { skillId: skills[0]!, loading: la, intercept: a, uniqueness: 0.6 },
  second: { skillId: skills[1]!, loading: lb, intercept: b, uniqueness: 0.5 },
});

/** ∫ f(θ) φ((θ − m)/s)/s dθ by the trapezoid rule on a fine grid. */
function integrate(f: (theta: number) => number, m: number, s: number): number {
  let sum = 0;
  const h = 0.001;
  for (let t = m - 10 * s; t <= m + 10 * s; t += h) {
    const z = (t - m) / s;
    sum += f(t) * (Math.exp(-0.5 * z * z) / (s * Math.sqrt(2 * Math.PI))) * h;
  }
  return sum;
}

describe('Thurstonian forced-choice pairs', () => {
  it('integrates the other skill out exactly (against numerical integration)', () => {
    const p = pair(0.3, -0.2, 0.9, -0.7);
    for (const [theta, m, s] of [
      [0, 0, 1],
      [1.5, -0.5, 0.4],
      [-2, 1, 0.8],
    ] as const) {
      for (const picked of [true, false]) {
        const brute = integrate((tb) => Math.exp(logPickProbability(p, picked, theta, tb)), m, s);
        const exact = Math.exp(marginalLogLikelihood(p, picked, 'first', theta, { mean: m, sd: s }));
        assert.ok(Math.abs(brute - exact) < 1e-6, `${brute} vs ${exact}`);
        const bruteB = integrate((ta) => Math.exp(logPickProbability(p, picked, ta, theta)), m, s);
        const exactB = Math.exp(marginalLogLikelihood(p, picked, 'second', theta, { mean: m, sd: s }));
        assert.ok(Math.abs(bruteB - exactB) < 1e-6, `${bruteB} vs ${exactB}`);
      }
    }
  });

  it('gives the information of the second derivative of the log-likelihood, in expectation', () => {
    const p = pair(0.1, 0.2, 1.1, 0.8);
    const other = { mean: 0.3, sd: 0.6 };
    for (const theta of [-1.5, 0, 0.7, 2]) {
      const h = 1e-3;
      const pFirst = Math.exp(marginalLogLikelihood(p, true, 'first', theta, other));
      let expected = 0;
      for (const picked of [true, false]) {
        const ll = (t: number) => marginalLogLikelihood(p, picked, 'first', t, other);
        const second = (ll(theta + h) - 2 * ll(theta) + ll(theta - h)) / (h * h);
        expected -= (picked ? pFirst : 1 - pFirst) * second;
      }
      const info = pairInformation(p, 'first', theta, other);
      assert.ok(Math.abs(info - expected) < 1e-4, `θ ${theta}: ${info} vs ${expected}`);
    }
  });

  it('scores two skills close to the exact two-dimensional posterior', () => {
    const rng = new Random(11);
    const skills = ['planning', 'caring'];
    let worstMean = 0;
    let worstSd = 0;
    for (let person = 0; person < 20; person++) {
      const [ta, tb] = [rng.normal(), rng.normal()];
      const answers: PairAnswer[] = Array.from({ length: 10 }, (_, i) => {
        const p = pair(
          rng.normal() * 0.3,
          rng.normal() * 0.3,
          (i % 3 === 0 ? -1 : 1) * (0.7 + 0.5 * rng.uniform()),
          0.7 + 0.5 * rng.uniform(),
          skills,
        );
        return { pair: p, pickedFirst: samplePick(p, ta, tb, rng.uniform()) };
      });
      // Exact: a 2-D grid under independent N(0, 1) priors.
      const grid = Array.from({ length: 161 }, (_, i) => -5 + (10 * i) / 160);
      let w = 0;
      let ma = 0;
      let mb = 0;
      let va = 0;
      let vb = 0;
      for (const a of grid)
        for (const b of grid) {
          let ll = -0.5 * (a * a + b * b);
          for (const x of answers) ll += logPickProbability(x.pair, x.pickedFirst, a, b);
          const p = Math.exp(ll);
          w += p;
          ma += p * a;
          mb += p * b;
          va += p * a * a;
          vb += p * b * b;
        }
      const exact = [
        { theta: ma / w, se: Math.sqrt(va / w - (ma / w) ** 2) },
        { theta: mb / w, se: Math.sqrt(vb / w - (mb / w) ** 2) },
      ];
      const flat = new Float64Array(QUADRATURE.length);
      const approx = scoreWithPairs(skills, [flat, flat], answers, [
        { mean: 0, sd: 1 },
        { mean: 0, sd: 1 },
      ]);
      for (let k = 0; k < 2; k++) {
        worstMean = Math.max(worstMean, Math.abs(approx[k]!.theta - exact[k]!.theta));
        worstSd = Math.max(worstSd, Math.abs(approx[k]!.se - exact[k]!.se));
      }
    }
    console.log(`worst |Δθ| ${worstMean.toFixed(3)}, worst |ΔSE| ${worstSd.toFixed(3)}`);
    assert.ok(worstMean < 0.075, `worst mean difference ${worstMean}`);
    assert.ok(worstSd < 0.075, `worst SE difference ${worstSd}`);
  });
});
