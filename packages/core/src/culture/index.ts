/** The learning culture scan (#24): the instrument, its scoring and the actions it suggests. */
export * from './instrument.js';
export * from './score.js';
export * from './actions.js';
