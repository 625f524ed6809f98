/**
 * A skillprint as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0, secured as a
 * VC-JWT), its revocation, and what a verifier is told about one. docs/credentials.md explains
 * the format and how anyone checks one.
 */
import * as z from 'zod/mini';
import { Id, Lang, Level, Slug, Timestamp, named, text } from './common.js';

/** RS256 is what Open Badges 3.0 requires every verifier to support; ES256 is shorter. */
export const CredentialAlgorithm = z.enum(['ES256', 'RS256']);
export type CredentialAlgorithm = z.infer<typeof CredentialAlgorithm>;

/** A compact JWS (header.payload.signature), at most 64 kB. */
export const CompactJws = z
  .string()
  .check(z.maxLength(65_536), z.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/));

export const IssueCredential = z.object({
  alg: z.optional(CredentialAlgorithm),
  /** The language of the credential's words (names of skills and levels); Dutch when not given. */
  lang: z.optional(Lang),
});

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

/** One public key as a JWK (what a credential header's `kid` URL opens). */
export const PublicKey = /*#__PURE__*/ named(
  z.object({
    kty: z.string(),
    kid: z.string(),
    alg: z.optional(z.string()),
    use: z.optional(z.string()),
    crv: z.optional(z.string()),
    x: z.optional(z.string()),
    y: z.optional(z.string()),
    n: z.optional(z.string()),
    e: z.optional(z.string()),
  }),
  'PublicKey',
  'A public signing key (JWK).',
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
