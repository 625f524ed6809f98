/**
 * Localisation. Each widget has typed messages per language: Dutch is bundled (the product
 * speaks Dutch first and a first paint must not wait), other languages load on first use.
 * The language is the nearest `lang` up the tree (through shadow roots), then the provider's,
 * then Dutch. A widget speaks the reading languages it has every text for (#25); asked for
 * another, it speaks English. Arabic turns the widget right to left. Dutch comes at two text
 * levels: B1, and Eenvoudig Nederlands (`a2`, for MBO 1-2) where the nearest `text-level="a2"`
 * (or the widget, on the person's choice) asks for it and the widget has it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedText, ReadingLang, TextLang } from '@pfw/contract';
import type { TranslatedLang } from '@pfw/core/domain';

type Load<M> = () => Promise<{ default: M }>;

/** Every language a page may ask for (`lang`), in the order the product speaks them. */
export const LANGS: readonly ReadingLang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** Dutch bundled, English on first use, and the translations a widget has (`L`), each on first use. */
export type Loaders<M, L extends TextLang = 'nl' | 'en'> = { nl: M } & {
  [K in Exclude<L, 'nl'>]: () => Promise<{ default: M }>;
};

/**
 * A text in a reading language; English where it has no translation (tests keep that from
 * happening in a translated widget). A2 Dutch where written, else the B1 Dutch.
 */
export function inLang(text: LocalizedText, lang: TextLang): string;
export function inLang(text: LocalizedText | undefined, lang: TextLang): string | undefined;
export function inLang(text: LocalizedText | undefined, lang: TextLang): string | undefined {
  return text && (text[lang] ?? text[fallbackOf(lang)]);
}

/** What a text falls back to where it has no version in `lang`: B1 Dutch for A2, English for the others. */
export const fallbackOf = (lang: TextLang): 'nl' | 'en' => (lang === 'a2' ? 'nl' : 'en');

/** The language tag of what is read (A2 is Dutch): for `lang` attributes, Intl and speech. */
export const tagOf = (lang: TextLang): ReadingLang => (lang === 'a2' ? 'nl' : lang);

/** The comma between the parts of a list or a line (Arabic has its own: ،). */
export const comma = (lang: TextLang): string => (lang === 'ar' ? '، ' : ', ');

/**
 * A name with a role in it reads as one name in a sentence: "Fatima, trajectcoach Werkplein"
 * becomes "Fatima (trajectcoach Werkplein)" ("Stop: Fatima (…) mag niet meer meekijken").
 */
export const nameInSentence = (name: string): string => name.replace(/^([^,]+),\s*(.+)$/, '$1 ($2)');

/** The source language closest to a reading language, for what speaks Dutch and English only (credentials, employer texts). */
export const sourceLang = (lang: TextLang): 'nl' | 'en' => (tagOf(lang) === 'nl' ? 'nl' : 'en');

/** Languages named in `lang` by the browser ("Turks" in Dutch), for a sentence that lists them. */
export const languageNames = (langs: readonly TextLang[], lang: TextLang): string[] => {
  const names = new Intl.DisplayNames([tagOf(lang)], { type: 'language' });
  // Dutch at both levels is one language, not two ("het Nederlands (A2) en het Nederlands").
  const both = langs.includes('a2') && langs.includes('nl');
  const dutch = `${names.of('nl')} (${both ? 'B1/A2' : 'A2'})`;
  const named = langs.map((l) => (l === 'a2' || (both && l === 'nl') ? dutch : (names.of(l) ?? l)));
  return [...new Set(named)];
};

/** The node above: the parent, or the host of a shadow root. */
const up = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/**
 * The nearest lang attribute above (or on) a node, crossing shadow roots. An empty one says
 * nothing (a <pfw-provider> without a language reflects `lang=""`): the search goes on above it.
 */
export function nearestLang(node: Node | null, attribute = 'lang'): string | undefined {
  for (; node; node = up(node))
    if (node instanceof Element && node.getAttribute(attribute)) return node.getAttribute(attribute)!;
  return undefined;
}

/** "nl-BE" → "nl", "ar-MA" → "ar"; a language the product does not speak is undefined. */
export function toLang(tag: string | undefined): ReadingLang | undefined {
  const base = tag?.toLowerCase().split('-')[0];
  return LANGS.find((l) => l === base);
}

const cache = new WeakMap<object, Map<TextLang, unknown>>();

