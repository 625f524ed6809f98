export { createApp, createServices, API_VERSION, MAX_BODY_BYTES, type AppOptions } from './app.js';
export { openDatabase, type Database, type OpenOptions } from './storage/database.js';
export { StorageError, type StorageProblem } from './storage/errors.js';
export { openPglite } from './storage/pglite.js';
export { migrate } from './storage/migrate.js';
export { MIGRATIONS } from './storage/migrations.js';
export { createPartner, findKey, type CreatedPartner } from './auth/partners.js';
export { startServer, type RunningServer } from './start.js';
export type { Services, Settings } from './services.js';
