/**
 * The learning offers and micro-lessons a partner's job seekers are shown: the skill language's
 * and the partner's own (#23).
 */
import {
  asMicroLesson,
  type CatalogueOffer,
  type LearningOffer,
  type MicroLesson,
  type PartnerLesson,
} from '@pfw/contract';
import { learningOffers, lessons } from '@pfw/core/skills';
import type { Queryable } from './database.js';

/** A partner's offer as the skill language's are: English falls back to the Dutch text; real, not sample. */
const asOffer = (o: CatalogueOffer): LearningOffer => ({
  id: o.id,
  title: { nl: o.title.nl, en: o.title.en ?? o.title.nl },
  description: { nl: o.description.nl, en: o.description.en ?? o.description.nl },
  provider: { name: o.provider.name, kind: o.provider.kind ?? 'other' },
  develops: o.develops,
  durationHours: o.durationHours,
  costEur: o.costEur,
  format: o.format,
  ...(o.url ? { url: o.url } : {}),
  ...(o.sectors ? { sectors: o.sectors } : {}),
  ...(o.forHardRequirements ? { forHardRequirements: o.forHardRequirements } : {}),
  ...(o.leadsTo ? { leadsTo: o.leadsTo } : {}),
  sample: false,
});

export async function catalogueOf(db: Queryable, partnerId: string): Promise<CatalogueOffer[]> {
  const rows = await db.query<{ offer: CatalogueOffer }>(
    'SELECT offer FROM partner_learning_offers WHERE partner_id = $1 ORDER BY id',
    [partnerId],
  );
  return rows.map((r) => r.offer);
}

/** The offers a partner's job seekers are shown: the skill language's, and the partner's own (theirs win on the same id). */
export async function offersFor(db: Queryable, partnerId: string): Promise<LearningOffer[]> {
  const own = (await catalogueOf(db, partnerId)).map(asOffer);
  const mine = new Set(own.map((o) => o.id));
  return [...learningOffers.filter((o) => !mine.has(o.id)), ...own];
}

export async function partnerLessonsOf(db: Queryable, partnerId: string): Promise<PartnerLesson[]> {
  const rows = await db.query<{ lesson: PartnerLesson }>(
    'SELECT lesson FROM partner_lessons WHERE partner_id = $1 ORDER BY id',
    [partnerId],
  );
  return rows.map((r) => r.lesson);
}

/** A partner's job seekers' lessons: by id, and the one a step of a skill shows (the partner's own first, else the skill language's). */
export async function lessonsFor(db: Queryable, partnerId: string) {
  const own = (await partnerLessonsOf(db, partnerId)).map(asMicroLesson);
  const all = [...own, ...lessons];
  return {
    byId: (id: string): MicroLesson | undefined => all.find((l) => l.id === id),
    forSkill: (skillId: string): MicroLesson | undefined => all.find((l) => l.skillId === skillId),
  };
}
