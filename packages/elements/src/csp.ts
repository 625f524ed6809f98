/**
 * The Content-Security-Policy the widgets are made to run under: nothing inline, no eval, styles
 * only from constructable style sheets. A host page adds its own sources (where it loads the
 * script from, the API's origin) with `cspWith`. The demo pages and the docs site build their
 * <meta> policy from this one constant; docs/embedding.md shows it, and a test keeps that copy true.
 */
export const STRICT_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

export type CspDirective = keyof typeof STRICT_CSP;

/** The strict policy with extra sources per directive, as one header or <meta> value. */
export function cspWith(extra: Partial<Record<CspDirective, readonly string[]>> = {}, separator = '; '): string {
  return (Object.keys(STRICT_CSP) as CspDirective[])
    .map((d) => [d, ...STRICT_CSP[d], ...(extra[d] ?? [])].join(' '))
    .join(separator);
}
