import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../psychometrics/random.js';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the best k as sorting everything would: by score, then fit, then the tie rule; also when reset and used again', () => {
    const rng = new Random(9);
    // One TopK reset for every case, as an index uses it, beside a fresh one: what the case
    // before left in its buckets must not come back.
    const reused = new TopK(0);
    for (const [n, k] of [
      [0, 5],
      [10, 0],
      [10, 1],
      [50, 50],
      [50, 80],
      [2000, 20],
      [2000, 1500],
    ] as const) {
      // Few distinct scores and some equal fits, so ties at every level are common.
      const fits = Array.from(
        { length: n },
        () => 40 + Math.floor(rng.uniform() * 48) / 4 + (rng.uniform() < 0.5 ? 0.003 : 0),
      );
      const ties = Array.from({ length: n }, () => rng.uniform());
      const expected = fits
        .map((fit, index) => ({ index, score: Math.round(fit) }))
        .sort((a, b) => b.score - a.score || fits[b.index]! - fits[a.index]! || ties[a.index]! - ties[b.index]!)
        .slice(0, k);
      const threshold = k === 0 ? Infinity : n >= k ? Math.floor(fits[expected.at(-1)!.index]! * 100) / 100 : -1;
      for (const [how, top] of [
        ['fresh', new TopK(k)],
        ['reset', reused.reset(k)],
      ] as const) {
        fits.forEach((fit, index) => top.offer(fit, index));
        assert.equal(top.threshold, threshold, `threshold for n ${n}, k ${k} (${how})`);
        assert.deepEqual(
          top.result(
            (i) => fits[i]!,
            (i) => ties[i]!,
          ),
          expected,
          `n ${n}, k ${k} (${how})`,
        );
      }
    }
  });

  it('refuses a fit outside 0-100', () => {
    assert.throws(() => new TopK(3).offer(100.6, 0), RangeError);
    assert.throws(() => new TopK(3).offer(-1, 0), RangeError);
    assert.throws(() => new TopK(3).offer(NaN, 0), RangeError);
  });
});
