import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMeasuredSkill, skills } from '../../skills/index.js';
import { checkB1 } from '../../skills/readability.js';
import { gameCategory } from '../games.js';
import { ITEM_BANK_VERSION, gameItems, itemBank } from './index.js';

const soft = skills.filter(isMeasuredSkill);

describe('item bank', () => {
  // That every item parses with the contract's schema is checked in the contract (domain-data.test.ts).
  it('has unique ids, all marked provisional', () => {
    assert.ok(ITEM_BANK_VERSION.includes('provisional'));
    for (const item of itemBank) assert.equal(item.provisional, true);
    assert.equal(new Set(itemBank.map((i) => i.id)).size, itemBank.length);
  });

  it('has at least 12 items in at least two formats for every soft skill, and no item of an unknown skill', () => {
    const ids = new Set(soft.map((s) => s.id));
    for (const item of itemBank) assert.ok(ids.has(item.skillId), `${item.id} → ${item.skillId}`);
    for (const s of soft) {
      const items = itemBank.filter((i) => i.skillId === s.id);
      assert.ok(items.length >= 12, `${s.id}: ${items.length} items`);
      assert.ok(new Set(items.map((i) => i.format)).size >= 2, `${s.id}: one format`);
    }
  });

  it('has at least three game mechanics', () => {
    assert.ok(new Set(gameItems.map((i) => i.game?.mechanic)).size >= 3);
  });

  it('keeps parameters plausible: a in 0.8-2.0 for cards and scenes, lower for games, thresholds ordered and spread', () => {
    for (const item of itemBank) {
      if (item.format === 'game') assert.ok(item.discrimination >= 0.5 && item.discrimination < 1.0, item.id);
      else
        assert.ok(item.discrimination >= 0.8 && item.discrimination <= 2.0, `${item.id}: a = ${item.discrimination}`);
      item.thresholds.forEach(
        (b, k) => k && assert.ok(b > item.thresholds[k - 1]!, `${item.id} thresholds not ordered`),
      );
    }
    const locations = itemBank.map((i) => i.thresholds.reduce((a, b) => a + b, 0) / i.thresholds.length);
    assert.ok(Math.min(...locations) <= -1 && Math.max(...locations) >= 1, 'locations spread over the trait range');
  });

  it('gives every scene options whose categories run 0..K, and cards a keying', () => {
    for (const item of itemBank) {
      if (item.format === 'sjt') {
        const cats = [...new Set(item.options!.map((o) => o.category))].sort();
        assert.deepEqual(
          cats,
          Array.from({ length: item.thresholds.length + 1 }, (_, k) => k),
          item.id,
        );
      }
      if (item.format === 'card') assert.ok(item.keyed, item.id);
    }
  });

  it('can give every category of every item: each game block reaches 0-3 with its number of trials', () => {
    for (const item of itemBank) {
      const categories = item.thresholds.length + 1;
      let reachable: Set<number>;
      if (item.format === 'game') {
        const { mechanic, trials } = item.game!;
        reachable = new Set(
          Array.from({ length: trials + 1 }, (_, counted) => gameCategory(mechanic, counted, trials)),
        );
      } else if (item.format === 'sjt') reachable = new Set(item.options!.map((o) => o.category));
      else reachable = new Set(Array.from({ length: 4 }, (_, choice) => choice)); // the four-point card scale
      assert.deepEqual(
        [...reachable].sort(),
        Array.from({ length: categories }, (_, k) => k),
        `${item.id}: categories that can occur`,
      );
    }
  });

  it('reads at B1 in Dutch and has English', () => {
    const texts = itemBank.flatMap((i) => [i.prompt, ...(i.options ?? []).map((o) => o.text)]);
    for (const t of texts) assert.ok(t.nl.trim() && t.en.trim());
    const report = checkB1(texts.map((t) => t.nl));
    assert.deepEqual(report.failures, [], report.failures.slice(0, 10).join('\n'));
  });
});
