/**
 * Narrow views for the learning path's goal chooser (see views.ts): the careers and vacancies
 * ranked for a job seeker, with only what a choice shows — the title, where, the score and how many skills are still to learn.
 */
import * as z from 'zod/mini';
import { Id, LocalizedText, Slug, text, int } from './common.js';
import { withResponse } from './route.js';
import { listMyCareersRequest, listMyMatchesRequest } from './route-parts.js';

const score = int(0, 100);
/** Only which skills are still to learn: the chooser says how many. */
const gaps = z.array(z.object({ skillId: Slug }));

export const CareerGoal = z.object({ occupationId: Slug, title: LocalizedText, score, gaps });
export type CareerGoal = z.infer<typeof CareerGoal>;

export const VacancyGoal = z.object({
  jobProfileId: Id,
  job: z.object({ title: text(1, 120), employerName: text(1, 120) }),
  score,
  gaps,
});
export type VacancyGoal = z.infer<typeof VacancyGoal>;

/** routes.listMyCareers, keeping the occupation, its title and the score. */
export const listCareerGoals = /*#__PURE__*/ withResponse(
  listMyCareersRequest,
  z.object({ items: z.array(CareerGoal), total: int(0) }),
);

/** routes.listMyMatches, keeping the vacancy, its title and employer, and the score. */
export const listVacancyGoals = /*#__PURE__*/ withResponse(
  listMyMatchesRequest,
  z.object({ items: z.array(VacancyGoal), total: int(0) }),
);
