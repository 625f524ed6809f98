/** Job profiles: vacancies described in the skill language. */
import * as z from 'zod/mini';
import { DateOnly, HoursRange, Id, Region, Slug, Timestamp, named, text, int } from './common.js';
import { EnvironmentValue, HardRequirementNeeds, InterestId, Requirement } from './skills.js';

export const JobStatus = z.enum(['draft', 'published', 'closed']);
export type JobStatus = z.infer<typeof JobStatus>;

/** What an employer writes. Duplicate skills are refused so a requirement is never counted twice. */
export const JobProfileInput = /*#__PURE__*/ named(
  z.object({
    title: text(2, 120),
    occupationId: z.optional(Slug),
    requirements: z.array(Requirement).check(
      z.minLength(1),
      z.maxLength(24),
      z.refine((rs) => new Set(rs.map((r) => r.skillId)).size === rs.length, { message: 'each skill may appear once' }),
    ),
    interests: z.optional(z.array(InterestId).check(z.maxLength(3))),
    environment: z.optional(z.array(EnvironmentValue)),
    /** Certificates, licences and physical conditions, required or preferred: shown apart from the score. */
    hardRequirements: z.optional(HardRequirementNeeds),
    region: Region,
    hours: HoursRange,
    startDate: z.optional(DateOnly),
    description: z.optional(text(0, 2000)),
  }),
  'JobProfileInput',
  'The fields of a job profile an employer can set.',
);
export type JobProfileInput = z.infer<typeof JobProfileInput>;

export const JobProfile = /*#__PURE__*/ named(
  z.extend(JobProfileInput, {
    id: Id,
    employerId: Id,
    employerName: text(1, 120),
    status: JobStatus,
    /** The published version shown (0: never published). Each publication makes the next one. */
    version: int(0),
    /** Changes to a published profile that are not published yet; only its employer sees them. */
    draft: z.optional(JobProfileInput),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  'JobProfile',
  'A vacancy described in the skill language.',
);
export type JobProfile = z.infer<typeof JobProfile>;

/** Which published version of a job profile to read (default: the live one). */
export const JobVersionQuery = z.object({
  version: z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER))),
});

/**
 * A draft's requirements (and interests and environment), for the builder's live preview: what
 * matching needs, nothing else — so a half-filled form can be previewed before it is valid.
 */
export const JobProfilePreviewInput = /*#__PURE__*/ named(
  z.object({
    requirements: JobProfileInput.shape.requirements,
    interests: JobProfileInput.shape.interests,
    environment: JobProfileInput.shape.environment,
  }),
  'JobProfilePreviewInput',
  'The parts of a job profile that matching uses.',
);
export type JobProfilePreviewInput = z.infer<typeof JobProfilePreviewInput>;

export const JobProfilePreview = /*#__PURE__*/ named(
  z.object({
    /** Talent-pool candidates who would score at least `goodMatch`. */
    strong: int(0),
    /** Candidates who probably meet every essential requirement. */
    essentialsMet: int(0),
    /** Everyone in the partner's talent pool. */
    total: int(0),
    /** The score counted as a good match (0-100). */
    goodMatch: int(0, 100),
  }),
  'JobProfilePreview',
  'How many candidates in the talent pool a draft job profile would match well. Counts only, no one is identified.',
);
export type JobProfilePreview = z.infer<typeof JobProfilePreview>;
