/**
 * Fairness checks (#20 part 4): does an item work the same for two groups of people who are
 * equally able (differential item functioning, Mantel–Haenszel), and does a step of the funnel
 * pick people of one group less often than another (adverse impact, the four-fifths rule)?
 *
 * Group characteristics come only from the separate research consent; they are never used to
 * score or to match anyone. These functions see counts and group labels, never a person.
 */
import { normalCdf } from './norms.js';

/** One stratum of people matched on ability: right and wrong answers per group. */
export interface Table2x2 {
  referenceRight: number;
  referenceWrong: number;
  focalRight: number;
  focalWrong: number;
}

export interface MantelHaenszel {
  /** Common odds ratio α_MH: above 1, the reference group does better than equally able focal people. */
  alpha: number;
  /** ETS delta scale: −2.35 ln α_MH. Negative: the item is harder for the focal group. */
  delta: number;
  /** Standard error of delta (Robins–Breslow–Greenland variance of ln α_MH). */
  deltaSe: number;
  /** Mantel–Haenszel χ² (1 df) with continuity correction, and its p-value. */
  chiSquare: number;
  p: number;
  /** People in strata that carry information (both groups and both answers present). */
  n: number;
}

/** Two-sided p of a χ² with one degree of freedom. */
export const chiSquare1P = (x: number): number => 2 * (1 - normalCdf(Math.sqrt(Math.max(x, 0))));

/**
 * The Mantel–Haenszel common odds ratio, its χ² test and its standard error, over strata.
 * Strata where a group or an answer is missing carry no information and drop out by themselves.
 * The arithmetic is checked against R's `mantelhaen.test` worked example (fairness.test.ts).
 */
export function mantelHaenszel(strata: readonly Table2x2[]): MantelHaenszel {
  let sumR = 0;
  let sumS = 0;
  let sumPR = 0;
  let sumPSQR = 0;
  let sumQS = 0;
  let observed = 0;
  let expected = 0;
  let variance = 0;
  let n = 0;
  for (const { referenceRight: a, referenceWrong: b, focalRight: c, focalWrong: d } of strata) {
    const t = a + b + c + d;
    if (t < 2) continue;
    const reference = a + b;
    const focal = c + d;
    const right = a + c;
    const wrong = b + d;
    if (!reference || !focal || !right || !wrong) continue;
    n += t;
    const P = (a + d) / t;
    const Q = (b + c) / t;
    const R = (a * d) / t;
    const S = (b * c) / t;
    sumR += R;
    sumS += S;
    sumPR += P * R;
    sumPSQR += P * S + Q * R;
    sumQS += Q * S;
    observed += a;
    expected += (reference * right) / t;
    variance += (reference * focal * right * wrong) / (t * t * (t - 1));
  }
  const alpha = sumS > 0 ? sumR / sumS : sumR > 0 ? Infinity : 1;
  const logVariance =
    sumR > 0 && sumS > 0
      ? sumPR / (2 * sumR * sumR) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS * sumS)
      : Infinity;
  const chiSquare = variance > 0 ? Math.max(Math.abs(observed - expected) - 0.5, 0) ** 2 / variance : 0;
  return {
    alpha,
    delta: -2.35 * Math.log(alpha),
    deltaSe: 2.35 * Math.sqrt(logVariance),
    chiSquare,
    p: chiSquare1P(chiSquare),
    n,
  };
}

/**
 * ETS classification (Zwick 2012): A — negligible (|Δ| < 1 or χ² not significant at .05);
 * C — large (|Δ| ≥ 1.5 and |Δ| significantly above 1, one-sided .05); B — moderate otherwise.
 */
export type EtsGrade = 'A' | 'B' | 'C';

export function etsGrade(mh: Pick<MantelHaenszel, 'delta' | 'deltaSe' | 'p'>): EtsGrade {
  const size = Math.abs(mh.delta);
  if (mh.p >= 0.05 || size < 1) return 'A';
  // One group always right (or always wrong) in every informative stratum: as large as it gets.
  if (!Number.isFinite(size)) return 'C';
  if (size >= 1.5 && (size - 1) / mh.deltaSe > 1.6448536) return 'C';
  return 'B';
}

export type DifGroup = 'reference' | 'focal';

/** What a DIF study needs of one person: their group and their scored (0/1) answers. */
export interface DifPerson {
  group: DifGroup;
  answers: ReadonlyMap<string, 0 | 1>;
}

export interface DifOptions<P extends DifPerson> {
  /**
   * The ability the person is matched on when `itemId` is studied, leaving out the items in
   * `excluded` (the ones flagged in the first stage). Default: the number right over all
   * answered items that are not excluded, the studied item always counted (Holland & Thayer).
   */
  matching?: (person: P, itemId: string, excluded: ReadonlySet<string>) => number;
  /**
   * Strata: every distinct matching score (the default, for number-right scores), or this many
   * bins of equal size over the pooled matching scores (for a continuous θ̂).
   */
  bins?: number;
  /** Two-stage purification: items graded B or C leave the matching score (default true). */
  purify?: boolean;
  /** Fewer people than this in a group: the item is not studied (too few to say). */
  minPerGroup?: number;
}

export interface DifItem extends MantelHaenszel {
  itemId: string;
  reference: number;
  focal: number;
  grade: EtsGrade;
  /** Which group the item favours when it is graded B or C. */
  favours?: DifGroup;
}

