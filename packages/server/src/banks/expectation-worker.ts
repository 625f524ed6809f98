/** A worker thread of expectation-workers.ts: indexes its share of the people once, then runs the E-step for every parameter set it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import {
  expectationOf,
  indexCalibrationData,
  type BankParameters,
  type CalibrationParams,
  type CalibrationPerson,
} from '@pfw/core/psychometrics';

const { people, base } = workerData as { people: CalibrationPerson[]; base: BankParameters };
const { indexed } = indexCalibrationData(people, base);

parentPort!.on('message', (params: CalibrationParams) => {
  try {
    parentPort!.postMessage({ sums: expectationOf(indexed, base, params) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
