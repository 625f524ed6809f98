/** Matches: how well a skillprint fits a job profile, and why. */
import * as z from 'zod/mini';
import { Id, Importance, Level, Pseudonym, Slug, named } from './common.js';

export const RequirementFit = /*#__PURE__*/ named(
  z.object({
    skillId: Slug,
    requiredLevel: Level,
    importance: Importance,
    essential: z.boolean(),
    /** Probability that the candidate is at or above the required level, given the score and its standard error. */
    probability: z.number().check(z.gte(0), z.lte(1)),
    met: z.boolean(),
  }),
  'RequirementFit',
  'How one requirement of a job is met.',
);

export const Match = /*#__PURE__*/ named(
  z.object({
    jobProfileId: z.optional(Id),
    occupationId: z.optional(Slug),
    candidate: z.optional(Pseudonym),
    score: z.int().check(z.gte(0), z.lte(100)),
    essentialsMet: z.boolean(),
    requirements: z.array(RequirementFit),
    strengths: z.array(Slug),
    gaps: z.array(z.object({ skillId: Slug, requiredLevel: Level, currentLevel: Level, offerIds: z.array(Slug) })),
    secondary: z.object({ interests: z.number().check(z.gte(0), z.lte(1)), environment: z.number().check(z.gte(0), z.lte(1)) }),
  }),
  'Match',
  'The fit of a skillprint to a job profile or occupation, with its explanation.',
);
export type Match = z.infer<typeof Match>;
