/** Partner admin: the programme's figures and the audit log. */
import * as z from 'zod/mini';
import { Lang, page } from '../common.js';
import { AuditEntry } from '../matching.js';
import { MatchingSettings, MatchingState, ProgrammeStats, Rejection, Webhook, WebhookSettings } from '../partners.js';
import { PageQuery } from '../route-parts.js';
import { MeasurementQuality } from '../quality.js';
import { route } from '../route.js';

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
  /** `lang`: the language of each entry's reason (default Dutch). */
  query: z.extend(PageQuery, { lang: z.optional(Lang) }),
  response: page(AuditEntry),
});

export const getWebhook = /*#__PURE__*/ route({
  id: 'getWebhook',
  method: 'GET',
  path: '/v1/webhook',
  summary: "The partner's webhook address and its latest deliveries",
  tag: 'admin',
  access: ['partner-admin'],
  response: Webhook,
});

export const putWebhook = /*#__PURE__*/ route({
  id: 'putWebhook',
  method: 'PUT',
  path: '/v1/webhook',
  summary: 'Set where events go (a new signing secret comes with it)',
  tag: 'admin',
  access: ['partner-admin'],
  body: WebhookSettings,
  bodyExample: { url: 'https://werk.gemeente.example.nl/pfw/webhook' },
  problems: { 400: 'The address is not https, or leads to a private network (every address its name resolves to)' },
  response: Webhook,
});

export const getMatching = /*#__PURE__*/ route({
  id: 'getMatching',
  method: 'GET',
  path: '/v1/matching',
  summary: 'Whether matching and ranking are on for your partner (human oversight, EU AI Act art. 14)',
  tag: 'admin',
  access: ['partner-admin'],
  response: MatchingState,
});

export const putMatching = /*#__PURE__*/ route({
  id: 'putMatching',
  method: 'PUT',
  path: '/v1/matching',
  summary: 'Switch matching and ranking on or off for your partner (logged)',
  tag: 'admin',
  access: ['partner-admin'],
  body: MatchingSettings,
  bodyExample: { enabled: false },
  response: MatchingState,
});

export const listRejections = /*#__PURE__*/ route({
  id: 'listRejections',
  method: 'GET',
  path: '/v1/rejections',
  summary: "Every candidate employers set aside, with the employer's reason, newest first (oversight)",
  tag: 'admin',
  access: ['partner-admin'],
  query: PageQuery,
  response: page(Rejection),
});

export const getMeasurementQuality = /*#__PURE__*/ route({
  id: 'getMeasurementQuality',
  method: 'GET',
  path: '/v1/measurement-quality',
  summary: 'How precisely the test measures, and whether items and the funnel treat groups alike (aggregates only)',
  tag: 'admin',
  access: ['partner-admin'],
  response: MeasurementQuality,
});
