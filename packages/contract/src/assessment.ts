/** Assessment sessions and the raw responses the server re-scores. */
import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';
import { Id, LocalizedText, Slug, TextLang, Timestamp, named, text, int } from './common.js';
import { SceneSetting } from './scene-setting.js';

/** How an item is shown: a situational-judgement scene or a block of game trials. */
export const ItemFormat = z.enum(['sjt', 'game']);
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

/** A raw answer: the option chosen (as shown), or the trials of a game block. */
export const ItemResponse = /*#__PURE__*/ named(
  z
    .object({
      itemId: Slug,
      /** Chosen option as shown (a block: the statement most like you). Absent for game blocks: the server scores their trials. */
      choice: z.optional(int(0, 9)),
      /** A block of three statements: the one least like you, as shown (not the one in `choice`). */
      least: z.optional(int(0, 9)),
      trials: z.optional(z.array(GameTrial).check(z.minLength(1), z.maxLength(200))),
      durationMs: z.number().check(z.gte(0), z.lte(3_600_000)),
      answeredAt: Timestamp,
      /** The language the item was shown in (a person may switch mid-test; `a2`: Eenvoudig Nederlands); absent: the session's. */
      lang: z.optional(TextLang),
    })
    .check(
      z.refine((r) => (r.choice === undefined) !== (r.trials === undefined), {
        message: 'give either choice or trials, not both',
        path: ['choice'],
      }),
      z.refine((r) => r.least === undefined || (r.choice !== undefined && r.least !== r.choice), {
        message: 'must be another statement than choice (the one least like you)',
        path: ['least'],
      }),
    ),
  'ItemResponse',
  'A raw response to one item. Putting the same item twice replaces nothing: the first write wins.',
);
export type ItemResponse = domain.ItemResponse;

export const AssessmentStatus = z.enum(['active', 'completed', 'expired']);

export const StartAssessment = /*#__PURE__*/ named(
  z.object({
    /** The language the test starts in (`a2`: Eenvoudig Nederlands); each answer says the one its item was shown in. */
    lang: TextLang,
    extraTime: z.optional(z.boolean()),
    /**
     * Re-measure only these skills (after a learning step): a short test of two or three
     * minutes per skill, without preference questions. Needs a skillprint; its skillprint
     * copies every other score from the newest one and says which were measured again.
     */
    remeasure: z.optional(z.array(Slug).check(z.minLength(1), z.maxLength(3))),
    /**
     * The research round: after the whole test, a few more scenes and games of one skill, for
     * calibrating the test only (the skillprint does not change). Needs the research consent and
     * a skillprint from the whole test on this version of the test. Not with `remeasure`.
     */
    research: z.optional(z.literal(true)),
  }),
  'StartAssessment',
  'Start a new assessment session: the whole test, a short one of a few skills (remeasure), or the research round (research).',
);

/** The mini-game mechanics. Each turns trial data into an ordered category; none looks at faces, voices or feelings. */
export const GameMechanic = z.enum(['sorting', 'risk', 'planning', 'queue', 'team']);
export type GameMechanic = domain.GameMechanic;

// Where a work scene plays: its own module, so a micro-lesson's picture does not pull in this one.
export { SceneSetting };

/**
 * One item of the bank (the server's data, served by no route: it holds the key). Scenes (sjt)
 * list options, each worth a category; game blocks are scored from their trials. Parameters are
 * provisional until calibrated.
 */
