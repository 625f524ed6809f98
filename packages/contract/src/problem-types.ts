/**
 * Every problem type the API and the typed client use: one table, so a type URI is never typed
 * by hand and the docs list them from here. A problem of a plain status has the status as its
 * slug (".../problems/404").
 */
export const PROBLEM_BASE = 'https://passportforwork.dev/problems/';

export const PROBLEM_TYPES = {
  validation: 'A field of the request is wrong; `errors` names each field and what is wrong.',
  'malformed-json': 'The body is not valid JSON.',
  'unsupported-media-type': 'The body is not sent as application/json.',
  'invalid-key': 'The secret or publishable key is not valid.',
  'invalid-token': 'The token is not valid, has expired, or belongs to someone no longer known.',
  'wrong-role': 'The token is of a role that may not do this.',
  'origin-not-allowed': 'A publishable key was used from a web origin its partner did not register.',
  'unknown-skill': 'A requirement names a skill that is not in the skill language.',
  'unknown-occupation': 'The occupation is not in the skill language.',
  'unknown-hard-requirement': 'A certificate, licence or physical condition that is not in the skill language.',
  'unknown-facet': 'A work-environment facet that is not in the skill language.',
  'already-requested': 'This employer already asked this candidate about this job.',
  'wrong-status': 'The job profile or connection is in a state where this cannot happen.',
  'no-skillprint': 'The candidate has no skillprint yet.',
  'no-research-consent': 'The research round is only for job seekers who gave the research consent.',
  'matching-off': 'The partner switched matching off: no ranked lists are made until it is on again.',
  'not-in-pool': 'The candidate is not in the talent pool.',
  'already-applied': 'The candidate already showed interest in this vacancy.',
  'assessment-completed': 'The assessment is finished; answers can no longer change.',
  'assessment-incomplete': 'Some skills have no answer yet, so no skillprint can be made.',
  'assessment-unmeasured':
    'The test is over and no skill could be measured: the answers came too fast to have been read (rapid guesses do not count). Start a new assessment.',
  'assessment-expired': 'The assessment session expired; start a new one.',
  'share-link-unknown': 'There is no share link with this token.',
  'share-link-expired': 'The share link expired or was revoked.',
  'claim-code-unknown': 'There is no open skill claim with this code: it was never made, is used, or expired.',
  'credential-rejected':
    'The credential could not be taken in; `detail` says why (signature, key, status, dates or no known skill).',
  'coach-code-unknown': 'There is no open coach code like this: it is wrong, used or expired.',
  'no-coach-access': 'The job seeker gave this coach no access, or took it away.',
  'no-learning-path': 'The job seeker has no current learning path: choose a goal first.',
  'invalid-response': 'The typed client got an answer that does not match the contract.',
  network: 'The typed client could not reach the API.',
} as const;

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

/** The type URI of a problem: a slug of the table, or a plain status. */
export const problemType = (slug: ProblemSlug | number): string => PROBLEM_BASE + slug;

/** Whether a problem is of this type. */
export const isProblemType = (problem: { type: string }, slug: ProblemSlug): boolean =>
  problem.type === PROBLEM_BASE + slug;
