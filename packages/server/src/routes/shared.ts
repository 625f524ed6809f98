/** Small helpers the route files share. */
export { iso } from '../storage/queries.js';
import type { Context } from 'hono';
import { ApiError, apiError, problemType, type Match, type Role } from '@pfw/contract';
import type { MatchResult } from '@pfw/core/matching';
import { findHardRequirement } from '@pfw/core/skills';
import type { PersonPrincipal, Principal } from '../http/auth.js';
import type { Services } from '../services.js';

/** The calling person, or 403 (routes with role access only ever see persons). */
export function person(auth: Principal, ...roles: Role[]): PersonPrincipal {
  if (auth.kind !== 'person' || (roles.length && !roles.includes(auth.role)))
    throw apiError(403, 'This is not allowed.');
  return auth;
}

/** A 400 that names the field, like the schemas' own. */
export const invalid = (path: string, message: string, code = 'custom') =>
  new ApiError({
    type: problemType('validation'),
    title: 'The request is not valid',
    status: 400,
    detail: `${path} ${message}`,
    errors: [{ path, message, code }],
  });

export const isoNow = () => new Date().toISOString();

export const addDays = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000);

/** Postgres unique violation. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

/** Each requirement's fit as the contract has it (levels typed, the range a plain pair). */
export const toFits = (result: Pick<MatchResult, 'requirements'>): Match['requirements'] =>
  result.requirements.map(({ range, ...r }) => ({
    ...r,
    requiredLevel: r.requiredLevel as 1,
    importance: r.importance as 1,
    ...(r.level !== undefined && { level: r.level as 1 }),
    ...(range && { range: [range[0] as 1, range[1] as 1] as [1, 1] }),
  }));

/** A hard requirement id must be in the skill language: a 400 naming the field (`path`) otherwise. */
export function checkHardRequirement(id: string, path: string): void {
  if (!findHardRequirement(id))
    throw apiError(
      400,
      `${path} "${id}" is not a certificate, licence or physical condition of the skill language.`,
      'unknown-hard-requirement',
    );
}

/** Where the URLs inside credentials point: the configured public address, or the one asked. */
export const publicBase = (c: Context, services: Services) => services.settings.publicUrl ?? new URL(c.req.url).origin;

/** The URL of a public key: a credential header's kid (it opens the JWK). */
export const keyUrl = (base: string) => (kid: string) => `${base}/v1/keys/${kid}`;
