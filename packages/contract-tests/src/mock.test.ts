import { after, before } from 'node:test';
import { setupServer } from 'msw/node';
import { contractSuite } from './contract-suite.js';
import { createMockApi, type MockApi } from '@pfw/api-mock';
import { createPartner, type CreatedPartner } from '@pfw/server/embedded';

const baseUrl = 'http://mock.pfw.test';
const origin = 'https://portal.example.nl';
let api: MockApi;
let server: ReturnType<typeof setupServer>;
let otherPartner: CreatedPartner;

before(async () => {
  api = await createMockApi({ baseUrl, origins: [origin] });
  otherPartner = await createPartner(api.services.db, { name: 'Another partner', origins: [origin] });
  server = setupServer(...api.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
after(async () => {
  server.close();
  await api.close();
});

contractSuite('msw mock', () => ({ baseUrl, origin, keys: api.partner, otherKeys: otherPartner }));
