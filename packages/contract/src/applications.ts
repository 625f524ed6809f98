/**
 * Applying on your score (as in the Integraal Skillspaspoort): a job seeker in the talent pool
 * says "Ik heb interesse" to a vacancy; the employer sees a pseudonymous applicant with the fit
 * per requirement and invites (a connection request: identity only after the candidate accepts)
 * or declines politely.
 */
import * as z from 'zod/mini';
import { Id, Pseudonym, Timestamp, named, text, int } from './common.js';
import { HardRequirementFit, RequirementFit } from './fit.js';
import { Skillprint } from './skillprint.js';

export const ApplicationStatus = z.enum(['open', 'invited', 'declined', 'withdrawn']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const Application = /*#__PURE__*/ named(
  z.object({
    id: Id,
    jobProfileId: Id,
    jobTitle: text(1, 120),
    employerName: text(1, 120),
    /** The applicant's pseudonym: all the employer knows until a connection is accepted. */
    candidate: Pseudonym,
    status: ApplicationStatus,
    /** Why the candidate is interested, in their own words (optional, no contact details). */
    message: z.optional(text(0, 500)),
    createdAt: Timestamp,
    respondedAt: z.optional(Timestamp),
    /** The score and the fit per requirement when the application was read. */
    score: int(0, 100),
    requirements: z.array(RequirementFit),
    hardRequirements: z.optional(z.array(HardRequirementFit)),
    /** For the employer: the applicant's skillprint (pseudonymous). */
    skillprint: z.optional(Skillprint),
    /** Once invited: the connection request the employer sent. */
    connectionId: z.optional(Id),
  }),
  'Application',
  'A job seeker’s "Ik heb interesse" to a vacancy, on their score, pseudonymous.',
);
export type Application = z.infer<typeof Application>;

export const ApplicationRequest = z.object({ message: z.optional(text(0, 500)) });
export const ApplicationInvite = z.object({ message: z.optional(text(0, 1000)) });
export const ApplicationList = z.object({ items: z.array(Application) });
