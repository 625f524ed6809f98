/**
 * The measurement quality and fairness report a partner admin reads (#20 parts 3, 4 and 6):
 * how precisely each skill is measured, how often items are used, and whether items or the
 * funnel treat groups alike. Only aggregates of at least `minGroup` people; never a person.
 */
import * as z from 'zod/mini';
import { characteristicIds } from '@pfw/core/research-groups';
import { Slug, Timestamp, named, text, int } from './common.js';

const Share = z.number().check(z.gte(0), z.lte(1));
const Characteristic = z.enum(characteristicIds);
/** What DIF compares groups by: a research characteristic, or the language the test was shown in (#25). */
const DifCharacteristic = z.enum([...characteristicIds, 'testLanguage']);

export const SkillQuality = /*#__PURE__*/ named(
  z.object({
    skillId: Slug,
    /** Skillprints that measured the skill (the latest of each person). */
    n: int(0),
    /** Mean standard error of θ. */
    meanSe: z.nullable(z.number()),
    /** Marginal reliability: var(θ̂) / (var(θ̂) + mean SE²); null with fewer than minGroup skillprints. */
    reliability: z.nullable(z.number()),
    /** People measured twice: the correlation of the two θ's (null below minGroup). */
    retest: z.object({ n: int(0), r: z.nullable(z.number()) }),
  }),
  'SkillQuality',
  'How precisely one skill is measured.',
);

export const DifFinding = /*#__PURE__*/ named(
  z.object({
    /** The item, or two statements of a forced-choice block (`first|second`). */
    key: text(1, 300),
    /** What the item says (Dutch), or the two statements of a pair: for people who read the report. */
    text: text(1, 400),
    grade: z.enum(['B', 'C']),
    /** ETS delta: negative when harder for the focal group at equal ability. */
    delta: z.number(),
    p: z.number(),
    favours: z.enum(['reference', 'focal']),
    reference: int(),
    focal: int(),
  }),
  'DifFinding',
  'An item that works differently for two groups of equal ability (ETS grade B: moderate, C: large).',
);

export const DifComparison = /*#__PURE__*/ named(
  z.object({
    characteristic: DifCharacteristic,
    reference: text(1, 40),
    focal: text(1, 40),
    /** Items and statement pairs with at least minGroup people in both groups. */
    studied: int(),
    /** Items with fewer: not studied. */
    tooFew: int(),
    flagged: z.array(DifFinding),
  }),
  'DifComparison',
  'Mantel–Haenszel DIF of one group against the largest group of the same characteristic (or test language).',
);

export const ImpactGroup = /*#__PURE__*/ named(
  z.object({
    group: text(1, 40),
    /** Counts and rate are left out for a group below minGroup: a figure about so few could point at a person. */
    n: z.optional(int()),
    selected: z.optional(int()),
    rate: z.optional(Share),
    ratio: z.optional(z.number()),
    p: z.optional(z.number()),
    verdict: z.enum(['too-few', 'reference', 'ok', 'watch', 'adverse']),
  }),
  'ImpactGroup',
  'One group at one step of the funnel, against the group that goes through most often.',
);

export const FunnelStep = z.enum(['level-3', 'top-20', 'requested', 'accepted']);

export const ImpactStep = /*#__PURE__*/ named(
  z.object({ characteristic: Characteristic, step: FunnelStep, groups: z.array(ImpactGroup) }),
  'ImpactStep',
  'Adverse impact (four-fifths rule with a significance test) at one step of the funnel.',
);

export const MeasurementQuality = /*#__PURE__*/ named(
  z.object({
    generatedAt: Timestamp,
    bankVersion: text(1, 40),
    /** Item parameters and norms are set by a written rule, not yet from real answers. */
    provisional: z.boolean(),
    /** No figure is given about fewer people than this. */
    minGroup: int(),
    skills: z.array(SkillQuality),
    exposure: z.object({
      /** Completed assessments counted. */
      sessions: int(),
      /** Items and blocks used at least once, and how many the bank has. */
      used: int(),
      bank: int(),
      /** The share of sessions the most used item or block appeared in (exposure control keeps it low). */
      maxShare: z.nullable(Share),
    }),
    /** Item fit (Yen's Q1 at θ̂): items and statement pairs that behave unlike the model (p < .01), of those with minGroup answers. */
    itemFit: z.object({
      studied: int(),
      flagged: z.array(z.object({ key: text(1, 300), text: text(1, 400), n: int(), q1: z.number(), p: z.number() })),
    }),
    /** Person fit: latest skillprints whose answers fit the model poorly, as the person was told ("we konden dit niet goed meten"). */
    personFit: z.object({ sessions: int(), flagged: int() }),
    research: z.object({ participants: int() }),
    dif: z.array(DifComparison),
    impact: z.array(ImpactStep),
  }),
  'MeasurementQuality',
  "Measurement quality and fairness of the partner's assessments: aggregates only.",
);
export type MeasurementQuality = z.infer<typeof MeasurementQuality>;
