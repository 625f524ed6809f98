/**
 * Growth you can see (#23): after a learning step, a short adaptive test of only the skills it
 * was about (the same bank, model and scoring as the whole test, about 2–3 minutes), and the
 * rule for when a skillprint may say a skill grew.
 */
import { AdaptiveEngine } from './adaptive.js';
import { Administration } from './administration.js';
import { assessmentVersionOf } from './assessment.js';
import { provisionalBank, type Bank } from './bank-file.js';

/** A re-measured skill is done at this standard error… */
export const REMEASURE_TARGET_SE = 0.45;
/** …or after this many steps of it, whichever comes first. */
export const REMEASURE_MAX_STEPS = 10;
/**
 * Longer games (some take three to five minutes) are left out: one of them would fill the
 * whole short test with a single answer, where scenes and blocks tell more in that time.
 */
export const REMEASURE_LONGEST_UNIT_SECONDS = 60;

/**
 * The engine for re-measuring `skillIds` only. Every skill stays in the model, so statements of
 * other skills partner these in forced-choice blocks, but only these get steps and decide the
 * end (AdaptiveConfig.focus); read only their estimates. Its prior is the population's, not the
 * person's earlier score: the new measurement stands on its own, so comparing the two says
 * something. Scenes and games come first, as in the whole test (their share of the evidence).
 */
export function createRemeasurement(skillIds: readonly string[], bank: Bank = provisionalBank()): AdaptiveEngine {
  const unknown = skillIds.filter((s) => !bank.skills.includes(s));
  if (unknown.length) throw new Error(`Not measured by this bank: ${unknown.join(', ')}`);
  return new AdaptiveEngine(
    bank.items.filter((item) => item.expectedSeconds <= REMEASURE_LONGEST_UNIT_SECONDS),
    {
      skills: bank.skills,
      correlations: bank.correlations,
      focus: skillIds,
      targetSe: REMEASURE_TARGET_SE,
      firstSe: REMEASURE_TARGET_SE,
      minItemsPerSkill: 3,
      maxItemsPerSkill: REMEASURE_MAX_STEPS,
      timeBudgetSeconds: 150 * skillIds.length,
      overtimeSeconds: 60,
      formatMinimums: {},
      maxRunOfOneKind: REMEASURE_MAX_STEPS,
    },
    assessmentVersionOf(bank),
    bank.statements,
  );
}

/**
 * A re-measurement as the server runs it: the adaptive part only, no preference questions
 * (interests and work environment are not what a learning step changes).
 */
export const createRemeasurementAdministration = (skillIds: readonly string[], bank?: Bank) =>
  new Administration(createRemeasurement(skillIds, bank), []);

export type Growth = 'grew' | 'unclear' | 'fell';

/** z of an 80 % range, the range a skillprint shows ("het kan ook niveau … zijn"). */
const Z80 = 1.2816;

/**
 * Whether a skill changed between two measurements on one scale: only when their 80 % ranges
 * (θ ± 1.28·SE) no longer overlap. Anything less is within what the test cannot tell apart, and
 * is not claimed, either way.
 */
export function growthOf(before: { theta: number; se: number }, after: { theta: number; se: number }): Growth {
  if (after.theta - Z80 * after.se > before.theta + Z80 * before.se) return 'grew';
  if (after.theta + Z80 * after.se < before.theta - Z80 * before.se) return 'fell';
  return 'unclear';
}
