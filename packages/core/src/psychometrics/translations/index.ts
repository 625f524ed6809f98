/**
 * The test's texts in the other reading languages (#25): the work scenes, the statements, and
 * the questions around them (game instructions, preferences, the research form), each a
 * catalogue per language keyed by the Dutch source. The builders of the bank put them beside
 * the source texts, so every step the server sends carries every language and a person can
 * switch language mid-test without a fallback to Dutch (a test checks nothing is missing).
 */
import type { LocalizedText, TranslatedLang } from '../../domain.js';
import { withTranslations } from '../../skills/data/translations/merge.js';
import type { Catalogue } from '../../text.js';
import questionsAr from './questions/ar.js';
import questionsPl from './questions/pl.js';
import questionsTr from './questions/tr.js';
import questionsUk from './questions/uk.js';
import scenesAr from './scenes/ar.js';
import scenesPl from './scenes/pl.js';
import scenesTr from './scenes/tr.js';
import scenesUk from './scenes/uk.js';
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

/** A source text of the test with its translations beside it. */
export const translated = (text: LocalizedText): LocalizedText =>
  withTranslations(text, (lang) => BANK_CATALOGUES[lang][text.nl]);
