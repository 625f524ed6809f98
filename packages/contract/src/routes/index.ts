/**
 * Every route of the API, one export each, in one file per area. The typed client, the OpenAPI
 * document, the server and the mock all read them (as the `routes` namespace), so a route or a
 * shape is changed in one place. One export per route lets a widget's bundle keep only the
 * routes it calls.
 */
export * from './skill-language.js';
export * from './auth.js';
export * from './assessment.js';
export * from './skillprints.js';
export * from './share-links.js';
export * from './talent-pool.js';
export * from './job-profiles.js';
export * from './matches.js';
export * from './connections.js';
export * from './privacy.js';
export * from './admin.js';
export * from './applications.js';
export * from './credentials.js';
export * from './learning-path.js';
export * from './coach.js';
export * from './catalogue.js';
export * from './culture.js';
export * from './community.js';
