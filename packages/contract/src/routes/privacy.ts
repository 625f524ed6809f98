/** Your data: export and erasure, and the separate consent for fairness research. */
import { PersonExport } from '../export.js';
import { ResearchProfile, ResearchProfileInput } from '../research.js';
import { route } from '../route.js';

export const exportMe = /*#__PURE__*/ route({
  id: 'exportMe',
  method: 'GET',
  path: '/v1/me/export',
  summary: 'All your data as JSON',
  tag: 'privacy',
  access: ['candidate', 'employer', 'partner-admin', 'institution', 'coach'],
  problems: { 404: 'There is no data of yours' },
  response: PersonExport,
});

export const eraseMe = /*#__PURE__*/ route({
  id: 'eraseMe',
  method: 'DELETE',
  path: '/v1/me',
  summary: 'Erase all your data',
  tag: 'privacy',
  access: ['candidate', 'employer', 'partner-admin', 'institution', 'coach'],
  response: undefined,
});

export const getMyResearchProfile = /*#__PURE__*/ route({
  id: 'getMyResearchProfile',
  method: 'GET',
  path: '/v1/me/research',
  summary: 'What you gave for fairness research (404 when you gave nothing)',
  tag: 'privacy',
  access: ['candidate'],
  problems: { 404: 'You did not take part in the research' },
  response: ResearchProfile,
});

export const putMyResearchProfile = /*#__PURE__*/ route({
  id: 'putMyResearchProfile',
  method: 'PUT',
  path: '/v1/me/research',
  summary: 'Take part in fairness research: give group characteristics, each optional (replaces what you gave)',
  tag: 'privacy',
  access: ['candidate'],
  body: ResearchProfileInput,
  bodyExample: { consentTextVersion: '2026-12', ageBand: '27-40', educationLevel: 'mbo2-4' },
  problems: { 400: 'consentTextVersion is not a research consent text we know' },
  response: ResearchProfile,
});

export const deleteMyResearchProfile = /*#__PURE__*/ route({
  id: 'deleteMyResearchProfile',
  method: 'DELETE',
  path: '/v1/me/research',
  summary: 'Stop taking part in the research: what you gave is deleted',
  tag: 'privacy',
  access: ['candidate'],
  response: undefined,
});
