import { after, before } from 'node:test';
import { setupServer } from 'msw/node';
import { contractSuite } from './contract-suite.js';
import { createMockApi, type MockApi } from '@pfw/api-mock';

const baseUrl = 'http://mock.pfw.test';
const origin = 'https://portal.example.nl';
let api: MockApi;
let server: ReturnType<typeof setupServer>;

before(async () => {
  api = await createMockApi({ baseUrl, origins: [origin] });
  server = setupServer(...api.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
after(async () => {
  server.close();
  await api.close();
});

contractSuite('msw mock', () => ({ baseUrl, origin, keys: api.partner }));
