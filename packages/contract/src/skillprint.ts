/** The skillprint: what the assessment measured, signed by the server. */
import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';
import { Id, Level, Pseudonym, Slug, TextLang, Timestamp, named, text, int } from './common.js';
import { EnvironmentValue, InterestId } from './skills.js';

export const SkillScore = /*#__PURE__*/ named(
  z.object({
    skillId: Slug,
    /** Estimate on the IRT scale (mean 0, SD 1 in the norm group). */
    theta: z.number().check(z.gte(-6), z.lte(6)),
    /** Standard error of theta: how sure the measurement is. */
    se: z.number().check(z.gt(0), z.lte(3)),
    level: Level,
    percentile: int(0, 100),
    itemsUsed: int(0),
  }),
  'SkillScore',
  'The score of one skill, with its standard error.',
);
export type SkillScore = domain.SkillScore;

export const Skillprint = /*#__PURE__*/ named(
  z.object({
    id: Id,
    owner: Pseudonym,
    assessmentVersion: text(1, 40),
    issuedAt: Timestamp,
    scores: z.array(SkillScore).check(z.minLength(1)),
    interests: z.array(z.object({ interestId: InterestId, score: int(0, 100) })),
    environment: z.array(EnvironmentValue),
    /** Skills the test could not measure well enough to sign (their time ran out): not scored. */
    unmeasured: z.optional(z.array(Slug)),
    /**
     * The answers did not hang together the way the model expects (person fit, lz < −1.645): the
     * scores say little about the person. Shown as "we konden dit niet goed meten", never as a verdict.
     */
    poorFit: z.optional(z.boolean()),
    /**
     * A re-measurement (after a learning step): only `skills` were measured for this skillprint;
     * every other score, the interests and the work environment are copied from skillprint
     * `basedOn`. A history of a skill reads only the skillprints that measured it (measuredIn).
     */
    remeasure: z.optional(z.object({ basedOn: Id, skills: z.array(Slug).check(z.minLength(1)) })),
    /**
     * The languages the test was shown in (`a2`: Eenvoudig Nederlands), the most used first (#25): until answers in each
     * language show the items work alike (DIF by language, the quality report), the skillprint
     * says which language it was measured in. Absent on skillprints from before.
     */
    testLangs: z.optional(z.array(TextLang).check(z.minLength(1), z.maxLength(7))),
  }),
  'Skillprint',
  'A skill profile: per skill a score with its standard error, level and percentile.',
);
export type Skillprint = z.infer<typeof Skillprint>;

/** Whether this skillprint measured the skill itself (a re-measurement copies the skills it did not measure). */
export const measuredIn = (skillprint: Pick<Skillprint, 'scores' | 'remeasure'>, skillId: string): boolean =>
  skillprint.scores.some((s) => s.skillId === skillId) &&
  (!skillprint.remeasure || skillprint.remeasure.skills.includes(skillId));

/** A skill's measurements in these skillprints (oldest first), leaving out the copied scores of re-measurements. */
export const measurementsOf = (skillprints: readonly Skillprint[], skillId: string) =>
  skillprints
    .filter((p) => measuredIn(p, skillId))
    .map((p) => ({ at: p.issuedAt, score: p.scores.find((s) => s.skillId === skillId)! }));

export const SignedSkillprint = /*#__PURE__*/ named(
  z.object({
    skillprint: Skillprint,
    /** Compact JWS (ES256) whose payload is the skillprint; keys at /.well-known/jwks.json. */
    signature: z.string().check(z.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)),
  }),
  'SignedSkillprint',
  'A skillprint with the server signature that proves it was not edited.',
);
export type SignedSkillprint = z.infer<typeof SignedSkillprint>;

export const Verification = named(
  z.object({
    valid: z.boolean(),
    /** Why not, in plain words. */
    reason: z.optional(text(1, 200)),
    keyId: z.optional(text(1, 200)),
  }),
  'Verification',
  'Whether a skillprint carries a valid server signature over exactly this content.',
);

export const SkillprintList = z.object({ items: z.array(SignedSkillprint) });
