/**
 * Localisation. Each widget has typed messages per language: Dutch is bundled (the product
 * speaks Dutch first and a first paint must not wait), other languages load on first use.
 * The language is the nearest `lang` up the tree (through shadow roots), then the provider's,
 * then Dutch.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '@pfw/contract';

export const LANGS: readonly Lang[] = ['nl', 'en'];

export type Loaders<M> = { nl: M } & { [L in Exclude<Lang, 'nl'>]: () => Promise<{ default: M }> };

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

/** "nl-BE" → "nl"; unknown languages fall back to Dutch. */
export function toLang(tag: string | undefined): Lang | undefined {
  const base = tag?.toLowerCase().split('-')[0];
  return LANGS.find((l) => l === base);
}

const cache = new WeakMap<object, Map<Lang, unknown>>();

export class LocaleController<M> implements ReactiveController {
  /** The language in use now. */
  lang: Lang = 'nl';
  /** Messages of that language (Dutch until another has loaded). */
  t: M;
  private wanted: Lang = 'nl';
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loaders: Loaders<M>,
    private readonly fallback: () => Lang | undefined = () => undefined,
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

  /** The nearest lang up the tree (the host's own first), then the provider's, then Dutch. */
  hostUpdate(): void {
    const wanted = toLang(nearestLang(this.host)) ?? this.fallback() ?? 'nl';
    if (wanted !== this.wanted) {
      this.wanted = wanted;
      void this.load(wanted);
    }
  }

  private async load(lang: Lang): Promise<void> {
    let byLang = cache.get(this.loaders);
    if (!byLang) cache.set(this.loaders, (byLang = new Map<Lang, unknown>([['nl', this.loaders.nl]])));
    let messages = byLang.get(lang) as M | undefined;
    if (!messages) {
      messages = (await (this.loaders[lang as Exclude<Lang, 'nl'>] as () => Promise<{ default: M }>)()).default;
      byLang.set(lang, messages);
    }
    if (this.wanted !== lang) return; // a newer switch won
    this.lang = lang;
    this.t = messages;
    this.host.requestUpdate();
  }
}
