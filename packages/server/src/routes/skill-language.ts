/** The skill language: public, the same for everyone, cacheable. */
import type { Hono } from 'hono';
import { apiError, routes } from '@pfw/contract';
import { findOccupation, listLearningOffers, listOccupations, listSkills, skillLanguage } from '@pfw/core/skills';
import { bind } from '../http/bind.js';

export function mountSkillLanguage(app: Hono): void {
  bind(app, routes.getSkillLanguage, () => skillLanguage);
  bind(app, routes.listSkills, ({ query }) => ({ items: listSkills(query.lang) }));
  bind(app, routes.listOccupations, ({ query }) => ({ items: listOccupations(query.lang) }));
  bind(app, routes.getOccupation, ({ params }) => {
    const occupation = findOccupation(params.id);
    if (!occupation) throw apiError(404, `There is no occupation with id "${params.id}".`);
    return occupation;
  });
  bind(app, routes.listLearningOffers, ({ query }) => ({ items: listLearningOffers(query.lang) }));
}
