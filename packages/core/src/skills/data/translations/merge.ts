/** Putting translations beside a source text: one helper for every part of the skill language. */
import type { LocalizedText, TranslatedLang } from '../../../domain.js';
import type { Catalogue } from '../../../text.js';

export type { TranslatedLang };
export const TRANSLATED_LANGS: readonly TranslatedLang[] = ['ar', 'tr', 'pl', 'uk'];

/** `text` with its translation in each other reading language that `pick` has. */
export function withTranslations(
  text: LocalizedText,
  pick: (lang: TranslatedLang) => string | undefined,
): LocalizedText {
  const out: LocalizedText = { ...text };
  for (const lang of TRANSLATED_LANGS) {
    const translated = pick(lang);
    if (translated) out[lang] = translated;
  }
  return out;
}

/** `text` with its Eenvoudig Nederlands (A2) beside it, where the catalogue has one. */
export function withA2(text: LocalizedText, a2: Catalogue): LocalizedText {
  const easy = a2[text.nl];
  return easy ? { ...text, a2: easy } : text;
}

/**
 * A copy of `value` with every localized text in it translated (and in A2 Dutch) from catalogues
 * keyed by the Dutch source (content without ids of its own per text: lessons, learning offers).
 */
export function translateAll<T>(value: T, catalogues: Readonly<Record<TranslatedLang | 'a2', Catalogue>>): T {
  if (Array.isArray(value)) return value.map((v) => translateAll(v, catalogues)) as T;
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.nl === 'string' && typeof o.en === 'string') {
    const text = o as unknown as LocalizedText;
    return withA2(
      withTranslations(text, (lang) => catalogues[lang][text.nl]),
      catalogues.a2,
    ) as T;
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, translateAll(v, catalogues)])) as T;
}

/** Every localized text in these values (for the tests that check each is translated). */
export function localizedTexts(...roots: unknown[]): LocalizedText[] {
  const found: LocalizedText[] = [];
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') found.push(o as unknown as LocalizedText);
    else Object.values(o).forEach(walk);
  };
  roots.forEach(walk);
  return found;
}
