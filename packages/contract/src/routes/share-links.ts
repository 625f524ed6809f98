/** The owner's share links: make one that expires, list them, stop one (opening one: skillprints.ts). */
import { IdParams } from '../route-parts.js';
import { route } from '../route.js';
import { CreateShareLink, ShareLink, ShareLinkList } from '../share-link.js';

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
