/**
 * What a browser needs for the mini-games, and nothing more: the game rules (what a level shows,
 * practice content), the seeded generator, and the scoring rule for raw answers (tests). The
 * server runs the test itself (administration.ts), so importing this pulls in no bank texts.
 */
export { ResponseError, categoryOf, indexItems, type ItemIndex } from './responses.js';
export {
  EXTRA_TIME_FACTOR,
  PLANNING_JOBS,
  PLANNING_MIN_INVERSIONS,
  PLANNING_PRACTICE_JOBS,
  PRACTICE_TRIALS,
  QUEUE_PRACTICE,
  QUEUE_SITUATIONS,
  RISK_PRACTICE,
  RISK_SITUATIONS,
  SORTING_PRACTICE_BINS,
  TEAM_CASES,
  TEAM_PRACTICE,
  TEAM_SITUATIONS,
  fewestMoves,
  isRightOrder,
  planningSteps,
  rightOrdersOf,
  queuePeople,
  queueSituations,
  riskSituations,
  scoreGameBlock,
  sortingBins,
  teamBest,
  teamDone,
  teamOptions,
  teamOutcome,
  teamSituations,
  trialCounts,
  type GameOptions,
  type PlanningJob,
  type QueueSituation,
  type RiskSituation,
  type TeamCase,
  type TeamOption,
  type TeamSituation,
} from './games/index.js';
export { nextUniform, seedRng, type RngState } from './random.js';
export { tooFastToRead } from './rapid-guess.js';
