/**
 * Community paths (#24, part 4): employers of one occupation share an onboarding and learning
 * path — skills of the skill language to a level, the learning offers they recommend, and what
 * the workplace does in each step — which a new hire then follows as their learning path.
 */
import * as z from 'zod/mini';
import { Id, Level, LocalizedText, Slug, Timestamp, named, text, int } from './common.js';

export const CommunityPathStep = /*#__PURE__*/ named(
  z.object({
    skillId: Slug,
    /** The level a new hire works towards. */
    level: Level,
    /** Learning offers of the partner's catalogue the employers recommend for it (first in the step). */
    offerIds: z.array(Slug).check(z.maxLength(3)),
    /** What the workplace does in this step: "Week 1: loop mee met een vast maatje op het dak". */
    note: z.optional(text(2, 300)),
  }),
  'CommunityPathStep',
  'One step of a community path: a skill to a level, with the offers and what the workplace does.',
);
export type CommunityPathStep = z.infer<typeof CommunityPathStep>;

export const CommunityPathInput = /*#__PURE__*/ named(
  z.object({
    /** The occupation of the skill language the path is for. */
    occupationId: Slug,
    title: text(2, 120),
    /** In the order a new hire takes them; a skill at most once. */
    steps: z.array(CommunityPathStep).check(z.minLength(1), z.maxLength(16)),
  }),
  'CommunityPathInput',
  'A shared onboarding and learning path for one occupation.',
);
export type CommunityPathInput = z.infer<typeof CommunityPathInput>;

export const CommunityPath = /*#__PURE__*/ named(
  z.object({
    id: Id,
    occupationId: Slug,
    occupationTitle: LocalizedText,
    title: text(2, 120),
    steps: z.array(CommunityPathStep),
    /** The employers who share it, by their company name. */
    members: z.array(text(1, 200)),
    /** You (an employer) share it: you may change it or leave it. */
    mine: z.boolean(),
    /** How many people follow it as their learning path now (a count, never who). */
    followers: int(0),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  'CommunityPath',
  'A shared onboarding and learning path, as employers and job seekers of the partner see it.',
);
export type CommunityPath = z.infer<typeof CommunityPath>;
