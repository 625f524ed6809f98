/** The games score what they claim (#17): content per level, practice kept apart, no speed scored. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GameMechanic, GameTrial } from '../../domain.js';
import { gameItems } from '../bank/index.js';
import {
  GAME_RULES,
  PLANNING_JOBS,
  PLANNING_MIN_INVERSIONS,
  PLANNING_PRACTICE_JOBS,
  PRACTICE_TRIALS,
  QUEUE_PRACTICE,
  QUEUE_SITUATIONS,
  RISK_PRACTICE,
  RISK_SITUATIONS,
  SORTING_PRACTICE_BINS,
  TEAM_CASES,
  TEAM_PRACTICE,
  TEAM_SITUATIONS,
  expectedAnswer,
  fewestMoves,
  isRightOrder,
  planningSteps,
  rightOrdersOf,
  queuePeople,
  queueSituations,
  riskSituations,
  scoreGameBlock,
  sortingBins,
  teamBest,
  teamDone,
  teamOptions,
  teamOutcome,
  teamSituations,
  trialCounts,
  type PlanningJob,
  type TeamCase,
  type TeamOption,
  type TeamSituation,
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

describe('team game (working together)', () => {
  const teamItems = gameItems.filter((i) => i.game!.mechanic === 'team');
  const OPTIONS: readonly TeamOption[] = ['help', 'own', 'leader', 'tip'];
  const bestAt = (level: number, id: TeamSituation) => teamBest(id, teamOptions(level))!;
  /** A block of a level: every situation in order, answered with `choose`. */
  const block = (level: number, choose: (id: TeamSituation, k: number) => string, reactionMs = 30000): GameTrial[] =>
    teamSituations(level).map((id, k) => trial(`${id}>${bestAt(level, id)}`, choose(id, k), reactionMs));
  const categoryAt = (level: number, choose: (id: TeamSituation, k: number) => string) =>
    categoryOf(index, { itemId: `game-team-${level}`, trials: block(level, choose) });

  it('gives every level situations of its own, all of them in its block, and more options higher up', () => {
    const all = LEVELS.flatMap((level) => teamSituations(level));
    assert.equal(new Set(all).size, all.length, 'no situation in two levels');
    assert.deepEqual(Object.keys(TEAM_SITUATIONS), ['1', '2', '3', '4']);
    assert.equal(teamItems.length, 4);
    for (const item of teamItems) {
      const { level, trials } = item.game!;
      assert.equal(item.skillId, 'working-together');
      assert.ok(item.discrimination >= 0.6 && item.discrimination <= 0.9, item.id);
      // Every situation of the level in every block: the mix of best options is the same for everyone.
      assert.equal(teamSituations(level).length, trials, item.id);
    }
    assert.deepEqual(
      LEVELS.map((level) => teamOptions(level)),
      [
        ['help', 'own'],
        ['help', 'own'],
        ['help', 'own', 'leader'],
        ['help', 'own', 'leader', 'tip'],
      ],
    );
    // Every case is used: in one level or in practice.
    assert.deepEqual(new Set([...all, ...TEAM_PRACTICE]), new Set(Object.keys(TEAM_CASES)));
  });

  it('shows simple numbers: multiples of 5 minutes up to an hour, the extras only where their level has them', () => {
    for (const level of LEVELS)
      for (const id of teamSituations(level)) {
        const c: TeamCase = TEAM_CASES[id];
        const minutes = [c.mine, c.theirs, ...c.help, ...(c.tip ?? []), c.deadline ?? 5];
        for (const m of minutes) assert.ok(m % 5 === 0 && m >= 0 && m <= 60, `${id}: ${m}`);
        assert.ok(c.mine > 0 && c.theirs > 0 && c.help[0] > 0, id);
        assert.equal(c.tip !== undefined, level === 4, `${id}: a tip only at level 4, and every time there`);
        if (c.deadline !== undefined || c.blocked)
          assert.ok(level >= 3, `${id}: a deadline or a blocked colleague from level 3`);
        // Going on with your own work always meets your deadline; nobody ends at 0 minutes or less.
        assert.ok(c.mine <= (c.deadline ?? Infinity), id);
        for (const option of ['help', 'tip'] as const) {
          const after = teamOutcome(id, option);
          if (after?.theirs != null) assert.ok(after.theirs >= 5, `${id} ${option}`);
        }
        // A blocked colleague stays blocked whatever you do yourself: helping saves nothing.
        if (c.blocked) assert.ok(c.help[1] === 0 && (c.tip?.[1] ?? 0) === 0, id);
      }
  });

  it('has one clear best option for the team in every situation: the next best is at least 5 minutes later, or never done', () => {
    for (const level of LEVELS)
      for (const id of teamSituations(level)) {
        const options = teamOptions(level);
        const best = teamBest(id, options);
        assert.ok(best, `${id}: a best option`);
        for (const other of options.filter((o) => o !== best))
          assert.ok(teamDone(id, other) >= teamDone(id, best) + 5, `${id}: ${other} is close to ${best}`);
      }
    // Practice: help or go on, one of each.
    assert.deepEqual(
      TEAM_PRACTICE.map((id) => teamBest(id, teamOptions(1))),
      ['help', 'own'],
    );
    // The rule itself: the team is done when the last one is done.
    assert.equal(teamDone('warehouse', 'help'), 20);
    assert.equal(teamDone('warehouse', 'own'), 40);
    assert.equal(teamDone('truck', 'help'), Infinity, 'helping makes you miss the truck');
    assert.equal(teamDone('site-lift', 'help'), Infinity, 'helping does not open the lift');
    assert.equal(teamDone('site-lift', 'leader'), 30);
    assert.equal(teamDone('scanner', 'leader'), Infinity, 'the leader is not needed when you can fix it');
  });

  it('needs every option somewhere, and makes a deadline decide at levels 3 and 4', () => {
    for (const level of LEVELS) {
      const bests = new Set(teamSituations(level).map((id) => bestAt(level, id)));
      assert.deepEqual(bests, new Set(teamOptions(level)), `level ${level}: every option is best somewhere`);
    }
    for (const level of [3, 4]) {
      // Without the deadline, helping would get the team done sooner than the best option.
      const decided = teamSituations(level).filter((id) => {
        const c: TeamCase = TEAM_CASES[id];
        const help = teamOutcome(id, 'help')!;
        return (
          c.deadline !== undefined &&
          help.theirs !== null &&
          help.mine > c.deadline &&
          Math.max(help.mine, help.theirs) < teamDone(id, bestAt(level, id))
        );
      });
      assert.ok(decided.length >= 1, `level ${level}: a deadline decides`);
    }
  });

  it('accepts at a level only that level’s situations with their best option, and practice at none', () => {
    for (const level of LEVELS) {
      for (const other of LEVELS)
        for (const id of teamSituations(other))
          assert.equal(
            expectedAnswer('team', id, level),
            level === other ? bestAt(level, id) : undefined,
            `${id} (level ${other}) shown at level ${level}`,
          );
      for (const id of TEAM_PRACTICE) assert.equal(expectedAnswer('team', id, level), undefined, id);
      assert.equal(expectedAnswer('team', 'someone-else', level), undefined);
      assert.equal(expectedAnswer('team', 'constructor', level), undefined);
    }
    // A stimulus that claims another option is the best one is refused.
    const claimed = block(1, () => 'help').map((t, k) => (k === 0 ? { ...t, stimulus: 'warehouse>own' } : t));
    assert.throws(() => scoreGameBlock('team', claimed, { level: 1 }), /trials\[0\]\.stimulus/);
    // Level 1's situations sent as the level-2 block.
    const fromLevel1 = [...block(1, () => 'help'), trial(`cakes>help`, 'help')];
    assert.throws(
      () => categoryOf(index, { itemId: 'game-team-2', trials: fromLevel1 }),
      (e: unknown) => e instanceof ResponseError && e.field === 'trials[0].stimulus',
    );
  });

  it('shows each situation once per block', () => {
    const twice = [...block(2, () => 'own').slice(0, 4), trial('price-gun>own', 'own')];
    assert.throws(
      () => scoreGameBlock('team', twice, { level: 2 }),
      /trials\[4\]\.stimulus shows "price-gun" a second time/,
    );
  });

  it('counts the best option for the team only: the category follows how many times it was chosen', () => {
    for (const item of teamItems) {
      const { level, trials } = item.game!;
      const categories = Array.from({ length: trials + 1 }, (_, good) =>
        categoryAt(level, (id, k) => {
          const best = bestAt(level, id);
          return k < good ? best : teamOptions(level).find((o) => o !== best)!;
        }),
      );
      assert.equal(categories[0], 0, item.id);
      assert.equal(categories[trials], 3, item.id);
      for (let k = 1; k < categories.length; k++)
        assert.ok(categories[k]! >= categories[k - 1]!, `${item.id}: ordered`);
      assert.deepEqual(new Set(categories), new Set([0, 1, 2, 3]), `${item.id}: every category`);
    }
    // What the client says about correctness is not taken on trust.
    const claimed = block(1, () => 'leader').map((t) => ({ ...t, correct: true }));
    assert.equal(scoreGameBlock('team', claimed, { level: 1 }), 0);
  });

  it('scores "always help" and "never help" (and any one option every time) below category 2 at every level', () => {
    for (const level of LEVELS) {
      for (const option of OPTIONS)
        assert.ok(categoryAt(level, () => option) < 2, `level ${level}: always "${option}"`);
      // Never help: go on with your own work, or (higher up) pass it to the leader.
      assert.ok(categoryAt(level, (_, k) => (k % 2 ? 'leader' : 'own')) < 2, `level ${level}: never help`);
    }
    // "Help whoever has more work left" (ignoring costs, deadlines and who can fix it) does well at level 1 only.
    const whoIsBehind = (id: TeamSituation) => (TEAM_CASES[id].theirs > TEAM_CASES[id].mine ? 'help' : 'own');
    assert.equal(categoryAt(1, whoIsBehind), 3);
    for (const level of [2, 3, 4])
      assert.ok(categoryAt(level, whoIsBehind) < 2, `level ${level}: help whoever is behind`);
  });

  it('samples valid trials at every level: the scorer accepts them and they score as sampled', () => {
    for (const item of teamItems) {
      const { level, trials } = item.game!;
      for (let good = 0; good <= trials; good++) {
        const sampled = GAME_RULES.team.sample(level, trials, (k) => k < good);
        for (const t of sampled)
          assert.ok(teamOptions(level).includes(t.response as TeamOption), `${item.id}: ${t.response}`);
        assert.equal(sampled.filter((t) => trialCounts('team', t)).length, good, item.id);
        assert.doesNotThrow(() => scoreGameBlock('team', sampled, { level }));
      }
    }
  });

  it('never scores speed', () => {
    for (const item of teamItems) {
      const { level } = item.game!;
      const choose = (id: TeamSituation, k: number) => (k === 1 ? 'own' : bestAt(level, id));
      const quick = categoryOf(index, { itemId: item.id, trials: block(level, choose, 200) });
      for (const reactionMs of [0, 1500, 60_000, 600_000])
        for (const timeFactor of [1, 1.5])
          assert.equal(
            categoryOf(index, { itemId: item.id, trials: block(level, choose, reactionMs) }, { timeFactor }),
            quick,
            `${item.id} at ${reactionMs} ms`,
          );
    }
  });
});

