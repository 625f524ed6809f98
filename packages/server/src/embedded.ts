/**
 * The API without a Node server: the app, embedded storage and partner set-up. The offline mock
 * (api-mock) runs exactly this in the browser, so mock and server cannot drift apart.
 */
export { createApp, createServices, API_VERSION, MAX_BODY_BYTES, type AppOptions } from './app.js';
export { openPglite } from './storage/pglite.js';
export { migrate } from './storage/migrate.js';
export { createPartner, type CreatedPartner } from './auth/partners.js';
export type { Database } from './storage/database.js';
export type { Services, Settings } from './services.js';