export class LocaleController<M, L extends TextLang = 'nl' | 'en'> implements ReactiveController {
  /** The language in use now: one the widget has every text for. */
  lang: L = 'nl' as L;
  /** The language's tag (A2 is Dutch): for `lang` attributes, Intl and speech. */
  get tag(): ReadingLang {
    return tagOf(this.lang);
  }
  /** Messages of that language (Dutch until another has loaded). */
  t: M;
  private wanted: TextLang = 'nl';

  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loaders: Loaders<M, L>,
    private readonly fallback: () => TextLang | undefined = () => undefined,
    /** The text level the widget itself asks for (a person's choice); else the nearest `text-level`. */
    private readonly level: () => string | undefined = () => undefined,
  ) {
    this.t = loaders.nl;
    host.addController(this);
  }

  hostConnected(): void {
    // The language may change at run time (a language menu sets <html lang>, a page sets it on a
    // section, a provider gets another): watch the lang of every element from the host up.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    for (let node: Node | null = this.host; node; node = up(node))
      if (node instanceof Element)
        this.observer.observe(node, { attributes: true, attributeFilter: ['lang', 'text-level'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * The nearest lang up the tree (the host's own first), then the provider's, then Dutch; English
   * for a language the widget does not speak (also one the product does not: a German page reads
   * English better than Dutch). Read without the list of languages: widgets carry only their own.
   */
  hostUpdate(): void {
    let asked: string = nearestLang(this.host)?.slice(0, 2).toLowerCase() ?? this.fallback() ?? 'nl';
    if (asked === 'nl' && (this.level() ?? nearestLang(this.host, 'text-level')) === 'a2') asked = 'a2';
    const wanted = asked in this.loaders ? (asked as TextLang) : fallbackOf(asked as TextLang);
    if (wanted !== this.wanted) {
      this.wanted = wanted;
      void this.load(wanted as L);
    }
  }

  private async load(lang: L): Promise<void> {
    let byLang = cache.get(this.loaders);
    if (!byLang) cache.set(this.loaders, (byLang = new Map<TextLang, unknown>([['nl', this.loaders.nl]])));
    let messages = byLang.get(lang) as M | undefined;
    if (!messages) {
      const loaders = this.loaders as unknown as Record<TextLang, () => Promise<{ default: M }>>;
      messages = (await loaders[lang]()).default;
      byLang.set(lang, messages);
    }
    if (this.wanted !== lang) return; // a newer switch won
    this.lang = lang;
    this.t = messages;
    // The direction of the language shown, on the host (logical properties and `:dir()` follow):
    // Arabic right to left; any other left to right, also on an Arabic page where a widget that
    // does not speak Arabic shows English.
    this.host.dir = lang === 'ar' ? 'rtl' : 'ltr';
    this.host.requestUpdate();
  }
}

/**
 * The texts of a lazy part of a widget (a mode, a panel) in every language it speaks, each on
 * first use: Dutch and English come with the part, the translations as chunks of their own.
 * `get` gives the texts of a language once loaded (English meanwhile: `load` first to avoid it)
 * and asks for them, calling `loaded` when they come.
 */
export class PartTexts<M> {
  private readonly byLang = new Map<TextLang, M>();
  private readonly asked = new Map<TextLang, Promise<M>>();

  constructor(private readonly loaders: { nl: M; en: M | Load<M>; a2?: Load<M> } & Record<TranslatedLang, Load<M>>) {
    this.byLang.set('nl', loaders.nl);
    if (typeof loaders.en !== 'function') this.byLang.set('en', loaders.en);
  }

  /** The texts of `lang` (a language the part does not speak: English; A2 it does not have: B1 Dutch). */
  load(lang: TextLang): Promise<M> {
    const known = this.byLang.get(lang);
    if (known) return Promise.resolve(known);
    const load = (this.loaders as Record<string, unknown>)[lang];
    if (typeof load !== 'function') return this.load(fallbackOf(lang));
    let asked = this.asked.get(lang);
    if (!asked) {
      asked = (load as Load<M>)().then((m) => (this.byLang.set(lang, m.default), m.default));
      asked.catch(() => this.asked.delete(lang)); // offline: ask again next time
      this.asked.set(lang, asked);
    }
    return asked;
  }

  get(lang: TextLang, loaded?: () => void): M {
    const known = this.byLang.get(lang);
    if (known) return known;
    void this.load(lang).then(loaded, () => undefined);
    return this.byLang.get(fallbackOf(lang)) ?? this.loaders.nl;
  }
}
