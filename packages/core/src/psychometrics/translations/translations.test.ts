/**
 * The test in every reading language (#25): every text a step can show — scenes and their
 * options, statements, game instructions, preference questions, the block prompts — has its
 * translation in Arabic, Turkish, Polish and Ukrainian, so nobody meets Dutch or English in the
 * middle of their own language; no catalogue keeps a text the bank no longer has; and every
 * translation keeps to short sentences. A translation changes only words: an item's skill,
 * keying, categories and parameters are the source's, by construction (the catalogues hold text).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TranslatedLang } from '../../domain.js';
import { TRANSLATED_LANGS, localizedTexts } from '../../skills/data/translations/merge.js';
import {
  A2_THRESHOLDS,
  TR_MIN_CORPUS_EASE,
  atesmanEase,
  commonWordShare,
  longSentences,
} from '../../skills/readability.js';
import { COMMON_DUTCH_WORDS } from '../../skills/data/common-words-nl.js';
import { MORE_LIKE_YOU, MOST_LIKE_YOU } from '../administration.js';
import { gameItems, statementBank, writtenItems } from '../bank/index.js';
import { environmentQuestions, interestPairs, interestPrompt } from '../preferences/questions.js';
import { BANK_A2, BANK_CATALOGUES } from './index.js';

const shown = localizedTexts(writtenItems, statementBank, gameItems, interestPairs, environmentQuestions, [
  interestPrompt,
  MOST_LIKE_YOU,
  MORE_LIKE_YOU,
]);

describe('the test in every reading language', () => {
  it('finds the texts of every part of the test', () => {
    // Scenes with 3-4 options, two statements per skill at least, the preference questions.
    assert.ok(shown.length > 600, `only ${shown.length} texts`);
  });

  for (const lang of TRANSLATED_LANGS)
    it(`${lang}: every text a step can show is translated, in short sentences`, () => {
      const missing = shown.filter((text) => !text[lang]?.trim()).map((text) => text.nl);
      assert.deepEqual(missing, [], `${missing.length} texts without ${lang}`);
      const long = longSentences(shown.map((text) => text[lang]!));
      assert.deepEqual(long, [], `sentences over 15 words in ${lang}`);
    });

  it('Turkish reads easily by its own formula (Ateşman, at least 70: "easy")', () => {
    const ease = atesmanEase(shown.map((text) => text.tr!));
    assert.ok(ease >= TR_MIN_CORPUS_EASE, `Ateşman ${ease.toFixed(1)}`);
  });

  it('Eenvoudig Nederlands (A2): every text, in sentences of at most 10 words and everyday words', () => {
    const missing = shown.filter((text) => !text.a2?.trim()).map((text) => text.nl);
    assert.deepEqual(missing, [], `${missing.length} texts without A2`);
    const a2 = shown.map((text) => text.a2!);
    assert.deepEqual(longSentences(a2, A2_THRESHOLDS.maxSentenceWords), []);
    const share = commonWordShare(a2, COMMON_DUTCH_WORDS);
    const b1 = commonWordShare(
      shown.map((text) => text.nl),
      COMMON_DUTCH_WORDS,
    );
    assert.ok(
      share >= A2_THRESHOLDS.minCommonShare,
      `A2 ${(share * 100).toFixed(1)} % common words (B1: ${(b1 * 100).toFixed(1)} %)`,
    );
  });

  it('no catalogue keeps a text the test no longer shows', () => {
    const sources = new Set(shown.map((text) => text.nl));
    assert.deepEqual(
      Object.keys(BANK_A2).filter((key) => !sources.has(key)),
      [],
      'a2: stale entries',
    );
    const stale = (lang: TranslatedLang) => Object.keys(BANK_CATALOGUES[lang]).filter((key) => !sources.has(key));
    for (const lang of TRANSLATED_LANGS) assert.deepEqual(stale(lang), [], `${lang}: stale entries`);
  });

  it('a translation differs from its source (nothing left in Dutch by accident)', () => {
    for (const lang of TRANSLATED_LANGS) {
      const untranslated = shown.filter((text) => text[lang] === text.nl && /\s/.test(text.nl)).map((t) => t.nl);
      assert.deepEqual(untranslated, [], lang);
    }
  });
});
