/** Keys and tokens: the partner's server mints tokens; a publishable key starts an anonymous job seeker. */
import type { Hono } from 'hono';
import { apiError, routes, type Role } from '@pfw/contract';
import { bind } from '../http/bind.js';
import { newId, newPseudonym } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { logIndexChange } from '../match-indexes.js';
import { isUniqueViolation, keyUrl, publicBase } from './shared.js';

/** The person for (partner, role, subject), made on first sight; anonymous people have no subject. */
async function findOrCreatePerson(
  db: Queryable,
  partnerId: string,
  role: Role,
  subject: string | null,
  displayName?: string,
) {
  if (subject !== null) {
    const [found] = await db.query<{ id: string; pseudonym: string }>(
      'SELECT id, pseudonym FROM people WHERE partner_id = $1 AND role = $2 AND subject = $3',
      [partnerId, role, subject],
    );
    if (found) {
      // RETURNING's subquery reads the row as it was: the name before this update.
      const [seen] = await db.query<{ before: string | null }>(
        `UPDATE people SET last_seen_at = now(), display_name = COALESCE($2, display_name) WHERE id = $1
         RETURNING (SELECT display_name FROM people WHERE id = $1) AS before`,
        [found.id, displayName ?? null],
      );
      if (role === 'employer' && displayName !== undefined && seen?.before !== displayName) {
        // Job seekers see the employer's name beside each job: the ranked jobs carry the new one.
        const jobs = await db.query<{ id: string }>(
          "SELECT id FROM job_profiles WHERE employer_id = $1 AND status = 'published'",
          [found.id],
        );
        await logIndexChange(
          db,
          partnerId,
          'job',
          jobs.map((j) => j.id),
        );
      }
      return found;
    }
  }
  for (let attempt = 0; ; attempt++) {
    const candidate = { id: newId('per'), pseudonym: newPseudonym() };
    try {
      await db.query(
        'INSERT INTO people (id, partner_id, role, subject, pseudonym, display_name) VALUES ($1, $2, $3, $4, $5, $6)',
        [candidate.id, partnerId, role, subject, candidate.pseudonym, displayName ?? null],
      );
      return candidate;
    } catch (error) {
      // Two first requests for one subject at once, or a pseudonym clash: look again, or draw again.
      if (!isUniqueViolation(error) || attempt > 3) throw error;
      if (subject !== null) return findOrCreatePerson(db, partnerId, role, subject, displayName);
    }
  }
}

export function mountAuth(app: Hono, services: Services): void {
  bind(
    app,
    services,
    routes.getJwks,
    ({ c }) => services.signer.publishedJwks(keyUrl(publicBase(c, services))) as never,
  );

  bind(app, services, routes.createToken, async ({ body, auth }) => {
    if (auth.kind !== 'secret') throw apiError(401);
    const ttl = Math.min(body.ttlSeconds ?? 3600, services.settings.maxTokenSeconds);
    const p = await findOrCreatePerson(
      services.db,
      auth.partnerId,
      body.role,
      body.subject,
      // Organisations have a name others see; a job seeker's is never stored from here.
      body.role === 'employer' || body.role === 'institution' || body.role === 'coach' ? body.displayName : undefined,
    );
    const { token, expiresAt } = await services.signer.signToken(
      { sub: p.id, role: body.role, pid: auth.partnerId, psn: p.pseudonym },
      ttl,
    );
    return { token, tokenType: 'Bearer' as const, expiresAt: expiresAt.toISOString(), role: body.role };
  });

  bind(app, services, routes.startAnonymous, async ({ auth }) => {
    if (auth.kind !== 'publishable') throw apiError(401);
    const p = await findOrCreatePerson(services.db, auth.partnerId, 'candidate', null);
    const { token, expiresAt } = await services.signer.signToken(
      { sub: p.id, role: 'candidate', pid: auth.partnerId, psn: p.pseudonym },
      services.settings.maxTokenSeconds,
    );
    return { token, tokenType: 'Bearer' as const, expiresAt: expiresAt.toISOString(), role: 'candidate' as const };
  });
}
