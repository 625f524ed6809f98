/** Matches: how well a skillprint fits a job profile, and why. */
import * as z from 'zod/mini';
import {
  HoursRange,
  Id,
  Level,
  LocalizedText,
  Pseudonym,
  Region,
  Slug,
  Timestamp,
  named,
  text,
  int,
} from './common.js';
import { ConnectionStatus, PoolDetails } from './people.js';
import { HardRequirementFit, RequirementFit } from './fit.js';
import { InterestId, Sector } from './skills.js';

export { HardRequirementFit, HeldSource, RequirementFit } from './fit.js';

/** The explanation of a fit, the same for a job profile, a candidate and an occupation. */
const explanation = {
  score: int(0, 100),
  /** The unrounded score: equal scores are ranked by it (then by a stable rule, see docs/matching.md). */
  fit: z.number().check(z.gte(0), z.lte(100)),
  /** What the essentials leave of the score: 1 when all are met, down to 0.5 per surely missed one. */
  essentialFactor: z.number().check(z.gte(0), z.lte(1)),
  /** The points of interests and work environment (0 when they do not count). */
  secondaryPoints: z.number().check(z.gte(0), z.lte(100)),
  essentialsMet: z.boolean(),
  requirements: z.array(RequirementFit),
  strengths: z.array(Slug),
  gaps: z.array(z.object({ skillId: Slug, requiredLevel: Level, currentLevel: Level, offerIds: z.array(Slug) })),
  /**
   * How interests and work environment fit, 0-1; null where one side has none (it then weighs 0).
   * A job seeker's own matches only: an employer's list leaves it out, since for a job of one
   * interest area it would say whether the candidate likes it (their points stay: the score adds up).
   */
  secondary: z.optional(
    z.object({
      interests: z.nullable(z.number().check(z.gte(0), z.lte(1))),
      environment: z.nullable(z.number().check(z.gte(0), z.lte(1))),
    }),
  ),
  /** True while the skillprint's levels come from a provisional bank and norms: a provisional estimate (the widget says so). */
  provisional: z.optional(z.boolean()),
  /** The certificates, licences and physical conditions the job asks for, and which the person holds: apart from the score. */
  hardRequirements: z.optional(z.array(HardRequirementFit)),
};

/**
 * For a job seeker's own matches only, the words behind `secondary`: the job's interest areas,
 * each with whether they like it (empty when their interests were not measured), and the
 * work-environment facets both sides answered, with both values. Never sent to an employer.
 */
const PreferenceReasons = /*#__PURE__*/ z.object({
  interests: z.array(z.object({ interestId: InterestId, liked: z.boolean() })),
  environment: z.array(z.object({ facetId: Slug, job: int(-2, 2), you: int(-2, 2) })),
});

export const Match = /*#__PURE__*/ named(
  z.object({
    jobProfileId: z.optional(Id),
    occupationId: z.optional(Slug),
    candidate: z.optional(Pseudonym),
    ...explanation,
    /** For a job seeker: the job in a few words. */
    job: z.optional(z.object({ title: text(1, 120), employerName: text(1, 120), region: Region, hours: HoursRange })),
    /**
     * Not in a ranked list: which skillprint a match was made from. Its id is the same for every
     * employer, so two who compare lists would find the same person by it; the skillprint itself
     * is shown once the candidate accepts a request, or applies. For an employer the list gives
     * availability and where a connection stands, and no more than the explanation needs: a
     * skillprint also says what someone likes and in which language they took the test, which an
     * employer choosing whom to contact should not see.
     */
    skillprintId: z.optional(Id),
    preferences: z.optional(PreferenceReasons),
    pool: z.optional(PoolDetails),
    connection: z.optional(z.object({ id: Id, status: ConnectionStatus })),
  }),
  'Match',
  'The fit of a skillprint to a job profile or occupation, with its explanation.',
);
export type Match = z.infer<typeof Match>;

export const MatchList = named(
  z.object({ items: z.array(Match), total: int(0) }),
  'MatchList',
  'Ranked matches, best first.',
);

/** A published vacancy of the partner for one occupation, in a few words, with its score for you. */
export const Vacancy = /*#__PURE__*/ named(
  z.object({
    jobProfileId: Id,
    title: text(1, 120),
    employerName: text(1, 120),
    region: Region,
    hours: HoursRange,
    score: int(0, 100),
  }),
  'Vacancy',
  'A published job profile of this occupation, with how well it fits you.',
);
export type Vacancy = z.infer<typeof Vacancy>;

/** Vacancies listed under one occupation, best first; `vacancyCount` says how many there are in all. */
export const MAX_VACANCIES_PER_CAREER = 10;

/**
 * An occupation of the skill language, explained as a match (the same fields as Match, for the
 * occupation's template), with the partner's published vacancies for it.
 */
export const Career = /*#__PURE__*/ named(
  z.object({
    occupationId: Slug,
    ...explanation,
    preferences: z.optional(PreferenceReasons),
    title: LocalizedText,
    sector: Sector,
    /** The best published vacancies of this occupation for you, best first (at most MAX_VACANCIES_PER_CAREER). */
    vacancies: z.array(Vacancy).check(z.maxLength(MAX_VACANCIES_PER_CAREER)),
    /** How many published vacancies this occupation has in all. */
    vacancyCount: int(0),
  }),
  'Career',
  'An occupation ranked for a job seeker: the fit to its template, explained, and its vacancies.',
);
export type Career = z.infer<typeof Career>;

export const CareerList = named(
  z.object({ items: z.array(Career), total: int(0) }),
  'CareerList',
  'Occupations ranked by fit, best first.',
);

/** What the audit log keeps of every candidate list shown to an employer (EU AI Act, high-risk use). */
export const AuditEntry = named(
  z.object({
    id: Id,
    at: Timestamp,
    /** Absent once the employer erased their data, or the job profile was deleted. */
    employerId: z.optional(Id),
    jobProfileId: z.optional(Id),
    /** The job's title as shown then. */
    jobTitle: text(1, 120),
    /** The candidate's pseudonym; absent once the candidate erased their data (the row stays, unlinked). */
    candidate: z.optional(Pseudonym),
    rank: int(1),
    score: int(0, 100),
    /** Why, in the reader's language (the `lang` asked for): each requirement's fit and points. */
    reason: text(1, 2000),
    /** The same explanation as data: each requirement's fit and points (absent for entries from before it was kept). */
    explanation: z.optional(
      z.object({
        fit: z.number().check(z.gte(0), z.lte(100)),
        essentialFactor: z.number().check(z.gte(0), z.lte(1)),
        secondaryPoints: z.number().check(z.gte(0), z.lte(100)),
        requirements: z.array(RequirementFit),
      }),
    ),
  }),
  'AuditEntry',
  'One candidate shown to an employer, with rank, score and the reason.',
);
