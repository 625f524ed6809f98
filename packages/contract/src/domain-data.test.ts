/** The domain's data, as core ships it, is valid on the wire: every item and the whole skill language parse. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemBank } from '@pfw/core/psychometrics';
import { skillLanguage } from '@pfw/core/skills';
import { Item } from './assessment.js';
import { SkillLanguage } from './skills.js';

describe("core's data against the contract", () => {
  it('every item of the bank parses as an Item', () => {
    for (const item of itemBank) {
      const r = Item.safeParse(item);
      assert.ok(r.success, `${item.id}: ${JSON.stringify(r.error?.issues)}`);
    }
  });

  it('the skill language parses as a SkillLanguage', () => {
    const result = SkillLanguage.safeParse(skillLanguage);
    assert.ok(result.success, JSON.stringify(result.error?.issues.slice(0, 5)));
  });
});
