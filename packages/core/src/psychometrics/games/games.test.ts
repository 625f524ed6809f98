/** The games score what they claim (#17): content per level, practice kept apart, no speed scored. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GameMechanic, GameTrial } from '../../domain.js';
import { gameItems } from '../bank/index.js';
import {
  PLANNING_JOBS,
  PLANNING_PRACTICE_JOBS,
  PRACTICE_TRIALS,
  RISK_PRACTICE,
  RISK_SITUATIONS,
  SORTING_PRACTICE_BINS,
  expectedAnswer,
  planningSteps,
  riskSituations,
  scoreGameBlock,
  sortingBins,
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

describe('practice content', () => {
  const practice: Record<GameMechanic, readonly string[]> = {
    sorting: SORTING_PRACTICE_BINS,
    risk: RISK_PRACTICE,
    planning: PLANNING_PRACTICE_JOBS,
  };
  /** What a practice trial of this mechanic shows, and its expected half, at a level. */
  const practiceTrial = (mechanic: GameMechanic, what: string, level: number): GameTrial => {
    if (mechanic === 'sorting') return trial(`${what}>${what}`, what);
    if (mechanic === 'risk') return trial(`${what}>0`, '0');
    const start = Array.from({ length: planningSteps(level) }, (_, i) => planningSteps(level) - 1 - i).join('');
    return trial(`${what}:${start}>${(start.length * (start.length - 1)) / 2}`, '3');
  };

  it('is never content of a scored level, and covers its practice round', () => {
    for (const level of LEVELS) {
      for (const bin of SORTING_PRACTICE_BINS) assert.ok(!sortingBins(level).includes(bin), bin);
      for (const s of RISK_PRACTICE) assert.ok(!(riskSituations(level) as readonly string[]).includes(s), s);
    }
    for (const job of PLANNING_PRACTICE_JOBS) assert.ok(!(PLANNING_JOBS as readonly string[]).includes(job), job);
    // Risk and planning show each situation or job once; sorting needs a choice of bins.
    assert.ok(RISK_PRACTICE.length >= PRACTICE_TRIALS.risk);
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
