/** Skillprints: yours, opened by a share link, and verified by anyone (making links: share-links.ts). */
import * as z from 'zod/mini';
import { IdParams, TokenParams } from '../route-parts.js';
import { route } from '../route.js';
import { SignedSkillprint, SkillprintList, Verification } from '../skillprint.js';

export const listMySkillprints = /*#__PURE__*/ route({
  id: 'listMySkillprints',
  method: 'GET',
  path: '/v1/me/skillprints',
  summary: 'Your skillprints, newest first',
  tag: 'skillprints',
  access: ['candidate'],
  response: SkillprintList,
});

export const getSkillprint = /*#__PURE__*/ route({
  id: 'getSkillprint',
  method: 'GET',
  path: '/v1/skillprints/:id',
  summary: 'A skillprint: your own, or a candidate who accepted your connection request',
  tag: 'skillprints',
  access: ['candidate', 'employer'],
  params: IdParams,
  problems: { 404: 'No skillprint with this id that you may see' },
  response: SignedSkillprint,
});

/**
 * A real compact JWS over the canonical JSON of this skillprint, made with a throwaway key: the
 * API answers it with `valid: false, reason: "unknown-key"` (its keys are in /.well-known/jwks.json).
 */
const signedSkillprintExample: z.input<typeof SignedSkillprint> = {
  skillprint: {
    id: 'sp_4kT9wQm2xZb7LpRe',
    owner: 'kandidaat-7fk3q2',
    assessmentVersion: '2026.11+2026.11-provisional',
    issuedAt: '2026-11-12T10:24:31.000Z',
    scores: [
      { skillId: 'accuracy', theta: 0.84, se: 0.41, level: 4, percentile: 80, itemsUsed: 6 },
      { skillId: 'working-together', theta: 0.12, se: 0.38, level: 3, percentile: 55, itemsUsed: 7 },
    ],
    interests: [
      { interestId: 'realistic', score: 72 },
      { interestId: 'social', score: 64 },
    ],
    environment: [{ facetId: 'indoors-outdoors', value: 1 }],
  },
  signature:
    'eyJhbGciOiJFUzI1NiIsImtpZCI6ImstN0hxMm1WeDlMY1Q0IiwidHlwIjoicGZ3LXNraWxscHJpbnQrandzIn0.' +
    'eyJhc3Nlc3NtZW50VmVyc2lvbiI6IjIwMjYuMTErMjAyNi4xMS1wcm92aXNpb25hbCIsImVudmlyb25tZW50IjpbeyJmYWNldElkIjoiaW5kb29ycy1vdXRkb29ycyIsInZhbHVlIjoxfV0sImlkIjoic3BfNGtUOXdRbTJ4WmI3THBSZSIsImludGVyZXN0cyI6W3siaW50ZXJlc3RJZCI6InJlYWxpc3RpYyIsInNjb3JlIjo3Mn0seyJpbnRlcmVzdElkIjoic29jaWFsIiwic2NvcmUiOjY0fV0sImlzc3VlZEF0IjoiMjAyNi0xMS0xMlQxMDoyNDozMS4wMDBaIiwib3duZXIiOiJrYW5kaWRhYXQtN2ZrM3EyIiwic2NvcmVzIjpbeyJpdGVtc1VzZWQiOjYsImxldmVsIjo0LCJwZXJjZW50aWxlIjo4MCwic2UiOjAuNDEsInNraWxsSWQiOiJhY2N1cmFjeSIsInRoZXRhIjowLjg0fSx7Iml0ZW1zVXNlZCI6NywibGV2ZWwiOjMsInBlcmNlbnRpbGUiOjU1LCJzZSI6MC4zOCwic2tpbGxJZCI6IndvcmtpbmctdG9nZXRoZXIiLCJ0aGV0YSI6MC4xMn1dfQ.' +
    'nkT1bub0udaq_OJBQyeo5A1Ii-841b8vTq0ve1PSwogAIJ8ETyoAOPp-o_qRMfKxd8TF0GbGiGugNnMAxrInDQ',
};
export const verifySkillprint = /*#__PURE__*/ route({
  id: 'verifySkillprint',
  method: 'POST',
  path: '/v1/skillprints/verify',
  summary: 'Check that a skillprint carries a valid server signature over exactly this content',
  tag: 'skillprints',
  access: ['public'],
  body: SignedSkillprint,
  bodyExample: signedSkillprintExample,
  response: Verification,
});

export const getSharedSkillprint = /*#__PURE__*/ route({
  id: 'getSharedSkillprint',
  method: 'GET',
  path: '/v1/shared/:token',
  summary: 'Open a shared skillprint (anyone with the link, until it expires or is revoked)',
  tag: 'skillprints',
  access: ['public'],
  params: TokenParams,
  problems: { 404: 'The link is unknown, has expired or was stopped' },
  response: SignedSkillprint,
});
