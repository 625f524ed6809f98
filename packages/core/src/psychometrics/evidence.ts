/**
 * What a test's answers say per skill: the log-likelihood of its scenes and games on the
 * quadrature, the forced-choice picks that touch it, how many answers and of which formats, and
 * how much of its evidence is behaviour (scenes, games) rather than self-description (blocks),
 * counted as test information at θ = 0 so the share does not depend on the person.
 */
import type { Item, Statement } from '../domain.js';
import { blockComparisons, blockPairs } from './blocks.js';
import type { Matrix } from './linalg.js';
import { itemInformation, logCategoryProbability } from './models.js';
import { collateralPriors, likelihoodFromPosterior } from './multidim.js';
import { QUADRATURE, STANDARD_NORMAL, type Estimate, type NormalPrior } from './scoring.js';
import { pairInformation, pairPosteriors, type PairAnswer, type PairPosteriors } from './thurstonian.js';

/** How an answer was given: an item's format, or a forced-choice block. */
export type EvidenceFormat = Item['format'] | 'block';

/** A forced-choice block: two or three statements of different skills, in the block's order. */
export interface Block {
  id: string;
  statements: Statement[];
  expectedSeconds: number;
}

export interface Evidence {
  /** The θ grid the log-likelihoods are on: the product's QUADRATURE, or a calibration's coarser one. */
  grid: readonly number[];
  /** Per skill: log-likelihood of its items (scenes, games) on the grid. */
  logLik: Float64Array[];
  pairs: PairAnswer[];
  /** Per skill: answers that touch it (a block counts for both its skills). */
  counts: number[];
  formats: Set<EvidenceFormat>[];
  /** Per skill: information at θ = 0 from behaviour (scenes, games) and from self-description. */
  behaviour: number[];
  selfReport: number[];
  /** Per skill: blocks keyed both ways (they anchor the level; see blocks.ts). */
  anchors: number[];
  estimates?: Estimate[];
}

const AT_ZERO = { mean: 0, sd: 1 };

export function emptyEvidence(skills: number, grid: readonly number[] = QUADRATURE): Evidence {
  return {
    grid,
    logLik: Array.from({ length: skills }, () => new Float64Array(grid.length)),
    pairs: [],
    counts: new Array<number>(skills).fill(0),
    formats: Array.from({ length: skills }, () => new Set<EvidenceFormat>()),
    behaviour: new Array<number>(skills).fill(0),
    selfReport: new Array<number>(skills).fill(0),
    anchors: new Array<number>(skills).fill(0),
  };
}

/** The evidence with one more item answer (a new object: earlier ones stay valid). */
export function withItem(previous: Evidence, s: number, item: Item, category: number): Evidence {
  const logLik = [...previous.logLik];
  const row = Float64Array.from(previous.logLik[s]!);
  const { grid } = previous;
  for (let q = 0; q < grid.length; q++) row[q]! += logCategoryProbability(item, grid[q]!, category);
  logLik[s] = row;
  const behaviour = [...previous.behaviour];
  behaviour[s]! += itemInformation(item, 0); // every item is a scene or a game
  return {
    ...previous,
    logLik,
    counts: bump(previous.counts, [s]),
    formats: withFormat(previous.formats, [s], item.format),
    behaviour,
    estimates: undefined,
  };
}

/**
 * The evidence with one more block answer: `skills` are the indexes of the block's statements'
 * skills, `category` its ranking (see blocks.ts). Each comparison in it counts for both sides.
 */
export function withBlock(previous: Evidence, skills: readonly number[], block: Block, category: number): Evidence {
  const selfReport = [...previous.selfReport];
  for (const { i, j, pair } of blockPairs(block.statements)) {
    selfReport[skills[i]!]! += pairInformation(pair, 'first', 0, AT_ZERO);
    selfReport[skills[j]!]! += pairInformation(pair, 'second', 0, AT_ZERO);
  }
  const keyed = new Set(block.statements.map((st) => st.keyed));
  return {
    ...previous,
    pairs: [...previous.pairs, ...blockComparisons(block.statements, category)],
    counts: bump(previous.counts, skills),
    formats: withFormat(previous.formats, skills, 'block'),
    selfReport,
    anchors: keyed.size === 1 ? previous.anchors : bump(previous.anchors, skills),
    estimates: undefined,
  };
}

/** Share of a skill's evidence that is behaviour (1 when there is none yet of either kind). */
export function behaviourShare(evidence: Evidence, s: number): number {
  const total = evidence.behaviour[s]! + evidence.selfReport[s]!;
  return total > 0 ? evidence.behaviour[s]! / total : 1;
}

/**
 * EAP and posterior SD per skill: items on the quadrature, blocks through the Thurstonian
 * scorer, and — with correlations — each skill's prior from what the other skills' evidence
 * implies (multidim.ts). Cached on the evidence object.
 */
export function estimatesOf(evidence: Evidence, skills: readonly string[], correlations?: Matrix): Estimate[] {
  if (!evidence.estimates) evidence.estimates = posteriorsOf(evidence, skills, correlations).estimates;
  return evidence.estimates;
}

/** What `estimatesOf` computes, with each skill's prior and the scorer's grids (a calibration's E-step). */
export function posteriorsOf(
  evidence: Evidence,
  skills: readonly string[],
  correlations?: Matrix,
): PairPosteriors & { priors: NormalPrior[] } {
  const flat = skills.map(() => STANDARD_NORMAL);
  // With correlations, the first pass only feeds the collateral priors: one sweep is enough there.
  const sweeps = evidence.pairs.length ? 2 : 1;
  const { grid } = evidence;
  const first = pairPosteriors(skills, evidence.logLik, evidence.pairs, flat, correlations ? 1 : sweeps, grid);
  if (!correlations) return { ...first, priors: flat };
  const priors = collateralPriors(correlations, first.estimates.map(likelihoodFromPosterior));
  return { ...pairPosteriors(skills, evidence.logLik, evidence.pairs, priors, sweeps, grid), priors };
}

const bump = (counts: readonly number[], at: readonly number[]) => {
  const out = [...counts];
  for (const s of at) out[s]!++;
  return out;
};

function withFormat(formats: readonly Set<EvidenceFormat>[], at: readonly number[], format: EvidenceFormat) {
  const out = [...formats];
  for (const s of at) out[s] = new Set([...formats[s]!, format]);
  return out;
}
