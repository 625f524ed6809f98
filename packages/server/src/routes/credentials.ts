/**
 * Open Badges 3.0 credentials of skillprints (docs/credentials.md): the owner issues and
 * revokes; anyone checks one, reads an issuer's profile, a key or a revocation list.
 */
import type { Hono } from 'hono';
import { apiError, routes, type CredentialVerdict, type IssuedCredential, type Skillprint } from '@pfw/contract';
import { levelRange } from '@pfw/core/norms';
import { bind } from '../http/bind.js';
import { assertKnown } from '../http/auth.js';
import { sha256 } from '../ids.js';
import type { Services } from '../services.js';
import { loadSignedSkillprint } from '../storage/queries.js';
import type { Queryable } from '../storage/database.js';
import {
  CREDENTIAL_YEARS,
  OB_CONTEXT,
  SKILLPRINT_ACHIEVEMENT,
  VC_CONTEXT,
  levelsOf,
  openBadgeOf,
} from '../credentials/open-badge.js';
import { elmCredentialOf } from '../credentials/elm.js';
import { jwtOf, storedJwt, type StoredJwt } from '../credentials/stored-jwt.js';
import {
  NEXT_LIST_AFTER,
  parseStatusListId,
  randomBit,
  statusListCredential,
  statusListId,
} from '../credentials/status-list.js';
import { iso, keyUrl, person, publicBase } from './shared.js';

/** The id of Passport for Work's own profile: it made the test (the achievement's creator). */
export const PFW_PROFILE_ID = 'passport-for-work';
const PFW_NAME = 'Passport for Work';

const urls = (base: string) => ({
  issuer: (id: string) => `${base}/v1/issuers/${id}`,
  key: keyUrl(base),
  statusList: (listId: string) => `${base}/v1/credentials/status/${listId}`,
});

/** Our key id from a header's kid URL (…/v1/keys/<kid>): whichever address it was issued under. */
const kidOf = (kidUrl: string) => /\/v1\/keys\/([A-Za-z0-9_-]+)$/.exec(kidUrl)?.[1];

type CredentialRow = StoredJwt & {
  id: string;
  skillprint_id: string;
  alg: 'ES256' | 'RS256';
  issued_at: Date;
  revoked_at: Date | null;
};

const toIssued = (r: CredentialRow): IssuedCredential => ({
  id: r.id,
  skillprintId: r.skillprint_id,
  alg: r.alg,
  issuedAt: iso(r.issued_at)!,
  ...(r.revoked_at ? { revokedAt: iso(r.revoked_at)! } : {}),
  jwt: jwtOf(r),
});

const CREDENTIAL_SELECT = `SELECT c.id, c.skillprint_id, c.alg, c.jws_header, c.jws_payload, c.jws_signature,
       c.issued_at, s.revoked_at
  FROM credentials c JOIN credential_status s ON s.credential_id = c.id`;

/** Every credential of a person, newest first (the list and the export). */
export async function credentialsOf(db: Queryable, personId: string): Promise<IssuedCredential[]> {
  const rows = await db.query<CredentialRow>(`${CREDENTIAL_SELECT} WHERE c.person_id = $1 ORDER BY c.issued_at DESC`, [
    personId,
  ]);
  return rows.map(toIssued);
}

/** Erasure revokes: the bits stay set after the person's rows are gone. */
export async function revokeCredentialsOf(db: Queryable, personId: string): Promise<void> {
  await db.query(
    `UPDATE credential_status SET revoked_at = now()
      WHERE revoked_at IS NULL AND credential_id IN (SELECT id FROM credentials WHERE person_id = $1)`,
    [personId],
  );
}

const addYears = (d: Date, years: number) => {
  const out = new Date(d);
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
};

/** What a skillprint states, level by level with its range (for a verdict on a shared skillprint). */
const levelsOfSkillprint = (sp: Skillprint) =>
  sp.scores.map((s) => {
    const [low, high] = levelRange(s);
    return { skillId: s.skillId, level: s.level, low, high };
  });

