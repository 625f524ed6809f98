/**
 * The assessment as the product runs it: forced-choice blocks, scenes and games over the 16 soft
 * skills of the skill language, with the correlated prior (it is what makes the 20-minute target reachable: see
 * docs/psychometrics.md), and the step from estimates to the skill scores of a skillprint.
 */
import type { SkillScore } from '../domain.js';
import { SKILL_LANGUAGE_VERSION, measuredSkills } from '../skills/index.js';
import { AdaptiveEngine, type AdaptiveConfig, type AdaptiveState } from './adaptive.js';
import { ITEM_BANK_VERSION, itemBank, statementBank } from './bank/index.js';
import { provisionalCorrelations } from './multidim.js';
import { toSkillScore } from './norms.js';

/** Recorded on every skillprint: which skill language and which item bank measured it. */
export const ASSESSMENT_VERSION = `${SKILL_LANGUAGE_VERSION}+${ITEM_BANK_VERSION}`;

export function createAssessmentEngine(overrides: Partial<AdaptiveConfig> = {}): AdaptiveEngine {
  return new AdaptiveEngine(
    itemBank,
    {
      skills: measuredSkills.map((s) => s.id),
      correlations: provisionalCorrelations(measuredSkills.map((s) => s.group)),
      ...overrides,
    },
    ASSESSMENT_VERSION,
    statementBank,
  );
}

/** Skill scores of a (finished or stopped) test: estimate, SE, level, percentile, items used. */
export function skillScores(engine: AdaptiveEngine, state: AdaptiveState): SkillScore[] {
  return engine.estimates(state).map((e) => toSkillScore(e.skillId, e.theta, e.se, e.items));
}
