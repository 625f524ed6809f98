/** One candidate against one job, explained: what each requirement asks and how likely it is met. */
import type { LearningOffer, Requirement, Sector } from '../domain.js';
import { levelOf, levelRange, probabilityAtLeast } from '../psychometrics/norms.js';
import { PreferenceTable, jobPreferences } from './preferences.js';
import {
  MET_PROBABILITY,
  SKILL_WEIGHT,
  essentialFactor,
  fitOf,
  requirementsKey,
  secondaryPart,
  type CandidateProfile,
  type EssentialGroup,
  type MatchResult,
  type MatchTarget,
  type RequirementFit,
} from './score.js';

/** Jobs that miss the same essentials, counted together: what is missing, and how many jobs miss it. */
export interface MissingGroup {
  missing: Requirement[];
  jobs: number;
}

/**
 * The essentials a candidate probably does not meet, per job: jobs that miss the same ones are
 * one group. Targets may be groups of jobs with the same essentials already (`jobs` each, else
 * 1), so ten thousand jobs cost a few hundred checks. Jobs that miss nothing are left out.
 */
export function missingEssentials(
  candidate: CandidateProfile,
  targets: Iterable<MatchTarget | EssentialGroup>,
): MissingGroup[] {
  // Loops, not closures per job: a job seeker's list runs this on every request.
  const bySkill = new Map(candidate.scores.map((s) => [s.skillId, s]));
  const groups = new Map<string, MissingGroup>();
  for (const target of targets) {
    const missing: Requirement[] = [];
    for (const r of target.requirements) {
      if (!r.essential) continue;
      const s = bySkill.get(r.skillId);
      const p = s ? probabilityAtLeast(s.theta, s.se, r.level) : probabilityAtLeast(0, 1, r.level);
      if (p < MET_PROBABILITY) missing.push(r);
    }
    if (!missing.length) continue;
    const key = requirementsKey(missing);
    const group = groups.get(key) ?? { missing, jobs: 0 };
    group.jobs += 'jobs' in target ? target.jobs : 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * How many jobs each learning offer would open for a candidate: the jobs whose missing
 * essentials the offer would all bring to the required level.
 */
export function jobsOpenedBy(
  candidate: CandidateProfile,
  targets: Iterable<MatchTarget | EssentialGroup>,
  offers: readonly LearningOffer[],
): Map<string, number> {
  return openedBy(missingEssentials(candidate, targets), offers);
}

/** How many of the jobs in `groups` each offer (or anything that develops skills) would open. */
export function openedBy(
  groups: readonly MissingGroup[],
  offers: readonly Pick<LearningOffer, 'id' | 'develops'>[],
): Map<string, number> {
  const opened = new Map<string, number>();
  for (const offer of offers) {
    let count = 0;
    for (const { missing, jobs } of groups) if (developsAll(offer.develops, missing)) count += jobs;
    opened.set(offer.id, count);
  }
  return opened;
}

/** Whether what an offer develops brings every one of these requirements to its level (loops: no closures per group). */
function developsAll(develops: Pick<LearningOffer, 'develops'>['develops'], missing: readonly Requirement[]): boolean {
  for (const r of missing) {
    let brought = false;
    for (const d of develops) if (d.skillId === r.skillId && d.toLevel >= r.level) brought = true;
    if (!brought) return false;
  }
  return true;
}

/**
 * Whether advice for work in `sector` may name an offer: one for any work always, one for some
 * sectors only in those (no driver's training for a care job; none at all for a job whose sector
 * is not known).
 */
export function forSector(offer: Pick<LearningOffer, 'sectors'>, sector: Sector | undefined): boolean {
  return !offer.sectors?.length || (sector !== undefined && offer.sectors.includes(sector));
}

/**
 * Whether advice for this work may name an offer: its sector (forSector), and for an offer for
 * the work of some certificates or licences, work that asks one of them (Code 95 training for a
 * truck driver, not for a forklift driver, who needs a forklift certificate).
 */
export function forWork(
  offer: Pick<LearningOffer, 'sectors' | 'forHardRequirements'>,
  work: Pick<MatchTarget, 'sector' | 'hardRequirements'>,
): boolean {
  const needs = offer.forHardRequirements;
  return (
    forSector(offer, work.sector) && (!needs?.length || !!work.hardRequirements?.some((h) => needs.includes(h.id)))
  );
}

/**
 * How far past the level asked an offer takes a skill: advice names a course at the level a gap
 * needs before one above it (VCA Basis for working safely at level 4, not VCA VOL, which is for
 * supervisors), and among those the one that opens the most jobs.
 */
function overshoot(offer: Pick<LearningOffer, 'develops'>, skillId: string, level: number): number {
  let least = Infinity;
  for (const d of offer.develops)
    if (d.skillId === skillId && d.toLevel >= level) least = Math.min(least, d.toLevel - level);
  return least;
}

/**
 * The score and everything that explains it. Offers (optional) turn gaps into next steps,
 * best first: at the level asked before above it, then the most jobs opened (when `opened` is
 * given, see jobsOpenedBy), then the shortest.
 */
export function match(
  candidate: CandidateProfile,
  target: MatchTarget,
  offers: readonly LearningOffer[] = [],
  opened?: ReadonlyMap<string, number>,
): MatchResult {
  const bySkill = new Map(candidate.scores.map((s) => [s.skillId, s]));
  const weights = target.requirements.reduce((sum, r) => sum + r.importance, 0);
  const secondary = PreferenceTable.of(candidate).fit(jobPreferences(target), 0);
  const secondaryShare = secondaryPart(secondary.interests, secondary.environment);
  // Each requirement's share of the score when surely met (the skills' 0.85, or all of it).
  const skillWeight = secondaryShare === null ? 1 : SKILL_WEIGHT;
  const fits = target.requirements.map((r) => {
    const s = bySkill.get(r.skillId);
    // A skill that was not measured: the prior — 50 % at the middle level, honest about not knowing.
    const probability = s ? probabilityAtLeast(s.theta, s.se, r.level) : probabilityAtLeast(0, 1, r.level);
    const factor = r.essential ? essentialFactor(probability) : 1;
    return { r, s, probability, factor, max: weights ? (100 * skillWeight * r.importance) / weights : 0 };
  });
  const essentials = fits.reduce((product, f) => product * f.factor, 1);
  const skills = weights ? fits.reduce((sum, f) => sum + f.r.importance * f.probability, 0) / weights : 0;
  const fit = fitOf(skills, secondaryShare, essentials);
  const score = Math.round(fit);
  // The essentials' penalty (the fit before it, minus after), shared by the essentials that
  // caused it, each by its part of the product (its log).
  const before = essentials > 0 ? fit / essentials : 0;
  const logs = fits.map((f) => -Math.log(f.factor));
  const logSum = logs.reduce((a, b) => a + b, 0);
  const requirements: RequirementFit[] = fits.map(({ r, s, probability, max }, i) => {
    const points = essentials * max * probability;
    const penalty = logSum > 0 ? (before - fit) * (logs[i]! / logSum) : 0;
    const met = probability >= MET_PROBABILITY;
    return {
      skillId: r.skillId,
      requiredLevel: r.level,
      importance: r.importance,
      essential: r.essential,
      ...(s && { level: s.level, range: levelRange(s) }),
      probability,
      met,
      points,
      // The unmet part of its points, plus its part of the penalty: points and losses of all
      // requirements and the secondary part add up to 100.
      lost: max * (1 - probability) + penalty,
      effect: met ? 'helped' : 'hurt',
    };
  });
  const secondaryPoints = secondaryShare === null ? 0 : 100 * essentials * (1 - SKILL_WEIGHT) * secondaryShare;
  const essentialsMet = requirements.every((r) => !r.essential || r.met);
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
        .filter(
          (o) => forWork(o, target) && o.develops.some((d) => d.skillId === r.skillId && d.toLevel >= r.requiredLevel),
        )
        .sort(
          (a, b) =>
            overshoot(a, r.skillId, r.requiredLevel) - overshoot(b, r.skillId, r.requiredLevel) ||
            (opened?.get(b.id) ?? 0) - (opened?.get(a.id) ?? 0) ||
            a.durationHours - b.durationHours ||
            a.costEur - b.costEur,
        )
        .slice(0, 3)
        .map((o) => o.id);
      return { skillId: r.skillId, requiredLevel: r.requiredLevel, currentLevel, offerIds };
    });

  return {
    score,
    fit,
    essentialFactor: essentials,
    secondaryPoints,
    essentialsMet,
    requirements,
    strengths,
    gaps,
    secondary,
  };
}

