/**
 * How one requirement of a job is met: its own module, read by matches and by connection
 * requests (people.ts), which matching.ts imports in turn.
 */
import * as z from 'zod/mini';
import { Importance, Level, Slug, named } from './common.js';

export const RequirementFit = /*#__PURE__*/ named(
  z.object({
    skillId: Slug,
    requiredLevel: Level,
    importance: Importance,
    essential: z.boolean(),
    /** What the skillprint says: the candidate's level, and the levels it could be (absent when not measured). */
    level: z.optional(Level),
    range: z.optional(z.tuple([Level, Level])),
    /** Probability that the candidate is at or above the required level, given the score and its standard error. */
    probability: z.number().check(z.gte(0), z.lte(1)),
    met: z.boolean(),
    /** The points of the score this requirement brings: all requirements and `secondaryPoints` sum to `fit`. */
    points: z.number().check(z.gte(0), z.lte(100)),
    /** The points it costs: what it would bring if surely met, minus `points`, plus its part of a missed essential's penalty. */
    lost: z.number().check(z.gte(0), z.lte(100)),
    /** Met: it helped the score; not met: it cost points. */
    effect: z.enum(['helped', 'hurt']),
  }),
  'RequirementFit',
  'How one requirement of a job is met.',
);

/** How a person holds a hard requirement: said by themselves, or confirmed by an issuer. */
export const HeldSource = z.enum(['self', 'confirmed']);
export type HeldSource = z.infer<typeof HeldSource>;

/**
 * A job's hard requirement next to what the person holds. Shown apart from the score: a paper
 * can be earned in days, and the score says how a person fits the work itself.
 */
export const HardRequirementFit = /*#__PURE__*/ named(
  z.object({ id: Slug, required: z.boolean(), held: z.nullable(HeldSource) }),
  'HardRequirementFit',
  'A certificate, licence or physical condition the job asks for, and whether the person has it (and who says so).',
);
