/** Health and the skill language: public reads. */
import * as z from 'zod/mini';
import { Health, LangQuery, listHardRequirementsRequest, listSkillsRequest, SlugParams } from '../route-parts.js';
import { route, withResponse } from '../route.js';
import { HardRequirement, LearningOffer, Occupation, Skill, SkillLanguage } from '../skills.js';

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
export const listSkills = /*#__PURE__*/ withResponse(
  listSkillsRequest,
  /*#__PURE__*/ z.object({ items: /*#__PURE__*/ z.array(Skill) }),
);
export const listOccupations = /*#__PURE__*/ route({
  id: 'listOccupations',
  method: 'GET',
  path: '/v1/occupations',
  summary: 'List the occupation templates, sorted by title in the chosen language',
  tag: 'skill language',
  access: ['public'],
  query: LangQuery,
  response: /*#__PURE__*/ z.object({ items: /*#__PURE__*/ z.array(Occupation) }),
});
export const getOccupation = /*#__PURE__*/ route({
  id: 'getOccupation',
  method: 'GET',
  path: '/v1/occupations/:id',
  summary: 'Get one occupation template',
  tag: 'skill language',
  access: ['public'],
  params: SlugParams,
  problems: { 404: 'No occupation with this id' },
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
  response: /*#__PURE__*/ z.object({ items: /*#__PURE__*/ z.array(LearningOffer) }),
});

export const listHardRequirements = /*#__PURE__*/ withResponse(
  listHardRequirementsRequest,
  /*#__PURE__*/ z.object({ items: /*#__PURE__*/ z.array(HardRequirement) }),
);
