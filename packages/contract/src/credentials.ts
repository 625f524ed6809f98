/**
 * A skillprint as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0, secured as a
 * VC-JWT), its revocation, and what a verifier is told about one. docs/credentials.md explains
 * the format and how anyone checks one.
 */
import * as z from 'zod/mini';
import { DateOnly, Id, Level, Slug, Timestamp, named, text } from './common.js';
import { CompactJws, CredentialAlgorithm } from './routes/credential-requests.js';

// The request bodies live with the request sides of the routes (a browser bundle that calls a
// route takes only those); they are part of the contract's schemas all the same.
export {
  AcceptSkillClaim,
  CompactJws,
  CredentialAlgorithm,
  ImportCredential,
  IssueCredential,
} from './routes/credential-requests.js';

export const IssuedCredential = /*#__PURE__*/ named(
  z.object({
    /** The credential's random id: it is `urn:uuid:<id>` in the credential (and its JWT `jti`). */
    id: Id,
    skillprintId: Id,
    alg: CredentialAlgorithm,
    issuedAt: Timestamp,
    revokedAt: z.optional(Timestamp),
    /** The OpenBadgeCredential as a VC-JWT: what a wallet or another system takes in. */
    jwt: CompactJws,
  }),
  'IssuedCredential',
  'An Open Badges 3.0 credential of one of your skillprints, as a VC-JWT.',
);
export type IssuedCredential = z.infer<typeof IssuedCredential>;

export const CredentialList = z.object({ items: z.array(IssuedCredential) });

/** Check a credential (the VC-JWT text) or a share link's token (what the QR on a printed skillprint holds). */
export const VerifyCredential = z
  .object({ credential: z.optional(CompactJws), shareToken: z.optional(text(16, 200)) })
  .check(
    z.refine((b) => (b.credential === undefined) !== (b.shareToken === undefined), {
      message: 'send either credential or shareToken, not both and not neither',
      path: ['credential'],
    }),
  );

/**
 * Why a credential does not hold, as a code a page turns into words:
 * malformed (not a credential of ours in form), other-issuer (signed by a key that is not ours:
 * we cannot vouch for it here), signature (changed after signing, or a wrong key), expired,
 * not-yet-valid, revoked (the owner or erasure stopped it), link-unknown and link-expired (the
 * share link: never made, or expired or stopped).
 */
export const CredentialProblem = z.enum([
  'malformed',
  'other-issuer',
  'signature',
  'expired',
  'not-yet-valid',
  'revoked',
  'link-unknown',
  'link-expired',
]);
export type CredentialProblem = z.infer<typeof CredentialProblem>;

export const CredentialVerdict = /*#__PURE__*/ named(
  z.object({
    valid: z.boolean(),
    problem: z.optional(CredentialProblem),
    /** What was checked: an Open Badges credential, or a skillprint reached by a share link. */
    kind: z.enum(['credential', 'skillprint']),
    issuer: z.optional(z.object({ id: text(1, 300), name: text(1, 200) })),
    issuedAt: z.optional(Timestamp),
    /** The test (bank and norms) the levels were measured with. */
    assessmentVersion: z.optional(text(1, 80)),
    /** The levels, each with the range it could be (from the measurement's uncertainty). */
    skills: z.array(z.object({ skillId: Slug, level: Level, low: Level, high: Level })),
  }),
  'CredentialVerdict',
  'What is true of a credential or shared skillprint: who issued it, when, with which test, and whether it still holds.',
);
export type CredentialVerdict = z.infer<typeof CredentialVerdict>;

/** An issuer's public profile (Open Badges 3.0 Profile), what a credential's `issuer.id` opens. */
export const IssuerProfile = /*#__PURE__*/ named(
  z.object({
    '@context': z.array(z.string()),
    id: text(1, 300),
    type: z.array(z.string()),
    name: text(1, 200),
    description: z.optional(text(1, 1000)),
  }),
  'IssuerProfile',
  'The public profile of an organisation that issues credentials through Passport for Work.',
);

