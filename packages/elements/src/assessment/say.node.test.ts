/**
 * The games and the scene drawings in every reading language (#25): each catalogue has every
 * text its part shows (so no game falls back to English mid-test), no text the part no longer
 * has, the `{name}`s of a text, and short sentences (at most 15 words, as the skill language's).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { A2_THRESHOLDS, TR_MIN_CORPUS_EASE, atesmanEase, longSentences } from '@pfw/core/readability';
import type { Catalogue } from '@pfw/core/text';
import type { Catalogues, Text } from './say.js';
import { sayIn } from './say.js';

const LANGS = ['ar', 'tr', 'pl', 'uk', 'a2'] as const;

/** Every text of a part's exports (its situations, steps, words around them). */
function textsOf(module: Record<string, unknown>): Text[] {
  const found: Text[] = [];
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') found.push(o as Text);
    else Object.values(o).forEach(walk);
  };
  for (const [name, value] of Object.entries(module))
    if (name !== 'createGame' && name !== 'styles' && name !== 'TEXTS') walk(value);
  return found;
}

const PARTS: Record<
  string,
  { texts: () => Promise<Record<string, unknown>>; catalogue: (lang: (typeof LANGS)[number]) => Promise<Catalogue> }
> = {
  ...Object.fromEntries(
    ['risk', 'planning', 'queue', 'team'].map((game) => [
      game,
      {
        texts: () => import(`./games/${game}.js`),
        catalogue: async (lang: (typeof LANGS)[number]) =>
          ((await import(`./games/${game}.js`)) as { TEXTS: Catalogues }).TEXTS.load(lang),
      },
    ]),
  ),
  scenes: {
    texts: () => import('./scenes/art.js'),
    catalogue: async (lang) => (await import(`./scenes/i18n/${lang}.js`)).default as Catalogue,
  },
};

describe('game and scene texts in every reading language', () => {
  for (const [part, { texts, catalogue }] of Object.entries(PARTS))
    it(`${part}: ${LANGS.join(', ')}`, async () => {
      const source = textsOf(await texts());
      assert.ok(source.length >= 10, `${part}: only ${source.length} texts found`);
      const dutch = new Set(source.map((t) => t.nl));
      for (const lang of LANGS) {
        const cat = await catalogue(lang);
        const missing = [...dutch].filter((nl) => !cat[nl]?.trim());
        assert.deepEqual(missing, [], `${part} ${lang}: missing`);
        const stale = Object.keys(cat).filter((nl) => !dutch.has(nl));
        assert.deepEqual(stale, [], `${part} ${lang}: stale`);
        for (const nl of dutch)
          for (const name of nl.match(/\{\w+\}/g) ?? [])
            assert.ok(cat[nl]!.includes(name), `${part} ${lang}: ${name} lost in "${cat[nl]}"`);
        const max = lang === 'a2' ? A2_THRESHOLDS.maxSentenceWords : undefined;
        assert.deepEqual(longSentences(Object.values(cat), max), [], `${part} ${lang}: long sentences`);
        if (lang === 'tr') assert.ok(atesmanEase(Object.values(cat)) >= TR_MIN_CORPUS_EASE, `${part}: Ateşman`);
      }
    });

  it('says a text in the reader language, with its values filled in', () => {
    const text = { nl: 'Ik help {name}.', en: 'I help {name}.' };
    assert.equal(sayIn('nl')(text, { name: 'Sanne' }), 'Ik help Sanne.');
    assert.equal(sayIn('en')(text, { name: 'Sanne' }), 'I help Sanne.');
    assert.equal(
      sayIn('tr', { 'Ik help {name}.': '{name} ile yardım ederim.' })(text, { name: 'Sanne' }),
      'Sanne ile yardım ederim.',
    );
    // A catalogue without the text: English, never Dutch (tests above keep it from happening).
    assert.equal(sayIn('pl', {})(text, { name: 'Sanne' }), 'I help Sanne.');
  });
});
