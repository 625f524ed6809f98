/** One candidate against one job, explained: what each requirement asks and how likely it is met. */
import type { LearningOffer, Requirement } from '../domain.js';
import { levelOf, probabilityAtLeast } from '../psychometrics/norms.js';
import {
  MET_PROBABILITY,
  combineScore,
  environmentFit,
  interestFit,
  secondaryPart,
  type CandidateProfile,
  type EssentialGroup,
  type MatchResult,
  type MatchTarget,
  type RequirementFit,
} from './score.js';

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
  const score = combineScore(skills, secondaryPart(secondary.interests, secondary.environment), essentialsMet);

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
    // What was not measured on both sides weighs nothing, and the line says so.
    (['interests', 'environment'] as const)
      .map((part) => {
        const fit = result.secondary[part];
        return fit === null ? `${part} not counted (not known on both sides)` : `${part} ${Math.round(fit * 100)}%`;
      })
      .join(', '),
  ]
    .filter(Boolean)
    .join('; ');
}
