// Kept in step with package.json by `npm run version` (scripts/sync-version.mjs).
export const VERSION = '0.0.0';
