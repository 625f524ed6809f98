/** From stored answers to a skillprint, under one bank version: what completing an assessment and re-scoring share. */
import type { Skillprint } from '@pfw/contract';
import { signableScores, type Administration, type GameOptions, type RawAnswer } from '@pfw/core/psychometrics';

/** What the answers say under this administration's bank: the skills measured well enough to sign, and the rest. */
export function scoreAnswers(
  administration: Administration,
  seed: number,
  answers: readonly RawAnswer[],
  options: GameOptions,
) {
  const result = administration.result(seed, answers, options);
  const { scores, unmeasured } = signableScores(result.estimates);
  const theta = new Map(scores.map((x) => [x.skillId, x.theta]));
  return {
    finished: result.finished,
    scores,
    unmeasured,
    interests: result.interests,
    environment: result.environment,
    // Answers that do not hang together: the person reads that we could not measure well.
    poorFit: administration.personFit(seed, answers, theta, options).flagged,
  };
}

/** The skillprint of scored answers. */
export function skillprintOf(
  scored: ReturnType<typeof scoreAnswers>,
  meta: Pick<Skillprint, 'id' | 'owner' | 'assessmentVersion' | 'issuedAt' | 'testLangs'>,
): Skillprint {
  return {
    ...meta,
    scores: scored.scores,
    interests: scored.interests,
    environment: scored.environment,
    ...(scored.unmeasured.length ? { unmeasured: scored.unmeasured } : {}),
    ...(scored.poorFit && { poorFit: true as const }),
  };
}

/**
 * The skillprint of a re-measurement: the re-measured skills that were measured well enough,
 * every other score (and the interests and work environment) copied from `base`, and saying so.
 * Undefined when none of the re-measured skills was measured well enough.
 */
export function remeasuredSkillprintOf(
  scored: ReturnType<typeof scoreAnswers>,
  remeasure: readonly string[],
  base: Skillprint,
  meta: Pick<Skillprint, 'id' | 'owner' | 'assessmentVersion' | 'issuedAt' | 'testLangs'>,
): Skillprint | undefined {
  const fresh = scored.scores.filter((s) => remeasure.includes(s.skillId));
  if (!fresh.length) return undefined;
  const skills = fresh.map((s) => s.skillId);
  const unmeasured = (base.unmeasured ?? []).filter((id) => !skills.includes(id));
  return {
    ...meta,
    scores: [...base.scores.filter((s) => !skills.includes(s.skillId)), ...fresh],
    interests: base.interests,
    environment: base.environment,
    ...(unmeasured.length ? { unmeasured } : {}),
    ...((base.poorFit || scored.poorFit) && { poorFit: true as const }),
    remeasure: { basedOn: base.id, skills },
  };
}
