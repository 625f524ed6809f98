import type { Item, Step } from '@pfw/contract';

/** A game block of the bank as the server sends it: the step a game is created with in tests. */
export const gameStep = (item: Item): Step => ({
  id: item.id,
  kind: 'game',
  prompt: item.prompt,
  options: [],
  game: item.game!,
  expectedSeconds: item.expectedSeconds,
});
