/** The skill language: public, the same for everyone. */
import type { Hono } from 'hono';
import { apiError, routes } from '@pfw/contract';
import {
  findOccupation,
  listHardRequirements,
  listLearningOffers,
  listOccupations,
  listSkills,
  skillLanguage,
} from '@pfw/core/skills';
import { bind } from '../http/bind.js';
import type { Services } from '../services.js';

export function mountSkillLanguage(app: Hono, services: Services): void {
  bind(app, services, routes.getSkillLanguage, () => skillLanguage);
  bind(app, services, routes.listSkills, ({ query }) => ({ items: listSkills(query.lang) }));
  bind(app, services, routes.listOccupations, ({ query }) => ({ items: listOccupations(query.lang) }));
  bind(app, services, routes.getOccupation, ({ params }) => {
    const occupation = findOccupation(params.id);
    if (!occupation) throw apiError(404, `There is no occupation with id "${params.id}".`);
    return occupation;
  });
  bind(app, services, routes.listLearningOffers, ({ query }) => ({ items: listLearningOffers(query.lang) }));
  bind(app, services, routes.listHardRequirements, ({ query }) => ({ items: listHardRequirements(query.lang) }));
}
