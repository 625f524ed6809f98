/**
 * Skills confirmed by an institution (#21 part 3): a school, trainer or employer offers a signed
 * claim with a one-time code; the person takes it in. A person can also take in another issuer's
 * Open Badges credential. Confirmed certificates count as held ("confirmed") for employers' filters.
 */
import type { Hono } from 'hono';
import { ApiError, apiError, routes, type OfferedSkillClaim, type SkillClaim } from '@pfw/contract';
import { findSkill } from '@pfw/core/skills';
import { claimCredentialOf } from '../credentials/open-badge.js';
import { CredentialRejected, importCredential } from '../credentials/import.js';
import { bind } from '../http/bind.js';
import { newId, randomString, sha256 } from '../ids.js';
import { logIndexChange } from '../match-indexes.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { addDays, checkHardRequirement, iso, keyUrl, person, publicBase } from './shared.js';

/** How long an institution's code can be taken in. */
export const CLAIM_CODE_DAYS = 60;

type ClaimRow = {
  id: string;
  origin: SkillClaim['origin'];
  issuer_id: string;
  issuer_name: string;
  skills: SkillClaim['skills'];
  hard_requirements: string[];
  evidence: SkillClaim['evidence'];
  credential: string;
  issued_at: Date;
  accepted_at: Date;
  code_expires_at: Date | null;
};

const toClaim = (r: ClaimRow): SkillClaim => ({
  id: r.id,
  origin: r.origin,
  issuer: { id: r.issuer_id, name: r.issuer_name },
  skills: r.skills,
  hardRequirements: r.hard_requirements,
  evidence: r.evidence,
  issuedAt: iso(r.issued_at)!,
  acceptedAt: iso(r.accepted_at)!,
  credential: r.credential,
});

/** A person's confirmations, newest first (the list, the export and the skillprint's layer). */
export async function skillClaimsOf(db: Queryable, personId: string): Promise<SkillClaim[]> {
  const rows = await db.query<ClaimRow>(
    'SELECT * FROM skill_claims WHERE holder_id = $1 ORDER BY accepted_at DESC, id',
    [personId],
  );
  return rows.map(toClaim);
}

/** What an institution offered (its export): not whether or by whom a code was taken in. */
export async function offeredSkillClaimsOf(db: Queryable, institutionId: string): Promise<OfferedSkillClaim[]> {
  const rows = await db.query<ClaimRow>(
    'SELECT * FROM skill_claims WHERE issuer_person_id = $1 ORDER BY issued_at, id',
    [institutionId],
  );
  return rows.map((r) => ({
    id: r.id,
    skills: r.skills as OfferedSkillClaim['skills'],
    hardRequirements: r.hard_requirements,
    evidence: r.evidence as OfferedSkillClaim['evidence'],
    issuedAt: iso(r.issued_at)!,
    codeExpiresAt: iso(r.code_expires_at)!,
  }));
}

/**
 * The same confirmation taken in twice (a school made a second code for the same form, or a
 * badge uploaded again): the person keeps the one they had, not two equal lines. Returns that
 * earlier claim, the new row gone; none when the claim is new. jsonb compares by value.
 */
async function keptBefore(tx: Queryable, id: string): Promise<ClaimRow | undefined> {
  const [same] = await tx.query<ClaimRow>(
    `SELECT earlier.* FROM skill_claims earlier JOIN skill_claims taken ON taken.id = $1
      WHERE earlier.holder_id = taken.holder_id AND earlier.id <> taken.id AND earlier.issuer_id = taken.issuer_id
        AND earlier.skills = taken.skills AND earlier.hard_requirements = taken.hard_requirements
        AND earlier.evidence = taken.evidence
      ORDER BY earlier.accepted_at LIMIT 1`,
    [id],
  );
  if (same) await tx.query('DELETE FROM skill_claims WHERE id = $1', [id]);
  return same;
}

/**
 * Certificates a claim names become held. An institution's code confirms them (`confirmed`, over
 * what the person said). Another issuer's badge only shows that whoever holds its key signed it:
 * nothing ties that key to the issuer's name, so its certificates are the person's own word
 * (`self`) and never overrule a confirmation.
 */
async function holdPapers(
  tx: Queryable,
  personId: string,
  partnerId: string,
  ids: readonly string[],
  source: 'confirmed' | 'self',
) {
  if (!ids.length) return;
  await tx.query(
    `INSERT INTO held_requirements (person_id, requirement_id, source)
     SELECT $1, unnest($2::text[]), $3
     ON CONFLICT (person_id, requirement_id) DO ${source === 'confirmed' ? "UPDATE SET source = 'confirmed'" : 'NOTHING'}`,
    [personId, ids, source],
  );
  // Employers filter the talent pool on these: every instance updates this person's row.
  await logIndexChange(tx, partnerId, 'candidate', [personId]);
}

