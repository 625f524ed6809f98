/** Applications: a job seeker shows interest on their score; the employer invites or declines. */
import { Application, ApplicationInvite, ApplicationList, ApplicationRequest } from '../applications.js';
import { IdParams } from '../route-parts.js';
import { route } from '../route.js';

export const applyToJob = /*#__PURE__*/ route({
  id: 'applyToJob',
  method: 'POST',
  path: '/v1/job-profiles/:id/applications',
  summary: 'Say "Ik heb interesse" to a published vacancy, on your score (pseudonymous)',
  tag: 'applications',
  access: ['candidate'],
  params: IdParams,
  body: ApplicationRequest,
  bodyExample: { message: 'Ik werk graag buiten en met mijn handen.' },
  problems: {
    404: 'No published job profile with this id',
    409: 'You are not in the talent pool, have no skillprint yet, or already applied',
  },
  response: Application,
  status: 201,
});

export const listMyApplications = /*#__PURE__*/ route({
  id: 'listMyApplications',
  method: 'GET',
  path: '/v1/me/applications',
  summary: 'The vacancies you showed interest in, and what the employers did',
  tag: 'applications',
  access: ['candidate'],
  response: ApplicationList,
});

export const listApplications = /*#__PURE__*/ route({
  id: 'listApplications',
  method: 'GET',
  path: '/v1/job-profiles/:id/applications',
  summary: 'Who showed interest in your vacancy: pseudonyms, best fit first',
  tag: 'applications',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No job profile of yours with this id' },
  response: ApplicationList,
});

export const inviteApplicant = /*#__PURE__*/ route({
  id: 'inviteApplicant',
  method: 'POST',
  path: '/v1/applications/:id/invite',
  summary: 'Invite an applicant: sends them a connection request',
  tag: 'applications',
  access: ['employer'],
  params: IdParams,
  body: ApplicationInvite,
  bodyExample: { message: 'Uw score past goed bij onze vacature. Zullen we kennismaken?' },
  problems: {
    404: 'No application to a vacancy of yours with this id',
    409: 'The application was already answered or withdrawn',
  },
  response: Application,
});

export const declineApplicant = /*#__PURE__*/ route({
  id: 'declineApplicant',
  method: 'POST',
  path: '/v1/applications/:id/decline',
  summary: 'Decline an applicant politely (they see a kind, fixed message)',
  tag: 'applications',
  access: ['employer'],
  params: IdParams,
  problems: {
    404: 'No application to a vacancy of yours with this id',
    409: 'The application was already answered or withdrawn',
  },
  response: Application,
});

export const withdrawApplication = /*#__PURE__*/ route({
  id: 'withdrawApplication',
  method: 'POST',
  path: '/v1/applications/:id/withdraw',
  summary: 'Withdraw your interest',
  tag: 'applications',
  access: ['candidate'],
  params: IdParams,
  problems: { 404: 'No application of yours with this id', 409: 'The application was already withdrawn' },
  response: Application,
});
