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

/** The nearest lang attribute above (or on) a node, crossing shadow roots. */
export function nearestLang(node: Node | null): string | undefined {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
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
    // The page may switch language at run time (a language menu sets <html lang>).
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    const wanted =
      toLang(this.host.getAttribute('lang') ?? undefined) ??
      this.fallback() ??
      toLang(nearestLang(this.host.parentNode)) ??
      'nl';
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
