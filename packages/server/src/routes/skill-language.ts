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

/** The skill language's routes: public, the same for everyone, changed only by a new version. */
const PUBLIC_PATHS = [
  '/v1/skill-language',
  '/v1/skills',
  '/v1/occupations',
  '/v1/occupations/*',
  '/v1/learning-offers',
  '/v1/hard-requirements',
];

export function mountSkillLanguage(app: Hono, services: Services): void {
  // A browser may keep them five minutes: every widget on a page asks for the skills' names, and
  // a page loaded again need not fetch them again. Errors are not kept (no-store, in app.ts).
  for (const path of PUBLIC_PATHS)
    app.use(path, async (c, next) => {
      await next();
      if (c.res.ok) c.res.headers.set('cache-control', 'public, max-age=300');
    });
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
