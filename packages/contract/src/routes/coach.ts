/** Job coaches (#23): access given by the job seeker with a code, the caseload, a case file, notes. */
import * as z from 'zod/mini';
import { Id, Slug } from '../common.js';
import {
  CaseFile,
  CaseloadEntry,
  CaseloadFilter,
  CoachCode,
  CoachGrant,
  CoachGrantInput,
  CoachInvite,
  CoachInvitePreview,
  CoachNote,
  CoachNoteInput,
  NextActionInput,
} from '../coach.js';
import { LearningPath } from '../learning.js';
import { route } from '../route.js';

const PersonParams = z.object({ personId: Id });

export const createCoachInvite = /*#__PURE__*/ route({
  id: 'createCoachInvite',
  method: 'POST',
  path: '/v1/coach/invites',
  summary: 'Make a one-time code (valid 14 days) a job seeker enters to give you access',
  tag: 'coach',
  access: ['coach'],
  response: CoachInvite,
  status: 201,
});

export const getCoachInvite = /*#__PURE__*/ route({
  id: 'getCoachInvite',
  method: 'GET',
  path: '/v1/coach-invites/:code',
  summary: 'Whose code this is, before you give access',
  tag: 'coach',
  access: ['candidate'],
  params: z.object({ code: CoachCode }),
  problems: { 404: 'The code is wrong, used or expired' },
  response: CoachInvitePreview,
});

export const grantCoach = /*#__PURE__*/ route({
  id: 'grantCoach',
  method: 'POST',
  path: '/v1/me/coaches',
  summary: 'Give a coach access to your skillprint, learning path, requests and applications',
  tag: 'coach',
  access: ['candidate'],
  body: CoachGrantInput,
  bodyExample: { code: 'K7QM-4XTP', called: 'Sam' },
  problems: { 404: 'The code is wrong, used or expired' },
  response: CoachGrant,
  status: 201,
});

export const listMyCoaches = /*#__PURE__*/ route({
  id: 'listMyCoaches',
  method: 'GET',
  path: '/v1/me/coaches',
  summary: 'The coaches who have access now, and when they last looked',
  tag: 'coach',
  access: ['candidate'],
  response: z.object({ items: z.array(CoachGrant) }),
});

export const revokeCoach = /*#__PURE__*/ route({
  id: 'revokeCoach',
  method: 'DELETE',
  path: '/v1/me/coaches/:coachId',
  summary: 'Take a coach’s access away, at once; their notes and next action about you are erased',
  tag: 'coach',
  access: ['candidate'],
  params: z.object({ coachId: Id }),
  problems: { 404: 'This coach has no access' },
  response: undefined,
});

export const listCaseload = /*#__PURE__*/ route({
  id: 'listCaseload',
  method: 'GET',
  path: '/v1/coach/caseload',
  summary: 'The job seekers who gave you access, longest without activity first',
  tag: 'coach',
  access: ['coach'],
  query: z.object({ filter: z.optional(CaseloadFilter) }),
  response: z.object({ items: z.array(CaseloadEntry) }),
});

export const getCaseFile = /*#__PURE__*/ route({
  id: 'getCaseFile',
  method: 'GET',
  path: '/v1/coach/caseload/:personId',
  summary: 'One job seeker: skillprint, learning path, requests, applications, notes (logged)',
  tag: 'coach',
  access: ['coach'],
  params: PersonParams,
  problems: { 404: 'This person gave you no access (or took it away)' },
  response: CaseFile,
});

export const addCoachNote = /*#__PURE__*/ route({
  id: 'addCoachNote',
  method: 'POST',
  path: '/v1/coach/caseload/:personId/notes',
  summary: 'Write a dated note (no health or diagnosis data)',
  tag: 'coach',
  access: ['coach'],
  params: PersonParams,
  body: CoachNoteInput,
  bodyExample: { text: 'Gesprek gehad. Sam wil de cursus Samenwerken doen.' },
  problems: { 404: 'This person gave you no access (or took it away)' },
  response: CoachNote,
  status: 201,
});

export const setNextAction = /*#__PURE__*/ route({
  id: 'setNextAction',
  method: 'PUT',
  path: '/v1/coach/caseload/:personId/next-action',
  summary: 'Set the next action and its date (at most two years ahead)',
  tag: 'coach',
  access: ['coach'],
  params: PersonParams,
  body: NextActionInput,
  bodyExample: { text: 'Bellen over de cursus', due: '2026-12-07' },
  problems: { 404: 'This person gave you no access (or took it away)' },
  response: CaseloadEntry,
});

export const confirmLearningStep = /*#__PURE__*/ route({
  id: 'confirmLearningStep',
  method: 'POST',
  path: '/v1/coach/caseload/:personId/learning-steps/:skillId/confirm',
  summary: 'Confirm that a step of their learning path was done (the coach’s confirmation is its proof)',
  tag: 'coach',
  access: ['coach'],
  params: z.object({ personId: Id, skillId: Slug }),
  problems: { 404: 'No access, no current learning path, or no step for this skill' },
  response: LearningPath,
});
