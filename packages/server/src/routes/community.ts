/**
 * Community paths (#24): employers of one partner share an onboarding and learning path for an
 * occupation, and the partner's job seekers follow it as their learning path. A path belongs to
 * the partner, not to one employer: any employer of the partner may join it, every member may
 * change it, and it ends when its last member leaves. Job seekers see who shares it (the company
 * names) and how many follow it — a count, never who.
 */
import type { Hono } from 'hono';
import { apiError, routes, type CommunityPath, type CommunityPathInput, type CommunityPathStep } from '@pfw/contract';
import type { MatchTarget } from '@pfw/core/matching';
import { findOccupation, findSkill } from '@pfw/core/skills';
import { bind } from '../http/bind.js';
import { newId } from '../ids.js';
import type { Services } from '../services.js';
import type { Queryable } from '../storage/database.js';
import { offersFor } from '../storage/learning-offers.js';
import { invalid, iso, person } from './shared.js';

/** A community path's stored fields: what a learning path is planned from. */
export interface CommunityPathRow {
  id: string;
  partner_id: string;
  occupation_id: string;
  title: string;
  steps: CommunityPathStep[];
  created_at: Date;
  updated_at: Date;
}

interface ListedRow extends CommunityPathRow {
  members: string[];
  mine: boolean;
  followers: number | string;
}

/** Every step counts as much, and each is one the employers cannot do without. */
const STEP_IMPORTANCE = 3;

/**
 * The partner's paths as `$2` (an employer, or nobody) sees them: members by company name, oldest
 * member first ("Werkgever" when a company gave no name, as beside a vacancy).
 */
const LIST_SELECT = `SELECT c.*,
    ARRAY(SELECT COALESCE(p.display_name, 'Werkgever') FROM community_path_members m JOIN people p ON p.id = m.employer_id
           WHERE m.path_id = c.id ORDER BY m.joined_at, m.employer_id) AS members,
    EXISTS (SELECT 1 FROM community_path_members m WHERE m.path_id = c.id AND m.employer_id = $2) AS mine,
    (SELECT count(*) FROM learning_paths l WHERE l.goal_kind = 'community' AND l.goal_id = c.id AND l.ended_at IS NULL) AS followers
  FROM community_paths c WHERE c.partner_id = $1`;

