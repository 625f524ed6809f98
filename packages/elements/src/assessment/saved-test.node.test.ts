/**
 * What a test leaves on a device (saved-test.ts): once its skillprint is made, no answer — also
 * not half of a block of three or of a game — only the skillprint id.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepOnlyResult, newTest } from './saved-test.js';

describe('a finished test on the device', () => {
  it('keeps the skillprint id and the anonymous token, not one answer', () => {
    const underWay = {
      ...newTest('ses_1', 'anon-token', 'nl', false, []),
      firstPick: { itemId: 'blk', choice: 2, afterMs: 4000 },
      gameTrials: { itemId: 'game-1', trials: [{ stimulus: 'a', response: 'b', correct: true, reactionMs: 900 }] },
      responses: [{ itemId: 'sjt-1', choice: 1, durationMs: 5000, answeredAt: '2026-12-03T10:00:00.000Z' }],
      unsent: ['sjt-1'],
      skillprintId: 'sp_1',
    };
    const kept = JSON.parse(JSON.stringify(keepOnlyResult('pfw-assessment:v1:test', underWay))) as Record<
      string,
      unknown
    >;
    assert.equal(kept.skillprintId, 'sp_1');
    assert.equal(kept.anonymousToken, 'anon-token', 'the only key to their skillprint');
    assert.deepEqual([kept.responses, kept.unsent, kept.firstPick, kept.gameTrials], [[], [], undefined, undefined]);
  });
});
