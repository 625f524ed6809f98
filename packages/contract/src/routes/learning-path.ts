/** Learning paths (#23): from a gap to a plan, and the plan's progress. */
import * as z from 'zod/mini';
import { Slug } from '../common.js';
import { LearningGoalInput, LearningPath, LearningStepUpdate } from '../learning.js';
import { MicroLesson } from '../lessons.js';
import { route } from '../route.js';

export const getMyLearningPath = /*#__PURE__*/ route({
  id: 'getMyLearningPath',
  method: 'GET',
  path: '/v1/me/learning-path',
  summary: 'Your learning path: the goal, the steps and how far you got (404 when you have none)',
  tag: 'learning',
  access: ['candidate'],
  problems: { 404: 'You have no learning path yet' },
  response: LearningPath,
});

export const putMyLearningPath = /*#__PURE__*/ route({
  id: 'putMyLearningPath',
  method: 'PUT',
  path: '/v1/me/learning-path',
  summary:
    'Choose a goal: a plan is made from your newest skillprint (a path you had becomes history; choosing the same goal again keeps it and adds a step for each gap it has no step for yet (newGaps: a newer test, a changed vacancy), unless it is a community path its employers changed since: then it is planned again, keeping what you did on its skills)',
  tag: 'learning',
  access: ['candidate'],
  body: LearningGoalInput,
  bodyExample: { kind: 'occupation', id: 'stratenmaker' },
  problems: {
    400: 'The goal is not an occupation or a published vacancy here',
    404: 'No community path with this id here',
    409: 'You have no skillprint yet',
  },
  response: LearningPath,
});

export const updateMyLearningStep = /*#__PURE__*/ route({
  id: 'updateMyLearningStep',
  method: 'PATCH',
  path: '/v1/me/learning-path/steps/:skillId',
  summary: 'Say a step was started or done (with what shows it), or set it back to to do',
  tag: 'learning',
  access: ['candidate'],
  params: z.object({ skillId: Slug }),
  body: LearningStepUpdate,
  bodyExample: { status: 'done', proof: { kind: 'certificate', note: 'Certificaat Samenwerken, Summa College' } },
  problems: {
    400: 'The offer does not develop this skill, or the proof does not fit the status',
    404: 'You have no learning path, or it has no step for this skill',
  },
  response: LearningPath,
});

export const getMyLesson = /*#__PURE__*/ route({
  id: 'getMyLesson',
  method: 'GET',
  path: '/v1/me/lessons/:id',
  summary: "A micro-lesson's pages: your partner's own or the skill language's",
  tag: 'learning',
  access: ['candidate'],
  params: z.object({ id: Slug }),
  problems: { 404: 'No lesson with this id' },
  response: MicroLesson,
});

export const completeMyLesson = /*#__PURE__*/ route({
  id: 'completeMyLesson',
  method: 'POST',
  path: '/v1/me/learning-path/steps/:skillId/lesson',
  summary:
    "Say you did the step's micro-lesson: a step to do becomes begun (the answers to its questions are not kept)",
  tag: 'learning',
  access: ['candidate'],
  params: z.object({ skillId: Slug }),
  problems: { 404: 'You have no learning path, it has no step for this skill, or the step has no lesson' },
  response: LearningPath,
});

export const stopMyLearningPath = /*#__PURE__*/ route({
  id: 'stopMyLearningPath',
  method: 'DELETE',
  path: '/v1/me/learning-path',
  summary: 'Stop your learning path (it stays in your history and your export)',
  tag: 'learning',
  access: ['candidate'],
  response: undefined,
});