export interface DifStudy {
  items: DifItem[];
  /** Items with too few people in a group to study. */
  tooFew: string[];
  /** Items left out of the matching score in the second stage. */
  purifiedOut: string[];
}

const numberRight = (person: DifPerson, itemId: string, excluded: ReadonlySet<string>): number => {
  let sum = 0;
  for (const [id, x] of person.answers) if (id === itemId || !excluded.has(id)) sum += x;
  return sum;
};

/** Cut points that split the sorted values into `bins` groups of about equal size. */
function quantileCuts(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) cuts.push(sorted[Math.floor((k * sorted.length) / bins)]!);
  return cuts;
}

function studyItem<P extends DifPerson>(
  people: readonly P[],
  itemId: string,
  excluded: ReadonlySet<string>,
  options: DifOptions<P>,
): Omit<DifItem, 'grade' | 'favours'> | null {
  const matching = options.matching ?? numberRight;
  const answered = people.filter((p) => p.answers.has(itemId));
  const scores = answered.map((p) => matching(p, itemId, excluded));
  const cuts = options.bins ? quantileCuts(scores, options.bins) : null;
  const strata = new Map<number, Table2x2>();
  let reference = 0;
  let focal = 0;
  answered.forEach((person, i) => {
    const score = scores[i]!;
    const key = cuts ? cuts.filter((c) => score >= c).length : score;
    let t = strata.get(key);
    if (!t) strata.set(key, (t = { referenceRight: 0, referenceWrong: 0, focalRight: 0, focalWrong: 0 }));
    const right = person.answers.get(itemId) === 1;
    if (person.group === 'reference') {
      reference++;
      if (right) t.referenceRight++;
      else t.referenceWrong++;
    } else {
      focal++;
      if (right) t.focalRight++;
      else t.focalWrong++;
    }
  });
  if (Math.min(reference, focal) < (options.minPerGroup ?? 1)) return null;
  return { itemId, reference, focal, ...mantelHaenszel([...strata.values()]) };
}

/**
 * Mantel–Haenszel DIF for every item, with two-stage purification: stage one matches on all
 * items; items graded B or C leave the matching score; stage two studies every item again.
 */
export function difStudy<P extends DifPerson>(people: readonly P[], options: DifOptions<P> = {}): DifStudy {
  const itemIds = [...new Set(people.flatMap((p) => [...p.answers.keys()]))].sort();
  const run = (excluded: ReadonlySet<string>) => {
    const items: DifItem[] = [];
    const tooFew: string[] = [];
    for (const itemId of itemIds) {
      const result = studyItem(people, itemId, excluded, options);
      if (!result) {
        tooFew.push(itemId);
        continue;
      }
      const grade = etsGrade(result);
      items.push({
        ...result,
        grade,
        ...(grade !== 'A' && { favours: result.delta < 0 ? ('reference' as const) : ('focal' as const) }),
      });
    }
    return { items, tooFew };
  };
  const first = run(new Set());
  if (options.purify === false) return { ...first, purifiedOut: [] };
  const flagged = first.items.filter((i) => i.grade !== 'A').map((i) => i.itemId);
  if (!flagged.length) return { ...first, purifiedOut: [] };
  return { ...run(new Set(flagged)), purifiedOut: flagged };
}

/** One group at one step of the funnel: how many were there, how many went through. */
export interface GroupCount {
  group: string;
  n: number;
  selected: number;
}

export interface ImpactRow extends GroupCount {
  rate: number;
  /** This group's rate divided by the highest rate among the groups large enough to judge. */
  ratio?: number;
  /** Two-sided p of the two-proportion z-test against that group (pooled variance). */
  p?: number;
  /**
   * too-few: fewer people than the minimum, not judged; adverse: ratio below 4/5 and
   * significant; watch: below 4/5 but not significant (could be chance); ok otherwise.
   */
  verdict: 'too-few' | 'reference' | 'ok' | 'watch' | 'adverse';
}

/**
 * Adverse impact at one step of the funnel (the four-fifths rule of the US Uniform Guidelines,
 * 29 CFR 1607.4 D, with a significance test so that small groups are not judged on chance).
 */
export function adverseImpact(
  groups: readonly GroupCount[],
  options: { minGroup?: number; alpha?: number } = {},
): ImpactRow[] {
  const { minGroup = 30, alpha = 0.05 } = options;
  const rows = groups.map((g) => ({ ...g, rate: g.n ? g.selected / g.n : 0 }));
  const judged = rows.filter((g) => g.n >= minGroup);
  const best = judged.reduce<(typeof rows)[number] | undefined>((b, g) => (!b || g.rate > b.rate ? g : b), undefined);
  return rows.map((g): ImpactRow => {
    if (g.n < minGroup || !best) return { ...g, verdict: 'too-few' };
    if (g === best) return { ...g, ratio: 1, verdict: 'reference' };
    const ratio = best.rate > 0 ? g.rate / best.rate : 1;
    const pooled = (g.selected + best.selected) / (g.n + best.n);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / g.n + 1 / best.n));
    const p = se > 0 ? 2 * (1 - normalCdf(Math.abs(best.rate - g.rate) / se)) : 1;
    const verdict = ratio >= 0.8 ? 'ok' : p < alpha ? 'adverse' : 'watch';
    return { ...g, ratio, p, verdict };
  });
}
