/** Reading, sharing and verifying skillprints. */
import type { Hono } from 'hono';
import { apiError, routes, type Skillprint } from '@pfw/contract';
import { bind } from '../http/bind.js';
import { newId, randomString, sha256 } from '../ids.js';
import type { Services } from '../services.js';
import { addDays, person } from './shared.js';
import { employerMaySee, loadSignedSkillprint, toLink, type LinkRow } from '../storage/queries.js';

export function mountSkillprints(app: Hono, services: Services): void {
  const { db } = services;

  async function ownSkillprint(id: string, personId: string) {
    const [row] = await db.query<{ id: string }>('SELECT id FROM skillprints WHERE id = $1 AND person_id = $2', [
      id,
      personId,
    ]);
    if (!row) throw apiError(404, `There is no skillprint "${id}" of yours.`);
    return row;
  }

  bind(app, services, routes.listMySkillprints, async ({ auth }) => {
    const rows = await db.query<{ payload: Skillprint; signature: string }>(
      'SELECT payload, signature FROM skillprints WHERE person_id = $1 ORDER BY issued_at DESC',
      [person(auth).personId],
    );
    return { items: rows.map((r) => ({ skillprint: r.payload, signature: r.signature })) };
  });

  bind(app, services, routes.getSkillprint, async ({ auth, params }) => {
    const me = person(auth);
    const visible =
      me.role === 'candidate'
        ? await db.query('SELECT 1 FROM skillprints WHERE id = $1 AND person_id = $2', [params.id, me.personId])
        : // Access follows consent (one rule with applications and connections): an employer sees
          // the skillprint shared by an application or an accepted connection, and newer ones only
          // while the candidate stays in the talent pool.
          await db.query(`SELECT 1 FROM skillprints s WHERE s.id = $1 AND ${employerMaySee('s', '$2')}`, [
            params.id,
            me.personId,
          ]);
    if (!visible.length) throw apiError(404, `There is no skillprint "${params.id}" for you.`);
    return (await loadSignedSkillprint(db, 'id', params.id))!;
  });

  // The signature must cover everything sent: the check runs on the skillprint as received, so
  // a field added after signing (which the schema would silently drop) makes it invalid.
  bind(app, services, routes.verifySkillprint, ({ body, rawBody }) =>
    services.signer.verifySkillprint((rawBody as { skillprint: unknown }).skillprint, body.signature),
  );

  bind(app, services, routes.createShareLink, async ({ auth, params, body }) => {
    await ownSkillprint(params.id, person(auth, 'candidate').personId);
    const token = randomString(32);
    const [row] = await db.query<LinkRow>(
      'INSERT INTO share_links (id, skillprint_id, token_hash, token_hint, expires_at, purpose) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
      [
        newId('sl'),
        params.id,
        await sha256(token),
        token.slice(0, 6),
        addDays(body.expiresInDays),
        body.purpose ?? 'link',
      ],
    );
    return toLink(row!, token);
  });

  bind(app, services, routes.listShareLinks, async ({ auth, params }) => {
    await ownSkillprint(params.id, person(auth, 'candidate').personId);
    const rows = await db.query<LinkRow>(
      'SELECT * FROM share_links WHERE skillprint_id = $1 ORDER BY created_at DESC',
      [params.id],
    );
    return { items: rows.map((r) => toLink(r)) };
  });

  bind(app, services, routes.revokeShareLink, async ({ auth, params }) => {
    const revoked = await db.query(
      `UPDATE share_links l SET revoked_at = now() FROM skillprints s
        WHERE l.id = $1 AND l.skillprint_id = s.id AND s.person_id = $2 AND l.revoked_at IS NULL RETURNING l.id`,
      [params.id, person(auth, 'candidate').personId],
    );
    if (!revoked.length) throw apiError(404, `There is no active share link "${params.id}" of yours.`);
    return undefined;
  });

  bind(app, services, routes.getSharedSkillprint, async ({ params }) => {
    const [row] = await db.query<{ skillprint_id: string; expires_at: Date; revoked_at: Date | null }>(
      'SELECT skillprint_id, expires_at, revoked_at FROM share_links WHERE token_hash = $1',
      [await sha256(params.token)],
    );
    if (!row) throw apiError(404, 'This link does not work. Ask for a new link.', 'share-link-unknown');
    if (row.revoked_at || new Date(row.expires_at) < new Date()) {
      throw apiError(
        404,
        'This link no longer works: it has expired or was stopped. Ask for a new link.',
        'share-link-expired',
      );
    }
    return (await loadSignedSkillprint(db, 'id', row.skillprint_id))!;
  });
}
