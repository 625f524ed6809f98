/** Putting translations beside a source text: one helper for every part of the skill language. */
import type { LocalizedText, TranslatedLang } from '../../../domain.js';

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
