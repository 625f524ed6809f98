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
import type { EnvironmentValue, InterestId, LearningOffer, Requirement, SkillScore } from '@pfw/contract';
import { levelOf, probabilityAtLeast } from '../psychometrics/norms.js';

export const SKILL_WEIGHT = 0.85;
export const ESSENTIAL_CAP = 49;
/** A score from here on is "a good match" (the match list marks it so; the builder's preview counts it). */
export const GOOD_MATCH = 70;
/** A requirement counts as met when the candidate is more likely than not at or above its level. */
export const MET_PROBABILITY = 0.5;

export interface MatchTarget {
  requirements: readonly Requirement[];
  interests?: readonly InterestId[];
  environment?: readonly EnvironmentValue[];
}

export interface CandidateProfile {
  scores: readonly SkillScore[];
  interests?: readonly { interestId: InterestId; score: number }[];
  environment?: readonly EnvironmentValue[];
}

export interface RequirementFit {
  skillId: string;
  requiredLevel: number;
  importance: number;
  essential: boolean;
  probability: number;
  met: boolean;
}

export interface MatchResult {
  score: number;
  essentialsMet: boolean;
  requirements: RequirementFit[];
  strengths: string[];
  gaps: { skillId: string; requiredLevel: number; currentLevel: number; offerIds: string[] }[];
  secondary: { interests: number; environment: number };
}

/** The one formula of the score, shared by `match` and the ranking indexes (rank.ts). */
export function combineScore(skills: number, secondary: number, essentialsMet: boolean): number {
  const score = Math.round(100 * (SKILL_WEIGHT * skills + (1 - SKILL_WEIGHT) * secondary));
  return essentialsMet ? score : Math.min(score, ESSENTIAL_CAP);
}

/**
 * The inverse ranking needs to prune: the least skill share (0..1) that can still score above
 * `score` with a neutral secondary part (0.5), i.e. combineScore(x, 0.5, true) > score ⇔ x ≥ this
 * (minus a hair, so rounding never prunes someone who would tie in).
 */
export function leastSkillShareAbove(score: number): number {
  return ((score + 0.5) / 100 - (1 - SKILL_WEIGHT) * 0.5) / SKILL_WEIGHT - 1e-9;
}

/** Interests: the share of the job's interest areas the candidate scores 50+ on (0.5 when unknown). */
export function interestFit(job: readonly InterestId[] | undefined, candidate: CandidateProfile['interests']): number {
  if (!job?.length || !candidate?.length) return 0.5;
  const liked = new Set(candidate.filter((i) => i.score >= 50).map((i) => i.interestId));
  return job.filter((i) => liked.has(i)).length / job.length;
}

/** Environment: 1 − mean distance on the shared facets (each −2..2, so distance/4), 0.5 when unknown. */
export function environmentFit(
  job: readonly EnvironmentValue[] | undefined,
  candidate: readonly EnvironmentValue[] | undefined,
): number {
  if (!job?.length || !candidate?.length) return 0.5;
  const mine = new Map(candidate.map((e) => [e.facetId, e.value]));
  const shared = job.filter((e) => mine.has(e.facetId));
  if (!shared.length) return 0.5;
  return 1 - shared.reduce((s, e) => s + Math.abs(e.value - mine.get(e.facetId)!), 0) / (4 * shared.length);
}

/** Jobs that share the same essential requirements, counted once (see JobIndex.essentialGroups). */
export interface EssentialGroup {
  requirements: readonly Requirement[];
  jobs: number;
}

/**
 * How many jobs each learning offer would open for a candidate: the jobs whose missing
 * essentials the offer would all bring to the required level. Targets may be groups of jobs
 * with the same essentials (`jobs` each, else 1), so ten thousand jobs cost a few hundred
 * checks; they are grouped again by what is missing before the offers are tried.
 */
