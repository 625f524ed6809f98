import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Pseudonym } from '@pfw/contract';
import { newPseudonym } from './ids.js';

describe('pseudonyms', () => {
  it('are a word and a number people can say ("Zilverberk-17"), valid for the contract, and rarely the same', () => {
    const drawn = Array.from({ length: 2000 }, newPseudonym);
    for (const p of drawn) {
      assert.match(p, /^[A-Z][A-Za-z]{3,24}-\d{2,3}$/);
      assert.ok(Pseudonym.safeParse(p).success, p);
      assert.ok(!/([aeiou])\1\1/i.test(p), `${p}: three of a vowel in a row`);
    }
    assert.ok(new Set(drawn).size >= 1995, `${new Set(drawn).size} different of 2000`);
  });
});
