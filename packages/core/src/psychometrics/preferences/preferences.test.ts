import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { environment } from '../../skills/data/environment.js';
import { interests } from '../../skills/data/interests.js';
import { checkB1, words } from '../../skills/readability.js';
import { ResponseError } from '../responses.js';
import {
  environmentQuestions,
  interestPairs,
  interestPrompt,
  preferenceQuestion,
  preferenceQuestionIds,
  scorePreferences,
} from './index.js';

const areas = interests.map((i) => i.id);
const key = (a: string, b: string) => [a, b].sort().join('+');

describe('preference questions', () => {
  it('pair every interest area with every other exactly once, each area in five pairs', () => {
    assert.equal(interestPairs.length, 15);
    const seen = new Set<string>();
    for (const p of interestPairs) {
      assert.notEqual(p.first.interest, p.second.interest, p.id);
      const k = key(p.first.interest, p.second.interest);
      assert.ok(!seen.has(k), `${p.id}: ${k} again`);
      seen.add(k);
    }
    for (const area of areas) {
      const mine = interestPairs.filter((p) => p.first.interest === area || p.second.interest === area);
      assert.equal(mine.length, 5, area);
      const first = mine.filter((p) => p.first.interest === area).length;
      assert.ok(first >= 2 && first <= 3, `${area} shown first ${first} times`);
    }
  });

  it('never shows an area on two screens in a row', () => {
    for (let n = 1; n < interestPairs.length; n++) {
      const before = [interestPairs[n - 1]!.first.interest, interestPairs[n - 1]!.second.interest];
      const now = interestPairs[n]!;
      assert.ok(!before.includes(now.first.interest) && !before.includes(now.second.interest), now.id);
    }
  });

  it('has one question per environment facet, answers low pole -2, no preference 0, high pole +2', () => {
    assert.deepEqual(
      environmentQuestions.map((q) => q.facetId),
      environment.map((f) => f.id),
    );
    for (const q of environmentQuestions) {
      assert.equal(q.id, `env-${q.facetId}`);
      assert.deepEqual(
        q.options.map((o) => o.value),
        [-2, 0, 2],
      );
    }
  });

  it('has unique ids int-1..int-15 then env-*, each found by preferenceQuestion, and picture ids', () => {
    assert.deepEqual(
      preferenceQuestionIds.slice(0, 15),
      Array.from({ length: 15 }, (_, i) => `int-${i + 1}`),
    );
    assert.equal(new Set(preferenceQuestionIds).size, 15 + environment.length);
    for (const id of preferenceQuestionIds) assert.equal(preferenceQuestion(id)?.id, id);
    assert.equal(preferenceQuestion('nope'), undefined);
    const pictures = interestPairs.flatMap((p) => [p.first.picture, p.second.picture]);
    for (const p of pictures) assert.match(p, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(new Set(pictures).size, pictures.length, 'a picture is used twice');
  });

  it('reads at B1 in Dutch, at most 8 words an activity, and has English', () => {
    const activities = interestPairs.flatMap((p) => [p.first, p.second]);
    for (const a of activities) {
      assert.ok(a.text.nl.trim() && a.text.en.trim(), a.picture);
      assert.ok(words(a.text.nl).length <= 8, `${a.text.nl}: too long`);
    }
    const texts = [interestPrompt, ...activities.map((a) => a.text)];
    for (const q of environmentQuestions) texts.push(q.prompt, ...q.options.map((o) => o.text));
    for (const t of texts) assert.ok(t.nl.trim() && t.en.trim(), t.nl);
    const report = checkB1(texts.map((t) => t.nl));
    assert.deepEqual(report.failures, [], report.failures.join('\n'));
  });

  it('expects a few seconds an answer', () => {
    for (const q of [...interestPairs, ...environmentQuestions])
      assert.ok(q.expectedSeconds > 2.5 && q.expectedSeconds <= 20, `${q.id}: ${q.expectedSeconds} s`);
  });
});

describe('scorePreferences', () => {
  it('scores each area as the share of its answered pairs in which it was chosen', () => {
    const all = scorePreferences(interestPairs.map((p) => ({ id: p.id, choice: 0 })));
    // Always the first: areas shown first three times score 60, twice 40.
    assert.deepEqual(all.interests, [
      { interestId: 'realistic', score: 60 },
      { interestId: 'investigative', score: 60 },
      { interestId: 'artistic', score: 40 },
      { interestId: 'social', score: 40 },
      { interestId: 'enterprising', score: 40 },
      { interestId: 'conventional', score: 60 },
    ]);
    assert.deepEqual(all.environment, []);
    // Always the realistic side where there is one, else the first.
    const practical = scorePreferences(
      interestPairs.map((p) => ({ id: p.id, choice: p.second.interest === 'realistic' ? 1 : 0 })),
    );
    assert.equal(practical.interests.find((i) => i.interestId === 'realistic')?.score, 100);
  });

  it('leaves out areas and facets that were not answered', () => {
    assert.deepEqual(scorePreferences([]), { interests: [], environment: [] });
    // int-1 is realistic vs conventional: only those two get a score.
    assert.deepEqual(scorePreferences([{ id: 'int-1', choice: 1 }]).interests, [
      { interestId: 'realistic', score: 0 },
      { interestId: 'conventional', score: 100 },
    ]);
    // Three of the five pairs with "social" answered, chosen in two: 2/3 rounds to 67.
    const social = scorePreferences([
      { id: 'int-3', choice: 0 },
      { id: 'int-5', choice: 0 },
      { id: 'int-7', choice: 1 },
    ]).interests.find((i) => i.interestId === 'social');
    assert.equal(social?.score, 67);
  });

  it('gives each answered facet -2, 0 or +2, in facet order', () => {
    const result = scorePreferences([
      { id: 'env-ground-heights', choice: 0 },
      { id: 'env-indoors-outdoors', choice: 2 },
      { id: 'env-calm-busy', choice: 1 },
    ]);
    assert.deepEqual(result.environment, [
      { facetId: 'indoors-outdoors', value: 2 },
      { facetId: 'calm-busy', value: 0 },
      { facetId: 'ground-heights', value: -2 },
    ]);
    assert.deepEqual(result.interests, []);
  });

  it('throws a ResponseError naming the field for an unknown id, a repeated id or a choice out of range', () => {
    const fails = (answers: { id: string; choice: number }[], field: string, message: RegExp) =>
      assert.throws(
        () => scorePreferences(answers),
        (e: unknown) => e instanceof ResponseError && e.field === field && message.test(e.message),
      );
    fails([{ id: 'int-99', choice: 0 }], 'id', /"int-99" is not a preference question/);
    fails(
      [
        { id: 'int-1', choice: 0 },
        { id: 'int-1', choice: 1 },
      ],
      'id',
      /more than once/,
    );
    fails([{ id: 'int-3', choice: 2 }], 'choice', /^choice must be 0 or 1 for "int-3"$/);
    fails([{ id: 'int-3', choice: -1 }], 'choice', /0 or 1/);
    fails([{ id: 'env-calm-busy', choice: 3 }], 'choice', /0, 1 or 2 for "env-calm-busy"/);
    fails([{ id: 'env-calm-busy', choice: 0.5 }], 'choice', /0, 1 or 2/);
  });
});