export function jobsOpenedBy(
  candidate: CandidateProfile,
  targets: Iterable<MatchTarget | EssentialGroup>,
  offers: readonly LearningOffer[],
): Map<string, number> {
  const bySkill = new Map(candidate.scores.map((s) => [s.skillId, s]));
  const meets = (r: Requirement) => {
    const s = bySkill.get(r.skillId);
    return (s ? probabilityAtLeast(s.theta, s.se, r.level) : probabilityAtLeast(0, 1, r.level)) >= MET_PROBABILITY;
  };
  const groups = new Map<string, { missing: Requirement[]; jobs: number }>();
  for (const target of targets) {
    const missing = target.requirements.filter((r) => r.essential && !meets(r));
    if (!missing.length) continue;
    const key = missing
      .map((r) => `${r.skillId}:${r.level}`)
      .sort()
      .join('|');
    const group = groups.get(key) ?? { missing, jobs: 0 };
    group.jobs += 'jobs' in target ? target.jobs : 1;
    groups.set(key, group);
  }
  const opened = new Map<string, number>();
  for (const offer of offers) {
    let count = 0;
    for (const { missing, jobs } of groups.values()) {
      if (missing.every((r) => offer.develops.some((d) => d.skillId === r.skillId && d.toLevel >= r.level)))
        count += jobs;
    }
    opened.set(offer.id, count);
  }
  return opened;
}

/**
 * The score and everything that explains it. Offers (optional) turn gaps into next steps,
 * best first: the most jobs opened (when `opened` is given, see jobsOpenedBy), then the shortest.
 */
export function match(
  candidate: CandidateProfile,
  target: MatchTarget,
  offers: readonly LearningOffer[] = [],
  opened?: ReadonlyMap<string, number>,
): MatchResult {
  const bySkill = new Map(candidate.scores.map((s) => [s.skillId, s]));
  let weighted = 0;
  let weights = 0;
  const requirements: RequirementFit[] = target.requirements.map((r) => {
    const s = bySkill.get(r.skillId);
    // A skill that was not measured: the prior — 50 % at the middle level, honest about not knowing.
    const probability = s ? probabilityAtLeast(s.theta, s.se, r.level) : probabilityAtLeast(0, 1, r.level);
    weighted += r.importance * probability;
    weights += r.importance;
    return {
      skillId: r.skillId,
      requiredLevel: r.level,
      importance: r.importance,
      essential: r.essential,
      probability,
      met: probability >= MET_PROBABILITY,
    };
  });
  const skills = weights ? weighted / weights : 0;
  const secondary = {
    interests: interestFit(target.interests, candidate.interests),
    environment: environmentFit(target.environment, candidate.environment),
  };
  const essentialsMet = requirements.every((r) => !r.essential || r.met);
  const score = combineScore(skills, (secondary.interests + secondary.environment) / 2, essentialsMet);

  const strengths = requirements
    .filter((r) => r.met && r.probability >= 0.7)
    .sort((a, b) => b.probability - a.probability || b.importance - a.importance)
    .slice(0, 3)
    .map((r) => r.skillId);

  const gaps = requirements
    .filter((r) => !r.met)
    .sort((a, b) => Number(b.essential) - Number(a.essential) || b.importance - a.importance)
    .map((r) => {
      const s = bySkill.get(r.skillId);
      const currentLevel = s ? s.level : levelOf(0);
      const offerIds = offers
        .filter((o) => o.develops.some((d) => d.skillId === r.skillId && d.toLevel >= r.requiredLevel))
        .sort(
          (a, b) =>
            (opened?.get(b.id) ?? 0) - (opened?.get(a.id) ?? 0) ||
            a.durationHours - b.durationHours ||
            a.costEur - b.costEur,
        )
        .slice(0, 3)
        .map((o) => o.id);
      return { skillId: r.skillId, requiredLevel: r.requiredLevel, currentLevel, offerIds };
    });

  return { score, essentialsMet, requirements, strengths, gaps, secondary };
}

/** One line for the audit log and for screen readers: why this score. */
export function explainInOneLine(result: MatchResult): string {
  const missing = result.requirements.filter((r) => r.essential && !r.met).map((r) => r.skillId);
  return [
    `score ${result.score}`,
    missing.length ? `essentials missing: ${missing.join(', ')}` : 'all essentials met',
    result.strengths.length ? `strengths: ${result.strengths.join(', ')}` : '',
    result.gaps.length
      ? `gaps: ${result.gaps.map((g) => `${g.skillId} ${g.currentLevel}→${g.requiredLevel}`).join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export * from './rank.js';
