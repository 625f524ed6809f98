import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RAPID_GUESS_MAX_SECONDS, RAPID_GUESS_SHARE, isRapidGuess, unitSeconds, type Unit } from './adaptive.js';
import type { RawAnswer } from './administration.js';
import { createAdministration, createAssessmentEngine } from './assessment.js';
import { Random } from './random.js';
import { sampleAnswer } from './simulate.js';

/** The first units of a test as it chooses them for someone answering as a strong person would. */
function playedUnits(seed: number, count: number) {
  const engine = createAssessmentEngine();
  const rng = new Random(seed);
  let state = engine.start(seed);
  const played: { unit: Unit; category: number }[] = [];
  for (let i = 0; i < count; i++) {
    const next = engine.next(state);
    const unit = next.unit;
    if (!unit) break;
    const category = sampleAnswer(unit, () => 1.5, rng);
    played.push({ unit, category });
    state = engine.answer(next.state, unit.id, category);
  }
  return played;
}

describe('rapid guesses (answers too fast to have been read)', () => {
  it('are answers under a tenth of a scene’s or block’s expected time, at most 10 s; never a game’s', () => {
    const units = playedUnits(4, 20);
    const block = units.find((u) => u.unit.kind === 'block')!.unit;
    const scene = units.find((u) => u.unit.kind === 'item' && u.unit.item.format === 'sjt')!.unit;
    const game = units.find((u) => u.unit.kind === 'item' && u.unit.item.format === 'game')!.unit;
    for (const unit of [block, scene]) {
      const expected = unitSeconds(unit);
      const limit = Math.min(RAPID_GUESS_MAX_SECONDS, RAPID_GUESS_SHARE * expected);
      assert.ok(limit > 1 && limit < 4, `${unit.id}: ${limit} s`);
      assert.ok(isRapidGuess(unit, 0.5), `${unit.id}: half a second`);
      assert.ok(isRapidGuess(unit, limit - 0.01), unit.id);
      assert.ok(!isRapidGuess(unit, limit), unit.id);
      assert.ok(!isRapidGuess(unit, expected * 0.3), `${unit.id}: a fast reader`);
    }
    assert.ok(!isRapidGuess(game, 0.1), 'a game block is scored by its trials');
    // The cap: a unit expected to take 3 minutes is read in 12 s (a tenth would be 18 s).
    const long = { ...scene, item: { ...(scene as Extract<Unit, { kind: 'item' }>).item, expectedSeconds: 180 } };
    assert.ok(!isRapidGuess(long as Unit, 12));
    assert.ok(isRapidGuess(long as Unit, 9));
  });

  it('count their time but are no evidence: the estimates are those of the other answers', () => {
    const engine = createAssessmentEngine();
    const played = playedUnits(9, 18);
    const rapid = (k: number) => k % 3 === 1 && played[k]!.unit.kind !== 'item';
    const record = (keep: (k: number) => boolean, seconds: (k: number) => number) => {
      let state = engine.start(9);
      played.forEach(({ unit, category }, k) => {
        if (keep(k)) state = engine.record(state, unit, category, seconds(k));
      });
      return state;
    };
    const expected = (k: number) => unitSeconds(played[k]!.unit);
    // Every third block answered in half a second, the rest at their pace…
    const withRapid = record(
      () => true,
      (k) => (rapid(k) ? 0.5 : expected(k)),
    );
    // …estimates as if those blocks had not been shown at all.
    const without = record((k) => !rapid(k), expected);
    assert.ok(played.some((_, k) => rapid(k)));
    assert.deepEqual(engine.estimates(withRapid), engine.estimates(without));
    // And not as if they had been read: the same answers at their pace say more.
    const read = record(() => true, expected);
    assert.notDeepEqual(engine.estimates(read), engine.estimates(withRapid));
    // The test is not made longer for a quick tapper: each answer uses at least its expected time.
    assert.equal(engine.spent(withRapid), engine.spent(read));
    // The same from the stored answers alone (a new engine, nothing cached), as a server rebuilds it.
    const rebuilt = createAssessmentEngine();
    assert.deepEqual(rebuilt.estimates({ ...withRapid, answers: [...withRapid.answers] }), engine.estimates(without));
  });

  it('leave every skill unmeasured when someone taps through the whole test, and are not in person fit', () => {
    const administration = createAdministration();
    const { engine } = administration;
    const seed = 31;
    const answers: RawAnswer[] = [];
    let state = engine.start(seed);
    for (let i = 0; i < 30; i++) {
      const next = engine.next(state);
      const unit = next.unit;
      if (!unit) break;
      const raw = administration.rawAnswer(seed, unit.id, 0)!;
      // Games played as badly as they can be, in no time; scenes and blocks tapped in 0.4 s.
      answers.push({ ...raw, durationMs: 400 });
      state = engine.record(next.state, unit, administration.category(seed, raw), 0.4);
    }
    const { estimates } = administration.result(seed, answers);
    const games = answers.filter((a) => a.trials).length;
    for (const e of estimates.filter((e) => !e.formats.includes('game'))) assert.equal(e.items, 0, e.skillId);
    assert.ok(games < answers.length / 2);
    const theta = new Map(estimates.map((e) => [e.skillId, e.theta]));
    // Person fit reads the games only: the same as from the game answers alone.
    const fit = administration.personFit(seed, answers, theta);
    assert.deepEqual(
      fit,
      administration.personFit(
        seed,
        answers.filter((a) => a.trials),
        theta,
      ),
    );
    const paced = administration.personFit(
      seed,
      answers.map((a) => ({ ...a, durationMs: 30_000 })),
      theta,
    );
    assert.notDeepEqual(paced, fit);
  });
});
