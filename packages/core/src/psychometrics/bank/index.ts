/**
 * The item bank: written cards and scenes for every soft skill, and game blocks. All parameters
 * are PROVISIONAL until calibrated on real responses (see calibration.ts and docs/psychometrics.md).
 */
import type { Item } from '../../domain.js';
import { gameItems } from './games.js';
import { writtenItems } from './items/index.js';

/** Bump when items or parameters change: skillprints record it. */
export const ITEM_BANK_VERSION = '2026.11-provisional';

export const itemBank: readonly Item[] = [...writtenItems, ...gameItems];

export { gameItems, writtenItems };
