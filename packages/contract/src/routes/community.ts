/** Community paths (#24): employers share an onboarding and learning path for one occupation. */
import * as z from 'zod/mini';
import { Slug } from '../common.js';
import { CommunityPath, CommunityPathInput } from '../community.js';
import { IdParams } from '../route-parts.js';
import { route } from '../route.js';

const pathExample = {
  occupationId: 'zonnepanelenmonteur',
  title: 'Samen inwerken: zonnepanelen leggen',
  steps: [
    { skillId: 'working-safely', level: 4, offerIds: [], note: 'Week 1: loop mee met een vast maatje op het dak.' },
    { skillId: 'working-together', level: 3, offerIds: [] },
  ],
};

export const listCommunityPaths = /*#__PURE__*/ route({
  id: 'listCommunityPaths',
  method: 'GET',
  path: '/v1/community-paths',
  summary: "The partner's community paths (of one occupation when asked), most followed first",
  tag: 'community',
  access: ['employer', 'candidate'],
  query: z.object({ occupationId: z.optional(Slug) }),
  response: z.object({ items: z.array(CommunityPath) }),
});

export const createCommunityPath = /*#__PURE__*/ route({
  id: 'createCommunityPath',
  method: 'POST',
  path: '/v1/community-paths',
  summary: 'Start a community path for an occupation: other employers can join and change it',
  tag: 'community',
  access: ['employer'],
  body: CommunityPathInput,
  bodyExample: pathExample,
  problems: { 400: 'An unknown occupation, skill or offer, or a skill twice' },
  response: CommunityPath,
  status: 201,
});

export const updateCommunityPath = /*#__PURE__*/ route({
  id: 'updateCommunityPath',
  method: 'PUT',
  path: '/v1/community-paths/:id',
  summary:
    'Change a community path you share (followers get the new steps when they choose it again; what they did on a skill stays)',
  tag: 'community',
  access: ['employer'],
  params: IdParams,
  body: CommunityPathInput,
  bodyExample: pathExample,
  problems: {
    400: 'An unknown occupation, skill or offer, or a skill twice',
    404: 'No community path you share with this id',
  },
  response: CommunityPath,
});

export const joinCommunityPath = /*#__PURE__*/ route({
  id: 'joinCommunityPath',
  method: 'POST',
  path: '/v1/community-paths/:id/members',
  summary: 'Share a community path: your company joins it',
  tag: 'community',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No community path with this id' },
  response: CommunityPath,
});

export const leaveCommunityPath = /*#__PURE__*/ route({
  id: 'leaveCommunityPath',
  method: 'DELETE',
  path: '/v1/community-paths/:id/members/me',
  summary: 'Stop sharing a community path (the last to leave ends it; followers keep their steps)',
  tag: 'community',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No community path you share with this id' },
  response: undefined,
});
