/** Assessment: sessions, the steps the server sends ahead, and answers. */
import { ItemResponse, StartAssessment, AssessmentWithSteps, StoredResponse } from '../assessment.js';
import { IdParams, ResponseParams } from '../route-parts.js';
import { route } from '../route.js';
import { SignedSkillprint } from '../skillprint.js';

export const startAssessment = /*#__PURE__*/ route({
  id: 'startAssessment',
  method: 'POST',
  path: '/v1/assessments',
  summary: 'Start an assessment',
  tag: 'assessment',
  access: ['candidate'],
  body: StartAssessment,
  bodyExample: { lang: 'nl', extraTime: false },
  problems: {
    400: 'body.remeasure names a skill the test does not measure, or comes with body.research',
    409: 'Re-measuring and the research round need a skillprint (the research round: of the whole test, on this version); the research round needs the research consent',
  },
  response: AssessmentWithSteps,
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
  response: AssessmentWithSteps,
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
  bodyExample: { itemId: 'ac-s3', choice: 2, durationMs: 5400, answeredAt: '2026-11-12T10:21:07.000Z' },
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
  summary:
    'Finish: the server scores the stored answers and signs the skillprint (skills not measured well enough are listed, not scored); a research round returns the skillprint of the test it followed, unchanged',
  tag: 'assessment',
  access: ['candidate'],
  params: IdParams,
  problems: {
    404: 'No assessment of yours with this id',
    409: 'Not finished: some skills need more answers (the detail names them; show the next steps); or, type assessment-unmeasured, the test is over and no skill could be measured (every answer came too fast to have been read): start a new one',
  },
  response: SignedSkillprint,
  status: 201,
});
