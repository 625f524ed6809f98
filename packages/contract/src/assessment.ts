/** Assessment sessions and the raw responses the server re-scores. */
import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';
import { Id, Lang, LocalizedText, Slug, Timestamp, named, text } from './common.js';

/** How an item is shown: a self-report card, a situational-judgement scene, or a block of game trials. */
export const ItemFormat = z.enum(['card', 'sjt', 'game']);
export type ItemFormat = domain.ItemFormat;

/** One trial of a mini-game: what was asked, what was done, how fast. Never a face, voice or emotion. */
export const GameTrial = /*#__PURE__*/ named(
  z.object({
    stimulus: text(1, 80),
    response: z.nullable(text(1, 80)),
    correct: z.boolean(),
    reactionMs: z.number().check(z.gte(0), z.lte(600_000)),
  }),
  'GameTrial',
  'One trial of a mini-game block.',
);
export type GameTrial = domain.GameTrial;

/** A raw answer: the chosen category of a card or scene, or the trials of a game block. */
export const ItemResponse = /*#__PURE__*/ named(
  z
    .object({
      itemId: Slug,
      /** Chosen option (cards, scenes). Absent for game blocks: the server scores their trials. */
      choice: z.optional(z.int().check(z.gte(0), z.lte(9))),
      trials: z.optional(z.array(GameTrial).check(z.minLength(1), z.maxLength(200))),
      durationMs: z.number().check(z.gte(0), z.lte(3_600_000)),
      answeredAt: Timestamp,
    })
    .check(
      z.refine((r) => (r.choice === undefined) !== (r.trials === undefined), {
        message: 'give either choice or trials, not both',
        path: ['choice'],
      }),
    ),
  'ItemResponse',
  'A raw response to one item. Putting the same item twice replaces nothing: the first write wins.',
);
export type ItemResponse = domain.ItemResponse;

export const AssessmentStatus = z.enum(['active', 'completed', 'expired']);

export const AssessmentSession = /*#__PURE__*/ named(
  z.object({
    id: Id,
    status: AssessmentStatus,
    assessmentVersion: text(1, 40),
    lang: Lang,
    startedAt: Timestamp,
    expiresAt: Timestamp,
    responseCount: z.int().check(z.gte(0)),
    skillprintId: z.optional(Id),
  }),
  'AssessmentSession',
  'An assessment a candidate is taking or has taken.',
);
export type AssessmentSession = z.infer<typeof AssessmentSession>;

export const StartAssessment = /*#__PURE__*/ named(
  z.object({ lang: Lang, extraTime: z.optional(z.boolean()) }),
  'StartAssessment',
  'Start a new assessment session.',
);

/** The mini-game mechanics. Each turns trial data into an ordered category; none looks at faces, voices or feelings. */
export const GameMechanic = z.enum(['sorting', 'risk', 'planning']);
export type GameMechanic = domain.GameMechanic;

/**
 * One item of the bank. Cards use a four-point answer scale (0 "dat ben ik niet" … 3 "dat ben ik");
 * a negatively keyed card is reverse-scored. Scenes (sjt) list options, each worth a category.
 * Game blocks are scored from their trials. Parameters are provisional until calibrated.
 */
export const Item = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    skillId: Slug,
    format: ItemFormat,
    model: z.enum(['2pl', 'grm']),
    /** IRT discrimination a. */
    discrimination: z.number().check(z.gte(0.2), z.lte(3)),
    /** Ordered thresholds b_1 < b_2 < …; one for 2PL. */
    thresholds: z.array(z.number().check(z.gte(-5), z.lte(5))).check(z.minLength(1), z.maxLength(6)),
    expectedSeconds: z.number().check(z.gte(2), z.lte(300)),
    prompt: LocalizedText,
    keyed: z.optional(z.enum(['positive', 'negative'])),
    options: z.optional(
      z
        .array(z.object({ text: LocalizedText, category: z.int().check(z.gte(0), z.lte(6)) }))
        .check(z.minLength(2), z.maxLength(5)),
    ),
    game: z.optional(
      z.object({
        mechanic: GameMechanic,
        trials: z.int().check(z.gte(3), z.lte(60)),
        level: z.int().check(z.gte(1), z.lte(5)),
      }),
    ),
    provisional: z.boolean(),
  }),
  'Item',
  'An item of the item bank with its (provisional) IRT parameters.',
);
export type Item = domain.Item;

export const StoredResponse = named(
  z.object({
    /** False when this item was already answered: the first answer stays, nothing counts twice. */
    stored: z.boolean(),
    responseCount: z.int().check(z.gte(0)),
  }),
  'StoredResponse',
  'The result of putting a response.',
);

export const ItemBank = named(
  z.object({ version: text(1, 80), items: z.array(Item) }),
  'ItemBank',
  'The item bank the browser runs the adaptive test with.',
);
export type ItemBank = z.infer<typeof ItemBank>;
