/** Start the mock in a browser (demo offline mode, element tests). Needs /mockServiceWorker.js served. */
import { setupWorker } from 'msw/browser';
import { createHandlers, type MockOptions } from './handlers.js';

export async function startMockApi(options: MockOptions & { quiet?: boolean } = {}) {
  const worker = setupWorker(...createHandlers(options));
  await worker.start({ quiet: options.quiet ?? true, onUnhandledRequest: 'bypass' });
  return worker;
}
