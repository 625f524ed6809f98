/** Element tests talk to the offline API (the real app over in-memory PGlite) through a real service worker. */
import type { SetupWorker } from 'msw/browser';
import { startMockApi as start } from '@pfw/api-mock/browser';

let started: ReturnType<typeof start> | undefined;

/** One offline API per test file; handlers a test added with worker.use() are reset each time. */
export async function startMockApi(): Promise<SetupWorker> {
  started ??= start({ onUnhandledRequest: 'error' });
  const { worker } = await started;
  worker.resetHandlers();
  return worker;
}

/** The offline API's app itself (no service worker in between). */
export async function mockApp(): Promise<{ fetch(request: Request): Promise<Response> }> {
  started ??= start({ onUnhandledRequest: 'error' });
  return started;
}
