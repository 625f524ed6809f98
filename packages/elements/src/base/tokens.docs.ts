/** What each global token is for: read by the docs and the token tests, never bundled in a widget. */
import type { TokenName } from './tokens.js';

export const TOKEN_DESCRIPTIONS: Record<TokenName, string> = {
  'color-primary': 'Main action colour: buttons, links, focus, selected items.',
  'color-on-primary': 'Text on the main action colour.',
  'color-text': 'Body text.',
  'color-text-muted': 'Secondary text (still 7:1 on the surface).',
  'color-surface': 'Background of cards and inputs.',
  'color-surface-raised': 'Background of hovered or highlighted rows.',
  'color-border': 'Borders of inputs and cards (3:1 against the surface).',
  'color-success': 'Positive states: verified, accepted, met.',
  'color-warning': 'Warnings.',
  'color-danger': 'Errors.',
  'color-focus': 'Focus ring.',
  'font-family': 'Font of all text.',
  'font-size': 'Base text size; everything scales from it.',
  'line-height': 'Base line height.',
  radius: 'Corner radius of cards, buttons and inputs.',
  space: 'Base spacing unit.',
  'focus-width': 'Width of the focus ring.',
  duration: 'Length of small transitions (0 when reduced motion is asked).',
};
