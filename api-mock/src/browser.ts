/** Start the offline API in a browser (demo offline mode, element tests). Needs /mockServiceWorker.js served. */
import { setupWorker } from 'msw/browser';
import { createMockApi, type MockOptions } from './handlers.js';

export async function startMockApi(
  options: MockOptions & {
    quiet?: boolean;
    onUnhandledRequest?: 'bypass' | 'error';
    /** Where msw's worker script is served, for pages below the site root (default /mockServiceWorker.js). */
    serviceWorkerUrl?: string;
  } = {},
) {
  const api = await createMockApi(options);
  const worker = setupWorker(...api.handlers);
  await worker.start({
    quiet: options.quiet ?? true,
    onUnhandledRequest: options.onUnhandledRequest ?? 'bypass',
    ...(options.serviceWorkerUrl ? { serviceWorker: { url: options.serviceWorkerUrl } } : {}),
  });
  return { worker, ...api };
}
