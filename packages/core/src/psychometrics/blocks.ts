/**
 * Assembling forced-choice blocks from the statement bank (#17): two statements of different
 * skills that sound equally good (the same desirability word, so the same μ) and were not shown
 * before. A block whose statements are keyed in opposite directions anchors the absolute level of
 * both skills (a pair keyed the same way only says which skill is stronger), so the assembler
 * prefers one wherever the bank has it, and it spends blocks where a skill still needs evidence.
 */
import type { Statement } from '../domain.js';
import type { PairParams } from './thurstonian.js';

/** A statement's Thurstonian parameters. */
const paramsOf = (s: Statement) => ({
  skillId: s.skillId,
  loading: s.loading,
  intercept: s.intercept,
  uniqueness: s.uniqueness,
});

/** The model's parameters of a block, first statement first. */
export function blockParams(first: Statement, second: Statement): PairParams {
  return { first: paramsOf(first), second: paramsOf(second) };
}

/** Joins the two statement ids of a block id (statement ids never hold it: see statements.test.ts). */
const BLOCK_JOIN = '-vs-';

/** A block's id: both statements' ids, in the order shown (a slug, like every item id). */
export const blockId = (first: Statement, second: Statement): string => `${first.id}${BLOCK_JOIN}${second.id}`;

/** The two statement ids of a block id, or undefined when it is not one. */
export function blockStatementIds(id: string): [string, string] | undefined {
  const parts = id.split(BLOCK_JOIN);
  return parts.length === 2 ? [parts[0]!, parts[1]!] : undefined;
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
  /**
   * Whether a skill still needs a block keyed both ways to anchor its level (default: always).
   * Beyond that, blocks pair statements keyed the same way: in those, picking the statement
   * that sounds good is no help, so saying "yes" to everything cannot raise every skill.
   */
  wantsAnchor?: (skillId: string) => boolean;
}

/**
 * Up to `count` candidate blocks, best first: each of the most useful first statements
 * (need × |λ|) with its most useful partner of another still-needed skill and the same μ,
 * keyed the other way while the first's skill wants an anchor, the same way after that. Shown order is the caller's to randomise.
 */
export function candidateBlocks(
  statements: readonly Statement[],
  choice: Pick<BlockChoice, 'need' | 'shown' | 'wantsAnchor'>,
  count: number,
): [Statement, Statement][] {
  const open = statements.filter((s) => !choice.shown.has(s.id) && choice.need(s.skillId) > 0);
  const value = (s: Statement) => choice.need(s.skillId) * Math.abs(s.loading);
  const partnersOf = (s: Statement) => open.filter((p) => p.skillId !== s.skillId && p.intercept === s.intercept);
  const out: [Statement, Statement][] = [];
  const firsts = [...open].sort((a, b) => value(b) - value(a) || (a.id < b.id ? -1 : 1));
  for (const first of firsts) {
    if (out.length >= count) break;
    const partners = partnersOf(first);
    if (!partners.length) continue;
    const anchor = choice.wantsAnchor?.(first.skillId) ?? true;
    const preferred = partners.filter((p) => (p.keyed !== first.keyed) === anchor);
    const pool = preferred.length ? preferred : partners;
    const second = pool.reduce((best, p) =>
      value(p) > value(best) || (value(p) === value(best) && p.id < best.id) ? p : best,
    );
    out.push([first, second]);
  }
  return out;
}

/**
 * The next block, or null when no two unshown statements of different, still-needed skills
 * share a desirability: one of the best few candidates, at random (exposure control), in a
 * random order on screen, so the better-sounding side is never always first.
 */
export function chooseBlock(statements: readonly Statement[], choice: BlockChoice): [Statement, Statement] | null {
  const top = candidateBlocks(statements, choice, Math.max(1, choice.randomesque ?? 3));
  if (!top.length) return null;
  const [first, second] = top[Math.floor(choice.uniform() * top.length)]!;
  return choice.uniform() < 0.5 ? [first, second] : [second, first];
}
