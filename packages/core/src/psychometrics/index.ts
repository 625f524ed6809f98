/** Psychometrics: IRT models, scoring, the adaptive test, game scoring, norms, calibration. */
export * from './models.js';
export * from './scoring.js';
export * from './norms.js';
export * from './games/index.js';
export * from './responses.js';
export * from './multidim.js';
export * from './adaptive.js';
export * from './blocks.js';
export * from './thurstonian.js';
export * from './simulate.js';
export { behaviourShare, type EvidenceFormat } from './evidence.js';
export * from './random.js';
export * from './calibration.js';
export { cholesky, invertSpd, type Matrix } from './linalg.js';
export { ITEM_BANK_VERSION, itemBank, gameItems, statementBank, writtenItems } from './bank/index.js';
export * from './assessment.js';
export * from './administration.js';
export * from './preferences/index.js';
