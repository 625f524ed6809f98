/**
 * The bank: forced-choice statements and work scenes for every soft skill, and game blocks. No
 * agree/disagree cards: they reward saying yes and are easy to fake; blocks keyed both ways anchor
 * each skill's level instead (see blocks.ts). All parameters are PROVISIONAL until calibrated on
 * real responses (see calibration.ts and docs/psychometrics.md).
 */
import type { Item } from '../../domain.js';
import { gameItems } from './games.js';
import { writtenItems } from './items/index.js';
import { statementBank } from './statements/index.js';

/** Bump when items, parameters or how answers are scored change: skillprints record it, older sessions expire. */
export const ITEM_BANK_VERSION = '2026.12f-provisional';

export const itemBank: readonly Item[] = [...writtenItems, ...gameItems];

export { gameItems, statementBank, writtenItems };
