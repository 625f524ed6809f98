/**
 * Matching: how well a skillprint fits a job's requirements, honest about measurement error.
 *
 * For each required skill, p = P(θ ≥ floor of the required level) with θ ~ N(θ̂, SE²): a
 * precise score far above the level gives p ≈ 1, an uncertain one near it p ≈ 0.5. The skill
 * part is the importance-weighted mean of p. Interests and work environment add a small,
 * documented secondary part. An essential that is probably not met (p < 0.5) takes a share of
 * the score that grows as p falls, to half of it: continuous, no cliff (see score.ts).
 *
 *   score = round(100 × Π f(p essential) × (0.85 × skills + 0.15 × secondary))
 */
export * from './score.js';
export * from './preferences.js';
export * from './match.js';
export { SkillOrder, probabilityRow } from './columns.js';
export * from './candidate-index.js';
export * from './job-index.js';
export * from './hard-requirements.js';
export * from './learning-path.js';
