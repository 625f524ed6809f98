export { createMockApi, MOCK_KEYS, type MockApi, type MockOptions } from './handlers.js';
