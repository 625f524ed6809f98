/**
 * Every route of the API, one export each. The typed client, the OpenAPI document, the server
 * and the mock all read them (as the `routes` namespace), so a route or a shape is changed in
 * one place. One export per route lets a widget's bundle keep only the routes it calls.
 */
import * as z from 'zod/mini';
import { ItemBank, ItemResponse, StartAssessment, AssessmentSession, StoredResponse } from './assessment.js';
import { page } from './common.js';
import { JobProfile, JobProfileInput, JobProfilePreview, JobProfilePreviewInput, JobVersionQuery } from './jobs.js';
import { AuditEntry, MatchList } from './matching.js';
import { Jwks, ProgrammeStats, Token, TokenRequest } from './partners.js';
import { PersonExport } from './export.js';
import {
  Connection,
  ConnectionAnswer,
  ConnectionList,
  ConnectionRequest,
  TalentPoolEntry,
  TalentPoolInput,
} from './people.js';
import {
  Health,
  IdParams,
  LangQuery,
  listSkillsRequest,
  PageQuery,
  ResponseParams,
  SlugParams,
  TokenParams,
} from './route-parts.js';
import { route } from './route.js';
import {
  CreateShareLink,
  ShareLink,
  ShareLinkList,
  SignedSkillprint,
  SkillprintList,
  Verification,
} from './skillprint.js';
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
  ...listSkillsRequest,
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
  bodyExample: { role: 'candidate', subject: 'user-4711', ttlSeconds: 3600 },
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
  bodyExample: { lang: 'nl', extraTime: false },
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
  problems: { 404: 'No assessment of yours with this id' },
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
  bodyExample: { itemId: 'ac-c3', choice: 2, durationMs: 5400, answeredAt: '2026-11-12T10:21:07.000Z' },
  problems: {
    400: 'body.itemId is not the item in the address, or the answer does not fit the item',
    404: 'No assessment of yours with this id',
    409: 'The assessment is finished or has expired',
  },
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
  problems: { 404: 'No assessment of yours with this id', 409: 'Not every skill has an answer yet' },
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
  problems: { 404: 'No skillprint with this id that you may see' },
  response: SignedSkillprint,
});

/**
 * A real compact JWS over the canonical JSON of this skillprint, made with a throwaway key: the
 * API answers it with `valid: false, reason: "unknown-key"` (its keys are in /.well-known/jwks.json).
 */
