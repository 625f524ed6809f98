/**
 * The game blocks of the bank: one mechanic per file in ../games/, four difficulty levels each. Discriminations are
 * lower than for scenes (0.6-0.9): game tasks are noisier measures of a skill (see docs).
 */
import type { Item } from '../../domain.js';
import { gameBlock } from './build.js';

export const gameItems: Item[] = [
  ...([1, 2, 3, 4] as const).map((level) =>
    gameBlock({
      id: `game-sorting-${level}`,
      skill: 'accuracy',
      mechanic: 'sorting',
      level,
      trials: 8 + 2 * level,
      a: [0.9, 0.85, 0.8, 0.75][level - 1]!,
      seconds: 20 + 6 * level,
      nl: 'Sorteer de onderdelen in de goede bak. Werk precies.',
      en: 'Sort the parts into the right box. Work precisely.',
    }),
  ),
  ...([1, 2, 3, 4] as const).map((level) =>
    gameBlock({
      id: `game-risk-${level}`,
      skill: 'working-safely',
      mechanic: 'risk',
      level,
      trials: 4 + 2 * level,
      a: [0.8, 0.8, 0.75, 0.7][level - 1]!,
      seconds: 24 + 8 * level,
      nl: 'Kies steeds hoe je het werk veilig doet.',
      en: 'Each time, choose how to do the work safely.',
    }),
  ),
  ...([1, 2, 3, 4] as const).map((level) =>
    gameBlock({
      id: `game-planning-${level}`,
      skill: 'planning',
      mechanic: 'planning',
      level,
      trials: 3,
      a: [0.75, 0.7, 0.7, 0.65][level - 1]!,
      seconds: 30 + 10 * level,
      nl: 'Zet de taken in een slimme volgorde. Gebruik zo min mogelijk zetten.',
      en: 'Put the tasks in a smart order. Use as few moves as you can.',
    }),
  ),
  ...([1, 2, 3, 4] as const).map((level) =>
    gameBlock({
      id: `game-queue-${level}`,
      skill: 'customer-focus',
      mechanic: 'queue',
      level,
      trials: [4, 4, 5, 5][level - 1]!,
      a: [0.8, 0.8, 0.75, 0.7][level - 1]!,
      // Per situation 0.5 s a word (37-68 words, more people higher up) and 5 s to choose.
      seconds: [95, 125, 155, 195][level - 1]!,
      nl: 'Een paar mensen willen tegelijk iets van je. Kies steeds wie je eerst helpt.',
      en: 'A few people want something from you at the same time. Each time, choose who you help first.',
    }),
  ),
  ...([1, 2, 3, 4] as const).map((level) =>
    gameBlock({
      id: `game-team-${level}`,
      skill: 'working-together',
      mechanic: 'team',
      level,
      trials: [4, 5, 5, 5][level - 1]!,
      a: [0.8, 0.8, 0.75, 0.7][level - 1]!,
      // Per situation 0.5 s a word (57-116 words: the situation, the rules, the question and every option with its
      // minutes; more options higher up) and 5 s to choose.
      seconds: [145, 175, 245, 285][level - 1]!,
      nl: 'Je werkt samen met een collega. Kies steeds wat het beste is voor het team.',
      en: 'You work together with a colleague. Each time, choose what is best for the team.',
    }),
  ),
];
