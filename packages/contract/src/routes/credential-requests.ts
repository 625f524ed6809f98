/**
 * The request sides of the credential routes that the skillprint's owner panel calls, with their
 * bodies, and the two routes it calls that answer nothing. Apart from routes/credentials.ts so a
 * browser bundle that calls them (through credential-views.ts) takes none of the server-side
 * schemas. Not in the routes namespace: routes/credentials.ts builds and re-exports the routes.
 */
import * as z from 'zod/mini';
import { Lang, text } from '../common.js';
import { IdParams } from '../route-parts.js';
import { route, type Route } from '../route.js';

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

export const AcceptSkillClaim = z.object({ code: text(16, 200) });
export const ImportCredential = z.object({ credential: CompactJws });

/** The request side of routes.issueCredential, shared with its narrow view (credential-views.ts). */
export const issueCredentialRequest = {
  id: 'issueCredential',
  method: 'POST',
  path: '/v1/skillprints/:id/credentials',
  summary:
    'Your skillprint as an Open Badges 3.0 credential (VC-JWT); the one already issued with this algorithm while it holds',
  tag: 'credentials',
  access: ['candidate'],
  params: IdParams,
  body: IssueCredential,
  bodyExample: { alg: 'ES256' as const },
  problems: { 404: 'No skillprint of yours with this id' },
  status: 201,
} satisfies Partial<Route>;

/** The request side of routes.listMyCredentials, shared with its narrow view (credential-views.ts). */
export const listMyCredentialsRequest = {
  id: 'listMyCredentials',
  method: 'GET',
  path: '/v1/me/credentials',
  summary: 'The credentials issued of your skillprints, newest first',
  tag: 'credentials',
  access: ['candidate'],
} satisfies Partial<Route>;

/** The request side of routes.acceptSkillClaim, shared with its narrow view (credential-views.ts). */
export const acceptSkillClaimRequest = {
  id: 'acceptSkillClaim',
  method: 'POST',
  path: '/v1/me/skill-claims',
  summary: 'Take in a skill claim with the code an institution gave you',
  tag: 'credentials',
  access: ['candidate'],
  body: AcceptSkillClaim,
  bodyExample: { code: 'Q2w7Zr9KpL4mXc8VtB3nHa' },
  problems: { 404: 'No open claim with this code (never made, used or expired)' },
  status: 201,
} satisfies Partial<Route>;

/** The request side of routes.importSkillClaim, shared with its narrow view (credential-views.ts). */
export const importSkillClaimRequest = {
  id: 'importSkillClaim',
  method: 'POST',
  path: '/v1/me/skill-claims/import',
  summary:
    "Take in another issuer's Open Badges 3.0 credential (e.g. an edubadge): checked, and mapped to skills by its alignments",
  tag: 'credentials',
  access: ['candidate'],
  body: ImportCredential,
  bodyExample: { credential: 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5In0.c2lnbmF0dXJl' },
  problems: { 400: 'The credential does not hold (signature, key, status or dates) or names no skill we know' },
  status: 201,
} satisfies Partial<Route>;

/** The request side of routes.listMySkillClaims, shared with its narrow view (credential-views.ts). */
export const listMySkillClaimsRequest = {
  id: 'listMySkillClaims',
  method: 'GET',
  path: '/v1/me/skill-claims',
  summary: 'The skills and certificates confirmed for you, newest first',
  tag: 'credentials',
  access: ['candidate'],
} satisfies Partial<Route>;

export const revokeCredential = /*#__PURE__*/ route({
  id: 'revokeCredential',
  method: 'DELETE',
  path: '/v1/me/credentials/:id',
  summary: 'Revoke a credential of yours: from now on every check says it was stopped',
  tag: 'credentials',
  access: ['candidate'],
  params: IdParams,
  problems: { 404: 'No credential of yours with this id that still holds' },
  response: undefined,
});

export const deleteMySkillClaim = /*#__PURE__*/ route({
  id: 'deleteMySkillClaim',
  method: 'DELETE',
  path: '/v1/me/skill-claims/:id',
  summary: 'Remove a confirmation from your profile',
  tag: 'credentials',
  access: ['candidate'],
  params: IdParams,
  problems: { 404: 'No confirmation of yours with this id' },
  response: undefined,
});
