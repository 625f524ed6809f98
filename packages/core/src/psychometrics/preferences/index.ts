/** Interests and work environment: the "wat doe je liever?" questions and their scoring. */
export * from './questions.js';
export * from './score.js';
