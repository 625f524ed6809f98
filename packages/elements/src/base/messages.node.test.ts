/**
 * Every language of a widget has every message (#25): the same keys as the Dutch, nested too,
 * and the same kind of value (a text, a function with as many arguments, a list as long). A
 * widget lists here the languages it speaks; a missing or extra message fails, so no person reads
 * Dutch in the middle of their own language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

/** The widgets' texts per language, Dutch first. */
const WIDGETS: Record<string, Record<string, () => Promise<{ default: unknown }>>> = {
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
        const problems = differences(dutch, (await load()).default);
        assert.deepEqual(problems, [], `${lang}:\n${problems.join('\n')}`);
      }
    });
});