export function mountSkillClaims(app: Hono, services: Services): void {
  const { db, signer } = services;

  bind(app, services, routes.offerSkillClaim, async ({ auth, body, c }) => {
    const me = person(auth, 'institution');
    body.skills.forEach((s, i) => {
      if (!findSkill(s.skillId)) {
        throw apiError(
          400,
          `body.skills[${i}].skillId "${s.skillId}" is not a skill of the skill language.`,
          'unknown-skill',
        );
      }
    });
    const papers = body.hardRequirements ?? [];
    papers.forEach((id, i) => checkHardRequirement(id, `body.hardRequirements[${i}]`));
    const [who] = await db.query<{ name: string }>(
      `SELECT COALESCE(p.display_name, pa.name) AS name FROM people p JOIN partners pa ON pa.id = p.partner_id WHERE p.id = $1`,
      [me.personId],
    );
    const base = publicBase(c, services);
    const issuer = { id: `${base}/v1/issuers/${me.partnerId}`, name: who!.name };
    const id = newId('cl');
    // 16 characters (80 bits, four groups of four on paper): too many to guess in the code's
    // 60 days, few enough to type over from a letter.
    const code = randomString(16);
    const credential = claimCredentialOf({
      claimId: crypto.randomUUID(),
      issuer,
      skills: body.skills,
      hardRequirements: papers,
      evidence: body.evidence,
      validFrom: new Date(Math.floor(Date.now() / 1000) * 1000),
    });
    const jwt = await signer.signCredential(credential, credential.credentialSubject.id, 'ES256', keyUrl(base));
    const expiresAt = addDays(CLAIM_CODE_DAYS);
    await db.query(
      `INSERT INTO skill_claims (id, origin, issuer_person_id, issuer_id, issuer_name, code_hash, code_expires_at,
                                 skills, hard_requirements, evidence, credential)
       VALUES ($1, 'institution', $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        me.personId,
        issuer.id,
        issuer.name,
        await sha256(code),
        expiresAt,
        JSON.stringify(body.skills),
        JSON.stringify(papers),
        JSON.stringify(body.evidence),
        jwt,
      ],
    );
    return { id, code, expiresAt: iso(expiresAt)! };
  });

  bind(app, services, routes.acceptSkillClaim, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    // As a person types it: a phone capitalises the first letter, the paper groups it in fours.
    const hash = await sha256(body.code.toLowerCase().replace(/[\s-]/g, ''));
    const claim = await db.transaction(async (tx) => {
      // The code works once: taking it in clears it.
      const [row] = await tx.query<ClaimRow>(
        `UPDATE skill_claims SET holder_id = $1, accepted_at = now(), code_hash = NULL
          WHERE code_hash = $2 AND holder_id IS NULL AND code_expires_at > now() RETURNING *`,
        [me.personId, hash],
      );
      if (!row) return undefined;
      const same = await keptBefore(tx, row.id);
      if (same) return same;
      await holdPapers(tx, me.personId, me.partnerId, row.hard_requirements, 'confirmed');
      return row;
    });
    if (!claim)
      throw apiError(
        404,
        'This code does not work: it is wrong, used or expired. Ask for a new one.',
        'claim-code-unknown',
      );
    return toClaim(claim);
  });

  bind(app, services, routes.importSkillClaim, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    let imported;
    try {
      imported = await importCredential(body.credential, { allowLoopbackHttp: services.settings.allowLoopbackKeyUrls });
    } catch (error) {
      if (!(error instanceof CredentialRejected)) throw error;
      // The field and a code a widget turns into its own words, and the reason in English.
      throw new ApiError({
        ...apiError(400, error.message, 'credential-rejected').problem,
        errors: [{ path: 'body.credential', message: error.message, code: error.code }],
      });
    }
    const row = await db.transaction(async (tx) => {
      const [inserted] = await tx.query<ClaimRow>(
        `INSERT INTO skill_claims (id, origin, issuer_id, issuer_name, holder_id, skills, hard_requirements, evidence,
                                   credential, issued_at, accepted_at)
         VALUES ($1, 'open-badge', $2, $3, $4, $5, $6, $7, $8, $9, now()) RETURNING *`,
        [
          newId('cl'),
          imported.issuer.id,
          imported.issuer.name,
          me.personId,
          JSON.stringify(imported.skills),
          JSON.stringify(imported.hardRequirements),
          JSON.stringify(imported.evidence),
          body.credential,
          imported.issuedAt,
        ],
      );
      const same = await keptBefore(tx, inserted!.id);
      if (same) return same;
      await holdPapers(tx, me.personId, me.partnerId, imported.hardRequirements, 'self');
      return inserted!;
    });
    return toClaim(row);
  });

  bind(app, services, routes.listMySkillClaims, async ({ auth }) => ({
    items: await skillClaimsOf(db, person(auth, 'candidate').personId),
  }));

  bind(app, services, routes.deleteMySkillClaim, async ({ auth, params }) => {
    const me = person(auth, 'candidate');
    const removed = await db.transaction(async (tx) => {
      const [row] = await tx.query<{ hard_requirements: string[] }>(
        'DELETE FROM skill_claims WHERE id = $1 AND holder_id = $2 RETURNING hard_requirements',
        [params.id, me.personId],
      );
      if (!row) return false;
      // A certificate no other confirmation backs is what the person says of it: their own word.
      await tx.query(
        `UPDATE held_requirements h SET source = 'self'
          WHERE h.person_id = $1 AND h.source = 'confirmed' AND h.requirement_id = ANY($2::text[])
            AND NOT EXISTS (SELECT 1 FROM skill_claims c WHERE c.holder_id = $1 AND c.origin = 'institution'
                                AND c.hard_requirements ? h.requirement_id)`,
        [me.personId, row.hard_requirements],
      );
      await logIndexChange(tx, me.partnerId, 'candidate', [me.personId]);
      return true;
    });
    if (!removed) throw apiError(404, `There is no confirmation "${params.id}" of yours.`);
    return undefined;
  });
}
