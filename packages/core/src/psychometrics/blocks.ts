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

/** A block's id: both statements' ids, in the order shown. */
export const blockId = (first: Statement, second: Statement): string => `${first.id}+${second.id}`;

export interface BlockChoice {
  /** How much each skill still needs evidence (e.g. its posterior variance); 0 = done. */
  need: (skillId: string) => number;
  /** Statement ids shown before: never shown twice. */
  shown: ReadonlySet<string>;
  /** A number in [0, 1) for the random pick among the best few (exposure control). */
  uniform: () => number;
  /** Pick at random among this many best first statements (default 3). */
  randomesque?: number;
}

/**
 * The next block, or null when no two unshown statements of different, still-needed skills
 * share a desirability. The first statement is one of the most useful (need × |λ|); its partner
 * is the most useful statement of another skill with the same μ, keyed the other way when one
 * exists. The order on screen is random, so the better-sounding side is never always first.
 */
export function chooseBlock(statements: readonly Statement[], choice: BlockChoice): [Statement, Statement] | null {
  const open = statements.filter((s) => !choice.shown.has(s.id) && choice.need(s.skillId) > 0);
  const value = (s: Statement) => choice.need(s.skillId) * Math.abs(s.loading);
  const partnersOf = (s: Statement) => open.filter((p) => p.skillId !== s.skillId && p.intercept === s.intercept);
  const firsts = open
    .filter((s) => partnersOf(s).length > 0)
    .sort((a, b) => value(b) - value(a) || (a.id < b.id ? -1 : 1));
  if (!firsts.length) return null;
  const top = firsts.slice(0, Math.max(1, choice.randomesque ?? 3));
  const first = top[Math.floor(choice.uniform() * top.length)]!;
  const partners = partnersOf(first);
  const mixed = partners.filter((p) => p.keyed !== first.keyed);
  const pool = mixed.length ? mixed : partners;
  const second = pool.reduce((best, p) =>
    value(p) > value(best) || (value(p) === value(best) && p.id < best.id) ? p : best,
  );
  return choice.uniform() < 0.5 ? [first, second] : [second, first];
}
