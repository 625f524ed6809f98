/** The talent pool: being findable by employers, with consent. */
import { HeldRequirementList, HeldRequirementsInput, TalentPoolEntry, TalentPoolInput } from '../people.js';
import { route } from '../route.js';

export const putTalentPool = /*#__PURE__*/ route({
  id: 'putTalentPool',
  method: 'PUT',
  path: '/v1/me/talent-pool',
  summary: 'Join or update the talent pool, with consent',
  tag: 'talent pool',
  access: ['candidate'],
  body: TalentPoolInput,
  bodyExample: {
    availability: 'within-month',
    region: 'Noord-Brabant',
    hours: { min: 24, max: 32 },
    consentTextVersion: '2026-11',
  },
  problems: { 400: 'consentTextVersion is not a consent text we know', 409: 'You have no skillprint yet' },
  response: TalentPoolEntry,
});

export const getTalentPool = /*#__PURE__*/ route({
  id: 'getTalentPool',
  method: 'GET',
  path: '/v1/me/talent-pool',
  summary: 'Your talent-pool entry (404 when you are not in it)',
  tag: 'talent pool',
  access: ['candidate'],
  problems: { 404: 'You are not in the talent pool' },
  response: TalentPoolEntry,
});

export const leaveTalentPool = /*#__PURE__*/ route({
  id: 'leaveTalentPool',
  method: 'DELETE',
  path: '/v1/me/talent-pool',
  summary: 'Leave the talent pool: employers no longer find you',
  tag: 'talent pool',
  access: ['candidate'],
  response: undefined,
});

export const getMyHardRequirements = /*#__PURE__*/ route({
  id: 'getMyHardRequirements',
  method: 'GET',
  path: '/v1/me/hard-requirements',
  summary: 'The certificates, licences and physical conditions you hold',
  tag: 'talent pool',
  access: ['candidate'],
  response: HeldRequirementList,
});

export const putMyHardRequirements = /*#__PURE__*/ route({
  id: 'putMyHardRequirements',
  method: 'PUT',
  path: '/v1/me/hard-requirements',
  summary:
    'Say which certificates, licences and physical conditions you have (replaces your list; confirmed ones stay)',
  tag: 'talent pool',
  access: ['candidate'],
  body: HeldRequirementsInput,
  bodyExample: { items: [{ id: 'vca-basis' }, { id: 'rijbewijs-b' }] },
  problems: { 400: 'An id is not a hard requirement of the skill language' },
  response: HeldRequirementList,
});
