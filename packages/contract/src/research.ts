/**
 * The research consent (#20 part 4): group characteristics a job seeker may give, apart from
 * the skillprint, only to check the test and the matching for fairness. Never shown to
 * employers, never used to score or match. Every characteristic may be left out.
 */
import * as z from 'zod/mini';
import { ageBands, educationLevels, genders, migrationBackgrounds, testDisabilities } from '@pfw/core/research-groups';
import { Timestamp, named, text } from './common.js';

export const ResearchProfileInput = /*#__PURE__*/ named(
  z.object({
    /** The version of the research consent text the person agreed to. */
    consentTextVersion: text(1, 40),
    ageBand: z.optional(z.enum(ageBands)),
    gender: z.optional(z.enum(genders)),
    migrationBackground: z.optional(z.enum(migrationBackgrounds)),
    educationLevel: z.optional(z.enum(educationLevels)),
    /** Whether a disability makes the test harder (reading, seeing, moving). */
    testDisability: z.optional(z.enum(testDisabilities)),
  }),
  'ResearchProfileInput',
  'Group characteristics given for fairness research, each optional; consent is the act of sending them.',
);
export type ResearchProfileInput = z.infer<typeof ResearchProfileInput>;

export const ResearchProfile = /*#__PURE__*/ named(
  z.extend(ResearchProfileInput, { givenAt: Timestamp }),
  'ResearchProfile',
  'What a person gave for fairness research, and when. Stored apart; withdrawn with DELETE.',
);
export type ResearchProfile = z.infer<typeof ResearchProfile>;
