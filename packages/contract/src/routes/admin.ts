/** Partner admin: the programme's figures and the audit log. */
import * as z from 'zod/mini';
import { Lang, page } from '../common.js';
import { AuditEntry } from '../matching.js';
import { ProgrammeStats } from '../partners.js';
import { PageQuery } from '../route-parts.js';
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
