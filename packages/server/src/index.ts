export { createApp, API_VERSION, type AppOptions } from './app.js';
export { openDatabase, type Database, type OpenOptions } from './storage/database.js';
export { migrate, loadMigrations } from './storage/migrate.js';
export { startServer, type RunningServer } from './start.js';
