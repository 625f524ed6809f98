/** Configuration that a <pfw-provider> gives every widget below it (and that a widget can set itself). */
import { createContext } from '@lit/context';
import type { ReadingLang } from '@pfw/contract';

export interface PfwConfig {
  /** Where the API lives; empty string for the page's own origin. */
  apiBase: string;
  /** Browser-safe partner key, bound to the partner's origins. */
  publishableKey?: string;
  /** Short-lived token minted by the partner's server for its logged-in user. */
  token?: string;
  lang?: ReadingLang;
}

// Keyed by major version, so two copies of the same major version on one page share it.
export const configContext = createContext<PfwConfig>(Symbol.for('pfw.config.v0'));
