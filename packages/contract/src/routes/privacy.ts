/** Your data: export and erasure. */
import { PersonExport } from '../export.js';
import { route } from '../route.js';

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
