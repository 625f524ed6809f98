/**
 * Assembling forced-choice blocks from the statement bank (#17): two or three statements of
 * different skills that sound equally good (the same desirability word) and were
 * not shown before. The person ranks them ("Wat past het best bij jou? En wat het minst?"); a
 * block of three gives three comparisons for the reading time of three statements, where pairs
 * give one comparison per two (Brown & Maydeu-Olivares: triplets are the usual design).
 *
 * A ranking is stored as one number: the index of its permutation in lexicographic order of the
 * positions (best first) — for a pair 0 = first picked, 1 = second; for three, 0 = [0,1,2] …
 * 5 = [2,1,0].
 */
import type { Statement } from '../domain.js';
import type { PairAnswer, PairParams } from './thurstonian.js';

/** A statement's Thurstonian parameters. */
const paramsOf = (s: Statement) => ({
  skillId: s.skillId,
  loading: s.loading,
  intercept: s.intercept,
  uniqueness: s.uniqueness,
});

/** The model's parameters of a comparison, first statement first. */
export function blockParams(first: Statement, second: Statement): PairParams {
  return { first: paramsOf(first), second: paramsOf(second) };
}

/** Joins the statement ids of a block id (statement ids never hold it: see statements.test.ts). */
const BLOCK_JOIN = '-vs-';

/** A block's id: its statements' ids, in the block's order (a slug, like every item id). */
export const blockId = (...statements: readonly Statement[]): string => statements.map((s) => s.id).join(BLOCK_JOIN);

/** The statement ids of a block id (two or three), or undefined when it is not one. */
export function blockStatementIds(id: string): string[] | undefined {
  const parts = id.split(BLOCK_JOIN);
  return parts.length === 2 || parts.length === 3 ? parts : undefined;
}

/** Every ranking of n positions (best first), in lexicographic order: the index is the stored answer. */
export function rankings(n: number): number[][] {
  if (n <= 1) return [[0].slice(0, n)];
  const out: number[][] = [];
  for (let first = 0; first < n; first++) {
    for (const rest of rankings(n - 1)) out.push([first, ...rest.map((r) => (r >= first ? r + 1 : r))]);
  }
  return out;
}

const RANKINGS = [rankings(0), rankings(1), rankings(2), rankings(3)];

/** The ranking (positions, best first) stored as `category` for a block of n; undefined when out of range. */
export const rankingOf = (category: number, n: number): number[] | undefined => RANKINGS[n]?.[category];

/** The stored number of a ranking (positions, best first). */
export function categoryOfRanking(ranking: readonly number[]): number {
  return RANKINGS[ranking.length]!.findIndex((r) => r.every((x, i) => x === ranking[i]));
}

/**
 * The comparisons a ranked block says: every pair of its statements, earlier one first, and
 * whether the earlier was ranked above the later. Scored as independent comparisons, the usual
 * approximation for triplets (their shared error terms make the SEs slightly too small).
 */
export function blockComparisons(statements: readonly Statement[], category: number): PairAnswer[] {
  const ranking = rankingOf(category, statements.length)!;
  const place = (position: number) => ranking.indexOf(position);
  const out: PairAnswer[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      out.push({ pair: blockParams(statements[i]!, statements[j]!), pickedFirst: place(i) < place(j) });
    }
  }
  return out;
}

/** Every pair of a block's statements, earlier one first, with their positions. */
export function blockPairs(statements: readonly Statement[]): { i: number; j: number; pair: PairParams }[] {
  const out: { i: number; j: number; pair: PairParams }[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++)
      out.push({ i, j, pair: blockParams(statements[i]!, statements[j]!) });
  }
  return out;
}

export interface BlockChoice {
  /** How much each skill still needs evidence (e.g. its posterior variance); 0 = done. */
  need: (skillId: string) => number;
  /** Statement ids shown before: never shown twice. */
  shown: ReadonlySet<string>;
  /** A number in [0, 1) for the random pick among the best few (exposure control). */
  uniform: () => number;
  /** Pick at random among this many best first statements (default 3). */
  randomesque?: number;
  /** Statements per block: 3 where the bank has a third partner, else 2 (default 2). */
  size?: number;
  /**
   * Exposure control (the progressive method, see adaptive.ts): the share of a statement's
   * value that is chance, 0 (default) to 1, and the draw per statement. Early in a test the
   * first statements are mostly drawn at random, so every statement gets shown.
   */
  explore?: { share: number; draw: (statementId: string) => number };
  /**
   * Whether a skill still needs a block keyed both ways to anchor its level (default: always).
   * Beyond that, blocks hold statements keyed the same way: in those, picking the statement
   * that sounds good is no help, so saying "yes" to everything cannot raise every skill.
   */
  wantsAnchor?: (skillId: string) => boolean;
}

/**
 * Up to `count` candidate blocks, best first: each of the most useful first statements
 * (need × |λ|) with its most useful partners of other still-needed skills (each skill once) and
 * the same desirability — keyed the other way while the first's skill wants an anchor, the same way after
 * that. Blocks have `size` statements where the bank allows, two otherwise. Shown order is the
 * caller's to randomise.
 */
export function candidateBlocks(
  statements: readonly Statement[],
  choice: Pick<BlockChoice, 'need' | 'shown' | 'wantsAnchor' | 'size' | 'explore'>,
  count: number,
): Statement[][] {
  const open = statements.filter((s) => !choice.shown.has(s.id) && choice.need(s.skillId) > 0);
  const useful = (s: Statement) => choice.need(s.skillId) * Math.abs(s.loading);
  const share = choice.explore?.share ?? 0;
  const best = share > 0 ? Math.max(0, ...open.map(useful)) : 0;
  const chance = new Map(share > 0 ? open.map((s) => [s.id, choice.explore!.draw(s.id) * best]) : []);
  const value = (s: Statement) => (1 - share) * useful(s) + share * (chance.get(s.id) ?? 0);
  const better = (p: Statement, best: Statement) =>
    value(p) > value(best) || (value(p) === value(best) && p.id < best.id);
  const size = choice.size ?? 2;
  const out: Statement[][] = [];
  const firsts = [...open].sort((a, b) => value(b) - value(a) || (a.id < b.id ? -1 : 1));
  for (const first of firsts) {
    if (out.length >= count) break;
    const anchor = choice.wantsAnchor?.(first.skillId) ?? true;
    const block = [first];
    while (block.length < size) {
      const partners = open.filter(
        (p) => p.desirability === first.desirability && block.every((b) => b.skillId !== p.skillId),
      );
      if (!partners.length) break;
      const preferred = partners.filter((p) => (p.keyed !== first.keyed) === anchor);
      const pool = preferred.length ? preferred : partners;
      block.push(pool.reduce((best, p) => (better(p, best) ? p : best)));
    }
    if (block.length >= 2) out.push(block);
  }
  return out;
}

/**
 * The next block, or null when no two unshown statements of different, still-needed skills
 * share a desirability: one of the best few candidates, at random (exposure control), in a
 * random order on screen, so the better-sounding side is never always first.
 */
export function chooseBlock(statements: readonly Statement[], choice: BlockChoice): Statement[] | null {
  const top = candidateBlocks(statements, choice, Math.max(1, choice.randomesque ?? 3));
  if (!top.length) return null;
  const block = [...top[Math.floor(choice.uniform() * top.length)]!];
  for (let i = block.length - 1; i > 0; i--) {
    const j = Math.floor(choice.uniform() * (i + 1));
    [block[i], block[j]] = [block[j]!, block[i]!];
  }
  return block;
}
