/** Everything the API holds about one person: the answer to `GET /v1/me/export` (AVG/GDPR art. 15 and 20). */
import * as z from 'zod/mini';
import { CultureScan } from './culture.js';
import { CommunityPath } from './community.js';
import { Application } from './applications.js';
import { AssessmentSession, ItemResponse } from './assessment.js';
import { Pseudonym, Timestamp, named } from './common.js';
import { JobProfile } from './jobs.js';
import { Connection, HeldRequirement, TalentPoolEntry } from './people.js';
import { Rejection, Role } from './partners.js';
import { ResearchProfile } from './research.js';
import { IssuedCredential, OfferedSkillClaim, SkillClaim } from './credentials.js';
import { LearningPath } from './learning.js';
import { CoachAccessExport } from './coach.js';
import { ShareLink } from './share-link.js';
import { SignedSkillprint, Skillprint } from './skillprint.js';

export const PersonExport = named(
  z.object({
    exportedAt: Timestamp,
    person: z.object({ pseudonym: Pseudonym, role: Role, createdAt: Timestamp }),
    assessments: z.array(z.extend(AssessmentSession, { responses: z.array(ItemResponse) })),
    skillprints: z.array(SignedSkillprint),
    shareLinks: z.array(ShareLink),
    talentPool: z.nullable(TalentPoolEntry),
    /** The certificates, licences and physical conditions the person holds. */
    heldRequirements: z.array(HeldRequirement),
    connections: z.array(Connection),
    /** The vacancies the person showed interest in ("Ik heb interesse"). */
    applications: z.array(Application),
    /** Set aside for a job, with the employer's reason: about the person (a job seeker), or by them (an employer). */
    setAside: z.optional(z.array(Rejection)),
    jobProfiles: z.array(JobProfile),
    /** What the person gave for fairness research, stored apart (null: nothing). */
    researchProfile: z.nullable(ResearchProfile),
    /** Skillprints scored again under a new bank version: when, and what each said before. */
    rescores: z.optional(
      z.array(
        z.object({
          skillprintId: z.string(),
          fromVersion: z.string(),
          toVersion: z.string(),
          rescoredAt: Timestamp,
          previous: Skillprint,
        }),
      ),
    ),
    /** The Open Badges credentials issued of the person's skillprints (revoked ones too). */
    credentials: z.optional(z.array(IssuedCredential)),
    /** Skills and certificates confirmed by institutions, or taken in from other issuers' badges. */
    skillClaims: z.optional(z.array(SkillClaim)),
    /** An institution's confirmations it offered (not who took them in: it never learns that). */
    offeredSkillClaims: z.optional(z.array(OfferedSkillClaim)),
    /** Learning paths, the current one and those before it, with every step's progress. */
    learningPaths: z.optional(z.array(LearningPath)),
    /** Coaches who had access: what they wrote, the next action they set, and every time they looked. */
    coaches: z.optional(z.array(CoachAccessExport)),
    /** An employer's learning culture scans (the employees' answers are anonymous: not in anyone's export). */
    cultureScans: z.optional(z.array(CultureScan)),
    /** The community paths an employer shares with other employers (who follows them is not theirs: a count). */
    communityPaths: z.optional(z.array(CommunityPath)),
  }),
  'PersonExport',
  'All data held about the caller.',
);
export type PersonExport = z.infer<typeof PersonExport>;
