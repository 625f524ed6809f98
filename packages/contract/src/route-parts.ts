/** Query and path parts shared by several routes, and the health answer. */
import * as z from 'zod/mini';
import { Id, Lang, ReadingLang, Slug, named, text } from './common.js';
import type { Route } from './route.js';

/** The language a list is sorted in (any reading language; every text comes in all it has). */
export const LangQuery = z.object({ lang: z.optional(ReadingLang) });
/** The language of a document's words, where a document speaks Dutch and English only. */
export const SourceLangQuery = z.object({ lang: z.optional(Lang) });
export const SlugParams = z.object({ id: Slug });

/** The request side of routes.listSkills, shared with its narrow view (views.ts). */
export const listSkillsRequest = {
  id: 'listSkills',
  method: 'GET',
  path: '/v1/skills',
  summary: 'List the skills, sorted by label in the chosen language',
  tag: 'skill language',
  access: ['public'],
  query: LangQuery,
} satisfies Partial<Route>;

/** The request side of routes.listHardRequirements, shared with its narrow view (credential-views.ts). */
export const listHardRequirementsRequest = {
  id: 'listHardRequirements',
  method: 'GET',
  path: '/v1/hard-requirements',
  summary: 'List the certificates, licences and physical conditions a job can ask for, by kind, then label',
  tag: 'skill language',
  access: ['public'],
  query: LangQuery,
} satisfies Partial<Route>;

export const Health = /*#__PURE__*/ named(
  z.object({ status: z.literal('ok'), version: text(1, 40), storage: z.enum(['pglite', 'postgres', 'memory']) }),
  'Health',
  'The API is up and its storage answers.',
);

export const IdParams = z.object({ id: Id });
export const ResponseParams = z.object({ id: Id, itemId: Slug });
export const TokenParams = z.object({ token: text(16, 200) });
/** How far a list can be paged: offset + limit. Past it, narrow the search instead (and ranking stays cheap). */
export const MAX_PAGE_END = 10_000;

export const PageQuery = z
  .object({
    limit: z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(500))),
    offset: z.optional(
      z.coerce
        .number()
        .check(
          z.multipleOf(1),
          z.gte(0),
          z.lte(MAX_PAGE_END - 1, { message: `offset + limit must be at most ${MAX_PAGE_END}` }),
        ),
    ),
  })
  .check(
    z.refine((q) => (q.offset ?? 0) + (q.limit ?? 0) <= MAX_PAGE_END, {
      message: `offset + limit must be at most ${MAX_PAGE_END}`,
      path: ['offset'],
    }),
  );

/** The candidate list: a page, optionally only candidates who hold every hard requirement named. */
export const CandidateQuery = /*#__PURE__*/ z.extend(PageQuery, {
  holds: z.optional(
    z
      .string()
      .check(
        z.maxLength(400),
        z.regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { message: 'must be hard requirement ids separated by commas' }),
      ),
  ),
});

/** The request sides of routes.listMyMatches and routes.listMyCareers, shared with their narrow views (learning-views.ts). */
export const listMyMatchesRequest = {
  id: 'listMyMatches',
  method: 'GET',
  path: '/v1/me/matches',
  summary: 'Published jobs ranked for you, with the explanation and what to learn',
  tag: 'matches',
  access: ['candidate'],
  query: PageQuery,
  problems: { 409: 'You have no skillprint yet' },
} satisfies Partial<Route>;

export const listMyCareersRequest = {
  id: 'listMyCareers',
  method: 'GET',
  path: '/v1/me/careers',
  summary:
    'The occupations of the skill language ranked for you, each explained, with what to learn and its published vacancies',
  tag: 'matches',
  access: ['candidate'],
  query: PageQuery,
  problems: { 409: 'You have no skillprint yet' },
} satisfies Partial<Route>;
