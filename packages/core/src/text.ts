/** Small text helpers shared by the server, the mock and the widgets. No data imports: cheap in a bundle. */

type Localized = { nl: string; en: string } & Partial<Record<string, string>>;

/** Sort a copy by a localized text, with the reader language's collation (its English text where it has none). */
export function sortByText<T>(list: readonly T[], text: (item: T) => Localized, lang: string): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const of = (item: T) => text(item)[lang] ?? text(item).en;
  return [...list].sort((a, b) => collator.compare(of(a), of(b)));
}

/** Lower case without accents, for forgiving search: "Zorg" finds "zórg". */
export function normalize(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** True when every word of the query starts a word of (or occurs in) one of the texts. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = texts.map(normalize).join(' ');
  return words.every((w) => haystack.includes(w));
}

/**
 * Translations of source texts into one reading language, keyed by the Dutch source (as gettext
 * keys by its msgid): content without ids of its own — items, game texts — gets translated
 * without a parallel structure to keep in step. A test per catalogue checks it has every source
 * text and nothing stale.
 */
export type Catalogue = Readonly<Record<string, string>>;
