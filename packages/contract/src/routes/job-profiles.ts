/** Job profiles: an employer's vacancies, draft → published → closed. */
import * as z from 'zod/mini';
import { page } from '../common.js';
import { JobProfile, JobProfileInput, JobProfilePreview, JobProfilePreviewInput, JobVersionQuery } from '../jobs.js';
import { IdParams, PageQuery } from '../route-parts.js';
import { route } from '../route.js';

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