describe('planning: every order the work allows is right', () => {
  const jobs = [...PLANNING_JOBS, ...PLANNING_PRACTICE_JOBS];
  const orders = (n: number): number[][] => {
    const all = (rest: number[]): number[][] =>
      rest.length <= 1 ? [rest] : rest.flatMap((x, i) => all(rest.filter((_, j) => j !== i)).map((o) => [x, ...o]));
    return all([...Array(n).keys()]);
  };
  /** The fewest neighbour swaps to a right order, by searching the swaps themselves (breadth first). */
  const bySwapping = (job: PlanningJob, start: number[]): number => {
    let frontier = [start];
    const seen = new Set([start.join('')]);
    for (let moves = 0; ; moves++) {
      if (frontier.some((o) => isRightOrder(job, o))) return moves;
      frontier = frontier.flatMap((o) =>
        o.slice(1).flatMap((_, i) => {
          const next = [...o];
          [next[i], next[i + 1]] = [next[i + 1]!, next[i]!];
          return seen.has(next.join('')) ? [] : (seen.add(next.join('')), [next]);
        }),
      );
    }
  };

  it('accepts the coffee a walkthrough made: the water after the coffee, before switching on', () => {
    // Level 2: filter in (0), coffee in the filter (1), switch on (2), water in (3).
    for (const order of [
      [0, 1, 3, 2],
      [3, 0, 1, 2],
      [0, 3, 1, 2],
    ])
      assert.ok(isRightOrder('coffee', order), order.join(''));
    assert.ok(!isRightOrder('coffee', [0, 1, 2, 3]), 'switched on without water');
    assert.ok(!isRightOrder('coffee', [1, 0, 3, 2]), 'coffee before the filter');
  });

  it('counts the fewest moves as a search over the swaps does, for every start of every job and level', () => {
    for (const job of jobs)
      for (const level of LEVELS) {
        const n = planningSteps(level);
        // Six steps have 720 starts: every 7th is plenty (and every start of the shorter levels).
        orders(n)
          .filter((_, i) => n < 6 || i % 7 === 0)
          .forEach((start) =>
            assert.equal(fewestMoves(job, start), bySwapping(job, start), `${job} ${start.join('')}`),
          );
      }
  });

  it('has one right order for the first three steps of every job, and puzzles far from every right order at every level', () => {
    for (const job of jobs) {
      assert.equal(rightOrdersOf(job, 3).length, 1, `${job}: a three-step puzzle needs one right order`);
      for (const level of LEVELS) {
        const n = planningSteps(level);
        const hard = orders(n).filter((start) => fewestMoves(job, start) >= PLANNING_MIN_INVERSIONS);
        assert.ok(hard.length >= 3, `${job} at level ${level}: ${hard.length} starts`);
        assert.ok(rightOrdersOf(job, n).every((o) => isRightOrder(job, o)));
      }
    }
  });
});

