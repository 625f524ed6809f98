/**
 * The assessment as the product runs it: forced-choice blocks, scenes and games over the 16 soft
 * skills of the skill language, with the correlated prior (it is what makes the 20-minute target reachable: see
 * docs/psychometrics.md), and the step from estimates to the skill scores of a skillprint.
 */
import type { SkillScore } from '../domain.js';
import { SKILL_LANGUAGE_VERSION } from '../skills/index.js';
import { AdaptiveEngine, type AdaptiveConfig, type AdaptiveState, type SkillEstimate } from './adaptive.js';
import { ADAPTIVE_BUDGET_SECONDS, Administration, PRACTICE_SECONDS, PREFERENCE_SECONDS } from './administration.js';
import { ITEM_BANK_VERSION } from './bank/index.js';
import { provisionalBank, type Bank } from './bank-file.js';
import { toSkillScore } from './norms.js';

/** Recorded on every skillprint: which skill language and which item bank measured it. */
export const assessmentVersionOf = (bank: Pick<Bank, 'version'>): string => `${SKILL_LANGUAGE_VERSION}+${bank.version}`;

/** The version of the assessment with the bank in the code (provisional). */
export const ASSESSMENT_VERSION = assessmentVersionOf({ version: ITEM_BANK_VERSION });

/** The engine over a bank: the code's provisional one unless a calibrated one is given (bank-file.ts). */
export function createAssessmentEngine(
  overrides: Partial<AdaptiveConfig> = {},
  bank: Bank = provisionalBank(),
): AdaptiveEngine {
  return new AdaptiveEngine(
    bank.items,
    {
      skills: bank.skills,
      correlations: bank.correlations,
      timeBudgetSeconds: ADAPTIVE_BUDGET_SECONDS,
      outsideSeconds: PREFERENCE_SECONDS + PRACTICE_SECONDS,
      ...overrides,
    },
    assessmentVersionOf(bank),
    bank.statements,
  );
}

/** Skill scores of a (finished or stopped) test: estimate, SE, level, percentile, items used. */
export function skillScores(engine: AdaptiveEngine, state: AdaptiveState): SkillScore[] {
  return engine.estimates(state).map((e) => toSkillScore(e.skillId, e.theta, e.se, e.items));
}

/** The assessment as the server runs it: preference questions, then the adaptive test. */
export const createAdministration = (overrides: Partial<AdaptiveConfig> = {}, bank?: Bank) =>
  new Administration(createAssessmentEngine(overrides, bank));

/** A skill is signed only when its standard error is at most this and it has at least MIN_SIGNED_ANSWERS answers. */
export const MAX_SIGNED_SE = 0.6;
export const MIN_SIGNED_ANSWERS = 2;

/** The skills measured well enough to sign, as scores, and the ids of those that are not. */
export function signableScores(estimates: readonly SkillEstimate[]): { scores: SkillScore[]; unmeasured: string[] } {
  const ok = (e: SkillEstimate) => e.se <= MAX_SIGNED_SE && e.items >= MIN_SIGNED_ANSWERS;
  return {
    scores: estimates.filter(ok).map((e) => toSkillScore(e.skillId, e.theta, e.se, e.items)),
    unmeasured: estimates.filter((e) => !ok(e)).map((e) => e.skillId),
  };
}
