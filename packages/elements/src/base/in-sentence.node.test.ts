import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inSentence } from './in-sentence.js';

describe('inSentence', () => {
  it('lowers the first letter of a name, and keeps abbreviations as they are', () => {
    assert.equal(inSentence('Verzorgende IG'), 'verzorgende IG');
    assert.equal(inSentence('MBO-verpleegkundige'), 'MBO-verpleegkundige');
    assert.equal(inSentence('Kok'), 'kok');
    assert.equal(inSentence('Ünlü'), 'ünlü');
    assert.equal(inSentence(''), '');
  });
});
