/**
 * The micro-lessons and learning offers in every reading language (#25): every text has its
 * translation, in short sentences, and no catalogue keeps a text the content no longer has.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { A2_THRESHOLDS, longSentences } from '../../../readability.js';
import { learningOffers } from '../../learning-offers.js';
import { lessons } from '../../lessons.js';
import { TRANSLATED_LANGS, localizedTexts } from '../merge.js';
import { LEARNING_CATALOGUES } from './index.js';

const texts = localizedTexts(lessons, learningOffers);

describe('lessons and learning offers in every reading language', () => {
  for (const lang of TRANSLATED_LANGS)
    it(`${lang}: every text translated, in short sentences`, () => {
      assert.ok(texts.length > 100);
      assert.deepEqual(
        texts.filter((t) => !t[lang]?.trim()).map((t) => t.nl),
        [],
      );
      assert.deepEqual(longSentences(texts.map((t) => t[lang]!)), []);
    });

  it('A2: every text in Eenvoudig Nederlands, in sentences of at most 10 words', () => {
    assert.deepEqual(
      texts.filter((t) => !t.a2?.trim()).map((t) => t.nl),
      [],
    );
    assert.deepEqual(
      longSentences(
        texts.map((t) => t.a2!),
        A2_THRESHOLDS.maxSentenceWords,
      ),
      [],
    );
  });

  it('no catalogue keeps a text the content no longer has', () => {
    const sources = new Set(texts.map((t) => t.nl));
    for (const lang of [...TRANSLATED_LANGS, 'a2' as const])
      assert.deepEqual(
        Object.keys(LEARNING_CATALOGUES[lang]).filter((k) => !sources.has(k)),
        [],
        lang,
      );
  });
});
