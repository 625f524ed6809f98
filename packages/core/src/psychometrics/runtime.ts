/**
 * What a browser needs to run the adaptive test, and nothing more: the engine, the prior, the
 * scoring rule for raw answers and the game rules. The item bank itself comes from the API, so
 * importing this pulls in none of the bank's texts.
 */
export {
  AdaptiveEngine,
  elapsed,
  type AdaptiveConfig,
  type AdaptiveState,
  type Answer,
  type Progress,
  type SkillEstimate,
} from './adaptive.js';
export { provisionalCorrelations } from './multidim.js';
export { ResponseError, categoryOf, indexItems, type ItemIndex } from './responses.js';
export {
  EXTRA_TIME_FACTOR,
  PLANNING_JOBS,
  PLANNING_MIN_INVERSIONS,
  PLANNING_PRACTICE_JOBS,
  PRACTICE_TRIALS,
  RISK_PRACTICE,
  RISK_SITUATIONS,
  SORTING_LIMIT_MS,
  SORTING_PRACTICE_BINS,
  inversions,
  planningSteps,
  riskSituations,
  scoreGameBlock,
  sortingBins,
  trialCounts,
  type GameOptions,
  type PlanningJob,
  type RiskSituation,
} from './games.js';
export { nextUniform, seedRng, type RngState } from './random.js';
