/**
 * The calibration's E-step on worker threads (one per core): each worker holds its share of the
 * people and returns its sums (core's expectationOf); the main thread adds them up. The E-step
 * is most of a calibration's time, so on two cores a calibration takes about half as long.
 */
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  mergeExpectations,
  type BankParameters,
  type CalibrationParams,
  type CalibrationPerson,
  type ExpectationRunner,
  type ExpectationSums,
} from '@pfw/core/psychometrics';

export interface ExpectationWorkers {
  run: ExpectationRunner;
  close(): Promise<void>;
}

/** The worker's own file, .ts when running from source (started through tsx by ts-worker.mjs), .js when built. */
const EXTENSION = extname(fileURLToPath(import.meta.url));
const WORKER = new URL(`./expectation-worker${EXTENSION}`, import.meta.url);
const start = (workerData: object) =>
  EXTENSION === '.ts'
    ? new Worker(new URL('./ts-worker.mjs', import.meta.url), {
        workerData: { ...workerData, entry: WORKER.href },
        execArgv: process.execArgv,
      })
    : new Worker(WORKER, { workerData, execArgv: process.execArgv });

/** Start `threads` workers (default: one per core, at least one) over consecutive shares of the people. */
export function startExpectationWorkers(
  people: readonly CalibrationPerson[],
  base: BankParameters,
  threads = Math.max(1, availableParallelism()),
): ExpectationWorkers {
  const size = Math.ceil(people.length / threads);
  const workers = Array.from({ length: Math.min(threads, Math.max(1, people.length)) }, (_, k) => {
    const share = people.slice(k * size, (k + 1) * size);
    return start({ people: share, base });
  });
  const ask = (worker: Worker, params: CalibrationParams) =>
    new Promise<ExpectationSums>((resolve, reject) => {
      const done = (message: { sums?: ExpectationSums; error?: string }) => {
        worker.off('error', reject);
        if (message.error) reject(new Error(message.error));
        else resolve(message.sums!);
      };
      worker.once('message', done);
      worker.once('error', reject);
      worker.postMessage(params);
    });
  return {
    run: async (params) => mergeExpectations(await Promise.all(workers.map((w) => ask(w, params)))),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
