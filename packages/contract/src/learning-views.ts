/**
 * Narrow views for the learning path's goal chooser (see views.ts): the careers and vacancies
 * ranked for a job seeker, with only what a choice shows — the title, where, the score, how many skills are still to learn
 * and the papers it asks.
 */
import * as z from 'zod/mini';
import { Id, LocalizedText, Slug, text, int } from './common.js';
import { HardRequirementFit } from './fit.js';
import { withResponse } from './route.js';
import { listMyCareersRequest, listMyMatchesRequest } from './route-parts.js';

const score = int(0, 100);
/** Only which skills are still to learn: the chooser says how many. */
const gaps = z.array(z.object({ skillId: Slug }));
/** The certificates and licences it asks: the chooser names those required and not ticked. */
const hardRequirements = z.optional(z.array(HardRequirementFit));

export const CareerGoal = z.object({ occupationId: Slug, title: LocalizedText, score, gaps, hardRequirements });
export type CareerGoal = z.infer<typeof CareerGoal>;

export const VacancyGoal = z.object({
  jobProfileId: Id,
  job: z.object({ title: text(1, 120), employerName: text(1, 120) }),
  score,
  gaps,
  hardRequirements,
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
