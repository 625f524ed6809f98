/**
 * Every language of a widget (and Eenvoudig Nederlands, `a2`) has every message (#25): the same keys as the Dutch, nested too,
 * and the same kind of value (a text, a function with as many arguments, a list as long). A
 * widget lists here the languages it speaks; a missing or extra message fails, so no person reads
 * Dutch in the middle of their own language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { A2_THRESHOLDS, TR_MIN_CORPUS_EASE, atesmanEase, longSentences } from '@pfw/core/readability';

/** The widgets' texts per language, Dutch first. */
const WIDGETS: Record<string, Record<string, () => Promise<{ default: unknown }>>> = {
  assessment: {
    nl: () => import('../assessment/i18n/nl.js'),
    en: () => import('../assessment/i18n/en.js'),
    ar: () => import('../assessment/i18n/ar.js'),
    tr: () => import('../assessment/i18n/tr.js'),
    pl: () => import('../assessment/i18n/pl.js'),
    uk: () => import('../assessment/i18n/uk.js'),
    a2: () => import('../assessment/i18n/a2.js'),
  },
  skillprint: {
    nl: () => import('../skillprint/i18n/nl.js'),
    en: () => import('../skillprint/i18n/en.js'),
    ar: () => import('../skillprint/i18n/ar.js'),
    tr: () => import('../skillprint/i18n/tr.js'),
    pl: () => import('../skillprint/i18n/pl.js'),
    uk: () => import('../skillprint/i18n/uk.js'),
    a2: () => import('../skillprint/i18n/a2.js'),
  },
  'skillprint (sharing)': {
    nl: () => import('../skillprint/i18n/sharing.nl.js'),
    en: () => import('../skillprint/i18n/sharing.en.js'),
    ar: () => import('../skillprint/i18n/sharing.ar.js'),
    tr: () => import('../skillprint/i18n/sharing.tr.js'),
    pl: () => import('../skillprint/i18n/sharing.pl.js'),
    uk: () => import('../skillprint/i18n/sharing.uk.js'),
    a2: () => import('../skillprint/i18n/sharing.a2.js'),
  },
  'skillprint (print)': {
    nl: () => import('../skillprint/i18n/print.nl.js'),
    en: () => import('../skillprint/i18n/print.en.js'),
    ar: () => import('../skillprint/i18n/print.ar.js'),
    tr: () => import('../skillprint/i18n/print.tr.js'),
    pl: () => import('../skillprint/i18n/print.pl.js'),
    uk: () => import('../skillprint/i18n/print.uk.js'),
    a2: () => import('../skillprint/i18n/print.a2.js'),
  },
  'match-list': {
    nl: () => import('../match-list/i18n/nl.js'),
    en: () => import('../match-list/i18n/en.js'),
    ar: () => import('../match-list/i18n/ar.js'),
    tr: () => import('../match-list/i18n/tr.js'),
    pl: () => import('../match-list/i18n/pl.js'),
    uk: () => import('../match-list/i18n/uk.js'),
    a2: () => import('../match-list/i18n/a2.js'),
  },
  'match-list (careers)': {
    nl: () => import('../match-list/i18n/careers.js').then((m) => ({ default: m.nl })),
    en: () => import('../match-list/i18n/careers.js').then((m) => ({ default: m.en })),
    ar: () => import('../match-list/i18n/careers.ar.js'),
    tr: () => import('../match-list/i18n/careers.tr.js'),
    pl: () => import('../match-list/i18n/careers.pl.js'),
    uk: () => import('../match-list/i18n/careers.uk.js'),
    a2: () => import('../match-list/i18n/careers.a2.js'),
  },
  'match-list (people)': {
    nl: () => import('../match-list/i18n/people.js').then((m) => ({ default: m.nl })),
    en: () => import('../match-list/i18n/people.js').then((m) => ({ default: m.en })),
    ar: () => import('../match-list/i18n/people.ar.js'),
    tr: () => import('../match-list/i18n/people.tr.js'),
    pl: () => import('../match-list/i18n/people.pl.js'),
    uk: () => import('../match-list/i18n/people.uk.js'),
    a2: () => import('../match-list/i18n/people.a2.js'),
  },
  'match-list (hard requirements)': {
    nl: () => import('../match-list/i18n/hard.js').then((m) => ({ default: m.nl })),
    en: () => import('../match-list/i18n/hard.js').then((m) => ({ default: m.en })),
    ar: () => import('../match-list/i18n/hard.ar.js'),
    tr: () => import('../match-list/i18n/hard.tr.js'),
    pl: () => import('../match-list/i18n/hard.pl.js'),
    uk: () => import('../match-list/i18n/hard.uk.js'),
    a2: () => import('../match-list/i18n/hard.a2.js'),
  },
  'learning-path': {
    nl: () => import('../learning-path/i18n/nl.js'),
    en: () => import('../learning-path/i18n/en.js'),
    ar: () => import('../learning-path/i18n/ar.js'),
    tr: () => import('../learning-path/i18n/tr.js'),
    pl: () => import('../learning-path/i18n/pl.js'),
    uk: () => import('../learning-path/i18n/uk.js'),
    a2: () => import('../learning-path/i18n/a2.js'),
  },
  'learning-path (lesson)': {
    nl: () => import('../learning-path/i18n/lesson.js').then((m) => ({ default: m.nl })),
    en: () => import('../learning-path/i18n/lesson.js').then((m) => ({ default: m.en })),
    ar: () => import('../learning-path/i18n/lesson.ar.js'),
    tr: () => import('../learning-path/i18n/lesson.tr.js'),
    pl: () => import('../learning-path/i18n/lesson.pl.js'),
    uk: () => import('../learning-path/i18n/lesson.uk.js'),
    a2: () => import('../learning-path/i18n/lesson.a2.js'),
  },
  'occupation-picker': {
    nl: () => import('../occupation-picker/i18n/nl.js'),
    en: () => import('../occupation-picker/i18n/en.js'),
    ar: () => import('../occupation-picker/i18n/ar.js'),
    tr: () => import('../occupation-picker/i18n/tr.js'),
    pl: () => import('../occupation-picker/i18n/pl.js'),
    uk: () => import('../occupation-picker/i18n/uk.js'),
    a2: () => import('../occupation-picker/i18n/a2.js'),
  },
  'credential-check': {
    nl: () => import('../credential-check/i18n/nl.js'),
    en: () => import('../credential-check/i18n/en.js'),
    ar: () => import('../credential-check/i18n/ar.js'),
    tr: () => import('../credential-check/i18n/tr.js'),
    pl: () => import('../credential-check/i18n/pl.js'),
    uk: () => import('../credential-check/i18n/uk.js'),
    a2: () => import('../credential-check/i18n/a2.js'),
  },
  'learning-culture-scan (employees)': {
    nl: () => import('../learning-culture-scan/i18n/nl.js'),
    en: () => import('../learning-culture-scan/i18n/en.js'),
    ar: () => import('../learning-culture-scan/i18n/ar.js'),
    tr: () => import('../learning-culture-scan/i18n/tr.js'),
    pl: () => import('../learning-culture-scan/i18n/pl.js'),
    uk: () => import('../learning-culture-scan/i18n/uk.js'),
  },
  'learning-culture-scan (employer)': {
    nl: () => import('../learning-culture-scan/i18n/desk-nl.js'),
    en: () => import('../learning-culture-scan/i18n/desk-en.js'),
  },
};

