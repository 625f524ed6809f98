/** AVG/GDPR: all of a person's data in one call, and erasure of all of it in one call. */
import { cultureScansOf } from './culture.js';
import { communityPathsOf, leaveAllCommunityPaths } from './community.js';
import type { Hono } from 'hono';
import { applicationsOf } from './applications.js';
import { credentialsOf, revokeCredentialsOf } from './credentials.js';
import { learningPathsOf } from './learning-path.js';
import { coachAccessOf } from './coach.js';
import { offeredSkillClaimsOf, skillClaimsOf } from './skill-claims.js';
import { ApiError, apiError, problemType, routes, type ItemResponse, type Skillprint } from '@pfw/contract';
import { bind } from '../http/bind.js';
import { forgetInIndexLog, logIndexChange } from '../match-indexes.js';
import type { Services } from '../services.js';
import { scrubDeletedRows } from '../storage/scrub.js';
import { RESEARCH_CONSENT_VERSION } from '@pfw/core/research-groups';
import { iso, isoNow, person } from './shared.js';
import {
  JOB_SELECT,
  REJECTION_SELECT,
  connectionsOf,
  heldRequirementsOf,
  researchProfileOf,
  toJobProfile,
  toPoolEntry,
  type JobRow,
  toLink,
  type LinkRow,
  type PoolRow,
  type RejectionRow,
  toRejection,
} from '../storage/queries.js';

