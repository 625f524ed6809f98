/** The skill language: skills, interests, work environment, occupations, learning offers. */
import * as z from 'zod/mini';
import type * as domain from '@pfw/core/domain';
import { Importance, Level, LocalizedText, Slug, named, text, int } from './common.js';

export const SkillKind = z.enum(['soft', 'interest', 'environment', 'hard']);

/** The six top groups of ESCO's transversal skills hierarchy. */
export const EscoGroup = z.enum([
  'core',
  'thinking',
  'self-management',
  'social-communication',
  'physical-manual',
  'life',
]);

export const EscoSkillUri = z.string().check(z.regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-z-]+$/));
export const EscoOccupationUri = z
  .string()
  .check(
    z.regex(
      /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    ),
  );

export const Crosswalk = /*#__PURE__*/ named(
  z.object({
    esco: z.object({ uri: EscoSkillUri, label: text(2, 200) }),
    onet: z.object({ id: z.string().check(z.regex(/^\d(\.[A-Za-z0-9]+)+$/)), label: text(2, 200) }),
    reason: LocalizedText,
  }),
  'Crosswalk',
  'Where a skill sits in ESCO and O*NET, and why.',
);

export const Skill = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    kind: SkillKind,
    group: EscoGroup,
    label: LocalizedText,
    description: LocalizedText,
    strength: LocalizedText,
    /** What each level 1-5 looks like, in observable behaviour. Index 0 is level 1. */
    levels: z.tuple([LocalizedText, LocalizedText, LocalizedText, LocalizedText, LocalizedText]),
    crosswalk: z.optional(Crosswalk),
  }),
  'Skill',
  'A skill of the skill language with B1 texts in Dutch and English.',
);
export type Skill = domain.Skill;

/** One of the six RIASEC interest areas. */
export const InterestId = z.enum(['realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional']);
export type InterestId = domain.InterestId;

export const Interest = /*#__PURE__*/ named(
  z.object({
    id: InterestId,
    code: z.enum(['R', 'I', 'A', 'S', 'E', 'C']),
    label: LocalizedText,
    description: LocalizedText,
  }),
  'Interest',
  'A RIASEC interest area.',
);
export type Interest = domain.Interest;

/** A work-environment facet with two poles, e.g. indoors and outdoors. */
export const EnvironmentFacet = /*#__PURE__*/ named(
  z.object({ id: Slug, label: LocalizedText, low: LocalizedText, high: LocalizedText }),
  'EnvironmentFacet',
  'A facet of the work environment between two poles (low = -2, high = +2).',
);
export type EnvironmentFacet = domain.EnvironmentFacet;

/** A position on a facet: -2 strongly the low pole, 0 either, +2 strongly the high pole. */
export const EnvironmentValue = z.object({ facetId: Slug, value: int(-2, 2) });
export type EnvironmentValue = domain.EnvironmentValue;

export const Requirement = /*#__PURE__*/ named(
  z.object({ skillId: Slug, level: Level, importance: Importance, essential: z.boolean() }),
  'Requirement',
  'A skill a job needs, at a level, with its importance; essential requirements gate a match.',
);
export type Requirement = domain.Requirement;

export const Sector = z.enum([
  'construction',
  'technology',
  'care',
  'logistics',
  'hospitality',
  'retail',
  'cleaning',
  'green',
]);
export type Sector = domain.Sector;

export const HardRequirementKind = z.enum(['certificate', 'licence', 'physical']);

export const HardRequirement = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    kind: HardRequirementKind,
    label: LocalizedText,
    description: LocalizedText,
    esco: z.optional(z.object({ uri: EscoSkillUri, label: text(2, 200) })),
    isco08: z.array(z.string().check(z.regex(/^\d{4}$/))),
    /** The papers whoever holds this one also has (VCA VOL: VCA Basis; a truck licence: a car licence). */
    covers: z.optional(z.array(Slug)),
  }),
  'HardRequirement',
  'A requirement that is not a skill: a certificate (VCA), a licence (rijbewijs) or a physical condition (tillen). Not measured: held by self-declaration or confirmation.',
);
export type HardRequirement = domain.HardRequirement;

/** A job's need for a hard requirement. Each may appear once. */
export const HardRequirementNeed = z.object({ id: Slug, required: z.boolean() });
export const HardRequirementNeeds = z.array(HardRequirementNeed).check(
  z.maxLength(12),
  z.refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, {
    message: 'each hard requirement may appear once',
  }),
);

export const Occupation = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    title: LocalizedText,
    description: LocalizedText,
    isco08: z.string().check(z.regex(/^\d{4}$/)),
    escoUri: z.optional(EscoOccupationUri),
    sector: Sector,
    mboLevel: int(1, 4),
    requirements: z.array(Requirement).check(z.minLength(6), z.maxLength(24)),
    interests: z.array(InterestId).check(z.minLength(1), z.maxLength(3)),
    environment: z.array(EnvironmentValue),
    hardRequirements: z.optional(HardRequirementNeeds),
  }),
  'Occupation',
  'An occupation template: a real occupation with its skill requirements.',
);
export type Occupation = domain.Occupation;

export const ProviderKind = z.enum(['oefenen', 'summa', 'brabant-leert', 'employer', 'platform', 'other']);

export const LearningOffer = /*#__PURE__*/ named(
  z.object({
    id: Slug,
    title: LocalizedText,
    description: LocalizedText,
    provider: z.object({ name: text(2, 120), kind: ProviderKind }),
    develops: z.array(z.object({ skillId: Slug, toLevel: Level })).check(z.minLength(1)),
    durationHours: z.number().check(z.gt(0), z.lte(2000)),
    costEur: z.number().check(z.gte(0)),
    format: z.enum(['online', 'classroom', 'on-the-job', 'blended']),
    url: z.optional(z.url()),
    /** True for example data that is not a real, bookable course. */
    sample: z.boolean(),
    /** The sectors whose work it is for; absent for what helps in any work (advice for a job names it only there). */
    sectors: z.optional(z.array(Sector)),
    /** The certificates or licences of the work it is for (hard requirement ids); advice names it only for work that asks one. */
    forHardRequirements: z.optional(z.array(Slug)),
    /** The certificates or licences one holds once it is finished (hard requirement ids); a learning plan offers it for what its goal asks. */
    leadsTo: z.optional(z.array(Slug)),
  }),
  'LearningOffer',
  'A course or training that develops skills to a level.',
);
export type LearningOffer = domain.LearningOffer;

/** The whole skill language as one downloadable document. */
export const SkillLanguage = /*#__PURE__*/ named(
  z.object({
    version: text(1, 40),
    skills: z.array(Skill),
    interests: z.array(Interest),
    environment: z.array(EnvironmentFacet),
    occupations: z.array(Occupation),
    learningOffers: z.array(LearningOffer),
    hardRequirements: z.array(HardRequirement),
  }),
  'SkillLanguage',
  'The complete skill language in one document.',
);
export type SkillLanguage = domain.SkillLanguage;
