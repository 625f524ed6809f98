/** A partner's own learning offers and completions from learning platforms (#23). */
import * as z from 'zod/mini';
import { int } from '../common.js';
import { Catalogue, CompletionResult, XapiStatement } from '../catalogue.js';
import { PartnerLessons } from '../lessons.js';
import { route } from '../route.js';

export const putCatalogue = /*#__PURE__*/ route({
  id: 'putCatalogue',
  method: 'PUT',
  path: '/v1/partner/learning-offers',
  summary: "Replace your own learning offers (beside the skill language's); learning plans use both",
  tag: 'learning',
  access: ['partner-secret'],
  body: Catalogue,
  bodyExample: {
    items: [
      {
        id: 'werkplein-samenwerken',
        title: { nl: 'Samenwerken in de praktijk' },
        description: { nl: 'Twee ochtenden oefenen met samenwerken, bij het Werkplein.' },
        provider: { name: 'Werkplein Eindhoven', kind: 'other' },
        develops: [{ skillId: 'working-together', toLevel: 3 }],
        durationHours: 6,
        costEur: 0,
        format: 'classroom',
        url: 'https://werkplein.example.nl/samenwerken',
      },
    ],
  },
  problems: { 400: 'An offer is wrong (the field is named), or develops a skill that is not in the skill language' },
  response: z.object({ count: int(0) }),
});

export const getCatalogue = /*#__PURE__*/ route({
  id: 'getCatalogue',
  method: 'GET',
  path: '/v1/partner/learning-offers',
  summary: 'Your own learning offers',
  tag: 'learning',
  access: ['partner-secret'],
  response: Catalogue,
});

export const postCompletion = /*#__PURE__*/ route({
  id: 'postCompletion',
  method: 'POST',
  path: '/v1/partner/learning-completions',
  summary:
    'A learning platform says a person completed an offer (an xAPI statement): the step of their plan with it is done',
  tag: 'learning',
  access: ['partner-secret'],
  body: XapiStatement,
  bodyExample: {
    actor: { account: { homePage: 'https://leerplein.example.nl', name: 'werkzoekende-123' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: { id: 'https://werkplein.example.nl/samenwerken' },
    context: { platform: 'Leerplein' },
  },
  problems: { 404: 'No job seeker of yours with this account name' },
  response: CompletionResult,
});

export const putLessons = /*#__PURE__*/ route({
  id: 'putLessons',
  method: 'PUT',
  path: '/v1/partner/lessons',
  summary: "Replace your own micro-lessons (beside the skill language's); a learning step shows yours first",
  tag: 'learning',
  access: ['partner-secret'],
  body: PartnerLessons,
  bodyExample: {
    items: [
      {
        id: 'werkplein-op-tijd',
        skillId: 'keeping-agreements',
        title: { nl: 'Op tijd op je werk' },
        minutes: 3,
        pages: [
          { text: { nl: 'Op tijd komen laat zien dat je te vertrouwen bent.' }, picture: { scene: 'warehouse' } },
          {
            text: { nl: 'Ben je te laat? Bel dan voor je begint.' },
            question: {
              prompt: { nl: 'De bus is weg. Wat doe je?' },
              options: [
                { text: { nl: 'Ik bel meteen.' }, good: true, feedback: { nl: 'Goed. Dan weten ze het op tijd.' } },
                { text: { nl: 'Ik zeg het als ik er ben.' }, good: false, feedback: { nl: 'Dan wacht iedereen.' } },
              ],
            },
          },
        ],
      },
    ],
  },
  problems: { 400: 'A lesson is wrong (the field is named), or is about a skill the test does not measure' },
  response: z.object({ count: int(0) }),
});

export const getLessons = /*#__PURE__*/ route({
  id: 'getLessons',
  method: 'GET',
  path: '/v1/partner/lessons',
  summary: 'Your own micro-lessons',
  tag: 'learning',
  access: ['partner-secret'],
  response: PartnerLessons,
});
