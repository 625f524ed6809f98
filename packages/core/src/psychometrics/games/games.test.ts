/** The games score what they claim (#17): content per level, practice kept apart, no speed scored. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GameMechanic, GameTrial } from '../../domain.js';
import { gameItems } from '../bank/index.js';
import {
  GAME_RULES,
  PLANNING_JOBS,
  PLANNING_PRACTICE_JOBS,
  PRACTICE_TRIALS,
  QUEUE_PRACTICE,
  QUEUE_SITUATIONS,
  RISK_PRACTICE,
  RISK_SITUATIONS,
  SORTING_PRACTICE_BINS,
  expectedAnswer,
  planningSteps,
  queuePeople,
  queueSituations,
  riskSituations,
  scoreGameBlock,
  sortingBins,
  trialCounts,
} from './index.js';
import { ResponseError, categoryOf, indexItems } from '../responses.js';

const LEVELS = [1, 2, 3, 4] as const;
const index = indexItems(gameItems);
const trial = (stimulus: string, response: string | null, reactionMs = 1000): GameTrial => ({
  stimulus,
  response,
  correct: true,
  reactionMs,
});

describe('risk game content per level', () => {
  it('gives every level situations of its own, at least as many as its block has trials', () => {
    const all = LEVELS.flatMap((level) => riskSituations(level));
    assert.equal(new Set(all).size, all.length, 'no situation in two levels');
    for (const item of gameItems.filter((i) => i.game!.mechanic === 'risk')) {
      const { level, trials } = item.game!;
      assert.ok(riskSituations(level).length >= trials, `${item.id}: ${riskSituations(level).length} situations`);
    }
    assert.deepEqual(Object.keys(RISK_SITUATIONS), ['1', '2', '3', '4']);
  });

  it('accepts at a level only that level’s situations', () => {
    for (const level of LEVELS)
      for (const other of LEVELS)
        for (const situation of riskSituations(other))
          assert.equal(
            expectedAnswer('risk', situation, level),
            level === other ? '0' : undefined,
            `${situation} (level ${other}) shown at level ${level}`,
          );
    const risk2 = gameItems.find((i) => i.id === 'game-risk-2')!;
    const fromLevel1 = riskSituations(1).slice(0, risk2.game!.trials);
    const padded = [...fromLevel1, ...riskSituations(2)].slice(0, risk2.game!.trials);
    assert.throws(
      () => categoryOf(index, { itemId: risk2.id, trials: padded.map((s) => trial(`${s}>0`, '0')) }),
      (e: unknown) => e instanceof ResponseError && e.field === 'trials[0].stimulus',
    );
  });
});

describe('queue game (helping customers)', () => {
  const queueItems = gameItems.filter((i) => i.game!.mechanic === 'queue');
  const block = (level: number, responses: readonly string[], reactionMs = 15000): GameTrial[] =>
    responses.map((response, k) => trial(`${queueSituations(level)[k]!}>0`, response, reactionMs));

  it('gives every level situations of its own, at least as many as its block has trials, and more people higher up', () => {
    const all = LEVELS.flatMap((level) => queueSituations(level));
    assert.equal(new Set(all).size, all.length, 'no situation in two levels');
    assert.deepEqual(Object.keys(QUEUE_SITUATIONS), ['1', '2', '3', '4']);
    assert.equal(queueItems.length, 4);
    for (const item of queueItems) {
      const { level, trials } = item.game!;
      assert.equal(item.skillId, 'customer-focus');
      assert.ok(queueSituations(level).length >= trials, `${item.id}: ${queueSituations(level).length} situations`);
    }
    assert.deepEqual(
      LEVELS.map((level) => queuePeople(level)),
      [2, 3, 3, 4],
    );
  });

  it('accepts at a level only that level’s situations, and practice at none', () => {
    for (const level of LEVELS) {
      for (const other of LEVELS)
        for (const situation of queueSituations(other))
          assert.equal(
            expectedAnswer('queue', situation, level),
            level === other ? '0' : undefined,
            `${situation} (level ${other}) shown at level ${level}`,
          );
      for (const practice of QUEUE_PRACTICE) assert.equal(expectedAnswer('queue', practice, level), undefined);
      assert.equal(expectedAnswer('queue', 'someone-else', level), undefined);
    }
    const item = queueItems.find((i) => i.game!.level === 2)!;
    const fromLevel1 = block(
      1,
      Array.from({ length: item.game!.trials }, () => '0'),
    );
    assert.throws(
      () => categoryOf(index, { itemId: item.id, trials: fromLevel1 }),
      (e: unknown) => e instanceof ResponseError && e.field === 'trials[0].stimulus',
    );
    // A stimulus that claims another option is the best one is refused too.
    const claimed = block(2, ['1', '0', '0', '0']).map((t, k) =>
      k === 0 ? { ...t, stimulus: t.stimulus.replace('>0', '>1') } : t,
    );
    assert.throws(() => scoreGameBlock('queue', claimed, { level: 2 }), /trials\[0\]\.stimulus/);
  });

  it('shows each situation once per block', () => {
    const first = queueSituations(3)[0]!;
    const twice = [...block(3, ['0', '0', '0', '0']), trial(`${first}>0`, '0')];
    assert.throws(
      () => scoreGameBlock('queue', twice, { level: 3 }),
      /trials\[4\]\.stimulus shows "parking" a second time/,
    );
  });

  it('counts the best option only: the category follows how many times it was chosen', () => {
    for (const item of queueItems) {
      const { level, trials } = item.game!;
      const categories = Array.from({ length: trials + 1 }, (_, good) =>
        categoryOf(index, {
          itemId: item.id,
          // `good` times the best person, the others a person that is not the best (any of them).
          trials: block(
            level,
            Array.from({ length: trials }, (_, k) => (k < good ? '0' : String(1 + (k % (queuePeople(level) - 1))))),
          ),
        }),
      );
      assert.equal(categories[0], 0, item.id);
      assert.equal(categories[trials], 3, item.id);
      for (let k = 1; k < categories.length; k++)
        assert.ok(categories[k]! >= categories[k - 1]!, `${item.id}: ordered`);
      assert.deepEqual(new Set(categories), new Set([0, 1, 2, 3]), `${item.id}: every category`);
    }
    // What the client says about correctness is not taken on trust.
    const claimed = block(1, ['1', '1', '1', '1']).map((t) => ({ ...t, correct: true }));
    assert.equal(scoreGameBlock('queue', claimed, { level: 1 }), 0);
    assert.equal(scoreGameBlock('queue', block(1, ['0', '0', '0', '1']), { level: 1 }), 2);
    assert.equal(scoreGameBlock('queue', block(1, ['0', '0', '1', '1']), { level: 1 }), 1);
  });

  it('samples valid trials at every level: the scorer accepts them and they score as sampled', () => {
    for (const item of queueItems) {
      const { level, trials } = item.game!;
      for (let good = 0; good <= trials; good++) {
        const sampled = GAME_RULES.queue.sample(level, trials, (k) => k < good);
        for (const t of sampled) assert.ok(Number(t.response) < queuePeople(level), `${item.id}: ${t.response}`);
        assert.equal(sampled.filter((t) => trialCounts('queue', t)).length, good, item.id);
        assert.doesNotThrow(() => scoreGameBlock('queue', sampled, { level }));
      }
    }
  });

  it('never scores speed', () => {
    for (const item of queueItems) {
      const { level, trials } = item.game!;
      const responses = Array.from({ length: trials }, (_, k) => (k === 1 ? '1' : '0'));
      const quick = categoryOf(index, { itemId: item.id, trials: block(level, responses, 200) });
      for (const reactionMs of [0, 1500, 60_000, 600_000])
        for (const timeFactor of [1, 1.5])
          assert.equal(
            categoryOf(index, { itemId: item.id, trials: block(level, responses, reactionMs) }, { timeFactor }),
            quick,
            `${item.id} at ${reactionMs} ms`,
          );
    }
  });
});

describe('practice content', () => {
  const practice: Record<GameMechanic, readonly string[]> = {
    sorting: SORTING_PRACTICE_BINS,
    risk: RISK_PRACTICE,
    planning: PLANNING_PRACTICE_JOBS,
    queue: QUEUE_PRACTICE,
  };
  /** What a practice trial of this mechanic shows, and its expected half, at a level. */
  const practiceTrial = (mechanic: GameMechanic, what: string, level: number): GameTrial => {
    if (mechanic === 'sorting') return trial(`${what}>${what}`, what);
    if (mechanic === 'risk' || mechanic === 'queue') return trial(`${what}>0`, '0');
    const start = Array.from({ length: planningSteps(level) }, (_, i) => planningSteps(level) - 1 - i).join('');
    return trial(`${what}:${start}>${(start.length * (start.length - 1)) / 2}`, '3');
  };

  it('is never content of a scored level, and covers its practice round', () => {
    for (const level of LEVELS) {
      for (const bin of SORTING_PRACTICE_BINS) assert.ok(!sortingBins(level).includes(bin), bin);
      for (const s of RISK_PRACTICE) assert.ok(!(riskSituations(level) as readonly string[]).includes(s), s);
      for (const s of QUEUE_PRACTICE) assert.ok(!(queueSituations(level) as readonly string[]).includes(s), s);
    }
    for (const job of PLANNING_PRACTICE_JOBS) assert.ok(!(PLANNING_JOBS as readonly string[]).includes(job), job);
    // Risk and planning show each situation or job once; sorting needs a choice of bins.
    assert.ok(RISK_PRACTICE.length >= PRACTICE_TRIALS.risk);
    assert.ok(QUEUE_PRACTICE.length >= PRACTICE_TRIALS.queue);
    assert.ok(PLANNING_PRACTICE_JOBS.length >= PRACTICE_TRIALS.planning);
    assert.ok(SORTING_PRACTICE_BINS.length >= 2 && PRACTICE_TRIALS.sorting >= 1);
  });

  it('is refused in every scored block of the bank', () => {
    for (const item of gameItems) {
      const { mechanic, level, trials } = item.game!;
      for (const what of practice[mechanic]) {
        const shown = practiceTrial(mechanic, what, level).stimulus.split('>')[0]!;
        assert.equal(expectedAnswer(mechanic, shown, level), undefined, `${item.id}: practice "${shown}"`);
        // A block of practice trials sent as the scored block.
        const block = Array.from({ length: trials }, () => practiceTrial(mechanic, what, level));
        assert.throws(
          () => categoryOf(index, { itemId: item.id, trials: block }),
          (e: unknown) => e instanceof ResponseError && e.field === 'trials[0].stimulus',
          `${item.id}: practice "${what}" accepted`,
        );
      }
    }
  });
});

describe('no game scores speed', () => {
  it('gives the same category whatever the reaction times, with or without extra time', () => {
    for (const item of gameItems.filter((i) => i.game!.mechanic === 'sorting')) {
      const bins = sortingBins(item.game!.level);
      const block = (reactionMs: number) =>
        Array.from({ length: item.game!.trials }, (_, n) => {
          const bin = bins[n % bins.length]!;
          return trial(`${bin}>${bin}`, n % 4 === 3 ? bins[(n + 1) % bins.length]! : bin, reactionMs);
        });
      const fast = categoryOf(index, { itemId: item.id, trials: block(300) });
      for (const reactionMs of [0, 3999, 4001, 60_000])
        for (const timeFactor of [1, 1.5])
          assert.equal(categoryOf(index, { itemId: item.id, trials: block(reactionMs) }, { timeFactor }), fast);
    }
    const slowRisk = riskSituations(1).map((s) => trial(`${s}>0`, '0', 600_000));
    assert.equal(scoreGameBlock('risk', slowRisk, { level: 1 }), 3);
  });
});
