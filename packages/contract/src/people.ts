/** Talent pool, connections and identity: what passes between candidate and employer, and when. */
import * as z from 'zod/mini';
import { DateOnly, HoursRange, Id, Pseudonym, Region, Slug, Timestamp, named, text, int } from './common.js';
import { HardRequirementFit, HeldSource, RequirementFit } from './fit.js';

export const Availability = z.enum(['now', 'within-month', 'within-three-months', 'not-now']);
export type Availability = z.infer<typeof Availability>;

export const TalentPoolInput = /*#__PURE__*/ named(
  z.object({
    availability: Availability,
    region: Region,
    hours: HoursRange,
    /** The version of the consent text the candidate agreed to. */
    consentTextVersion: text(1, 40),
  }),
  'TalentPoolInput',
  'Join or update the talent pool, with explicit consent.',
);

export const TalentPoolEntry = /*#__PURE__*/ named(
  z.extend(TalentPoolInput, { candidate: Pseudonym, consentGivenAt: Timestamp, updatedAt: Timestamp }),
  'TalentPoolEntry',
  'A candidate available to employers, by pseudonym only.',
);
export type TalentPoolEntry = z.infer<typeof TalentPoolEntry>;

/** The fewest digits of a phone number (a Dutch one has 10): "06 1234" is no number. */
export const PHONE_DIGITS = 8;

/** A phone number as people write it: digits, with spaces, dots, dashes or brackets between them, and a + at the start. */
const Phone = z.string().check(
  z.maxLength(30),
  // PHONE_DIGITS (8) digits or more.
  z.regex(/^\+?(?:[\s().-]*\d){8}[\d\s().-]*$/, { message: 'must be a phone number of 8 or more digits' }),
);

/** Contact details a candidate shares on accepting a request. Only these, only then. */
export const Identity = /*#__PURE__*/ named(
  z.object({ name: text(1, 120), email: z.email(), phone: z.optional(Phone) }),
  'Identity',
  'Name and contact details, shared with an employer only after the candidate accepts.',
);
export type Identity = z.infer<typeof Identity>;

export const ConnectionStatus = z.enum(['requested', 'accepted', 'declined', 'withdrawn', 'expired']);
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

/** What a person in the talent pool says of where, how long and from when they can work. */
export const PoolDetails = z.object({
  region: Region,
  hours: HoursRange,
  availability: z.enum(['now', 'within-month', 'within-three-months', 'not-now']),
});
export type PoolDetails = z.infer<typeof PoolDetails>;

export const Connection = /*#__PURE__*/ named(
  z.object({
    id: Id,
    jobProfileId: Id,
    /** The published version of the job the request was sent for; jobTitle is that version's. */
    jobVersion: int(1),
    jobTitle: text(1, 120),
    employerName: text(1, 120),
    candidate: Pseudonym,
    status: ConnectionStatus,
    message: z.optional(text(0, 1000)),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    respondedAt: z.optional(Timestamp),
    /** Present only when status is accepted. */
    identity: z.optional(Identity),
    /** The vacancy as it was when the request was sent: what the candidate decides on. */
    job: z.optional(
      z.object({
        title: text(1, 120),
        region: Region,
        hours: HoursRange,
        startDate: z.optional(DateOnly),
        description: z.optional(text(0, 2000)),
      }),
    ),
    /**
     * For the employer once the candidate said yes: the skillprint they may open whole (see
     * docs/privacy.md) and, while the candidate is in the talent pool, where and when they can work.
     */
    skillprintId: z.optional(Id),
    pool: z.optional(PoolDetails),
    /** How the candidate's newest skillprint fits that vacancy: the score and the fit per requirement. */
    fit: z.optional(
      z.object({
        score: int(0, 100),
        requirements: z.array(RequirementFit),
        hardRequirements: z.optional(z.array(HardRequirementFit)),
      }),
    ),
  }),
  'Connection',
  'A connection request from an employer to a pseudonymous candidate for a job profile.',
);
export type Connection = z.infer<typeof Connection>;

export const ConnectionRequest = z.object({
  jobProfileId: Id,
  candidate: Pseudonym,
  message: z.optional(text(0, 1000)),
});
export const ConnectionAnswer = z.object({ accept: z.boolean(), identity: z.optional(Identity) }).check(
  z.refine((a) => !a.accept || a.identity !== undefined, {
    message: 'give your contact details to accept',
    path: ['identity'],
  }),
);

export const ConnectionList = z.object({ items: z.array(Connection) });

/** A certificate, licence or physical condition a person holds, and who says so. */
export const HeldRequirement = /*#__PURE__*/ named(
  z.object({ id: Slug, source: HeldSource, since: Timestamp }),
  'HeldRequirement',
  'A hard requirement a person holds: self-declared, or confirmed by an issuer (see the issue on verifiable skillprints).',
);
export type HeldRequirement = z.infer<typeof HeldRequirement>;

export const HeldRequirementList = z.object({ items: z.array(HeldRequirement) });

/** What a job seeker says they hold: the whole list, replacing the last one. Confirmed ones stay. */
export const HeldRequirementsInput = /*#__PURE__*/ named(
  z.object({
    items: z.array(z.object({ id: Slug })).check(
      z.maxLength(40),
      z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
        message: 'each id may appear once',
      }),
    ),
  }),
  'HeldRequirementsInput',
  'The certificates, licences and physical conditions you say you have.',
);
export type HeldRequirementsInput = z.infer<typeof HeldRequirementsInput>;
