/**
 * Localisation. Each widget has typed messages per language: Dutch is bundled (the product
 * speaks Dutch first and a first paint must not wait), other languages load on first use.
 * The language is the nearest `lang` up the tree (through shadow roots), then the provider's,
 * then Dutch. A widget speaks the reading languages it has every text for (#25); asked for
 * another, it speaks English. Arabic turns the widget right to left.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedText, ReadingLang } from '@pfw/contract';
import type { TranslatedLang } from '@pfw/core/domain';

type Load<M> = () => Promise<{ default: M }>;

/** Every language a page may ask for (`lang`), in the order the product speaks them. */
export const LANGS: readonly ReadingLang[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** Dutch bundled, English on first use, and the translations a widget has (`L`), each on first use. */
export type Loaders<M, L extends ReadingLang = 'nl' | 'en'> = { nl: M } & {
  [K in Exclude<L, 'nl'>]: () => Promise<{ default: M }>;
};

/** A text in a reading language; English where it has no translation (tests keep that from happening in a translated widget). */
export function inLang(text: LocalizedText, lang: ReadingLang): string;
export function inLang(text: LocalizedText | undefined, lang: ReadingLang): string | undefined;
export function inLang(text: LocalizedText | undefined, lang: ReadingLang): string | undefined {
  return text && (text[lang] ?? text.en);
}

/** The comma between the parts of a list or a line (Arabic has its own: ،). */
export const comma = (lang: ReadingLang): string => (lang === 'ar' ? '، ' : ', ');

/** The source language closest to a reading language, for what speaks Dutch and English only (credentials, employer texts). */
export const sourceLang = (lang: ReadingLang): 'nl' | 'en' => (lang === 'nl' ? 'nl' : 'en');

/** Languages named in `lang` by the browser ("Turks" in Dutch), for a sentence that lists them. */
export const languageNames = (langs: readonly ReadingLang[], lang: ReadingLang): string[] => {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return langs.map((l) => names.of(l) ?? l);
};

/** The node above: the parent, or the host of a shadow root. */
const up = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/**
 * The nearest lang attribute above (or on) a node, crossing shadow roots. An empty one says
 * nothing (a <pfw-provider> without a language reflects `lang=""`): the search goes on above it.
 */
export function nearestLang(node: Node | null): string | undefined {
  for (; node; node = up(node))
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
  return undefined;
}

/** "nl-BE" → "nl", "ar-MA" → "ar"; a language the product does not speak is undefined. */
export function toLang(tag: string | undefined): ReadingLang | undefined {
  const base = tag?.toLowerCase().split('-')[0];
  return LANGS.find((l) => l === base);
}

const cache = new WeakMap<object, Map<ReadingLang, unknown>>();

export class LocaleController<M, L extends ReadingLang = 'nl' | 'en'> implements ReactiveController {
  /** The language in use now: one the widget has every text for. */
  lang: L = 'nl' as L;
  /** Messages of that language (Dutch until another has loaded). */
  t: M;
  private wanted: ReadingLang = 'nl';

  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loaders: Loaders<M, L>,
    private readonly fallback: () => ReadingLang | undefined = () => undefined,
  ) {
    this.t = loaders.nl;
    host.addController(this);
  }

  hostConnected(): void {
    // The language may change at run time (a language menu sets <html lang>, a page sets it on a
    // section, a provider gets another): watch the lang of every element from the host up.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    for (let node: Node | null = this.host; node; node = up(node))
      if (node instanceof Element) this.observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
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
    const asked = nearestLang(this.host)?.slice(0, 2).toLowerCase() ?? this.fallback() ?? 'nl';
    const wanted = asked in this.loaders ? (asked as ReadingLang) : 'en';
    if (wanted !== this.wanted) {
      this.wanted = wanted;
      void this.load(wanted as L);
    }
  }

  private async load(lang: L): Promise<void> {
    let byLang = cache.get(this.loaders);
    if (!byLang) cache.set(this.loaders, (byLang = new Map<ReadingLang, unknown>([['nl', this.loaders.nl]])));
    let messages = byLang.get(lang) as M | undefined;
    if (!messages) {
      const loaders = this.loaders as unknown as Record<ReadingLang, () => Promise<{ default: M }>>;
      messages = (await loaders[lang]()).default;
      byLang.set(lang, messages);
    }
    if (this.wanted !== lang) return; // a newer switch won
    this.lang = lang;
    this.t = messages;
    // Arabic right to left, on the host (logical properties and `:dir()` follow): the widget's
    // own `dir`, set by its language (the page's stays the page's).
    this.host.dir = lang === 'ar' ? 'rtl' : '';
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
  private readonly byLang = new Map<ReadingLang, M>();
  private readonly asked = new Map<ReadingLang, Promise<M>>();

  constructor(private readonly loaders: { nl: M; en: M | Load<M> } & Record<TranslatedLang, Load<M>>) {
    this.byLang.set('nl', loaders.nl);
    if (typeof loaders.en !== 'function') this.byLang.set('en', loaders.en);
  }

  /** The texts of `lang` (a language the part does not speak: English). */
  load(lang: ReadingLang): Promise<M> {
    const known = this.byLang.get(lang);
    if (known) return Promise.resolve(known);
    const load = (this.loaders as Record<string, unknown>)[lang];
    if (typeof load !== 'function') return this.load('en');
    let asked = this.asked.get(lang);
    if (!asked) {
      asked = (load as Load<M>)().then((m) => (this.byLang.set(lang, m.default), m.default));
      asked.catch(() => this.asked.delete(lang)); // offline: ask again next time
      this.asked.set(lang, asked);
    }
    return asked;
  }

  get(lang: ReadingLang, loaded?: () => void): M {
    const known = this.byLang.get(lang);
    if (known) return known;
    void this.load(lang).then(loaded, () => undefined);
    return this.byLang.get('en') ?? this.loaders.nl;
  }
}