export function mountPrivacy(app: Hono, services: Services): void {
  const { db } = services;

  bind(app, services, routes.exportMe, async ({ auth }) => {
    const me = person(auth);
    const [who] = await db.query<{ role: 'candidate'; pseudonym: string; created_at: Date }>(
      'SELECT role, pseudonym, created_at FROM people WHERE id = $1',
      [me.personId],
    );
    if (!who) throw apiError(404, 'There is no data of yours.');
    const sessions = await db.query<{
      id: string;
      status: 'active' | 'completed';
      assessment_version: string;
      lang: 'nl' | 'en';
      started_at: Date;
      expires_at: Date;
      skillprint_id: string | null;
      remeasure: string[] | null;
      research: object | null;
    }>('SELECT * FROM assessment_sessions WHERE person_id = $1 ORDER BY started_at', [me.personId]);
    const assessments = [];
    for (const s of sessions) {
      const responses = await db.query<{
        item_id: string;
        choice: number | null;
        least: number | null;
        trials: ItemResponse['trials'] | null;
        duration_ms: number;
        answered_at: Date;
      }>('SELECT * FROM item_responses WHERE session_id = $1 ORDER BY stored_at, item_id', [s.id]);
      assessments.push({
        id: s.id,
        status: s.status,
        assessmentVersion: s.assessment_version,
        lang: s.lang,
        startedAt: iso(s.started_at)!,
        expiresAt: iso(s.expires_at)!,
        responseCount: responses.length,
        ...(s.skillprint_id ? { skillprintId: s.skillprint_id } : {}),
        ...(s.remeasure ? { remeasure: s.remeasure } : {}),
        ...(s.research ? { research: true as const } : {}),
        responses: responses.map((r) => ({
          itemId: r.item_id,
          ...(r.choice === null ? {} : { choice: r.choice }),
          ...(r.least === null ? {} : { least: r.least }),
          ...(r.trials ? { trials: r.trials } : {}),
          durationMs: r.duration_ms,
          answeredAt: iso(r.answered_at)!,
        })),
      });
    }
    const skillprints = await db.query<{ id: string; payload: Skillprint; signature: string }>(
      'SELECT id, payload, signature FROM skillprints WHERE person_id = $1 ORDER BY issued_at',
      [me.personId],
    );
    const links = await db.query<LinkRow>(
      'SELECT l.* FROM share_links l JOIN skillprints s ON s.id = l.skillprint_id WHERE s.person_id = $1 ORDER BY l.created_at',
      [me.personId],
    );
    const [pool] = await db.query<PoolRow>('SELECT * FROM talent_pool WHERE person_id = $1', [me.personId]);
    const jobs = await db.query<JobRow>(`${JOB_SELECT} WHERE j.employer_id = $1 ORDER BY j.created_at`, [me.personId]);
    return {
      exportedAt: isoNow(),
      person: { pseudonym: who.pseudonym, role: who.role, createdAt: iso(who.created_at)! },
      assessments,
      skillprints: skillprints.map((s) => ({ skillprint: s.payload, signature: s.signature })),
      shareLinks: links.map((l) => toLink(l)),
      talentPool: pool ? toPoolEntry(pool, who.pseudonym) : null,
      heldRequirements: await heldRequirementsOf(db, me.personId),
      connections: await connectionsOf(db, me.personId),
      applications: await applicationsOf(db, me.personId),
      // What an employer wrote when setting someone aside is about that person too (art. 15).
      setAside: (
        await db.query<RejectionRow>(
          `${REJECTION_SELECT} WHERE r.candidate_id = $1 OR r.employer_id = $1 ORDER BY r.created_at`,
          [me.personId],
        )
      ).map(toRejection),
      jobProfiles: jobs.map((j) => toJobProfile(j, true)),
      researchProfile: await researchProfileOf(db, me.personId),
      rescores: (
        await db.query<{
          skillprint_id: string;
          from_version: string;
          to_version: string;
          rescored_at: Date;
          previous_payload: Skillprint;
        }>('SELECT * FROM skillprint_rescores WHERE person_id = $1 ORDER BY rescored_at', [me.personId])
      ).map((r) => ({
        skillprintId: r.skillprint_id,
        fromVersion: r.from_version,
        toVersion: r.to_version,
        rescoredAt: iso(r.rescored_at)!,
        previous: r.previous_payload,
      })),
      credentials: await credentialsOf(db, me.personId),
      skillClaims: await skillClaimsOf(db, me.personId),
      learningPaths: await learningPathsOf(db, me.personId, me.partnerId),
      coaches: await coachAccessOf(db, me.personId),
      ...(me.role === 'institution' ? { offeredSkillClaims: await offeredSkillClaimsOf(db, me.personId) } : {}),
      ...(me.role === 'employer'
        ? {
            cultureScans: await cultureScansOf(db, me.personId),
            communityPaths: await communityPathsOf(db, me.personId, me.partnerId),
          }
        : {}),
    };
  });

  bind(app, services, routes.getMyResearchProfile, async ({ auth }) => {
    const me = person(auth, 'candidate');
    const profile = await researchProfileOf(db, me.personId);
    if (!profile) throw apiError(404, 'You did not take part in the research.');
    return profile;
  });

  bind(app, services, routes.putMyResearchProfile, async ({ auth, body }) => {
    const me = person(auth, 'candidate');
    if (body.consentTextVersion !== RESEARCH_CONSENT_VERSION)
      throw new ApiError({
        type: problemType('validation'),
        title: 'The request is not valid',
        status: 400,
        detail: `body.consentTextVersion is not the research consent text we show (${RESEARCH_CONSENT_VERSION})`,
        errors: [
          { path: 'body.consentTextVersion', message: `must be ${RESEARCH_CONSENT_VERSION}`, code: 'invalid_value' },
        ],
      });
    // Replaces what was given: a question left open now is removed, not kept from before.
    await db.query(
      `INSERT INTO research_profiles (person_id, consent_text_version, age_band, gender, migration_background, education_level, test_disability, given_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (person_id) DO UPDATE SET consent_text_version = $2, age_band = $3, gender = $4,
         migration_background = $5, education_level = $6, test_disability = $7, given_at = now()`,
      [
        me.personId,
        body.consentTextVersion,
        body.ageBand ?? null,
        body.gender ?? null,
        body.migrationBackground ?? null,
        body.educationLevel ?? null,
        body.testDisability ?? null,
      ],
    );
    return (await researchProfileOf(db, me.personId))!;
  });

  bind(app, services, routes.deleteMyResearchProfile, async ({ auth }) => {
    const me = person(auth, 'candidate');
    await db.query('DELETE FROM research_profiles WHERE person_id = $1', [me.personId]);
    await scrubDeletedRows(db);
    return undefined;
  });

  bind(app, services, routes.eraseMe, async ({ auth }) => {
    // Every table that holds a person's data references people(id) ON DELETE CASCADE; the audit
    // log keeps its rows without the link (ON DELETE SET NULL: what employers were shown stays).
    const me = person(auth);
    await db.transaction(async (tx) => {
      // A credential handed out may be anywhere: its revocation bit outlives the person's rows.
      await revokeCredentialsOf(tx, me.personId);
      // An employer's published jobs leave the rankings with them.
      const jobs = await tx.query<{ id: string }>(
        "SELECT id FROM job_profiles WHERE employer_id = $1 AND status = 'published'",
        [me.personId],
      );
      // An employer leaves the community paths they share (one nobody shares any more ends).
      await leaveAllCommunityPaths(tx, me.personId);
      // The webhook outbox names people by their pseudonym, the partner's id of them or the name a
      // coach knows them by (with a coach's action text): events about them go, sent or not.
      await tx.query(
        `DELETE FROM webhook_deliveries w USING people p
          WHERE p.id = $1 AND w.partner_id = p.partner_id
            AND (w.payload->'data'->>'candidate' = p.pseudonym OR w.payload->'data'->>'participant' = p.pseudonym
                 OR w.payload->'data'->>'subject' = p.subject OR w.payload->'data'->>'coach' = p.subject
                 OR EXISTS (SELECT 1 FROM coach_access a JOIN people c ON c.id = a.coach_id
                             WHERE a.person_id = p.id AND w.payload->'data'->>'coach' = c.subject
                               AND w.payload->'data'->>'participant' = COALESCE(a.called, p.pseudonym)))`,
        [me.personId],
      );
      // An institution's codes nobody took in yet go with it: they would still bring its name.
      await tx.query('DELETE FROM skill_claims WHERE issuer_person_id = $1 AND holder_id IS NULL', [me.personId]);
      await tx.query('DELETE FROM people WHERE id = $1', [me.personId]);
      await forgetInIndexLog(tx, me.partnerId, me.personId);
      await logIndexChange(
        tx,
        me.partnerId,
        'job',
        jobs.map((j) => j.id),
      );
    });
    await scrubDeletedRows(db);
    return undefined;
  });
}