export const Item = z.object({
  id: Slug,
  skillId: Slug,
  format: ItemFormat,
  model: z.enum(['2pl', 'grm']),
  /** IRT discrimination a. */
  discrimination: z.number().check(z.gte(0.2), z.lte(3)),
  /** Ordered thresholds b_1 < b_2 < …; one for 2PL. */
  thresholds: z.array(z.number().check(z.gte(-5), z.lte(5))).check(z.minLength(1), z.maxLength(6)),
  /** Scenes: per category, the chance that a guess lands there. */
  guessing: z.optional(z.array(z.number().check(z.gte(0), z.lte(1))).check(z.minLength(2), z.maxLength(7))),
  expectedSeconds: z.number().check(z.gte(2), z.lte(300)),
  prompt: LocalizedText,
  options: z.optional(
    z.array(z.object({ text: LocalizedText, category: int(0, 6) })).check(z.minLength(2), z.maxLength(5)),
  ),
  game: z.optional(
    z.object({
      mechanic: GameMechanic,
      trials: int(3, 60),
      level: int(1, 5),
    }),
  ),
  /** A scene's workplace: shown as its picture, never part of the key. */
  setting: z.optional(SceneSetting),
  provisional: z.boolean(),
});
export type Item = domain.Item;

/**
 * One step as the person sees it: a preference question ("interest", "environment"), a
 * forced-choice block ("choice": two statements, pick one; three statements, the answer names
 * the one most like you in `choice` and the one least like you in `least`), a work scene or a
 * game block. The answer is the index of the option shown. No step carries a category, keying or parameter, and a scene's
 * options come in an order shuffled per session: the server keeps the key.
 */
export const Step = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    kind: z.enum(['interest', 'environment', 'choice', 'scene', 'game']),
    prompt: LocalizedText,
    options: z.array(z.object({ text: LocalizedText, picture: z.optional(Slug) })).check(z.maxLength(5)),
    game: z.optional(
      z.object({
        mechanic: GameMechanic,
        trials: int(3, 60),
        level: int(1, 5),
      }),
    ),
    /** A scene's drawing of its workplace (a scene setting, such as `warehouse`); every option shares it. */
    picture: z.optional(Slug),
    expectedSeconds: z.number().check(z.gte(1), z.lte(300)),
  }),
  'Step',
  'One step of the assessment as shown: texts and options, never the key.',
);
export type Step = domain.Step;

/** Whether a step asks for the statement most and the one least like you (a block of three). */
export const ranksThree = (step: Pick<Step, 'kind' | 'options'>): boolean =>
  step.kind === 'choice' && step.options.length === 3;

export const TestProgress = named(
  z.object({
    /** 0-99 while the test runs. */
    percent: int(0, 100),
    skillsDone: int(0),
    skills: int(0),
  }),
  'TestProgress',
  'How far the test is.',
);

/** What comes next: the steps to show (sent ahead, so answering never waits on the network). */
const Ahead = {
  /** The next steps in order; empty when the test is over (then complete it). */
  next: z.array(Step),
  progress: TestProgress,
};

export const StoredResponse = named(
  z.object({
    /** False when this item was already answered: the first answer stays, nothing counts twice. */
    stored: z.boolean(),
    responseCount: int(0),
    ...Ahead,
  }),
  'StoredResponse',
  'The result of putting a response, with the steps that come next.',
);
export type StoredResponse = z.infer<typeof StoredResponse>;

/** An assessment a candidate is taking or has taken (the export lists them). */
export const AssessmentSession = z.object({
  id: Id,
  status: AssessmentStatus,
  assessmentVersion: text(1, 40),
  lang: TextLang,
  startedAt: Timestamp,
  expiresAt: Timestamp,
  responseCount: int(0),
  skillprintId: z.optional(Id),
  /** A short test of only these skills (see StartAssessment). */
  remeasure: z.optional(z.array(Slug)),
  /** The research round (see StartAssessment): its skillprint is the one of the test it followed, unchanged. */
  research: z.optional(z.literal(true)),
});
export type AssessmentSession = z.infer<typeof AssessmentSession>;

export const AssessmentWithSteps = /*#__PURE__*/ named(
  z.extend(AssessmentSession, Ahead),
  'AssessmentWithSteps',
  'An assessment with the steps to show next (none once it is over) and how far it is.',
);
export type AssessmentWithSteps = z.infer<typeof AssessmentWithSteps>;
