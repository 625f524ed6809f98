/** From a raw answer to the category that is scored: one rule, used in the browser and on the server. */
import type { Item, ItemResponse } from '../domain.js';
import { GameTrialError, scoreGameBlock, type GameOptions } from './games/index.js';

export class ResponseError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
    this.name = 'ResponseError';
  }
}

export type ItemIndex = ReadonlyMap<string, Item>;

export function indexItems(items: readonly Item[]): ItemIndex {
  return new Map(items.map((i) => [i.id, i]));
}

/**
 * The scored category of a raw response. Scenes: the category of the chosen option. Game blocks:
 * scored from their trials.
 */
export function categoryOf(
  index: ItemIndex,
  response: Pick<ItemResponse, 'itemId' | 'choice' | 'trials'>,
  options: GameOptions = {},
): number {
  const item = index.get(response.itemId);
  if (!item) throw new ResponseError('itemId', `"${response.itemId}" is not an item of this bank`);
  if (item.format === 'game') {
    const game = item.game!;
    if (!response.trials) throw new ResponseError('trials', 'are required for a game block');
    if (response.trials.length !== game.trials)
      throw new ResponseError('trials', `must hold the ${game.trials} trials of this block`);
    try {
      return scoreGameBlock(game.mechanic, response.trials, { ...options, level: game.level });
    } catch (error) {
      if (error instanceof GameTrialError)
        throw new ResponseError(error.field, error.message.slice(error.field.length + 1));
      throw error;
    }
  }
  const choice = response.choice;
  if (choice === undefined || !Number.isInteger(choice)) throw new ResponseError('choice', 'must be a whole number');
  const option = item.options?.[choice];
  if (!option)
    throw new ResponseError('choice', `must be 0 to ${(item.options?.length ?? 1) - 1} for item "${item.id}"`);
  return option.category;
}
