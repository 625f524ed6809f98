/**
 * The test's texts in the other reading languages (#25): the work scenes, the statements, and
 * the questions around them (game instructions, preferences), each a catalogue per language
 * keyed by the Dutch source, and the same in Eenvoudig Nederlands (A2). The builders of the bank put them beside
 * the source texts, so every step the server sends carries every language and a person can
 * switch language mid-test without a fallback to Dutch (a test checks nothing is missing).
 */
import type { LocalizedText, TranslatedLang } from '../../domain.js';
import { withA2, withTranslations } from '../../skills/data/translations/merge.js';
import type { Catalogue } from '../../text.js';
import questionsA2 from './questions/a2.js';
import questionsAr from './questions/ar.js';
import questionsPl from './questions/pl.js';
import questionsTr from './questions/tr.js';
import questionsUk from './questions/uk.js';
import scenesA2 from './scenes/a2.js';
import scenesAr from './scenes/ar.js';
import scenesPl from './scenes/pl.js';
import scenesTr from './scenes/tr.js';
import scenesUk from './scenes/uk.js';
import statementsA2 from './statements/a2.js';
import statementsAr from './statements/ar.js';
import statementsPl from './statements/pl.js';
import statementsTr from './statements/tr.js';
import statementsUk from './statements/uk.js';

/** Every language's catalogue (exported for the test that none lacks a text or keeps a stale one). */
export const BANK_CATALOGUES: Record<TranslatedLang, Catalogue> = {
  ar: { ...scenesAr, ...statementsAr, ...questionsAr },
  tr: { ...scenesTr, ...statementsTr, ...questionsTr },
  pl: { ...scenesPl, ...statementsPl, ...questionsPl },
  uk: { ...scenesUk, ...statementsUk, ...questionsUk },
};

/** Eenvoudig Nederlands (A2) of the test's texts, for readers who find B1 hard. */
export const BANK_A2: Catalogue = { ...scenesA2, ...statementsA2, ...questionsA2 };

/** A source text of the test with its translations and its A2 Dutch beside it. */
export const translated = (text: LocalizedText): LocalizedText =>
  withA2(
    withTranslations(text, (lang) => BANK_CATALOGUES[lang][text.nl]),
    BANK_A2,
  );
