import type { Plugin, Rollup } from 'vite';
export function mockServiceWorker(): Plugin;
export function isAcceptedWarning(log: Rollup.RollupLog): boolean;
export const OFFLINE_CHUNK_LIMIT_KB: number;
