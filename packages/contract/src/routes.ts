/**
 * Every route of the API, one export each. The typed client, the OpenAPI document, the server
 * and the mock all read them (as the `routes` namespace), so a route or a shape is changed in
 * one place. One export per route lets a widget's bundle keep only the routes it calls.
 */
import * as z from 'zod/mini';
import { ItemBank, ItemResponse, StartAssessment, AssessmentSession, StoredResponse } from './assessment.js';
import { page } from './common.js';
import { JobProfile, JobProfileInput, JobProfilePreview, JobProfilePreviewInput } from './jobs.js';
import { AuditEntry, MatchList } from './matching.js';
import { Jwks, ProgrammeStats, Token, TokenRequest } from './partners.js';
import { PersonExport } from './export.js';
import { Connection, ConnectionAnswer, ConnectionList, ConnectionRequest, TalentPoolEntry, TalentPoolInput } from './people.js';
import { Health, IdParams, LangQuery, PageQuery, ResponseParams, SlugParams, TokenParams } from './route-parts.js';
import { route } from './route.js';
import { CreateShareLink, ShareLink, ShareLinkList, SignedSkillprint, SkillprintList, Verification } from './skillprint.js';
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


// ── Auth ────────────────────────────────────────────────────────────────────

export const getJwks = /*#__PURE__*/ route({
  id: 'getJwks',
  method: 'GET',
  path: '/.well-known/jwks.json',
  summary: 'Public keys that verify skillprint signatures',
  tag: 'auth',
  access: ['public'],
  response: Jwks,
});

export const createToken = /*#__PURE__*/ route({
  id: 'createToken',
  method: 'POST',
  path: '/v1/tokens',
  summary: "Mint a short-lived token for one of the partner's users (secret key, server side only)",
  tag: 'auth',
  access: ['partner-secret'],
  body: TokenRequest,
  response: Token,
  status: 201,
});

export const startAnonymous = /*#__PURE__*/ route({
  id: 'startAnonymous',
  method: 'POST',
  path: '/v1/anonymous',
  summary: 'Start as an anonymous job seeker (publishable key, from an allowed origin)',
  tag: 'auth',
  access: ['publishable'],
  response: Token,
  status: 201,
});

// ── Assessment ──────────────────────────────────────────────────────────────

export const getItemBank = /*#__PURE__*/ route({
  id: 'getItemBank',
  method: 'GET',
  path: '/v1/item-bank',
  summary: 'The item bank the browser runs the adaptive test with',
  tag: 'assessment',
  access: ['public'],
  response: ItemBank,
});

export const startAssessment = /*#__PURE__*/ route({
  id: 'startAssessment',
  method: 'POST',
  path: '/v1/assessments',
  summary: 'Start an assessment',
  tag: 'assessment',
  access: ['candidate'],
  body: StartAssessment,
  response: AssessmentSession,
  status: 201,
});

export const getAssessment = /*#__PURE__*/ route({
  id: 'getAssessment',
  method: 'GET',
  path: '/v1/assessments/:id',
  summary: 'Get an assessment of your own',
  tag: 'assessment',
  access: ['candidate'],
  params: IdParams,
  response: AssessmentSession,
});

export const putResponse = /*#__PURE__*/ route({
  id: 'putResponse',
  method: 'PUT',
  path: '/v1/assessments/:id/responses/:itemId',
  summary: 'Store the answer to one item (idempotent: a retry never counts twice)',
  tag: 'assessment',
  access: ['candidate'],
  params: ResponseParams,
  body: ItemResponse,
  response: StoredResponse,
});

export const completeAssessment = /*#__PURE__*/ route({
  id: 'completeAssessment',
  method: 'POST',
  path: '/v1/assessments/:id/complete',
  summary: 'Finish: the server re-scores the stored answers and issues the signed skillprint',
  tag: 'assessment',
  access: ['candidate'],
  params: IdParams,
  response: SignedSkillprint,
  status: 201,
});

// ── Skillprints ─────────────────────────────────────────────────────────────

export const listMySkillprints = /*#__PURE__*/ route({
  id: 'listMySkillprints',
  method: 'GET',
  path: '/v1/me/skillprints',
  summary: 'Your skillprints, newest first',
  tag: 'skillprints',
  access: ['candidate'],
  response: SkillprintList,
});

