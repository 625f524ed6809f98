import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as routes from './routes/index.js';
import * as views from './credential-views.js';

/** Each view and the route it narrows. */
const PAIRS = [
  [views.listMySkillClaimsView, routes.listMySkillClaims],
  [views.acceptSkillClaimView, routes.acceptSkillClaim],
  [views.importSkillClaimView, routes.importSkillClaim],
  [views.listMyCredentialsView, routes.listMyCredentials],
  [views.issueCredentialView, routes.issueCredential],
  [views.listHardRequirementLabels, routes.listHardRequirements],
] as const;

describe('credential views', () => {
  it('each sends exactly the request of its route', () => {
    for (const [view, full] of PAIRS) {
      const { response: _narrow, ...request } = view;
      const { response: _full, ...fullRequest } = full;
      assert.deepEqual(request, fullRequest, full.id);
    }
  });

  it('each reads a full answer of its route, keeping only what the panel shows', () => {
    const claim = {
      id: 'cl_1234567890abcdef',
      origin: 'institution',
      issuer: { id: 'https://api.example/v1/issuers/pa_x', name: 'Summa College' },
      skills: [{ skillId: 'working-safely', level: 4 }],
      hardRequirements: ['vca-basis'],
      evidence: { kind: 'course', name: 'Basisveiligheid VCA', date: '2026-11-20' },
      issuedAt: '2026-11-20T10:00:00.000Z',
      acceptedAt: '2026-11-21T10:00:00.000Z',
      credential: 'a.b.c',
    };
    assert.ok(routes.acceptSkillClaim.response.safeParse(claim).success);
    assert.deepEqual(views.acceptSkillClaimView.response.parse(claim), {
      id: claim.id,
      issuer: { name: 'Summa College' },
      skills: claim.skills,
      hardRequirements: claim.hardRequirements,
      evidence: { name: 'Basisveiligheid VCA', date: '2026-11-20' },
    });
    const issued = {
      id: 'c0ffee00-0000-4000-8000-000000000000',
      skillprintId: 'sp_1234567890abcdef',
      alg: 'ES256',
      issuedAt: '2026-11-20T10:00:00.000Z',
      jwt: 'a.b.c',
    };
    assert.ok(routes.issueCredential.response.safeParse(issued).success);
    assert.deepEqual(views.issueCredentialView.response.parse(issued), issued);
  });
});