const toCommunityPath = (r: ListedRow): CommunityPath => ({
  id: r.id,
  occupationId: r.occupation_id,
  occupationTitle: findOccupation(r.occupation_id)?.title ?? { nl: r.occupation_id, en: r.occupation_id },
  title: r.title,
  steps: r.steps,
  members: r.members,
  mine: r.mine,
  followers: Number(r.followers),
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

async function listed(db: Queryable, partnerId: string, viewerId: string, where = '', params: unknown[] = []) {
  const rows = await db.query<ListedRow>(`${LIST_SELECT} ${where} ORDER BY followers DESC, c.created_at DESC, c.id`, [
    partnerId,
    viewerId,
    ...params,
  ]);
  return rows.map(toCommunityPath);
}

/** One path of the partner as the caller sees it, or undefined. */
async function pathFor(db: Queryable, id: string, partnerId: string, viewerId: string) {
  return (await listed(db, partnerId, viewerId, 'AND c.id = $3', [id]))[0];
}

/** A path of the caller's partner that the caller shares; 404 otherwise (another's reads as none). */
async function sharedPath(db: Queryable, id: string, partnerId: string, employerId: string): Promise<CommunityPath> {
  const path = await pathFor(db, id, partnerId, employerId);
  if (!path?.mine) throw apiError(404, `No community path you share with this id ("${id}").`);
  return path;
}

/** A community path of the partner, as a learning path is planned from it (undefined when it is gone). */
export async function partnerCommunityPath(
  db: Queryable,
  id: string,
  partnerId: string,
): Promise<CommunityPathRow | undefined> {
  const [row] = await db.query<CommunityPathRow>('SELECT * FROM community_paths WHERE id = $1 AND partner_id = $2', [
    id,
    partnerId,
  ]);
  return row;
}

/**
 * What a follower is measured against: each step's skill at its level, all essential; the
 * occupation's interests and work environment for the rest of the score, as for an occupation.
 */
export function communityTarget(path: Pick<CommunityPathRow, 'occupation_id' | 'steps'>): MatchTarget {
  const occupation = findOccupation(path.occupation_id);
  return {
    requirements: path.steps.map((s) => ({
      skillId: s.skillId,
      level: s.level,
      importance: STEP_IMPORTANCE,
      essential: true,
    })),
    interests: occupation?.interests,
    environment: occupation?.environment,
    ...(occupation ? { sector: occupation.sector } : {}),
  };
}

/** Refuse what a path cannot be made of, naming the field: the skill language's and the partner's catalogue decide. */
async function checkPath(db: Queryable, body: CommunityPathInput, partnerId: string): Promise<void> {
  if (!findOccupation(body.occupationId))
    throw invalid('body.occupationId', 'is not an occupation of the skill language', 'unknown_occupation');
  const offers = new Map((await offersFor(db, partnerId)).map((o) => [o.id, o]));
  const seen = new Set<string>();
  body.steps.forEach((step, i) => {
    const path = `body.steps[${i}]`;
    if (!findSkill(step.skillId))
      throw invalid(`${path}.skillId`, 'is not a skill of the skill language', 'unknown_skill');
    if (seen.has(step.skillId)) throw invalid(`${path}.skillId`, 'is already a step of the path', 'duplicate_skill');
    seen.add(step.skillId);
    step.offerIds.forEach((offerId, j) => {
      if (!offers.get(offerId)?.develops.some((d) => d.skillId === step.skillId))
        throw invalid(
          `${path}.offerIds[${j}]`,
          `is not a learning offer here for the skill "${step.skillId}"`,
          'unknown_offer',
        );
    });
  });
}

/**
 * An employer stops sharing these paths; a path nobody shares any more is deleted. The paths are
 * locked first, so two last members leaving at once cannot leave a path that nobody shares.
 */
async function leavePaths(tx: Queryable, employerId: string, pathIds: string[]): Promise<void> {
  if (!pathIds.length) return;
  await tx.query('SELECT id FROM community_paths WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [pathIds]);
  await tx.query('DELETE FROM community_path_members WHERE employer_id = $1 AND path_id = ANY($2::text[])', [
    employerId,
    pathIds,
  ]);
  await tx.query(
    `DELETE FROM community_paths c WHERE c.id = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM community_path_members m WHERE m.path_id = c.id)`,
    [pathIds],
  );
}

/** Erasure: the employer leaves every path they share (in the erasure's transaction). */
export async function leaveAllCommunityPaths(tx: Queryable, employerId: string): Promise<void> {
  const rows = await tx.query<{ path_id: string }>(
    'SELECT path_id FROM community_path_members WHERE employer_id = $1',
    [employerId],
  );
  await leavePaths(
    tx,
    employerId,
    rows.map((r) => r.path_id),
  );
}

/** The paths an employer shares (their export). */
export async function communityPathsOf(db: Queryable, employerId: string, partnerId: string) {
  return listed(
    db,
    partnerId,
    employerId,
    'AND EXISTS (SELECT 1 FROM community_path_members m WHERE m.path_id = c.id AND m.employer_id = $2)',
  );
}

export function mountCommunity(app: Hono, services: Services): void {
  const { db } = services;

  bind(app, services, routes.listCommunityPaths, async ({ auth, query }) => {
    const me = person(auth, 'employer', 'candidate');
    const items = query.occupationId
      ? await listed(db, me.partnerId, me.personId, 'AND c.occupation_id = $3', [query.occupationId])
      : await listed(db, me.partnerId, me.personId);
    return { items };
  });

  bind(app, services, routes.createCommunityPath, async ({ auth, body }) => {
    const me = person(auth, 'employer');
    await checkPath(db, body, me.partnerId);
    const id = newId('cp');
    await db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO community_paths (id, partner_id, occupation_id, title, steps) VALUES ($1, $2, $3, $4, $5)',
        [id, me.partnerId, body.occupationId, body.title, JSON.stringify(body.steps)],
      );
      await tx.query('INSERT INTO community_path_members (path_id, employer_id) VALUES ($1, $2)', [id, me.personId]);
    });
    return sharedPath(db, id, me.partnerId, me.personId);
  });

  bind(app, services, routes.updateCommunityPath, async ({ auth, params, body }) => {
    const me = person(auth, 'employer');
    await sharedPath(db, params.id, me.partnerId, me.personId);
    await checkPath(db, body, me.partnerId);
    // Followers' learning paths keep the steps they have; they get these when they choose the path again.
    await db.query(
      'UPDATE community_paths SET occupation_id = $2, title = $3, steps = $4, updated_at = now() WHERE id = $1',
      [params.id, body.occupationId, body.title, JSON.stringify(body.steps)],
    );
    return sharedPath(db, params.id, me.partnerId, me.personId);
  });

  bind(app, services, routes.joinCommunityPath, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    await db.transaction(async (tx) => {
      // Shares the lock a last member's leaving takes: a path being deleted cannot be joined.
      const [path] = await tx.query('SELECT id FROM community_paths WHERE id = $1 AND partner_id = $2 FOR SHARE', [
        params.id,
        me.partnerId,
      ]);
      if (!path) throw apiError(404, `No community path with this id ("${params.id}").`);
      await tx.query(
        'INSERT INTO community_path_members (path_id, employer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [params.id, me.personId],
      );
    });
    return sharedPath(db, params.id, me.partnerId, me.personId);
  });

  bind(app, services, routes.leaveCommunityPath, async ({ auth, params }) => {
    const me = person(auth, 'employer');
    await sharedPath(db, params.id, me.partnerId, me.personId);
    await db.transaction((tx) => leavePaths(tx, me.personId, [params.id]));
    return undefined;
  });
}