/** The plain texts of a messages object (functions are left out: their words depend on the values). */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/** Where `b` differs from `a` in shape: "path: what". */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a !== typeof b) return [`${path}: ${typeof a} in Dutch, ${typeof b} here`];
  if (typeof a === 'function') {
    const fa = a as (...args: unknown[]) => unknown;
    const fb = b as (...args: unknown[]) => unknown;
    return fa.length === fb.length ? [] : [`${path}: ${fa.length} arguments in Dutch, ${fb.length} here`];
  }
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length ? [] : [`${path}: a list of ${a.length} in Dutch`];
  if (typeof a === 'object' && a && b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    return [...keys].flatMap((k) => {
      const va = (a as Record<string, unknown>)[k];
      const vb = (b as Record<string, unknown>)[k];
      if (va === undefined) return [`${path}.${k}: not in Dutch`];
      if (vb === undefined) return [`${path}.${k}: missing`];
      return differences(va, vb, `${path}.${k}`);
    });
  }
  if (typeof a === 'string' && !(b as string).trim()) return [`${path}: empty`];
  return [];
}

describe('widget messages in every language they speak', () => {
  for (const [widget, langs] of Object.entries(WIDGETS))
    it(`${widget}: ${Object.keys(langs).join(', ')}`, async () => {
      const dutch = (await langs.nl!()).default;
      for (const [lang, load] of Object.entries(langs)) {
        const messages = (await load()).default;
        const problems = differences(dutch, messages);
        assert.deepEqual(problems, [], `${lang}:\n${problems.join('\n')}`);
        // Short sentences in every language (B1: at most 15 words; A2: at most 10), as the skill language's.
        const max = lang === 'a2' ? A2_THRESHOLDS.maxSentenceWords : undefined;
        assert.deepEqual(longSentences(textsOf(messages), max), [], `${lang}: long sentences`);
        // Turkish has a formula of its own (Ateşman): at least "easy".
        if (lang === 'tr') assert.ok(atesmanEase(textsOf(messages)) >= TR_MIN_CORPUS_EASE, `${widget}: Ateşman`);
      }
    });
});