const signedSkillprintExample: z.input<typeof SignedSkillprint> = {
  skillprint: {
    id: 'sp_4kT9wQm2xZb7LpRe',
    owner: 'kandidaat-7fk3q2',
    assessmentVersion: '2026.11+2026.11-provisional',
    issuedAt: '2026-11-12T10:24:31.000Z',
    scores: [
      { skillId: 'accuracy', theta: 0.84, se: 0.41, level: 4, percentile: 80, itemsUsed: 6 },
      { skillId: 'working-together', theta: 0.12, se: 0.38, level: 3, percentile: 55, itemsUsed: 7 },
    ],
    interests: [
      { interestId: 'realistic', score: 72 },
      { interestId: 'social', score: 64 },
    ],
    environment: [{ facetId: 'indoors-outdoors', value: 1 }],
  },
  signature:
    'eyJhbGciOiJFUzI1NiIsImtpZCI6ImstN0hxMm1WeDlMY1Q0IiwidHlwIjoicGZ3LXNraWxscHJpbnQrandzIn0.' +
    'eyJhc3Nlc3NtZW50VmVyc2lvbiI6IjIwMjYuMTErMjAyNi4xMS1wcm92aXNpb25hbCIsImVudmlyb25tZW50IjpbeyJmYWNldElkIjoiaW5kb29ycy1vdXRkb29ycyIsInZhbHVlIjoxfV0sImlkIjoic3BfNGtUOXdRbTJ4WmI3THBSZSIsImludGVyZXN0cyI6W3siaW50ZXJlc3RJZCI6InJlYWxpc3RpYyIsInNjb3JlIjo3Mn0seyJpbnRlcmVzdElkIjoic29jaWFsIiwic2NvcmUiOjY0fV0sImlzc3VlZEF0IjoiMjAyNi0xMS0xMlQxMDoyNDozMS4wMDBaIiwib3duZXIiOiJrYW5kaWRhYXQtN2ZrM3EyIiwic2NvcmVzIjpbeyJpdGVtc1VzZWQiOjYsImxldmVsIjo0LCJwZXJjZW50aWxlIjo4MCwic2UiOjAuNDEsInNraWxsSWQiOiJhY2N1cmFjeSIsInRoZXRhIjowLjg0fSx7Iml0ZW1zVXNlZCI6NywibGV2ZWwiOjMsInBlcmNlbnRpbGUiOjU1LCJzZSI6MC4zOCwic2tpbGxJZCI6IndvcmtpbmctdG9nZXRoZXIiLCJ0aGV0YSI6MC4xMn1dfQ.' +
    'nkT1bub0udaq_OJBQyeo5A1Ii-841b8vTq0ve1PSwogAIJ8ETyoAOPp-o_qRMfKxd8TF0GbGiGugNnMAxrInDQ',
};
export const verifySkillprint = /*#__PURE__*/ route({
  id: 'verifySkillprint',
  method: 'POST',
  path: '/v1/skillprints/verify',
  summary: 'Check that a skillprint carries a valid server signature over exactly this content',
  tag: 'skillprints',
  access: ['public'],
  body: SignedSkillprint,
  bodyExample: signedSkillprintExample,
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
  bodyExample: { expiresInDays: 30 },
  problems: { 404: 'No skillprint of yours with this id' },
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
  problems: { 404: 'No skillprint of yours with this id' },
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
  problems: { 404: 'No active share link of yours with this id' },
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
  problems: { 404: 'The link is unknown, has expired or was stopped' },
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

// ── Job profiles ────────────────────────────────────────────────────────────

/** A job profile as an employer would write it (the occupation template "magazijnmedewerker", tuned). */
const jobProfileExample: z.input<typeof JobProfileInput> = {
  title: 'Magazijnmedewerker dagdienst',
  occupationId: 'magazijnmedewerker',
  requirements: [
    { skillId: 'accuracy', level: 3, importance: 3, essential: true },
    { skillId: 'working-safely', level: 3, importance: 3, essential: true },
    { skillId: 'keeping-agreements', level: 3, importance: 2, essential: false },
    { skillId: 'working-together', level: 2, importance: 2, essential: false },
  ],
  interests: ['realistic', 'conventional'],
  environment: [
    { facetId: 'indoors-outdoors', value: -2 },
    { facetId: 'seated-physical', value: 2 },
  ],
  region: 'Noord-Brabant',
  hours: { min: 32, max: 38 },
  startDate: '2027-01-04',
  description:
    'Je verzamelt en verpakt bestellingen in ons distributiecentrum in Tilburg. Dagdienst, geen weekendwerk.',
};
export const createJobProfile = /*#__PURE__*/ route({
  id: 'createJobProfile',
  method: 'POST',
  path: '/v1/job-profiles',
  summary: 'Create a job profile (a draft)',
  tag: 'job profiles',
  access: ['employer'],
  body: JobProfileInput,
  bodyExample: jobProfileExample,
  problems: { 400: 'A skill or the occupation is not in the skill language' },
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
  bodyExample: {
    requirements: jobProfileExample.requirements,
    interests: jobProfileExample.interests,
    environment: jobProfileExample.environment,
  },
  problems: { 400: 'A skill is not in the skill language' },
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
  summary: 'A job profile: your own, a published one, or one you were asked about (any published version)',
  tag: 'job profiles',
  access: ['employer', 'candidate', 'partner-admin'],
  params: IdParams,
  query: JobVersionQuery,
  problems: { 404: 'No job profile with this id that you may see' },
  response: JobProfile,
});

export const updateJobProfile = /*#__PURE__*/ route({
  id: 'updateJobProfile',
  method: 'PUT',
  path: '/v1/job-profiles/:id',
  summary:
    'Change your job profile: a draft in place; a published one keeps its live version until you publish the changes',
  tag: 'job profiles',
  access: ['employer'],
  params: IdParams,
  body: JobProfileInput,
  bodyExample: jobProfileExample,
  problems: {
    400: 'A skill or the occupation is not in the skill language',
    404: 'No job profile of yours with this id',
    409: 'The job profile is closed',
  },
  response: JobProfile,
});

export const publishJobProfile = /*#__PURE__*/ route({
  id: 'publishJobProfile',
  method: 'POST',
  path: '/v1/job-profiles/:id/publish',
  summary: 'Publish your job profile, or its changes as a new version: candidates can find it',
  tag: 'job profiles',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No job profile of yours with this id', 409: 'Already published, with nothing new to publish' },
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
  problems: { 404: 'No job profile of yours with this id', 409: 'Already closed' },
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
  problems: { 404: 'No job profile of yours with this id', 409: 'Only a draft can be deleted' },
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
  problems: { 409: 'You have no skillprint yet' },
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
  problems: { 404: 'No job profile of yours with this id' },
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
  bodyExample: {
    jobProfileId: 'job_8Rk2nVq4TzW6mYc3',
    candidate: 'kandidaat-7fk3q2',
    message: 'Wij zoeken een magazijnmedewerker in Tilburg. Zullen we kennismaken?',
  },
  problems: {
    404: 'No job profile of yours, or no candidate in the talent pool, with this id',
    409: 'The job profile is not published, or you already asked this candidate about it',
  },
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
  bodyExample: {
    accept: true,
    identity: { name: 'Sanne de Vries', email: 'sanne.devries@example.nl', phone: '06 12345678' },
  },
  problems: {
    404: 'No connection request to you with this id',
    409: 'The request was already answered, withdrawn or has expired',
  },
  response: Connection,
});

export const withdrawConnection = /*#__PURE__*/ route({
  id: 'withdrawConnection',
  method: 'POST',
  path: '/v1/connections/:id/withdraw',
  summary:
    'Withdraw: an employer a request not yet answered; a candidate a request or an accepted connection (the employer then no longer sees name, contact details or skillprint)',
  tag: 'connections',
  access: ['employer', 'candidate'],
  params: IdParams,
  problems: {
    404: 'No connection of yours with this id',
    409: 'It can no longer be withdrawn (e.g. already withdrawn or expired)',
  },
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
  problems: { 404: 'There is no data of yours' },
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
