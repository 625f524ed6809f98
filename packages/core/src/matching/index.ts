/**
 * Matching: how well a skillprint fits a job's requirements, honest about measurement error.
 *
 * For each required skill, p = P(θ ≥ floor of the required level) with θ ~ N(θ̂, SE²): a
 * precise score far above the level gives p ≈ 1, an uncertain one near it p ≈ 0.5. The skill
 * part is the importance-weighted mean of p. Interests and work environment add a small,
 * documented secondary part. Essentials are a gate: when one is probably not met (p < 0.5) the
 * score is capped at 49 — never "a good match" — whatever else is strong.
 *
 *   score = round(100 × (0.85 × skills + 0.15 × secondary)), capped at 49 if an essential is missing
 */
export * from './score.js';
export * from './match.js';
export { SkillOrder, probabilityRow } from './columns.js';
export * from './candidate-index.js';
export * from './job-index.js';
