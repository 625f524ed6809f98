/** Learning paths (#23): a goal, the steps to it, and how far a person got. */
import * as z from 'zod/mini';
import { Id, Level, LocalizedText, Slug, Timestamp, named, text, int } from './common.js';
import { LearningOffer } from './skills.js';
import { HardRequirementFit } from './fit.js';

/**
 * What a person works towards: an occupation of the skill language, a vacancy of the partner, or
 * a community path that employers of an occupation share (their onboarding).
 */
export const LearningGoalKind = z.enum(['occupation', 'job', 'community']);
export type LearningGoalKind = z.infer<typeof LearningGoalKind>;

export const LearningGoalInput = /*#__PURE__*/ named(
  z.object({
    kind: LearningGoalKind,
    /** An occupation's slug, a published job profile's id, or a community path's id. */
    id: z.string().check(z.minLength(2), z.maxLength(80), z.regex(/^[A-Za-z0-9_-]+$/)),
  }),
  'LearningGoalInput',
  'The goal of a learning path: an occupation, a published vacancy or a community path.',
);
export type LearningGoalInput = z.infer<typeof LearningGoalInput>;

export const LearningStepStatus = z.enum(['todo', 'started', 'done']);
export type LearningStepStatus = z.infer<typeof LearningStepStatus>;

/**
 * What shows a step was done: a certificate the person says they got (a few words, no file: we
 * keep the least), an Open Badge taken in as a confirmed skill (its skill claim), their coach's
 * confirmation (only a coach can give it), a learning platform's completion (xAPI, sent by the
 * partner), or nothing yet.
 */
export const LearningProof = /*#__PURE__*/ named(
  z.object({
    kind: z.enum(['none', 'certificate', 'open-badge', 'coach', 'platform']),
    /** For a certificate: what it is, in a few words ("Certificaat Samenwerken, Summa"); for a platform: its name. */
    note: z.optional(text(2, 200)),
    /** For an Open Badge: the skill claim it became (GET /v1/me/skill-claims). */
    skillClaimId: z.optional(Id),
    /** For a coach's confirmation: who confirmed it. */
    coachName: z.optional(text(1, 120)),
  }),
  'LearningProof',
  'What shows a learning step was done.',
);
export type LearningProof = z.infer<typeof LearningProof>;

export const LearningStep = /*#__PURE__*/ named(
  z.object({
    skillId: Slug,
    requiredLevel: Level,
    /** The level when the plan was made. */
    startLevel: Level,
    /** The level of the newest skillprint. */
    currentLevel: Level,
    /** The newest skillprint probably meets the level (measured, not said). */
    reached: z.boolean(),
    /** The goal cannot do without it. */
    essential: z.boolean(),
    /** Jobs this step alone would open, and jobs it stands in the way of (occupations and the partner's vacancies). */
    opens: int(0),
    blocks: int(0),
    /**
     * One or two offers that reach the level (none when there is no offer for it yet); on a
     * community path, the offers its employers recommend come first.
     */
    offers: z.array(LearningOffer),
    status: LearningStepStatus,
    /** The offer the person chose, when they said so. */
    offerId: z.optional(Slug),
    startedAt: z.optional(Timestamp),
    doneAt: z.optional(Timestamp),
    proof: z.optional(LearningProof),
    /**
     * Each measurement of the skill since the plan was made (the one it was made from first; a
     * retake adds one): when, the level, and the levels it could be (the 80 % range).
     */
    history: z.optional(z.array(z.object({ at: Timestamp, level: Level, low: Level, high: Level }))),
    /** First against newest: grew or fell only when their ranges no longer overlap; else unclear. */
    growth: z.optional(z.enum(['grew', 'unclear', 'fell'])),
    /**
     * A short lesson about the skill inside the platform (the partner's own first), when there is
     * one: what the step shows of it; its pages come with GET /v1/me/lessons/{id}.
     */
    lesson: z.optional(z.object({ id: Slug, title: LocalizedText, minutes: int(1, 20) })),
    /** When the person did the step's lesson (a small step: it begins the step, it does not finish it). */
    lessonDoneAt: z.optional(Timestamp),
    /** On a community path: what the workplace does in this step ("Week 1: loop mee met een vast maatje"). */
    workplaceNote: z.optional(text(2, 300)),
  }),
  'LearningStep',
  'One step of a learning path: a skill to bring to a level.',
);
export type LearningStep = z.infer<typeof LearningStep>;

export const LearningPath = /*#__PURE__*/ named(
  z.object({
    id: Id,
    goal: z.object({ kind: LearningGoalKind, id: text(2, 80), title: LocalizedText }),
    createdAt: Timestamp,
    /** Set when the person chose another goal or stopped: the path is then history. */
    endedAt: z.optional(Timestamp),
    steps: z.array(LearningStep),
    /** Steps neither done nor reached: "nog 2 stappen tot stratenmaker". */
    remaining: int(0),
    /** How well the newest skillprint fits the goal now (absent when a vacancy is gone). */
    score: z.optional(int(0, 100)),
    /** The levels come from a provisional bank: a provisional estimate. */
    provisional: z.boolean(),
    /**
     * What the goal asks besides skills (certificates, licences, physical work) and whether the
     * person has it: learning the steps does not bring a forklift certificate. Absent for an ended path.
     */
    hardRequirements: z.optional(z.array(HardRequirementFit)),
    /**
     * Skills the goal asks that the newest skillprint puts below their level and the plan has no
     * step for (a newer test measured them lower, or the vacancy asks more now). Putting the same
     * goal again adds them as steps (what was done stays). Absent when there are none, and for an ended path.
     */
    newGaps: z.optional(z.array(Slug)),
    /** Courses that lead to a certificate or licence in `hardRequirements` the person lacks (`leadsTo`). */
    certificateOffers: z.optional(z.array(LearningOffer)),
  }),
  'LearningPath',
  'A goal, the steps to it, and how far the person got.',
);
export type LearningPath = z.infer<typeof LearningPath>;

export const LearningStepUpdate = /*#__PURE__*/ named(
  z.object({
    status: LearningStepStatus,
    /** The offer chosen for the step: one that develops its skill. */
    offerId: z.optional(Slug),
    /** Only with status "done". */
    proof: z.optional(LearningProof),
  }),
  'LearningStepUpdate',
  'Started, done (with what shows it), or back to to do.',
);
export type LearningStepUpdate = z.infer<typeof LearningStepUpdate>;
