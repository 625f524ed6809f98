/**
 * Tier 1 of theming: the global tokens. A host page sets `--pfw-*` anywhere above a widget
 * (or maps its NL Design System tokens onto them); every widget reads them through the private
 * `--_*` aliases below, which carry our defaults. This file is the single list of tokens.
 */
import { css, unsafeCSS } from 'lit';

/** Token name (without --pfw-) → default value. Descriptions for the docs live in tokens.docs.ts. */
export const TOKENS = {
  'color-primary': '#0b5cad',
  'color-on-primary': '#ffffff',
  'color-text': '#1b1f24',
  'color-text-muted': '#4a5360',
  'color-surface': '#ffffff',
  'color-surface-raised': '#f3f5f8',
  'color-border': '#6b7480',
  'color-success': '#1a7f37',
  'color-warning': '#8a5a00',
  'color-danger': '#b42318',
  'color-focus': '#0b5cad',
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'font-size': '1rem',
  'line-height': '1.5',
  'radius': '0.5rem',
  'space': '1rem',
  'focus-width': '3px',
  'duration': '150ms',
} as const;

export type TokenName = keyof typeof TOKENS;

/** For every token, the alias widgets read: `--_name` takes `--pfw-name` when set, else our default. */
export const tokenAliases = Object.entries(TOKENS)
  .map(([name, value]) => `--_${name}: var(--pfw-${name}, ${value});`)
  .join('\n');
const aliases = tokenAliases;

/**
 * Text for screen readers only (also used by the skillprint's print window, which has no :host).
 * Fixed, not absolute: a hidden table is never narrower than its content, and a fixed box does
 * not widen the host page's scroll area on a narrow screen.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: fixed !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Shared by every widget: token aliases, box sizing, focus ring, reduced motion (plus visuallyHidden). */
export const baseStyles = css`
  :host {
    ${unsafeCSS(aliases)}
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
