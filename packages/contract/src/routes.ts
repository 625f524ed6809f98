/**
 * Every route of the API in one table. The typed client, the OpenAPI document, the server
 * and the mock all read it, so a route or a shape is changed in one place.
 */
import * as z from 'zod/mini';
import { Lang, Slug, named, text } from './common.js';
import { LearningOffer, Occupation, Skill, SkillLanguage } from './skills.js';

/** Who may call a route: anyone, or a token of one of these roles. */
export type Access = 'public' | 'candidate' | 'employer' | 'partner-admin' | 'partner-secret' | 'any-token';

export interface Route<
  P extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Q extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  B extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  R extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
> {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style path, e.g. /v1/occupations/:id */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: readonly Access[];
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** Response body; undefined for 204 No Content. */
  readonly response: R;
  readonly status: number;
}

function route<
  P extends z.ZodMiniType | undefined = undefined,
  Q extends z.ZodMiniType | undefined = undefined,
  B extends z.ZodMiniType | undefined = undefined,
  R extends z.ZodMiniType | undefined = undefined,
>(r: Omit<Route<P, Q, B, R>, 'status'> & { status?: number }): Route<P, Q, B, R> {
  return { ...r, status: r.status ?? (r.response ? 200 : 204) };
}

export const LangQuery = z.object({ lang: z.optional(Lang) });
export const SlugParams = z.object({ id: Slug });

export const Health = named(
  z.object({ status: z.literal('ok'), version: text(1, 40), storage: z.enum(['pglite', 'postgres', 'memory']) }),
  'Health',
  'The API is up and its storage answers.',
);

export const routes = {
  getHealth: route({
    id: 'getHealth',
    method: 'GET',
    path: '/v1/health',
    summary: 'Check that the API and its storage answer',
    tag: 'meta',
    access: ['public'],
    response: Health,
  }),
  getSkillLanguage: route({
    id: 'getSkillLanguage',
    method: 'GET',
    path: '/v1/skill-language',
    summary: 'Download the whole skill language as one JSON document',
    tag: 'skill language',
    access: ['public'],
    response: SkillLanguage,
  }),
  listSkills: route({
    id: 'listSkills',
    method: 'GET',
    path: '/v1/skills',
    summary: 'List the skills, sorted by label in the chosen language',
    tag: 'skill language',
    access: ['public'],
    query: LangQuery,
    response: z.object({ items: z.array(Skill) }),
  }),
  listOccupations: route({
    id: 'listOccupations',
    method: 'GET',
    path: '/v1/occupations',
    summary: 'List the occupation templates, sorted by title in the chosen language',
    tag: 'skill language',
    access: ['public'],
    query: LangQuery,
    response: z.object({ items: z.array(Occupation) }),
  }),
  getOccupation: route({
    id: 'getOccupation',
    method: 'GET',
    path: '/v1/occupations/:id',
    summary: 'Get one occupation template',
    tag: 'skill language',
    access: ['public'],
    params: SlugParams,
    response: Occupation,
  }),
  listLearningOffers: route({
    id: 'listLearningOffers',
    method: 'GET',
    path: '/v1/learning-offers',
    summary: 'List the learning offers, sorted by title in the chosen language',
    tag: 'skill language',
    access: ['public'],
    query: LangQuery,
    response: z.object({ items: z.array(LearningOffer) }),
  }),
} as const;

export type Routes = typeof routes;
export type RouteId = keyof Routes;
