/**
 * The learning culture scan (#24): an employer starts a scan and shares a link; employees answer
 * anonymously (no account, no name); the report shows only from five answers.
 */
import * as z from 'zod/mini';
import { Id, LocalizedText, Slug, Timestamp, named, text, int } from './common.js';
import { Sector } from './skills.js';

export const CultureDimension = z.enum([
  'learning-at-work',
  'feedback',
  'learning-together',
  'sharing-knowledge',
  'autonomy',
  'leadership-support',
  'onboarding',
]);
export type CultureDimension = z.infer<typeof CultureDimension>;

export const CultureScanInput = /*#__PURE__*/ named(
  z.object({
    /** What employees see above the questions: the company (or a team of it). */
    title: text(2, 120),
    /** Chooses actions that fit the work. */
    sector: z.optional(Sector),
    /** A repeat of an earlier scan of yours: the report shows what changed. */
    repeatOf: z.optional(Id),
  }),
  'CultureScanInput',
  'Start a learning culture scan.',
);
export type CultureScanInput = z.infer<typeof CultureScanInput>;

export const CultureScan = /*#__PURE__*/ named(
  z.object({
    id: Id,
    title: text(2, 120),
    sector: z.optional(Sector),
    repeatOf: z.optional(Id),
    createdAt: Timestamp,
    closedAt: z.optional(Timestamp),
    /** The employees' link: who has it may answer once per device, nothing more. */
    shareToken: text(16, 200),
    /** Employees who answered (their answers are shown only from five on). */
    responses: int(0),
    managementAnswered: z.boolean(),
  }),
  'CultureScan',
  'A learning culture scan of an employer.',
);
export type CultureScan = z.infer<typeof CultureScan>;

export const CultureAnswersInput = /*#__PURE__*/ named(
  z.object({
    /** An answer 1 (helemaal oneens) to 5 (helemaal eens) per statement; at least 14 of the 28. */
    answers: z.array(z.object({ itemId: Slug, answer: int(1, 5) })).check(z.minLength(14), z.maxLength(28)),
    /**
     * A random key the answering device makes once per filled-in scan (32 hex digits): the same
     * answers sent again (a double tap, a retry after a lost answer) count once. It says nothing
     * about who answered.
     */
    responseKey: z.optional(z.string().check(z.regex(/^[0-9a-f]{32}$/))),
  }),
  'CultureAnswersInput',
  'Answers to the statements of a learning culture scan.',
);
export type CultureAnswersInput = z.infer<typeof CultureAnswersInput>;

export const CultureQuestions = /*#__PURE__*/ named(
  z.object({
    title: text(2, 120),
    /** Closed scans take no more answers. */
    closed: z.boolean(),
    items: z.array(z.object({ id: Slug, text: LocalizedText })),
    /** The five answers, 1-5. */
    answers: z.array(LocalizedText),
  }),
  'CultureQuestions',
  "The statements of a scan as its respondents see them (employees' or management's version).",
);
export type CultureQuestions = z.infer<typeof CultureQuestions>;

const Range = z.object({ mean: z.number(), low: z.number(), high: z.number() });

export const CultureAction = z.object({
  id: Slug,
  text: LocalizedText,
  effort: z.enum(['small', 'medium', 'large']),
  costEur: z.number().check(z.gte(0)),
  /** Learning offers of the skills it helps with. */
  offers: z.optional(z.array(z.object({ id: Slug, title: LocalizedText, url: z.optional(z.url()) }))),
  /** The employer's published job profiles, for an onboarding plan each. */
  jobProfiles: z.optional(z.array(z.object({ id: Id, title: text(1, 200) }))),
  /** Onboarding paths that employers share for the occupations of those job profiles (join or start one). */
  communityPaths: z.optional(z.array(z.object({ id: Id, title: text(2, 120), members: int(1) }))),
});
export type CultureAction = z.infer<typeof CultureAction>;

export const CultureReport = /*#__PURE__*/ named(
  z.object({
    scanId: Id,
    respondents: int(0),
    /** False below five employees' answers: then nothing else is given. */
    shown: z.boolean(),
    needed: z.optional(int(1)),
    /**
     * Answers in that the report does not count yet: it counts five at a time, so that no one
     * person's answers can be read from the difference between two reports.
     */
    waiting: z.optional(int(1, 4)),
    /** The learning-culture index, 0-100, with its 90 % range. */
    index: z.optional(Range),
    /** Ranked, strongest first; the weakest three carry actions. */
    dimensions: z.optional(
      z.array(
        z.extend(Range, {
          dimension: CultureDimension,
          label: LocalizedText,
          rank: int(1, 7),
          /** What management answered, and management − employees. */
          management: z.optional(z.number()),
          gap: z.optional(z.number()),
          /** "Betrouwbaar genoeg" (true), or not yet: too few complete answers, or answers that do not hang together. */
          reliable: z.boolean(),
          /** Why not (when `reliable` is false): fewer complete answers than a reliability needs, or they differ too much. */
          unreliableBecause: z.optional(z.enum(['few-answers', 'answers-differ'])),
          actions: z.array(CultureAction),
          /** Against the scan this one repeats: only a change whose ranges part counts. */
          change: z.optional(z.enum(['up', 'down', 'unclear'])),
          before: z.optional(z.number()),
        }),
      ),
    ),
    managementAnswered: z.boolean(),
    /** The scan this one repeats, when its report was shown. */
    previous: z.optional(z.object({ scanId: Id, createdAt: Timestamp, index: Range })),
  }),
  'CultureReport',
  "A scan's report: nothing but the count below five answers.",
);
export type CultureReport = z.infer<typeof CultureReport>;
