/**
 * Job coaches (#23): a job seeker gives a coach access with a code the coach gives them; the
 * coach then sees their caseload, and per person the skillprint, the learning path, requests and
 * applications, notes and the next action. Access is per coach, revocable at once, and every
 * read is logged.
 */
import * as z from 'zod/mini';
import { DateOnly, Id, LocalizedText, Pseudonym, Slug, Timestamp, named, text, int } from './common.js';
import { ConnectionStatus } from './people.js';
import { ApplicationStatus } from './applications.js';
import { LearningPath } from './learning.js';
import { Skillprint } from './skillprint.js';

/** A code a coach gives a job seeker, at the table or by message: 8 letters and digits, easy to read out. */
export const CoachCode = z.string().check(z.regex(/^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/i));

export const CoachInvite = /*#__PURE__*/ named(
  z.object({ code: CoachCode, expiresAt: Timestamp }),
  'CoachInvite',
  'A one-time code a job seeker enters to give this coach access.',
);
export type CoachInvite = z.infer<typeof CoachInvite>;

export const CoachInvitePreview = z.object({ coachName: text(1, 120), expiresAt: Timestamp });
export type CoachInvitePreview = z.infer<typeof CoachInvitePreview>;

export const CoachGrantInput = /*#__PURE__*/ named(
  z.object({
    code: CoachCode,
    /** How the coach may call you (your first name, say). Optional: without it they see your pseudonym. */
    called: z.optional(text(1, 60)),
  }),
  'CoachGrantInput',
  'Give a coach access with the code they gave you.',
);
export type CoachGrantInput = z.infer<typeof CoachGrantInput>;

export const NextAction = z.object({ text: text(2, 300), due: DateOnly });
export type NextAction = z.infer<typeof NextAction>;

export const CoachNote = /*#__PURE__*/ named(
  z.object({ id: Id, text: text(1, 2000), writtenAt: Timestamp }),
  'CoachNote',
  'A dated note of a coach about a talk or an agreement (never health or diagnosis data).',
);
export type CoachNote = z.infer<typeof CoachNote>;

export const CoachGrant = /*#__PURE__*/ named(
  z.object({
    coachId: Id,
    coachName: text(1, 120),
    grantedAt: Timestamp,
    /** When the coach last looked at your data. */
    lastReadAt: z.optional(Timestamp),
    reads: int(0),
    /** What the coach wrote about you, newest first: it is about you, so you read it too. */
    notes: z.array(CoachNote),
    /** The next step the coach wrote down with you. */
    nextAction: z.optional(NextAction),
  }),
  'CoachGrant',
  'A coach who may see your skillprint, learning path, requests and applications.',
);
export type CoachGrant = z.infer<typeof CoachGrant>;

/** What is not there yet, for the data-completeness indicator. */
export const MissingData = z.enum([
  'skillprint',
  'talent-pool',
  'learning-goal',
  'learning-progress',
  'hard-requirements',
]);
export type MissingData = z.infer<typeof MissingData>;

/** How far ahead a next action may be due: two years (a date like 9999-12-31 is a slip, not a plan). */
export const NEXT_ACTION_MAX_DAYS = 730;

const dayFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** The days a coach may choose for a next action now (YYYY-MM-DD, UTC): from today up to two years ahead. */
export const nextActionDays = (now = new Date()) => ({
  first: dayFrom(now, 0),
  last: dayFrom(now, NEXT_ACTION_MAX_DAYS),
});

/**
 * A next action to set. Its date is at most two years ahead (a day more for time zones); the API
 * lets a date up to a year back through (an action already overdue), the coach desk only from today.
 */
export const NextActionInput = z.object({
  text: text(2, 300),
  due: DateOnly.check(
    z.refine(
      (due) => {
        const now = new Date();
        return due >= dayFrom(now, -365) && due <= dayFrom(now, NEXT_ACTION_MAX_DAYS + 1);
      },
      { message: 'must be at most two years ahead (and at most one year back)' },
    ),
  ),
});

export const CaseloadEntry = /*#__PURE__*/ named(
  z.object({
    personId: Id,
    pseudonym: Pseudonym,
    /** What the job seeker said the coach may call them. */
    called: z.optional(text(1, 60)),
    grantedAt: Timestamp,
    /** The latest thing they did here: a skillprint, a learning step, an answer to a request, an application. */
    lastActivityAt: Timestamp,
    /** No activity for 4 weeks. */
    inactive: z.boolean(),
    /** Connection requests from employers still waiting for their answer. */
    requestsWaiting: int(0),
    learning: z.optional(
      z.object({
        goal: LocalizedText,
        steps: int(0),
        /** Steps still to take, as the learning path counts them (its `remaining`). */
        remaining: int(0),
        /**
         * Steps said done whose level the newest skillprint does not reach (yet): done is not
         * reached, so "every step done" is not "goal reached" while this is not empty.
         */
        notReached: z.array(Slug),
      }),
    ),
    /** 0-100: how much of what helps them is there; `missing` says what is not. */
    completeness: int(0, 100),
    missing: z.array(MissingData),
    nextAction: z.optional(NextAction),
  }),
  'CaseloadEntry',
  'One job seeker in a coach caseload.',
);
export type CaseloadEntry = z.infer<typeof CaseloadEntry>;

export const CaseloadFilter = z.enum(['inactive', 'request-waiting']);
export type CaseloadFilter = z.infer<typeof CaseloadFilter>;

export const CoachNoteInput = z.object({ text: text(1, 2000) });

export const CaseFile = /*#__PURE__*/ named(
  z.object({
    entry: CaseloadEntry,
    skillprint: z.nullable(Skillprint),
    learningPath: z.nullable(LearningPath),
    requests: z.array(
      z.object({ jobTitle: text(1, 120), employerName: text(1, 120), status: ConnectionStatus, createdAt: Timestamp }),
    ),
    applications: z.array(
      z.object({ jobTitle: text(1, 120), employerName: text(1, 120), status: ApplicationStatus, createdAt: Timestamp }),
    ),
    notes: z.array(CoachNote),
  }),
  'CaseFile',
  'What a coach sees of one job seeker who gave them access (every read is logged).',
);
export type CaseFile = z.infer<typeof CaseFile>;

/** For the job seeker's export: each coach's access, what they wrote and when they looked. */
export const CoachAccessExport = z.object({
  coachName: text(1, 120),
  grantedAt: Timestamp,
  revokedAt: z.optional(Timestamp),
  nextAction: z.optional(NextAction),
  notes: z.array(CoachNote),
  reads: z.array(z.object({ at: Timestamp, what: text(1, 40) })),
});
