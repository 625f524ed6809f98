// Runs a TypeScript worker from source (development and tests): tsx's loader first, then the worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
