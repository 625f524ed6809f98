/**
 * From theta to what people read: a percentile and a level 1-5 of the skill language.
 *
 * Provisional norm: theta is scaled so the norm group is N(0, 1), so the percentile is Φ(θ).
 * Levels split that group 10 / 20 / 40 / 20 / 10 %: cut points at the 10th, 30th, 70th and
 * 90th percentile. A job that asks level 3 asks for "at least the middle 40 %". When real
 * responses are calibrated, the norm group is the calibration sample and these stay the rule.
 */
import type { Level, SkillScore } from '../domain.js';

/** θ at the 10th, 30th, 70th and 90th percentile of N(0, 1). */
export const LEVEL_CUTS: readonly number[] = [-1.2815516, -0.5244005, 0.5244005, 1.2815516];

/**
 * log erfc(|x|/√2) (Numerical Recipes' erfcc, |relative error| < 1.2e-7), without an exp: the
 * probit scorer takes the log of Φ some 100 000 times per answer.
 */
function logErfcHalf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  return (
    Math.log(t) -
    z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
}

/** Standard normal CDF (|error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const erfc = Math.exp(logErfcHalf(x));
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** log Φ(x), also far into the lower tail (where Φ itself underflows). */
export function logNormalCdfOf(x: number): number {
  return x >= 0 ? Math.log1p(-Math.exp(logErfcHalf(x)) / 2) : logErfcHalf(x) - Math.LN2;
}

/** Percentile in the norm group, 1-99 (we never tell anyone they are 0 or 100). */
export function percentileOf(theta: number): number {
  return Math.min(99, Math.max(1, Math.round(100 * normalCdf(theta))));
}

export function levelOf(theta: number): Level {
  let level = 1;
  for (const cut of LEVEL_CUTS) if (theta >= cut) level++;
  return level as Level;
}

/**
 * The levels a score could be, as people read it ("level 3, could be 4"): its 80 % interval,
 * θ̂ ± z·SE with z of the 90th percentile (the top level cut, 1.28).
 */
export function levelRange(score: { theta: number; se: number }): readonly [Level, Level] {
  const z = LEVEL_CUTS[3]! * score.se;
  return [levelOf(score.theta - z), levelOf(score.theta + z)];
}

/**
 * A bank version ending in "-provisional" has item parameters set by a written rule and norms
 * from simulation, not from real answers (docs/psychometrics.md). Every level, percentile and
 * population share it gives is a provisional estimate, and every place that shows one says so.
 */
export const isProvisional = (version: string): boolean => version.endsWith('-provisional');

/**
 * The month of the test a skillprint was measured with, as its first day, for people ("de test
 * van december 2026"). An assessment version is `<bank version>+<norm version>`
 * (`2026.12c-provisional+2026.12-provisional`, `2026.11+2026.11-provisional`), and a bank version
 * starts with year.month. Undefined for a version in another form.
 */
export function testMonth(assessmentVersion: string): Date | undefined {
  const [, year, month] = /^(\d{4})\.(0?[1-9]|1[0-2])(?!\d)/.exec(assessmentVersion) ?? [];
  return year ? new Date(+year, +month! - 1) : undefined;
}

/** Lowest θ of a level (−∞ for level 1). */
export function levelFloor(level: number): number {
  return level <= 1 ? -Infinity : LEVEL_CUTS[Math.min(level, 5) - 2]!;
}

/**
 * Probability that a person with estimate θ̂ and standard error se is at or above `level`:
 * P(θ ≥ floor) with θ ~ N(θ̂, se²). This is what matching uses instead of a bare comparison.
 */
export function probabilityAtLeast(theta: number, se: number, level: number): number {
  const floor = levelFloor(level);
  if (floor === -Infinity) return 1;
  return 1 - normalCdf((floor - theta) / Math.max(se, 1e-6));
}

/** A skill score as a skillprint carries it: θ and SE to three decimals, and the level and percentile θ means. */
export function toSkillScore(skillId: string, theta: number, se: number, itemsUsed: number): SkillScore {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    skillId,
    theta: round(theta),
    se: round(se),
    level: levelOf(theta),
    percentile: percentileOf(theta),
    itemsUsed,
  };
}
