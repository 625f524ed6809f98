/**
 * Tier 1 of theming: the global tokens. A host page sets `--pfw-*` anywhere above a widget
 * (or maps its NL Design System tokens onto them); every widget reads them through the private
 * `--_*` aliases below, which carry our defaults. This file is the single list of tokens.
 */
import { css, unsafeCSS } from 'lit';

export interface Token {
  name: string;
  value: string;
  description: string;
}

export const TOKENS: readonly Token[] = [
  { name: 'color-primary', value: '#0b5cad', description: 'Main action colour: buttons, links, focus, selected items.' },
  { name: 'color-on-primary', value: '#ffffff', description: 'Text on the main action colour.' },
  { name: 'color-text', value: '#1b1f24', description: 'Body text.' },
  { name: 'color-text-muted', value: '#4a5360', description: 'Secondary text (still 7:1 on the surface).' },
  { name: 'color-surface', value: '#ffffff', description: 'Background of cards and inputs.' },
  { name: 'color-surface-raised', value: '#f3f5f8', description: 'Background of hovered or highlighted rows.' },
  { name: 'color-border', value: '#6b7480', description: 'Borders of inputs and cards (3:1 against the surface).' },
  { name: 'color-success', value: '#1a7f37', description: 'Positive states: verified, accepted, met.' },
  { name: 'color-warning', value: '#8a5a00', description: 'Warnings.' },
  { name: 'color-danger', value: '#b42318', description: 'Errors.' },
  { name: 'color-focus', value: '#0b5cad', description: 'Focus ring.' },
  { name: 'font-family', value: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", description: 'Font of all text.' },
  { name: 'font-size', value: '1rem', description: 'Base text size; everything scales from it.' },
  { name: 'line-height', value: '1.5', description: 'Base line height.' },
  { name: 'radius', value: '0.5rem', description: 'Corner radius of cards, buttons and inputs.' },
  { name: 'space', value: '1rem', description: 'Base spacing unit.' },
  { name: 'focus-width', value: '3px', description: 'Width of the focus ring.' },
  { name: 'duration', value: '150ms', description: 'Length of small transitions (0 when reduced motion is asked).' },
];

const aliases = TOKENS.map((t) => `--_${t.name}: var(--pfw-${t.name}, ${t.value});`).join('\n');

/** Shared by every widget: token aliases, box sizing, focus ring, reduced motion, hidden. */
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
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
