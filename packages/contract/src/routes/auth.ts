/** Auth: public keys and short-lived tokens. */
import { Jwks, Token, TokenRequest } from '../partners.js';
import { route } from '../route.js';

export const getJwks = /*#__PURE__*/ route({
  id: 'getJwks',
  method: 'GET',
  path: '/.well-known/jwks.json',
  summary: 'Public keys that verify skillprint signatures',
  tag: 'auth',
  access: ['public'],
  response: Jwks,
});

export const createToken = /*#__PURE__*/ route({
  id: 'createToken',
  method: 'POST',
  path: '/v1/tokens',
  summary: "Mint a short-lived token for one of the partner's users (secret key, server side only)",
  tag: 'auth',
  access: ['partner-secret'],
  body: TokenRequest,
  bodyExample: { role: 'candidate', subject: 'user-4711', ttlSeconds: 3600 },
  response: Token,
  status: 201,
});

export const startAnonymous = /*#__PURE__*/ route({
  id: 'startAnonymous',
  method: 'POST',
  path: '/v1/anonymous',
  summary: 'Start as an anonymous job seeker (publishable key, from an allowed origin)',
  tag: 'auth',
  access: ['publishable'],
  response: Token,
  status: 201,
});
