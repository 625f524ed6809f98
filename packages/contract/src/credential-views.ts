/**
 * Narrow views of the credential routes, for the skillprint's owner panel (a lazy part). As in
 * views.ts: each sends exactly the request of its route, and its response schema names only what
 * the panel reads, with the zod features the card's entry already carries (no date-only or
 * record schemas), so the lazy part adds nothing to the entry. In a module of its own: a browser
 * bundle puts it in the lazy part that imports it. credential-views.test.ts checks each view
 * against its route.
 */
import * as z from 'zod/mini';
import { Id, Level, LocalizedText, Slug } from './common.js';
import { withResponse } from './route.js';
import {
  acceptSkillClaimRequest,
  importSkillClaimRequest,
  issueCredentialRequest,
  listMyCredentialsRequest,
  listMySkillClaimsRequest,
} from './routes/credential-requests.js';
import { listHardRequirementsRequest } from './route-parts.js';

/** What the panel shows of a confirmation. */
export const SkillClaimView = z.object({
  id: Id,
  issuer: z.object({ name: z.string() }),
  skills: z.array(z.object({ skillId: Slug, level: z.optional(Level) })),
  hardRequirements: z.array(Slug),
  evidence: z.object({ name: z.string(), date: z.optional(z.string()) }),
});
export type SkillClaimView = z.infer<typeof SkillClaimView>;

/** What the panel shows of an issued credential of the skillprint. */
export const IssuedCredentialView = z.object({
  id: Id,
  skillprintId: Id,
  alg: z.string(),
  issuedAt: z.string(),
  revokedAt: z.optional(z.string()),
  jwt: z.string(),
});
export type IssuedCredentialView = z.infer<typeof IssuedCredentialView>;

export const listMySkillClaimsView = /*#__PURE__*/ withResponse(
  listMySkillClaimsRequest,
  z.object({ items: z.array(SkillClaimView) }),
);
export const acceptSkillClaimView = /*#__PURE__*/ withResponse(acceptSkillClaimRequest, SkillClaimView);
export const importSkillClaimView = /*#__PURE__*/ withResponse(importSkillClaimRequest, SkillClaimView);
export const listMyCredentialsView = /*#__PURE__*/ withResponse(
  listMyCredentialsRequest,
  z.object({ items: z.array(IssuedCredentialView) }),
);
export const issueCredentialView = /*#__PURE__*/ withResponse(issueCredentialRequest, IssuedCredentialView);
/** A certificate's name only. */
export const listHardRequirementLabels = /*#__PURE__*/ withResponse(
  listHardRequirementsRequest,
  z.object({ items: z.array(z.object({ id: Slug, label: LocalizedText })) }),
);
