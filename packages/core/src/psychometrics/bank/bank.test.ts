import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMeasuredSkill, skills } from '../../skills/index.js';
import { checkB1 } from '../../skills/readability.js';
import type { GameTrial, Item, SceneSetting } from '../../domain.js';
import { GAME_RULES } from '../games/index.js';
import { sampleTrials } from '../simulate.js';
import { categoryOf, indexItems } from '../responses.js';
import { ITEM_BANK_VERSION, gameItems, itemBank, statementBank } from './index.js';

const soft = skills.filter(isMeasuredSkill);

/** Every scene setting (the type's words: the compiler checks this list is complete). */
const SETTINGS = Object.keys({
  'care-home': 1,
  'home-care': 1,
  warehouse: 1,
  shop: 1,
  kitchen: 1,
  restaurant: 1,
  hotel: 1,
  construction: 1,
  'customer-home': 1,
  workshop: 1,
  delivery: 1,
} satisfies Record<SceneSetting, 1>) as SceneSetting[];

/**
 * Trial data a person could produce in a game block: the block's number of trials, content the
 * game shows at the block's level (the scorer refuses anything else), `good` of them done well.
 */
const possibleTrials = (item: Item, good: number): GameTrial[] => sampleTrials(item.game!, (n) => n < good);

describe('item bank', () => {
  // That every item parses with the contract's schema is checked in the contract (domain-data.test.ts).
  it('has unique ids, all marked provisional', () => {
    assert.ok(ITEM_BANK_VERSION.includes('provisional'));
    for (const item of itemBank) assert.equal(item.provisional, true);
    assert.equal(new Set(itemBank.map((i) => i.id)).size, itemBank.length);
  });

  it('measures every soft skill by behaviour (at least 6 scenes or games) and by statements, and no unknown skill', () => {
    const ids = new Set(soft.map((s) => s.id));
    for (const item of itemBank) assert.ok(ids.has(item.skillId), `${item.id} → ${item.skillId}`);
    for (const s of soft) {
      const items = itemBank.filter((i) => i.skillId === s.id);
      assert.ok(items.length >= 6, `${s.id}: ${items.length} items`);
      assert.ok(statementBank.filter((st) => st.skillId === s.id).length >= 10, `${s.id}: too few statements`);
    }
  });

  it('has at least three game mechanics', () => {
    assert.ok(new Set(gameItems.map((i) => i.game?.mechanic)).size >= 3);
  });

  it('keeps parameters plausible: a in 0.8-2.0 for scenes, lower for games, thresholds ordered and spread', () => {
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

  it('gives every scene options whose categories run 0..K', () => {
    for (const item of itemBank) {
      if (item.format === 'sjt') {
        const cats = [...new Set(item.options!.map((o) => o.category))].sort();
        assert.deepEqual(
          cats,
          Array.from({ length: item.thresholds.length + 1 }, (_, k) => k),
          item.id,
        );
      }
    }
  });

  it('can give every category of every item: each game block reaches 0-3 from real trial data', () => {
    const index = indexItems(itemBank);
    const games: string[] = [];
    for (const item of itemBank) {
      const categories = item.thresholds.length + 1;
      let reachable: Set<number>;
      if (item.format === 'game') {
        // Every possible number of good trials (0..n) in trials the game can show at this level,
        // scored as the server scores them.
        games.push(item.id);
        reachable = new Set(
          Array.from({ length: item.game!.trials + 1 }, (_, good) =>
            categoryOf(index, { itemId: item.id, trials: possibleTrials(item, good) }),
          ),
        );
      } else if (item.format === 'sjt') reachable = new Set(item.options!.map((o) => o.category));
      else reachable = new Set(Array.from({ length: 4 }, (_, choice) => choice)); // the four-point card scale
      assert.deepEqual(
        [...reachable].sort(),
        Array.from({ length: categories }, (_, k) => k),
        `${item.id}: categories that can occur`,
      );
    }
    assert.deepEqual(
      games,
      gameItems.map((i) => i.id),
      'every game block of the bank',
    );
    assert.equal(games.length, Object.keys(GAME_RULES).length * 4, 'every mechanic × four levels');
  });

  it('gives every scene a setting (its picture) and every setting a scene, games none', () => {
    const scenes = itemBank.filter((i) => i.format === 'sjt');
    for (const item of scenes) assert.ok(item.setting && SETTINGS.includes(item.setting), `${item.id}: no setting`);
    for (const item of gameItems) assert.equal(item.setting, undefined, item.id);
    assert.deepEqual(new Set(scenes.map((i) => i.setting)), new Set(SETTINGS), 'a setting without a scene');
  });

  it('reads at B1 in Dutch and has English', () => {
    const texts = itemBank.flatMap((i) => [i.prompt, ...(i.options ?? []).map((o) => o.text)]);
    for (const t of texts) assert.ok(t.nl.trim() && t.en.trim());
    const report = checkB1(texts.map((t) => t.nl));
    assert.deepEqual(report.failures, [], report.failures.slice(0, 10).join('\n'));
  });
});
