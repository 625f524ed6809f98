/**
 * Who is calling, checked against the route's access list:
 * - `partner-secret`: `Authorization: Bearer sk_…` (the partner's server);
 * - `publishable`: `x-pfw-key: pk_…` from one of the key's allowed origins (checked on Origin);
 * - a role: `Authorization: Bearer <token>` minted for that role.
 */
import type { Context } from 'hono';
import { apiError, type Access, type Role } from '@pfw/contract';
import { findKey } from '../auth/partners.js';
import type { Services } from '../services.js';

export type Principal =
  | { kind: 'public' }
  | { kind: 'secret'; partnerId: string }
  | { kind: 'publishable'; partnerId: string; origin: string }
  | { kind: 'person'; partnerId: string; personId: string; role: Role; pseudonym: string };

export type PersonPrincipal = Extract<Principal, { kind: 'person' }>;

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export async function authenticate(
  c: Context,
  access: readonly Access[],
  services: Services,
  checkKnown = true,
): Promise<Principal> {
  if (access.includes('public')) return { kind: 'public' };
  const token = bearer(c);

  if (access.includes('partner-secret')) {
    if (!token?.startsWith('sk_'))
      throw apiError(401, 'Send the partner secret key as "Authorization: Bearer sk_…", from your server only.');
    const key = await findKey(services.db, token);
    if (key?.kind !== 'secret') throw apiError(401, 'This secret key is not valid.', 'invalid-key');
    return { kind: 'secret', partnerId: key.partnerId };
  }

  if (access.includes('publishable')) {
    const publishable = c.req.header('x-pfw-key');
    if (!publishable) throw apiError(401, 'Send your publishable key in the x-pfw-key header.');
    const key = await findKey(services.db, publishable);
    if (key?.kind !== 'publishable') throw apiError(401, 'This publishable key is not valid.', 'invalid-key');
    // In the browser (offline mock), requests come through a service worker that cannot carry
    // the forbidden Origin header; the mock passes the page's origin as a binding instead.
    const origin = c.req.header('origin') ?? (c.env as { pageOrigin?: string } | undefined)?.pageOrigin;
    if (!origin || !key.allowedOrigins.includes(origin)) {
      throw apiError(
        403,
        `This key may not be used from ${origin ?? 'a page without an Origin'}. Add the origin to the key's allow-list.`,
        'origin-not-allowed',
      );
    }
    return { kind: 'publishable', partnerId: key.partnerId, origin };
  }

  if (!token) throw apiError(401, 'Sign in first: send a token as "Authorization: Bearer …".');
  if (token.startsWith('sk_') || token.startsWith('pk_'))
    throw apiError(401, 'A key is not a token. Mint a token with POST /v1/tokens.', 'invalid-token');
  let claims;
  try {
    claims = await services.signer.verifyToken(token);
  } catch {
    throw apiError(401, 'This token is not valid or has expired. Get a new one.', 'invalid-token');
  }
  if (!access.includes(claims.role)) throw apiError(403, `A ${claims.role} may not do this.`, 'wrong-role');
  const principal: Principal = {
    kind: 'person',
    partnerId: claims.pid,
    personId: claims.sub,
    role: claims.role,
    pseudonym: claims.psn,
  };
  if (checkKnown) await assertKnown(services, principal.personId);
  return principal;
}

/**
 * A token outlives nothing: once its person erased their data (or was removed), it stops working.
 * Every person route checks this before its handler, except the few whose first query only finds
 * rows of a person who is still there (bind's `personKnownByHandler`): they call this on a miss,
 * or answer unknownPerson() when that query finds no person.
 */
export async function assertKnown(services: Services, personId: string): Promise<void> {
  const [known] = await services.db.query('SELECT 1 FROM people WHERE id = $1', [personId]);
  if (!known) throw unknownPerson();
}

/** The answer to the token of a person who is gone. */
export const unknownPerson = () =>
  apiError(401, 'This token belongs to someone who is no longer known here. Sign in again.', 'invalid-token');