export const getSkillprint = /*#__PURE__*/ route({
  id: 'getSkillprint',
  method: 'GET',
  path: '/v1/skillprints/:id',
  summary: 'A skillprint: your own, or a candidate who accepted your connection request',
  tag: 'skillprints',
  access: ['candidate', 'employer'],
  params: IdParams,
  response: SignedSkillprint,
});

export const verifySkillprint = /*#__PURE__*/ route({
  id: 'verifySkillprint',
  method: 'POST',
  path: '/v1/skillprints/verify',
  summary: 'Check that a skillprint carries a valid server signature over exactly this content',
  tag: 'skillprints',
  access: ['public'],
  body: SignedSkillprint,
  response: Verification,
});

export const createShareLink = /*#__PURE__*/ route({
  id: 'createShareLink',
  method: 'POST',
  path: '/v1/skillprints/:id/share-links',
  summary: 'Share your skillprint with a link that expires',
  tag: 'skillprints',
  access: ['candidate'],
  params: IdParams,
  body: CreateShareLink,
  response: ShareLink,
  status: 201,
});

export const listShareLinks = /*#__PURE__*/ route({
  id: 'listShareLinks',
  method: 'GET',
  path: '/v1/skillprints/:id/share-links',
  summary: 'The share links of your skillprint',
  tag: 'skillprints',
  access: ['candidate'],
  params: IdParams,
  response: ShareLinkList,
});

export const revokeShareLink = /*#__PURE__*/ route({
  id: 'revokeShareLink',
  method: 'DELETE',
  path: '/v1/share-links/:id',
  summary: 'Stop a share link from working',
  tag: 'skillprints',
  access: ['candidate'],
  params: IdParams,
  response: undefined,
});

export const getSharedSkillprint = /*#__PURE__*/ route({
  id: 'getSharedSkillprint',
  method: 'GET',
  path: '/v1/shared/:token',
  summary: 'Open a shared skillprint (anyone with the link, until it expires or is revoked)',
  tag: 'skillprints',
  access: ['public'],
  params: TokenParams,
  response: SignedSkillprint,
});

// ── Talent pool ─────────────────────────────────────────────────────────────

export const putTalentPool = /*#__PURE__*/ route({
  id: 'putTalentPool',
  method: 'PUT',
  path: '/v1/me/talent-pool',
  summary: 'Join or update the talent pool, with consent',
  tag: 'talent pool',
  access: ['candidate'],
  body: TalentPoolInput,
  response: TalentPoolEntry,
});