/** What the audit log keeps of a match: the fit and each requirement's part in it. */
export type Explanation = Pick<MatchResult, 'fit' | 'essentialFactor' | 'secondaryPoints' | 'requirements'>;

const WORDS = {
  nl: {
    score: (n: number) => `Score ${n} van 100.`,
    asks: (level: number, must: boolean) => `vraagt niveau ${level}${must ? ' (moet)' : ''}`,
    has: (level: number, range?: readonly [number, number]) =>
      range && range[0] !== range[1] ? `heeft ${level} (kan ${range[0]} tot ${range[1]} zijn)` : `heeft ${level}`,
    unknown: 'niet gemeten',
    chance: (p: number) => `kans ${p} %`,
    helped: (n: string) => `levert ${n} punten op`,
    hurt: (n: string) => `kost ${n} punten`,
    penalty: (share: number) =>
      `Een moet-eis is waarschijnlijk niet gehaald: de score is ${share} % van wat hij anders was.`,
    secondary: (n: string) => `Interesses en werkomgeving: ${n} punten.`,
  },
  en: {
    score: (n: number) => `Score ${n} out of 100.`,
    asks: (level: number, must: boolean) => `asks level ${level}${must ? ' (must)' : ''}`,
    has: (level: number, range?: readonly [number, number]) =>
      range && range[0] !== range[1] ? `has ${level} (could be ${range[0]} to ${range[1]})` : `has ${level}`,
    unknown: 'not measured',
    chance: (p: number) => `chance ${p}%`,
    helped: (n: string) => `brings ${n} points`,
    hurt: (n: string) => `costs ${n} points`,
    penalty: (share: number) => `A must-have is probably not met: the score is ${share}% of what it would be.`,
    secondary: (n: string) => `Interests and work environment: ${n} points.`,
  },
} as const;

/**
 * The explanation in words, for the audit log and screen readers, in the reader's language:
 * per requirement what it asks, what the skillprint says, the chance it is met and the points
 * it brought or cost. `label` names a skill in that language.
 */
export function explain(result: Explanation, lang: 'nl' | 'en', label: (skillId: string) => string): string {
  const w = WORDS[lang];
  const points = (n: number) => n.toFixed(1).replace('.', lang === 'nl' ? ',' : '.');
  const lines = [w.score(Math.round(result.fit))];
  for (const r of result.requirements) {
    const has = r.level === undefined ? w.unknown : w.has(r.level, r.range);
    const effect = r.effect === 'helped' ? w.helped(points(r.points)) : w.hurt(points(r.lost));
    lines.push(
      `${label(r.skillId)}: ${w.asks(r.requiredLevel, r.essential)}, ${has}, ${w.chance(Math.round(r.probability * 100))}, ${effect}.`,
    );
  }
  if (result.essentialFactor < 1) lines.push(w.penalty(Math.round(result.essentialFactor * 100)));
  if (result.secondaryPoints > 0) lines.push(w.secondary(points(result.secondaryPoints)));
  return lines.join(' ');
}
