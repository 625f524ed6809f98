/** Open Badges 3.0 credentials of skillprints: issue, list, revoke, and check (anyone). */
import * as z from 'zod/mini';
import { Id, text } from '../common.js';
import {
  CredentialList,
  CredentialVerdict,
  ElmTemplate,
  IssuedCredential,
  IssuerProfile,
  SkillClaim,
  SkillClaimCode,
  SkillClaimList,
  SkillClaimOffer,
  VerifyCredential,
} from '../credentials.js';
import { PublicKey } from '../partners.js';
import { IdParams, SourceLangQuery } from '../route-parts.js';
import { route, withResponse } from '../route.js';
import {
  CompactJws,
  acceptSkillClaimRequest,
  importSkillClaimRequest,
  issueCredentialRequest,
  listMyCredentialsRequest,
  listMySkillClaimsRequest,
} from './credential-requests.js';

export { deleteMySkillClaim, revokeCredential } from './credential-requests.js';

export const issueCredential = /*#__PURE__*/ withResponse(issueCredentialRequest, IssuedCredential);

export const listMyCredentials = /*#__PURE__*/ withResponse(listMyCredentialsRequest, CredentialList);

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
  query: SourceLangQuery,
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

export const acceptSkillClaim = /*#__PURE__*/ withResponse(acceptSkillClaimRequest, SkillClaim);

export const importSkillClaim = /*#__PURE__*/ withResponse(importSkillClaimRequest, SkillClaim);

export const listMySkillClaims = /*#__PURE__*/ withResponse(listMySkillClaimsRequest, SkillClaimList);