export const getTalentPool = /*#__PURE__*/ route({
  id: 'getTalentPool',
  method: 'GET',
  path: '/v1/me/talent-pool',
  summary: 'Your talent-pool entry (404 when you are not in it)',
  tag: 'talent pool',
  access: ['candidate'],
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

// ── Job profiles ────────────────────────────────────────────────────────────

export const createJobProfile = /*#__PURE__*/ route({
  id: 'createJobProfile',
  method: 'POST',
  path: '/v1/job-profiles',
  summary: 'Create a job profile (a draft)',
  tag: 'job profiles',
  access: ['employer'],
  body: JobProfileInput,
  response: JobProfile,
  status: 201,
});

export const previewJobProfile = /*#__PURE__*/ route({
  id: 'previewJobProfile',
  method: 'POST',
  path: '/v1/job-profiles/preview',
  summary: 'Count the talent-pool candidates a draft would match well (counts only, nothing is saved)',
  tag: 'job profiles',
  access: ['employer'],
  body: JobProfilePreviewInput,
  response: JobProfilePreview,
});

export const listJobProfiles = /*#__PURE__*/ route({
  id: 'listJobProfiles',
  method: 'GET',
  path: '/v1/job-profiles',
  summary: "An employer's own job profiles; for others the published ones",
  tag: 'job profiles',
  access: ['employer', 'candidate', 'partner-admin'],
  query: PageQuery,
  response: page(JobProfile),
});

export const getJobProfile = /*#__PURE__*/ route({
  id: 'getJobProfile',
  method: 'GET',
  path: '/v1/job-profiles/:id',
  summary: 'A job profile: your own, or a published one',
  tag: 'job profiles',
  access: ['employer', 'candidate', 'partner-admin'],
  params: IdParams,
  response: JobProfile,
});

export const updateJobProfile = /*#__PURE__*/ route({
  id: 'updateJobProfile',
  method: 'PUT',
  path: '/v1/job-profiles/:id',
  summary: 'Change your job profile (draft or published)',
  tag: 'job profiles',
  access: ['employer'],
  params: IdParams,
  body: JobProfileInput,
  response: JobProfile,
});

export const publishJobProfile = /*#__PURE__*/ route({
  id: 'publishJobProfile',
  method: 'POST',
  path: '/v1/job-profiles/:id/publish',
  summary: 'Publish your job profile: candidates can find it',
  tag: 'job profiles',
  access: ['employer'],
  params: IdParams,
  response: JobProfile,
});

export const closeJobProfile = /*#__PURE__*/ route({
  id: 'closeJobProfile',
  method: 'POST',
  path: '/v1/job-profiles/:id/close',
  summary: 'Close your job profile',
  tag: 'job profiles',
  access: ['employer'],
  params: IdParams,
  response: JobProfile,
});

export const deleteJobProfile = /*#__PURE__*/ route({
  id: 'deleteJobProfile',
  method: 'DELETE',
  path: '/v1/job-profiles/:id',
  summary: 'Delete a draft job profile',
  tag: 'job profiles',
  access: ['employer'],
  params: IdParams,
  response: undefined,
});

// ── Matches ─────────────────────────────────────────────────────────────────

export const listMyMatches = /*#__PURE__*/ route({
  id: 'listMyMatches',
  method: 'GET',
  path: '/v1/me/matches',
  summary: 'Published jobs ranked for you, with the explanation and what to learn',
  tag: 'matches',
  access: ['candidate'],
  query: PageQuery,
  response: MatchList,
});

export const listCandidates = /*#__PURE__*/ route({
  id: 'listCandidates',
  method: 'GET',
  path: '/v1/job-profiles/:id/candidates',
  summary: 'Pseudonymous talent-pool candidates ranked for your job profile (logged in the audit log)',
  tag: 'matches',
  access: ['employer'],
  params: IdParams,
  query: PageQuery,
  response: MatchList,
});

// ── Connections ─────────────────────────────────────────────────────────────

export const requestConnection = /*#__PURE__*/ route({
  id: 'requestConnection',
  method: 'POST',
  path: '/v1/connections',
  summary: 'Ask a candidate to connect about a job profile',
  tag: 'connections',
  access: ['employer'],
  body: ConnectionRequest,
  response: Connection,
  status: 201,
});

export const listConnections = /*#__PURE__*/ route({
  id: 'listConnections',
  method: 'GET',
  path: '/v1/connections',
  summary: 'Connections you sent (employer) or received (candidate)',
  tag: 'connections',
  access: ['employer', 'candidate'],
  response: ConnectionList,
});

export const answerConnection = /*#__PURE__*/ route({
  id: 'answerConnection',
  method: 'POST',
  path: '/v1/connections/:id/answer',
  summary: 'Accept (sharing your contact details) or decline a request',
  tag: 'connections',
  access: ['candidate'],
  params: IdParams,
  body: ConnectionAnswer,
  response: Connection,
});

export const withdrawConnection = /*#__PURE__*/ route({
  id: 'withdrawConnection',
  method: 'POST',
  path: '/v1/connections/:id/withdraw',
  summary: 'Withdraw a request you sent',
  tag: 'connections',
  access: ['employer'],
  params: IdParams,
  response: Connection,
});

// ── Your data ───────────────────────────────────────────────────────────────

export const exportMe = /*#__PURE__*/ route({
  id: 'exportMe',
  method: 'GET',
  path: '/v1/me/export',
  summary: 'All your data as JSON',
  tag: 'privacy',
  access: ['candidate', 'employer', 'partner-admin'],
  response: PersonExport,
});

export const eraseMe = /*#__PURE__*/ route({
  id: 'eraseMe',
  method: 'DELETE',
  path: '/v1/me',
  summary: 'Erase all your data',
  tag: 'privacy',
  access: ['candidate', 'employer', 'partner-admin'],
  response: undefined,
});

// ── Partner admin ───────────────────────────────────────────────────────────

export const getStats = /*#__PURE__*/ route({
  id: 'getStats',
  method: 'GET',
  path: '/v1/stats',
  summary: "Programme figures of the partner's programme",
  tag: 'admin',
  access: ['partner-admin'],
  response: ProgrammeStats,
});

export const listAuditLog = /*#__PURE__*/ route({
  id: 'listAuditLog',
  method: 'GET',
  path: '/v1/audit-log',
  summary: 'Which candidates employers were shown, and why (EU AI Act)',
  tag: 'admin',
  access: ['partner-admin'],
  query: PageQuery,
  response: page(AuditEntry),
});
