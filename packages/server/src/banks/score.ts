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
  meta: Pick<Skillprint, 'id' | 'owner' | 'assessmentVersion' | 'issuedAt'>,
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
