/** Matches, both ways, and the preview of a draft. */
import * as z from 'zod/mini';
import { Id, Pseudonym } from '../common.js';
import { CareerList, MatchList } from '../matching.js';
import { Rejection, RejectionInput } from '../partners.js';
import { CandidateQuery, IdParams, listMyCareersRequest, listMyMatchesRequest } from '../route-parts.js';
import { route, withResponse } from '../route.js';

export const listMyMatches = /*#__PURE__*/ withResponse(listMyMatchesRequest, MatchList);

export const listMyCareers = /*#__PURE__*/ withResponse(listMyCareersRequest, CareerList);

export const listCandidates = /*#__PURE__*/ route({
  id: 'listCandidates',
  method: 'GET',
  path: '/v1/job-profiles/:id/candidates',
  summary: 'Pseudonymous talent-pool candidates ranked for your job profile (logged in the audit log)',
  tag: 'matches',
  access: ['employer'],
  params: IdParams,
  query: CandidateQuery,
  problems: { 400: 'holds names an id that is not a hard requirement', 404: 'No job profile of yours with this id' },
  response: MatchList,
});

export const rejectCandidate = /*#__PURE__*/ route({
  id: 'rejectCandidate',
  method: 'POST',
  path: '/v1/job-profiles/:id/rejections',
  summary: 'Set a ranked candidate aside for your job, with the reason: they leave its list (logged for oversight)',
  tag: 'matches',
  access: ['employer'],
  params: IdParams,
  body: RejectionInput,
  bodyExample: { candidate: 'Zilverberk-17', reason: 'Zoekt werk in een andere regio.' },
  problems: { 404: 'No job profile of yours with this id, or no candidate by this name in the pool' },
  response: Rejection,
});

export const undoRejection = /*#__PURE__*/ route({
  id: 'undoRejection',
  method: 'DELETE',
  path: '/v1/job-profiles/:id/rejections/:candidate',
  summary: 'Bring a candidate you set aside back into the list of your job',
  tag: 'matches',
  access: ['employer'],
  params: z.object({ id: Id, candidate: Pseudonym }),
  problems: { 404: 'No job profile of yours with this id, or no candidate set aside by this name' },
  response: undefined,
});
