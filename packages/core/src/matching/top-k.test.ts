import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../psychometrics/random.js';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the best k, ties by the lower index, as sorting everything would', () => {
    const rng = new Random(9);
    for (const [n, k] of [
      [0, 5],
      [10, 0],
      [10, 1],
      [50, 50],
      [50, 80],
      [2000, 20],
      [2000, 1500],
    ] as const) {
      // Few distinct scores, so ties are common.
      const scores = Array.from({ length: n }, () => 40 + Math.floor(rng.uniform() * 12));
      const top = new TopK(k);
      scores.forEach((score, index) => top.offer(score, index));
      const expected = scores
        .map((score, index) => ({ index, score }))
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, k);
      assert.deepEqual(top.result(), expected, `n ${n}, k ${k}`);
      const threshold = k === 0 ? Infinity : n >= k ? expected.at(-1)!.score : -1;
      assert.equal(top.threshold, threshold, `threshold for n ${n}, k ${k}`);
    }
  });

  it('refuses what it cannot rank correctly: a score outside 0-100, or indexes out of order', () => {
    assert.throws(() => new TopK(3).offer(100.5, 0), RangeError);
    assert.throws(() => new TopK(3).offer(-1, 0), RangeError);
    const top = new TopK(3);
    top.offer(50, 4);
    assert.throws(() => top.offer(60, 2), RangeError);
  });
});
