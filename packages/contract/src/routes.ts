/**
 * Every route of the API, one export each. The typed client, the OpenAPI document, the server
 * and the mock all read them (as the `routes` namespace), so a route or a shape is changed in
 * one place. One export per route lets a widget's bundle keep only the routes it calls.
 */
import * as z from 'zod/mini';
import { Health, LangQuery, SlugParams } from './route-parts.js';
import { route } from './route.js';
import { LearningOffer, Occupation, Skill, SkillLanguage } from './skills.js';

export const getHealth = /*#__PURE__*/ route({
  id: 'getHealth',
  method: 'GET',
  path: '/v1/health',
  summary: 'Check that the API and its storage answer',
  tag: 'meta',
  access: ['public'],
  response: Health,
});
export const getSkillLanguage = /*#__PURE__*/ route({
  id: 'getSkillLanguage',
  method: 'GET',
  path: '/v1/skill-language',
  summary: 'Download the whole skill language as one JSON document',
  tag: 'skill language',
  access: ['public'],
  response: SkillLanguage,
});
export const listSkills = /*#__PURE__*/ route({
  id: 'listSkills',
  method: 'GET',
  path: '/v1/skills',
  summary: 'List the skills, sorted by label in the chosen language',
  tag: 'skill language',
  access: ['public'],
  query: LangQuery,
  response: z.object({ items: z.array(Skill) }),
});
export const listOccupations = /*#__PURE__*/ route({
  id: 'listOccupations',
  method: 'GET',
  path: '/v1/occupations',
  summary: 'List the occupation templates, sorted by title in the chosen language',
  tag: 'skill language',
  access: ['public'],
  query: LangQuery,
  response: z.object({ items: z.array(Occupation) }),
});
export const getOccupation = /*#__PURE__*/ route({
  id: 'getOccupation',
  method: 'GET',
  path: '/v1/occupations/:id',
  summary: 'Get one occupation template',
  tag: 'skill language',
  access: ['public'],
  params: SlugParams,
  response: Occupation,
});
export const listLearningOffers = /*#__PURE__*/ route({
  id: 'listLearningOffers',
  method: 'GET',
  path: '/v1/learning-offers',
  summary: 'List the learning offers, sorted by title in the chosen language',
  tag: 'skill language',
  access: ['public'],
  query: LangQuery,
  response: z.object({ items: z.array(LearningOffer) }),
});