describe('practice content', () => {
  const practice: Record<GameMechanic, readonly string[]> = {
    sorting: SORTING_PRACTICE_BINS,
    risk: RISK_PRACTICE,
    planning: PLANNING_PRACTICE_JOBS,
    queue: QUEUE_PRACTICE,
    team: TEAM_PRACTICE,
  };
  /** What a practice trial of this mechanic shows, and its expected half, at a level. */
  const practiceTrial = (mechanic: GameMechanic, what: string, level: number): GameTrial => {
    if (mechanic === 'sorting') return trial(`${what}>${what}`, what);
    if (mechanic === 'risk' || mechanic === 'queue') return trial(`${what}>0`, '0');
    if (mechanic === 'team') {
      const best = teamBest(what as TeamSituation, teamOptions(level))!;
      return trial(`${what}>${best}`, best);
    }
    const start = Array.from({ length: planningSteps(level) }, (_, i) => planningSteps(level) - 1 - i).join('');
    return trial(`${what}:${start}>${(start.length * (start.length - 1)) / 2}`, '3');
  };

  it('is never content of a scored level, and covers its practice round', () => {
    for (const level of LEVELS) {
      for (const bin of SORTING_PRACTICE_BINS) assert.ok(!sortingBins(level).includes(bin), bin);
      for (const s of RISK_PRACTICE) assert.ok(!(riskSituations(level) as readonly string[]).includes(s), s);
      for (const s of QUEUE_PRACTICE) assert.ok(!(queueSituations(level) as readonly string[]).includes(s), s);
      for (const s of TEAM_PRACTICE) assert.ok(!(teamSituations(level) as readonly string[]).includes(s), s);
    }
    for (const job of PLANNING_PRACTICE_JOBS) assert.ok(!(PLANNING_JOBS as readonly string[]).includes(job), job);
    // Risk and planning show each situation or job once; sorting needs a choice of bins.
    assert.ok(RISK_PRACTICE.length >= PRACTICE_TRIALS.risk);
    assert.ok(QUEUE_PRACTICE.length >= PRACTICE_TRIALS.queue);
    assert.ok(TEAM_PRACTICE.length >= PRACTICE_TRIALS.team);
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