export function mountCredentials(app: Hono, services: Services): void {
  const { db, signer } = services;

  async function ownSkillprint(id: string, personId: string) {
    const [owned] = await db.query<{ payload: Skillprint; partner_name: string }>(
      `SELECT s.payload, pa.name AS partner_name FROM skillprints s
         JOIN people p ON p.id = s.person_id JOIN partners pa ON pa.id = p.partner_id
        WHERE s.id = $1 AND s.person_id = $2`,
      [id, personId],
    );
    if (!owned) throw apiError(404, `There is no skillprint "${id}" of yours.`);
    return owned;
  }

  bind(
    app,
    services,
    routes.issueCredential,
    async ({ auth, params, body, c }) => {
      const me = person(auth, 'candidate');
      const alg = body.alg ?? 'ES256';
      // One read: the skillprint, the partner, its newest credential, the newest list. A new
      // credential is only made when none holds, so when the newest is revoked, all older ones are
      // too (the index walks straight to it, however many were revoked before).
      const [owned] = await db.query<
        Partial<CredentialRow> & { payload: Skillprint; partner_name: string; list_no: number | null }
      >(
        `SELECT sp.payload, pa.name AS partner_name, newest.*,
              (SELECT max(list_no) FROM credential_status WHERE partner_id = p.partner_id) AS list_no
         FROM skillprints sp JOIN people p ON p.id = sp.person_id JOIN partners pa ON pa.id = p.partner_id
         LEFT JOIN LATERAL (
              SELECT c.id, c.skillprint_id, c.alg, c.issued_at, s.revoked_at,
                     c.jws_header, c.jws_signature, CASE WHEN s.revoked_at IS NULL THEN c.jws_payload END AS jws_payload
                FROM credentials c JOIN credential_status s ON s.credential_id = c.id
               WHERE c.skillprint_id = sp.id AND c.alg = $3 ORDER BY c.issued_at DESC LIMIT 1) newest ON true
        WHERE sp.id = $1 AND sp.person_id = $2`,
        [params.id, me.personId, alg],
      );
      if (!owned) {
        await assertKnown(services, me.personId);
        throw apiError(404, `There is no skillprint "${params.id}" of yours.`);
      }
      if (owned.id && !owned.revoked_at) return toIssued(owned as CredentialRow);

      const at = urls(publicBase(c, services));
      const credentialId = crypto.randomUUID();
      const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000);
      let listNo = owned.list_no ?? 1;
      for (let taken = 0; ; taken++) {
        if (taken === NEXT_LIST_AFTER) listNo++;
        const index = randomBit();
        const credential = openBadgeOf({
          skillprint: owned.payload,
          credentialId,
          issuer: { id: at.issuer(me.partnerId), name: owned.partner_name },
          creator: { id: at.issuer(PFW_PROFILE_ID), name: PFW_NAME },
          status: { listUrl: at.statusList(statusListId(me.partnerId, listNo)), index },
          lang: body.lang ?? 'nl',
          validFrom,
          validUntil: addYears(validFrom, CREDENTIAL_YEARS),
        });
        const { jwt, payloadJson } = await signer.signCredentialParts(
          credential,
          credential.credentialSubject.id,
          alg,
          at.key,
        );
        const stored = storedJwt(jwt, payloadJson);
        // The bit and the credential in one statement: both are written, or neither. issued_at is
        // the database's clock to the microsecond (validFrom is whole seconds), so "newest" is exact.
        const [row] = await db.query<{ issued_at: Date }>(
          `WITH bit AS (
           INSERT INTO credential_status (partner_id, list_no, idx, credential_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (partner_id, list_no, idx) DO NOTHING RETURNING credential_id)
         INSERT INTO credentials (id, skillprint_id, person_id, alg, jws_header, jws_payload, jws_signature)
         SELECT credential_id, $5, $6, $7, $8, $9, $10 FROM bit RETURNING issued_at`,
          [
            me.partnerId,
            listNo,
            index,
            credentialId,
            params.id,
            me.personId,
            alg,
            stored.jws_header,
            stored.jws_payload,
            stored.jws_signature,
          ],
        );
        if (row) return { id: credentialId, skillprintId: params.id, alg, issuedAt: iso(row.issued_at)!, jwt };
      }
    },
    // Its read joins people on the token's person, and a miss checks that person (above).
    { personKnownByHandler: true },
  );

  bind(app, services, routes.getElmTemplate, async ({ auth, params, query, c }) => {
    const me = person(auth, 'candidate');
    const owned = await ownSkillprint(params.id, me.personId);
    const at = urls(publicBase(c, services));
    return elmCredentialOf({
      skillprint: owned.payload,
      issuer: { id: at.issuer(me.partnerId), name: owned.partner_name },
      lang: query.lang ?? 'nl',
    });
  });

  bind(app, services, routes.listMyCredentials, async ({ auth }) => ({
    items: await credentialsOf(db, person(auth, 'candidate').personId),
  }));

  bind(app, services, routes.revokeCredential, async ({ auth, params }) => {
    const revoked = await db.query(
      `UPDATE credential_status s SET revoked_at = now() FROM credentials c
        WHERE c.id = $1 AND c.person_id = $2 AND s.credential_id = c.id AND s.revoked_at IS NULL RETURNING s.idx`,
      [params.id, person(auth, 'candidate').personId],
    );
    if (!revoked.length) throw apiError(404, `There is no credential "${params.id}" of yours that still holds.`);
    return undefined;
  });

  bind(app, services, routes.verifyCredential, async ({ body }) =>
    body.credential ? verifyJws(body.credential) : verifyShareLink(body.shareToken!),
  );

  async function verifyJws(jws: string): Promise<CredentialVerdict> {
    const checked = await signer.verifyCredentialJws(jws, kidOf);
    if ('problem' in checked) return { valid: false, problem: checked.problem, kind: 'credential', skills: [] };
    const credential = checked.payload as Record<string, unknown>;
    const id = typeof credential.id === 'string' ? /^urn:uuid:([0-9a-f-]{36})$/.exec(credential.id)?.[1] : undefined;
    const skills = levelsOf(credential);
    const issuer = credential.issuer as { id?: unknown; name?: unknown } | undefined;
    const validFrom = Date.parse(String(credential.validFrom));
    if (!id || !skills || typeof issuer?.id !== 'string' || Number.isNaN(validFrom)) {
      return { valid: false, problem: 'malformed', kind: 'credential', skills: [] };
    }
    const achievementId = (credential.credentialSubject as { achievement?: { id?: unknown } }).achievement?.id;
    // A skillprint's credential has a bit in a status list; an institution's claim has none.
    const [status] = credential.credentialStatus
      ? await db.query<{ revoked_at: Date | null }>(
          'SELECT revoked_at FROM credential_status WHERE credential_id = $1',
          [id],
        )
      : [{ revoked_at: null }];
    const now = Date.now();
    const validUntil = typeof credential.validUntil === 'string' ? Date.parse(credential.validUntil) : Infinity;
    const problem =
      !status || status.revoked_at
        ? 'revoked'
        : now < validFrom
          ? 'not-yet-valid'
          : now > validUntil
            ? 'expired'
            : undefined;
    return {
      valid: !problem,
      ...(problem ? { problem } : {}),
      kind: 'credential',
      issuer: { id: issuer.id, name: typeof issuer.name === 'string' ? issuer.name.slice(0, 200) : issuer.id },
      issuedAt: new Date(Date.parse(String(credential.awardedDate)) || validFrom).toISOString(),
      ...(typeof achievementId === 'string' && achievementId.startsWith(SKILLPRINT_ACHIEVEMENT)
        ? { assessmentVersion: achievementId.slice(SKILLPRINT_ACHIEVEMENT.length, SKILLPRINT_ACHIEVEMENT.length + 80) }
        : {}),
      skills,
    };
  }

  async function verifyShareLink(token: string): Promise<CredentialVerdict> {
    const [link] = await db.query<{
      skillprint_id: string;
      expires_at: Date;
      revoked_at: Date | null;
      partner_id: string;
      partner_name: string;
    }>(
      `SELECT l.skillprint_id, l.expires_at, l.revoked_at, p.partner_id, pa.name AS partner_name
         FROM share_links l JOIN skillprints s ON s.id = l.skillprint_id
         JOIN people p ON p.id = s.person_id JOIN partners pa ON pa.id = p.partner_id
        WHERE l.token_hash = $1`,
      [await sha256(token)],
    );
    if (!link) return { valid: false, problem: 'link-unknown', kind: 'skillprint', skills: [] };
    if (link.revoked_at || new Date(link.expires_at) < new Date()) {
      return { valid: false, problem: 'link-expired', kind: 'skillprint', skills: [] };
    }
    const signed = (await loadSignedSkillprint(db, 'id', link.skillprint_id))!;
    const check = await signer.verifySkillprint(signed.skillprint, signed.signature);
    const sp = signed.skillprint;
    return {
      valid: check.valid,
      ...(check.valid ? {} : { problem: 'signature' as const }),
      kind: 'skillprint',
      issuer: { id: link.partner_id, name: link.partner_name },
      issuedAt: sp.issuedAt,
      assessmentVersion: sp.assessmentVersion,
      skills: levelsOfSkillprint(sp),
    };
  }

  bind(app, services, routes.getStatusList, async ({ params, c }) => {
    const list = parseStatusListId(params.id);
    // A list exists once it has a bit (a partner's first list exists from the start).
    const [known] = list
      ? await db.query(
          `SELECT 1 FROM partners WHERE id = $1
              AND ($2 = 1 OR EXISTS (SELECT 1 FROM credential_status WHERE partner_id = $1 AND list_no = $2))`,
          [list.partnerId, list.listNo],
        )
      : [];
    if (!list || !known) throw apiError(404, `There is no status list "${params.id}".`);
    const at = urls(publicBase(c, services));
    const credential = await statusListCredential(db, list, at.statusList(params.id), at.issuer(list.partnerId));
    c.header('cache-control', 'public, max-age=300');
    return signer.signCredential(credential, `${at.statusList(params.id)}#list`, 'ES256', at.key);
  });

  bind(app, services, routes.getIssuerProfile, async ({ params, c }) => {
    const at = urls(publicBase(c, services));
    const profile = (name: string, description?: string) => ({
      '@context': [VC_CONTEXT, OB_CONTEXT],
      id: at.issuer(params.id),
      type: ['Profile'],
      name,
      ...(description ? { description } : {}),
    });
    if (params.id === PFW_PROFILE_ID) {
      return profile(
        PFW_NAME,
        'Open, embeddable skill tests and matching for people with a distance to the labour market.',
      );
    }
    const [partner] = await db.query<{ name: string }>('SELECT name FROM partners WHERE id = $1', [params.id]);
    if (!partner) throw apiError(404, `There is no issuer "${params.id}".`);
    return profile(partner.name, 'Issues skillprints through Passport for Work.');
  });

  bind(app, services, routes.getPublicKey, async ({ params }) => {
    const jwk = await signer.publicJwk(params.id);
    if (!jwk) throw apiError(404, `There is no key "${params.id}".`);
    return jwk as { kty: string; kid: string };
  });
}
