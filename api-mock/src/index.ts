export { createHandlers, type MockOptions } from './handlers.js';