/**
 * The skillprint as an unsigned European Learning Model (ELM 3) credential in JSON-LD, for an
 * institution to complete and seal with its own eIDAS seal (docs/elm-template.md).
 */
export const ElmTemplate = /*#__PURE__*/ named(
  z.record(z.string(), z.unknown()),
  'ElmTemplate',
  'An EDC-ready European Learning Model (ELM 3) JSON-LD template of a skillprint, unsigned.',
);

/**
 * Today's date where the day begins first (UTC+14): a date someone typed today, anywhere, is
 * never "in the future".
 */
const latestToday = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

/** What a confirmation rests on: a course, an assessment, a diploma or work done, with its date. */
export const ClaimEvidence = z.object({
  kind: z.enum(['course', 'assessment', 'diploma', 'work']),
  name: text(1, 200),
  // A confirmation rests on something that happened: a course that ends next month confirms nothing yet.
  date: DateOnly.check(z.refine((d) => d <= latestToday(), { message: 'must not be after today' })),
});

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (items: T[]) =>
    new Set(items.map(key)).size === items.length;

/** An institution confirms skills (each at a level) and papers, for one person it hands a code. */
export const SkillClaimOffer = /*#__PURE__*/ named(
  z
    .object({
      skills: z.array(z.object({ skillId: Slug, level: Level })).check(
        z.maxLength(16),
        z.refine(
          uniqueBy((s) => s.skillId),
          { message: 'each skill may appear once' },
        ),
      ),
      hardRequirements: z.optional(
        z.array(Slug).check(
          z.maxLength(20),
          z.refine(
            uniqueBy((id) => id),
            { message: 'each id may appear once' },
          ),
        ),
      ),
      evidence: ClaimEvidence,
    })
    .check(
      z.refine((o) => o.skills.length > 0 || (o.hardRequirements?.length ?? 0) > 0, {
        message: 'confirm at least one skill or certificate',
        path: ['skills'],
      }),
    ),
  'SkillClaimOffer',
  'Skills (at a level) and certificates an institution confirms, with what that rests on.',
);

/**
 * What an institution confirmed, as its own export reads it: what it offered and until when its
 * code worked. Not whether or by whom it was taken in: the institution never learns that.
 */
export const OfferedSkillClaim = /*#__PURE__*/ named(
  z.object({
    id: Id,
    skills: z.array(z.object({ skillId: Slug, level: Level })),
    hardRequirements: z.array(Slug),
    evidence: ClaimEvidence,
    issuedAt: Timestamp,
    codeExpiresAt: Timestamp,
  }),
  'OfferedSkillClaim',
  'A confirmation an institution offered, in its export.',
);
export type OfferedSkillClaim = z.infer<typeof OfferedSkillClaim>;

/** The one-time code the institution hands the person (on paper, by e-mail): they accept it in their portal. */
export const SkillClaimCode = /*#__PURE__*/ named(
  z.object({ id: Id, code: text(16, 200), expiresAt: Timestamp }),
  'SkillClaimCode',
  'A one-time code with which a person takes in a skill claim.',
);

export const SkillClaim = /*#__PURE__*/ named(
  z.object({
    id: Id,
    /** Made by an institution here, or taken in from an Open Badges credential of another issuer. */
    origin: z.enum(['institution', 'open-badge']),
    issuer: z.object({ id: text(1, 300), name: text(1, 200) }),
    /** Skills it confirms; a level only where the issuer gave one in our scale. */
    skills: z.array(z.object({ skillId: Slug, level: z.optional(Level) })),
    hardRequirements: z.array(Slug),
    evidence: z.object({ kind: z.optional(ClaimEvidence.shape.kind), name: text(1, 200), date: z.optional(DateOnly) }),
    issuedAt: Timestamp,
    acceptedAt: Timestamp,
    /** The signed claim (a VC-JWT), ours or the other issuer's. */
    credential: CompactJws,
  }),
  'SkillClaim',
  'Skills and certificates confirmed by an institution: shown beside the measured levels, never merged into them.',
);
export type SkillClaim = z.infer<typeof SkillClaim>;

export const SkillClaimList = z.object({ items: z.array(SkillClaim) });
