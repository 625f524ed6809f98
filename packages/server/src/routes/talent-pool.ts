/** The talent pool: candidates who said yes to being found by employers, with the consent they gave. */
import type { Hono } from 'hono';
import { ApiError, apiError, problemType, routes } from '@pfw/contract';
import { bind } from '../http/bind.js';
import { logIndexChange } from '../match-indexes.js';
import type { Services } from '../services.js';
import { checkHardRequirement, person } from './shared.js';
import { heldRequirementsOf, toPoolEntry, type PoolRow } from '../storage/queries.js';

export function mountTalentPool(app: Hono, services: Services): void {
  const { db } = services;

  bind(app, services, routes.putTalentPool, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    if (!services.settings.consentTextVersions.includes(body.consentTextVersion)) {
      throw new ApiError({
        type: problemType('validation'),
        title: 'The request is not valid',
        status: 400,
        detail: `body.consentTextVersion is not a consent text we know (${services.settings.consentTextVersions.join(', ')})`,
        errors: [
          {
            path: 'body.consentTextVersion',
            message: `must be one of: ${services.settings.consentTextVersions.join(', ')}`,
            code: 'invalid_value',
          },
        ],
      });
    }
    const [has] = await db.query('SELECT 1 FROM skillprints WHERE person_id = $1 LIMIT 1', [me.personId]);
    if (!has) throw apiError(409, 'Make your skillprint first: employers find you by it.', 'no-skillprint');
    // The entry and its line in the ranking indexes' log: both saved, or neither.
    const row = await db.transaction(async (tx) => {
      const [entry] = await tx.query<PoolRow>(
        `INSERT INTO talent_pool (person_id, availability, region, hours_min, hours_max, consent_text_version, consent_given_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (person_id) DO UPDATE SET availability = $2, region = $3, hours_min = $4, hours_max = $5,
         consent_text_version = $6, updated_at = now(),
         consent_given_at = CASE WHEN talent_pool.consent_text_version = $6 THEN talent_pool.consent_given_at ELSE now() END
       RETURNING *`,
        [me.personId, body.availability, body.region, body.hours.min, body.hours.max, body.consentTextVersion],
      );
      await logIndexChange(tx, me.partnerId, 'candidate', [me.personId]);
      return entry!;
    });
    return toPoolEntry(row, me.pseudonym);
  });

  bind(app, services, routes.getTalentPool, async ({ auth }) => {
    const me = person(auth, 'candidate');
    const [row] = await db.query<PoolRow>('SELECT * FROM talent_pool WHERE person_id = $1', [me.personId]);
    if (!row) throw apiError(404, 'You are not in the talent pool.');
    return toPoolEntry(row, me.pseudonym);
  });

  bind(app, services, routes.leaveTalentPool, async ({ auth }) => {
    // Consent withdrawn: the entry goes; open requests to this candidate lapse.
    const me = person(auth, 'candidate');
    await db.transaction(async (tx) => {
      await tx.query('DELETE FROM talent_pool WHERE person_id = $1', [me.personId]);
      await tx.query("UPDATE connections SET status = 'expired' WHERE candidate_id = $1 AND status = 'requested'", [
        me.personId,
      ]);
      await logIndexChange(tx, me.partnerId, 'candidate', [me.personId]);
    });
    return undefined;
  });

  bind(app, services, routes.getMyHardRequirements, async ({ auth }) => {
    const me = person(auth, 'candidate');
    return { items: await heldRequirementsOf(db, me.personId) };
  });

  bind(app, services, routes.putMyHardRequirements, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    body.items.forEach((item, i) => checkHardRequirement(item.id, `body.items[${i}].id`));
    const ids = body.items.map((i) => i.id);
    await db.transaction(async (tx) => {
      // Replace what the person said; what an issuer confirmed stays until the issuer withdraws it.
      await tx.query(
        "DELETE FROM held_requirements WHERE person_id = $1 AND source = 'self' AND NOT (requirement_id = ANY($2))",
        [me.personId, ids],
      );
      if (ids.length)
        await tx.query(
          `INSERT INTO held_requirements (person_id, requirement_id, source)
           SELECT $1, unnest($2::text[]), 'self' ON CONFLICT (person_id, requirement_id) DO NOTHING`,
          [me.personId, ids],
        );
      // Employers filter the talent pool on these: every instance updates this person's row.
      await logIndexChange(tx, me.partnerId, 'candidate', [me.personId]);
    });
    return { items: await heldRequirementsOf(db, me.personId) };
  });
}
