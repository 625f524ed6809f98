/** Open Badges 3.0 credentials of skillprints: issue, list, revoke, and check (anyone). */
import * as z from 'zod/mini';
import { Id, text } from '../common.js';
import {
  AcceptSkillClaim,
  CompactJws,
  CredentialList,
  CredentialVerdict,
  ElmTemplate,
  IssueCredential,
  IssuedCredential,
  ImportCredential,
  IssuerProfile,
  PublicKey,
  SkillClaim,
  SkillClaimCode,
  SkillClaimList,
  SkillClaimOffer,
  VerifyCredential,
} from '../credentials.js';
import { IdParams, LangQuery } from '../route-parts.js';
import { route } from '../route.js';

export const issueCredential = /*#__PURE__*/ route({
  id: 'issueCredential',
  method: 'POST',
  path: '/v1/skillprints/:id/credentials',
  summary:
    'Your skillprint as an Open Badges 3.0 credential (VC-JWT); the one already issued with this algorithm while it holds',
  tag: 'credentials',
  access: ['candidate'],
  params: IdParams,
  body: IssueCredential,
  bodyExample: { alg: 'ES256' },
  problems: { 404: 'No skillprint of yours with this id' },
  response: IssuedCredential,
  status: 201,
});

export const listMyCredentials = /*#__PURE__*/ route({
  id: 'listMyCredentials',
  method: 'GET',
  path: '/v1/me/credentials',
  summary: 'The credentials issued of your skillprints, newest first',
  tag: 'credentials',
  access: ['candidate'],
  response: CredentialList,
});

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

export const verifyCredential = /*#__PURE__*/ route({
  id: 'verifyCredential',
  method: 'POST',
  path: '/v1/credentials/verify',
  summary: 'Check a credential (VC-JWT) or a shared skillprint: who issued it, when, with which test, still valid',
  tag: 'credentials',
  access: ['public'],
  body: VerifyCredential,
  bodyExample: { shareToken: 'Zk3q9TmW2xLbR7pVc4Ne8AyHd' },
  response: CredentialVerdict,
});

export const getStatusList = /*#__PURE__*/ route({
  id: 'getStatusList',
  method: 'GET',
  path: '/v1/credentials/status/:id',
  summary: 'A revocation list (W3C Bitstring Status List credential, as a VC-JWT)',
  tag: 'credentials',
  access: ['public'],
  params: z.object({ id: text(1, 40) }),
  problems: { 404: 'No status list with this id' },
  response: CompactJws,
  mediaType: 'application/vc+jwt',
});

export const getIssuerProfile = /*#__PURE__*/ route({
  id: 'getIssuerProfile',
  method: 'GET',
  path: '/v1/issuers/:id',
  summary: "An issuer's public Open Badges profile (a credential's issuer.id)",
  tag: 'credentials',
  access: ['public'],
  params: z.object({ id: Id }),
  problems: { 404: 'No issuer with this id' },
  response: IssuerProfile,
});

export const getPublicKey = /*#__PURE__*/ route({
  id: 'getPublicKey',
  method: 'GET',
  path: '/v1/keys/:id',
  summary: "One public signing key (a credential header's kid)",
  tag: 'credentials',
  access: ['public'],
  params: z.object({ id: text(1, 80) }),
  problems: { 404: 'No key with this id' },
  response: PublicKey,
});

export const getElmTemplate = /*#__PURE__*/ route({
  id: 'getElmTemplate',
  method: 'GET',
  path: '/v1/skillprints/:id/elm',
  summary: 'Your skillprint as an EDC-ready European Learning Model template, for an institution to seal',
  tag: 'credentials',
  access: ['candidate'],
  params: IdParams,
  query: LangQuery,
  problems: { 404: 'No skillprint of yours with this id' },
  response: ElmTemplate,
});

export const offerSkillClaim = /*#__PURE__*/ route({
  id: 'offerSkillClaim',
  method: 'POST',
  path: '/v1/skill-claims',
  summary: 'Confirm skills and certificates for one person: a one-time code they take in (valid 60 days)',
  tag: 'credentials',
  access: ['institution'],
  body: SkillClaimOffer,
  bodyExample: {
    skills: [{ skillId: 'working-safely', level: 4 }],
    hardRequirements: ['vca-basis'],
    evidence: { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' },
  },
  response: SkillClaimCode,
  status: 201,
});

export const acceptSkillClaim = /*#__PURE__*/ route({
  id: 'acceptSkillClaim',
  method: 'POST',
  path: '/v1/me/skill-claims',
  summary: 'Take in a skill claim with the code an institution gave you',
  tag: 'credentials',
  access: ['candidate'],
  body: AcceptSkillClaim,
  bodyExample: { code: 'Q2w7Zr9KpL4mXc8VtB3nHa' },
  problems: { 404: 'No open claim with this code (never made, used or expired)' },
  response: SkillClaim,
  status: 201,
});

export const importSkillClaim = /*#__PURE__*/ route({
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
  response: SkillClaim,
  status: 201,
});

export const listMySkillClaims = /*#__PURE__*/ route({
  id: 'listMySkillClaims',
  method: 'GET',
  path: '/v1/me/skill-claims',
  summary: 'The skills and certificates confirmed for you, newest first',
  tag: 'credentials',
  access: ['candidate'],
  response: SkillClaimList,
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
