/** Element tests talk to the msw mock of the contract, through a real service worker. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '@pfw/api-mock';

let worker: SetupWorker | undefined;

export async function startMockApi(): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker(...createHandlers());
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  }
  worker.resetHandlers();
  return worker;
}
