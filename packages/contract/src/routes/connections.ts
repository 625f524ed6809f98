/** Connections: an employer asks, the candidate answers. */
import { Connection, ConnectionAnswer, ConnectionList, ConnectionRequest } from '../people.js';
import { IdParams } from '../route-parts.js';
import { route } from '../route.js';

export const requestConnection = /*#__PURE__*/ route({
  id: 'requestConnection',
  method: 'POST',
  path: '/v1/connections',
  summary: 'Ask a candidate to connect about a job profile',
  tag: 'connections',
  access: ['employer'],
  body: ConnectionRequest,
  bodyExample: {
    jobProfileId: 'job_8Rk2nVq4TzW6mYc3',
    candidate: 'Zilverberk-17',
    message: 'Wij zoeken een magazijnmedewerker in Tilburg. Zullen we kennismaken?',
  },
  problems: {
    404: 'No job profile of yours, or no candidate in the talent pool, with this id',
    409: 'The job profile is not published, or you already asked this candidate about it',
  },
  response: Connection,
  status: 201,
});

export const listConnections = /*#__PURE__*/ route({
  id: 'listConnections',
  method: 'GET',
  path: '/v1/connections',
  summary: 'Connections you sent (employer) or received (candidate)',
  tag: 'connections',
  access: ['employer', 'candidate'],
  response: ConnectionList,
});

export const answerConnection = /*#__PURE__*/ route({
  id: 'answerConnection',
  method: 'POST',
  path: '/v1/connections/:id/answer',
  summary: 'Accept (sharing your contact details) or decline a request',
  tag: 'connections',
  access: ['candidate'],
  params: IdParams,
  body: ConnectionAnswer,
  bodyExample: {
    accept: true,
    identity: { name: 'Sanne de Vries', email: 'sanne.devries@example.nl', phone: '06 12345678' },
  },
  problems: {
    404: 'No connection request to you with this id',
    409: 'The request was already answered, withdrawn or has expired',
  },
  response: Connection,
});

export const withdrawConnection = /*#__PURE__*/ route({
  id: 'withdrawConnection',
  method: 'POST',
  path: '/v1/connections/:id/withdraw',
  summary:
    'Withdraw: an employer a request not yet answered; a candidate a request or an accepted connection (the employer then no longer sees name, contact details or skillprint)',
  tag: 'connections',
  access: ['employer', 'candidate'],
  params: IdParams,
  problems: {
    404: 'No connection of yours with this id',
    409: 'It can no longer be withdrawn (e.g. already withdrawn or expired)',
  },
  response: Connection,
});
