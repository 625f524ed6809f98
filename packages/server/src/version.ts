// Kept in step with package.json by `npm run version` (scripts/sync-version.mjs).
export const API_VERSION = '0.0.0';
