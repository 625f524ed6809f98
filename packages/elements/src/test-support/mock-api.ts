/** Element tests talk to the offline API (the real app over in-memory PGlite) through a real service worker. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi } from '@pfw/api-mock';

let started: Promise<{ worker: SetupWorker; api: MockApi }> | undefined;

export async function startMockApi(): Promise<SetupWorker> {
  started ??= (async () => {
    const api = await createMockApi();
    const worker = setupWorker(...api.handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    return { worker, api };
  })();
  const { worker } = await started;
  worker.resetHandlers();
  return worker;
}
