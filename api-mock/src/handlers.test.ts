import { after, before } from 'node:test';
import { setupServer } from 'msw/node';
import { createClient } from '@pfw/contract';
import { contractSuite } from '@pfw/contract/contract-suite';
import { createHandlers } from './handlers.js';

const baseUrl = 'http://mock.pfw.test';
const server = setupServer(...createHandlers({ baseUrl }));
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

contractSuite('msw mock', () => createClient({ baseUrl }));
