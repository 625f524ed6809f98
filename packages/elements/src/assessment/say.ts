/**
 * The assessment's own content texts (games, scene drawings) are written in the two source
 * languages; the other reading languages come from catalogues keyed by the Dutch (core's
 * Catalogue), one lazy chunk per part and language, so a player fetches only what they read.
 */
import type { TextLang } from '@pfw/contract';
import type { TranslatedLang as Translated } from '@pfw/core/domain';
import type { Catalogue } from '@pfw/core/text';
import { fallbackOf, PartTexts } from '../base/locale.js';

/** A text in its two source languages; `{name}` marks a value filled in. */
export type Text = { nl: string; en: string };
export const t = (nl: string, en: string): Text => ({ nl, en });

export type { Translated };
/** The languages whose texts come from catalogues. */
export const isTranslated = (lang: TextLang): lang is Translated | 'a2' => lang !== 'nl' && lang !== 'en';

/** A part's catalogues (a game's, the scene drawings'): none for Dutch and English (the source is the text), a chunk for each other language. */
export type Catalogues = PartTexts<Catalogue>;
export const catalogues = (chunks: Record<Translated | 'a2', () => Promise<{ default: Catalogue }>>): Catalogues =>
  new PartTexts<Catalogue>({ nl: {}, en: {}, ...chunks });

/** A text in the reader's language, with its `{name}`s filled in. */
export type Say = (text: Text, values?: Readonly<Record<string, string | number>>) => string;

/**
 * Say texts in `lang`: the source itself in Dutch and English, else the catalogue (English where it
 * lacks one, B1 Dutch for A2: tests keep that from happening).
 */
export function sayIn(lang: TextLang, catalogue?: Catalogue): Say {
  return (text, values = {}) =>
    (isTranslated(lang) ? (catalogue?.[text.nl] ?? text[fallbackOf(lang)]) : text[lang]).replace(
      /\{(\w+)\}/g,
      (all, name: string) => (name in values ? String(values[name]) : all),
    );
}

/** Say in the language read at that moment, from a part's catalogues (the fallback until they have come; then `loaded`). */
export const sayFrom =
  (texts: Catalogues | undefined, now: () => TextLang, loaded: () => void): Say =>
  (text, values) =>
    sayIn(now(), texts?.get(now(), loaded))(text, values);
