/**
 * A partner's own learning offers (#23): replaced as a whole (the API, or `pfw-server catalogue`
 * with a CSV or JSON file), used beside the skill language's in learning plans. And completions:
 * a learning platform's xAPI statement, sent with the partner's secret key, marks the step of the
 * person's plan with that offer done.
 */
import type { Hono } from 'hono';
import { apiError, routes, type Catalogue, type PartnerLessons } from '@pfw/contract';
import { findHardRequirement, findSkill, isMeasuredSkill } from '@pfw/core/skills';
import { bind } from '../http/bind.js';
import type { Services } from '../services.js';
import type { Database } from '../storage/database.js';
import { catalogueOf, offersFor, partnerLessonsOf } from '../storage/learning-offers.js';
import { setLearningStep } from './learning-path.js';

/**
 * Replace a partner's rows of one kind (learning offers, micro-lessons) as a whole: all of them,
 * or nothing (an id twice refuses the whole, like a wrong item did before this is called).
 */
async function replaceAll(
  db: Database,
  partnerId: string,
  table: 'partner_learning_offers' | 'partner_lessons',
  items: readonly { id: string }[],
): Promise<number> {
  const ids = items.map((o) => o.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw apiError(400, `body.items: the id "${twice}" is there twice.`);
  const column = table === 'partner_lessons' ? 'lesson' : 'offer';
  await db.transaction(async (tx) => {
    await tx.query(`DELETE FROM ${table} WHERE partner_id = $1`, [partnerId]);
    if (ids.length)
      await tx.query(
        `INSERT INTO ${table} (partner_id, id, ${column}) SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x`,
        [partnerId, JSON.stringify(items)],
      );
  });
  return ids.length;
}

/** Replace a partner's catalogue (an offer of an unknown skill or certificate refuses the whole). */
export async function replaceCatalogue(db: Database, partnerId: string, catalogue: Catalogue): Promise<number> {
  catalogue.items.forEach((o, i) => {
    o.develops.forEach((d, j) => {
      if (!findSkill(d.skillId))
        throw apiError(
          400,
          `body.items[${i}].develops[${j}].skillId "${d.skillId}" is not a skill of the skill language.`,
          'unknown-skill',
        );
    });
    o.forHardRequirements?.forEach((id, j) => {
      if (!findHardRequirement(id))
        throw apiError(
          400,
          `body.items[${i}].forHardRequirements[${j}] "${id}" is not a certificate, licence or condition of the skill language.`,
          'unknown-hard-requirement',
        );
    });
    // A course leads to a paper; a physical condition is not something a course hands out.
    o.leadsTo?.forEach((id, j) => {
      if ((findHardRequirement(id)?.kind ?? 'physical') === 'physical')
        throw apiError(
          400,
          `body.items[${i}].leadsTo[${j}] "${id}" is not a certificate or licence of the skill language.`,
          'unknown-hard-requirement',
        );
    });
  });
  return replaceAll(db, partnerId, 'partner_learning_offers', catalogue.items);
}

/** Replace a partner's micro-lessons (a lesson of a skill the test does not measure refuses the whole). */
export async function replaceLessons(db: Database, partnerId: string, lessons: PartnerLessons): Promise<number> {
  lessons.items.forEach((l, i) => {
    const skill = findSkill(l.skillId);
    if (!skill || !isMeasuredSkill(skill))
      throw apiError(
        400,
        `body.items[${i}].skillId "${l.skillId}" is not a skill the test measures: a lesson is a step on one.`,
        'unknown-skill',
      );
  });
  return replaceAll(db, partnerId, 'partner_lessons', lessons.items);
}

export function mountCatalogue(app: Hono, services: Services): void {
  const { db } = services;

  const partnerOf = (auth: { kind: string; partnerId?: string }) => {
    if (auth.kind !== 'secret' || !auth.partnerId) throw apiError(401);
    return auth.partnerId;
  };

  bind(app, services, routes.putCatalogue, async ({ auth, body }) => ({
    count: await replaceCatalogue(db, partnerOf(auth), body),
  }));

  bind(app, services, routes.getCatalogue, async ({ auth }) => ({ items: await catalogueOf(db, partnerOf(auth)) }));

  bind(app, services, routes.putLessons, async ({ auth, body }) => ({
    count: await replaceLessons(db, partnerOf(auth), body),
  }));

  bind(app, services, routes.getLessons, async ({ auth }) => ({ items: await partnerLessonsOf(db, partnerOf(auth)) }));

  bind(app, services, routes.postCompletion, async ({ auth, body }) => {
    const partnerId = partnerOf(auth);
    const [person] = await db.query<{ id: string }>(
      "SELECT id FROM people WHERE partner_id = $1 AND role = 'candidate' AND subject = $2",
      [partnerId, body.actor.account.name],
    );
    if (!person) throw apiError(404, `You have no job seeker "${body.actor.account.name}" here.`);
    // The offer: by its id, or the URL or URN the platform knows it by.
    const offers = await offersFor(db, partnerId);
    const object = body.object.id;
    const offer = offers.find(
      (o) => o.id === object || o.url === object || object.endsWith(`:${o.id}`) || object.endsWith(`/${o.id}`),
    );
    if (!offer || body.result?.success === false) return { steps: [] };
    const steps = await db.query<{ skill_id: string }>(
      `SELECT s.skill_id FROM learning_steps s JOIN learning_paths p ON p.id = s.path_id
        WHERE p.person_id = $1 AND p.ended_at IS NULL AND s.status <> 'done'
          AND (s.offer_id = $2 OR (s.offer_id IS NULL AND s.offer_ids ? $2))
        ORDER BY s.position`,
      [person.id, offer.id],
    );
    const platform = body.context?.platform ?? new URL(body.actor.account.homePage).hostname;
    for (const s of steps)
      await setLearningStep(db, person.id, s.skill_id, 'done', offer.id, { kind: 'platform', note: platform });
    return { steps: steps.map((s) => s.skill_id) };
  });
}
