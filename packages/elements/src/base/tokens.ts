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
  // The reader's own text size (their browser setting), not the host page's root size: a page
  // that shrinks its root (html { font-size: 62.5% }) does not shrink the widgets' text.
  'font-size': 'medium',
  'line-height': '1.5',
  radius: '0.5rem',
  space: '1rem',
  'focus-width': '3px',
  duration: '150ms',
} as const;

export type TokenName = keyof typeof TOKENS;

/** For every token, the alias widgets read: `--_name` takes `--pfw-name` when set, else our default. */
export const tokenAliases = Object.entries(TOKENS)
  .map(([name, value]) => `--_${name}: var(--pfw-${name}, ${value});`)
  .join('\n');
const aliases = tokenAliases;

/**
 * Colour tokens are registered as typed custom properties (`<color>`, inherited, our default as
 * initial value). A value that is no colour (`--pfw-color-primary: 12px`) is then invalid at
 * computed-value time and the token keeps the value from above, at the top our default; unregistered,
 * it would make every colour that reads it invalid (a primary button white on transparent), since
 * the fallback in `var(token, default)` covers an unset token only. `CSS.registerProperty` and not
 * `@property`: that rule is ignored in a shadow root, and in the document it would need a <style>
 * element (blocked by a strict CSP) or a sheet adopted into the page's own styles. Lengths stay
 * unregistered: an initial value may not depend on a font size (our rem defaults do).
 * Once per page, first come first served: a name another copy or version of the library (or the
 * page) registered already throws, and that registration (same syntax, its default) stays.
 */
export function registerTokens(): void {
  for (const [name, initialValue] of Object.entries(TOKENS)) {
    if (!name.startsWith('color-')) continue;
    try {
      CSS.registerProperty({ name: `--pfw-${name}`, syntax: '<color>', inherits: true, initialValue });
    } catch {
      // Registered already (by another copy or version of the widgets, or the page), or a browser without registerProperty.
    }
  }
}

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

/**
 * Shared by every widget: token aliases, its own text, box sizing, focus ring, reduced motion
 * (plus visuallyHidden). The widget's own text: colour and font are set on the root element of
 * the shadow tree (each widget renders exactly one), not on :host. A host page's rules reach the
 * host element, even `* { color: red !important }`, but never inside the shadow tree, so nothing
 * inside inherits from the page. Only typography: visibility, cursor, direction and the like
 * still come from the page.
 */
export const baseStyles = css`
  :host {
    ${unsafeCSS(aliases)}
    box-sizing: border-box;
  }
  :host > * {
    color: var(--_color-text);
    /* The shorthand resets weight, style, variants and the rest of the font as well. */
    font: var(--_font-size)/var(--_line-height) var(--_font-family);
    text-align: start;
    white-space: normal;
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
  /* The widget's colour, not the browser's blue, for its check boxes, radio buttons and links. */
  input {
    accent-color: var(--_color-primary);
  }
  a {
    color: var(--_color-primary);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
