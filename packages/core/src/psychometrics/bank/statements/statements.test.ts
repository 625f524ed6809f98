import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMeasuredSkill, skills } from '../../../skills/index.js';
import { checkB1, words } from '../../../skills/readability.js';
import { DESIRABILITY_INTERCEPT, STATEMENT_UNIQUENESS, type Desirability } from '../build.js';
import { itemBank } from '../index.js';
import { statementBank } from './index.js';

const soft = skills.filter(isMeasuredSkill);
const levels = Object.keys(DESIRABILITY_INTERCEPT) as Desirability[];

/** The desirability word back from μ: the builder sets μ by that word alone. */
function desirability(intercept: number): Desirability | undefined {
  return levels.find((d) => DESIRABILITY_INTERCEPT[d] === intercept);
}

describe('statement bank (forced choice)', () => {
  it('is about known soft skills only, in the order of the skills', () => {
    const ids = new Set(soft.map((s) => s.id));
    for (const s of statementBank) assert.ok(ids.has(s.skillId), `${s.id} → ${s.skillId}`);
    const order = [...new Set(statementBank.map((s) => s.skillId))];
    assert.deepEqual(
      order,
      soft.map((s) => s.id),
    );
  });

  it('has at least 10 statements per soft skill, at least 4 keyed each way', () => {
    for (const skill of soft) {
      const mine = statementBank.filter((s) => s.skillId === skill.id);
      assert.ok(mine.length >= 10, `${skill.id}: ${mine.length} statements`);
      for (const keyed of ['positive', 'negative'] as const) {
        const n = mine.filter((s) => s.keyed === keyed).length;
        assert.ok(n >= 4, `${skill.id}: ${n} ${keyed}`);
      }
    }
  });

  it('has ids that do not tell the keying (a step id lists its statements: it is public)', () => {
    // Until bank 2026.12f every skill had its positively keyed statements at st1-st5.
    for (const skill of soft) {
      const numbers = (keyed: string) =>
        statementBank
          .filter((s) => s.skillId === skill.id && s.keyed === keyed)
          .map((s) => Number(/-st(\d+)$/.exec(s.id)![1]))
          .sort((a, b) => a - b);
      const positive = numbers('positive');
      const negative = numbers('negative');
      assert.ok(Math.max(...positive) > Math.min(...negative), `${skill.id}: positives first (${positive})`);
      assert.ok(Math.max(...negative) > Math.min(...positive), `${skill.id}: negatives first (${negative})`);
      assert.ok(!positive.every((n) => n % 2 === positive[0]! % 2), `${skill.id}: positives all odd or all even`);
    }
    // No number is keyed the same way in most skills.
    for (let n = 1; n <= 10; n++) {
      const atN = statementBank.filter((s) => s.id.endsWith(`-st${n}`));
      const positive = atN.filter((s) => s.keyed === 'positive').length;
      assert.ok(positive >= 3 && positive <= atN.length - 3, `st${n}: ${positive} of ${atN.length} positive`);
    }
  });

  it('has unique ids, none shared with an item of the item bank', () => {
    assert.equal(new Set(statementBank.map((s) => s.id)).size, statementBank.length);
    const itemIds = new Set(itemBank.map((i) => i.id));
    for (const s of statementBank) {
      assert.ok(!itemIds.has(s.id), `${s.id} is also an item id`);
      // Block ids join two statement ids with "-vs-" (blocks.ts): a statement id must not hold it.
      assert.match(s.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(!s.id.includes('-vs-') && !s.id.startsWith('vs-') && !s.id.endsWith('-vs'), s.id);
    }
  });

  it('keeps parameters by the rule: |λ| 0.6-1.2 with the sign of the keying, μ a desirability word, provisional', () => {
    for (const s of statementBank) {
      const a = Math.abs(s.loading);
      assert.ok(a >= 0.6 && a <= 1.2, `${s.id}: |λ| = ${a}`);
      assert.equal(Math.sign(s.loading), s.keyed === 'positive' ? 1 : -1, s.id);
      assert.ok(desirability(s.intercept), `${s.id}: μ = ${s.intercept}`);
      assert.equal(s.uniqueness, STATEMENT_UNIQUENESS, s.id);
      assert.equal(s.provisional, true, s.id);
    }
  });

  it('can pair across skills: every desirability level has statements of at least 8 skills', () => {
    for (const level of levels) {
      const at = new Set(statementBank.filter((s) => desirability(s.intercept) === level).map((s) => s.skillId));
      assert.ok(at.size >= 8, `${level}: ${at.size} skills`);
    }
  });

  it('gives every skill statements at two desirability levels or more, negatives that are not all low, and a positive that is not low', () => {
    for (const skill of soft) {
      const mine = statementBank.filter((s) => s.skillId === skill.id);
      assert.ok(new Set(mine.map((s) => s.intercept)).size >= 2, `${skill.id}: one desirability level`);
      const mediumNegatives = mine.filter((s) => s.keyed === 'negative' && desirability(s.intercept) === 'medium');
      assert.ok(mediumNegatives.length >= 2, `${skill.id}: ${mediumNegatives.length} medium negatives`);
      assert.ok(
        mine.some((s) => s.keyed === 'positive' && desirability(s.intercept) !== 'low'),
        `${skill.id}: no positive at medium or high`,
      );
    }
  });

  it('reads at B1 in Dutch, at most 12 words a statement, and has English', () => {
    for (const s of statementBank) {
      assert.ok(s.text.nl.trim() && s.text.en.trim(), s.id);
      const n = words(s.text.nl).length;
      assert.ok(n <= 12, `${s.id}: ${n} words`);
    }
    const report = checkB1(statementBank.map((s) => s.text.nl));
    assert.deepEqual(report.failures, [], report.failures.slice(0, 10).join('\n'));
  });
});
