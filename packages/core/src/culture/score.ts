/**
 * Scoring the learning culture scan (#24), pure. Each answer is 1-5; a statement keyed the other
 * way counts 6 − answer. A person's dimension score is the mean of the statements they answered
 * (at least two of four), on 0-100. The learning-culture index of a person is the mean of their
 * dimension scores; the report gives the employees' mean of each with a 90 % range (Student's t),
 * ranks the dimensions (they overlap, so one index and an order, not seven verdicts), and the gap
 * between what management intends and what employees experience. Nothing is reported below
 * MIN_EMPLOYEES answers: with fewer, a result could point at a person.
 */
import { CULTURE_DIMENSIONS, cultureItems, type CultureDimension } from './instrument.js';

/** An answer per statement id, 1-5. */
export type CultureAnswers = Readonly<Record<string, number>>;

/** Results show only from this many employees' answers. */
export const MIN_EMPLOYEES = 5;
/** Reliability is "betrouwbaar genoeg" from this many complete answers on a dimension and α, ω ≥ RELIABLE. */
export const MIN_FOR_RELIABILITY = 10;
export const RELIABLE = 0.6;

const itemsOf = (dimension: CultureDimension) => cultureItems.filter((i) => i.dimension === dimension);

/** An answer scored so that higher means more of the dimension, 1-5; undefined when not a whole 1-5. */
function scored(answers: CultureAnswers, id: string, positive: boolean): number | undefined {
  const a = answers[id];
  if (a === undefined || !Number.isInteger(a) || a < 1 || a > 5) return undefined;
  return positive ? a : 6 - a;
}

/** One person's score per dimension, 0-100 (absent where fewer than two statements were answered). */
export function dimensionScores(answers: CultureAnswers): Partial<Record<CultureDimension, number>> {
  const out: Partial<Record<CultureDimension, number>> = {};
  for (const dimension of CULTURE_DIMENSIONS) {
    const values = itemsOf(dimension)
      .map((i) => scored(answers, i.id, i.positive))
      .filter((v): v is number => v !== undefined);
    if (values.length >= 2) out[dimension] = (100 * (mean(values) - 1)) / 4;
  }
  return out;
}

/** One person's learning-culture index: the mean of their dimension scores (at least five of seven). */
export function personIndex(answers: CultureAnswers): number | undefined {
  const values = Object.values(dimensionScores(answers));
  return values.length >= 5 ? mean(values) : undefined;
}

export interface Range {
  mean: number;
  /** The 90 % range of the mean (Student's t). */
  low: number;
  high: number;
  n: number;
}

export interface DimensionResult extends Range {
  dimension: CultureDimension;
  /** 1 = the strongest. */
  rank: number;
  /** What management answered (0-100), and management − employees: positive means intended more than experienced. */
  management?: number;
  gap?: number;
  reliability: Reliability;
}

export interface Reliability {
  /** Cronbach's α and McDonald's ω (one factor), from complete answers; absent with fewer than three. */
  alpha?: number;
  omega?: number;
  /** Complete answers to the dimension's four statements. */
  n: number;
  /** What the employer reads: "betrouwbaar genoeg", or why not yet. */
  enough: boolean;
  /** Not enough: fewer complete answers than MIN_FOR_RELIABILITY, or answers that do not hang together. */
  because?: 'few-answers' | 'answers-differ';
}

export type CultureReport =
  | { shown: false; respondents: number; needed: number }
  | {
      shown: true;
      respondents: number;
      /** Answers in that the report does not count yet (fewer than MIN_EMPLOYEES new ones). */
      waiting: number;
      index: Range;
      dimensions: DimensionResult[];
      managementAnswered: boolean;
    };

/**
 * The employer's report of a scan, from the answers it counts (`employees`): nothing but the count
 * below MIN_EMPLOYEES. Answers count MIN_EMPLOYEES or more at a time (the server marks them):
 * reports after 5 answers and after 6 would otherwise give the sixth person's scores by their
 * difference. `waiting`: answers in that do not count yet.
 */
export function cultureReport(
  employees: readonly CultureAnswers[],
  management?: CultureAnswers,
  waiting = 0,
): CultureReport {
  const respondents = employees.length;
  if (respondents < MIN_EMPLOYEES) {
    const all = respondents + waiting;
    return { shown: false, respondents: all, needed: Math.max(1, MIN_EMPLOYEES - all) };
  }
  const people = employees.map(dimensionScores);
  const own = management && dimensionScores(management);
  const dimensions = CULTURE_DIMENSIONS.map((dimension) => {
    const range = rangeOf(people.map((p) => p[dimension]).filter((v): v is number => v !== undefined));
    const intended = own?.[dimension];
    return {
      dimension,
      ...range,
      rank: 0,
      ...(intended === undefined ? {} : { management: intended, gap: intended - range.mean }),
      reliability: reliabilityOf(employees, dimension),
    };
  });
  [...dimensions].sort((a, b) => b.mean - a.mean).forEach((d, i) => (d.rank = i + 1));
  const indexes = employees.map(personIndex).filter((v): v is number => v !== undefined);
  return {
    shown: true,
    respondents,
    waiting,
    index: rangeOf(indexes),
    dimensions: dimensions.sort((a, b) => a.rank - b.rank),
    managementAnswered: Boolean(management),
  };
}

/** Whether a dimension changed between two scans: only when their 90 % ranges no longer overlap. */
export function changeOf(before: Range, after: Range): 'up' | 'down' | 'unclear' {
  if (after.low > before.high) return 'up';
  if (after.high < before.low) return 'down';
  return 'unclear';
}

// ── Statistics ────────────────────────────────────────────────────────────

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
}

/**
 * The 95th percentile of Student's t with `df` degrees of freedom, by the Cornish-Fisher series
 * (within 0.02 of the table from df = 4 on; 1.645 as df grows).
 */
export function t95(df: number): number {
  const z = 1.6448536;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

function rangeOf(xs: readonly number[]): Range {
  const n = xs.length;
  const m = n ? mean(xs) : 0;
  if (n < 2) return { mean: m, low: 0, high: 100, n };
  const half = t95(n - 1) * Math.sqrt(variance(xs) / n);
  return { mean: m, low: Math.max(0, m - half), high: Math.min(100, m + half), n };
}

/** Cronbach's α of complete answers (rows: people, columns: statements, scored). */
export function cronbachAlpha(rows: readonly (readonly number[])[]): number | undefined {
  const k = rows[0]?.length ?? 0;
  if (rows.length < 3 || k < 2) return undefined;
  const itemVariances = Array.from({ length: k }, (_, j) => variance(rows.map((r) => r[j]!)));
  const total = variance(rows.map((r) => r.reduce((a, b) => a + b, 0)));
  if (total === 0) return undefined;
  return (k / (k - 1)) * (1 - itemVariances.reduce((a, b) => a + b, 0) / total);
}

/**
 * McDonald's ω of complete answers under one factor: loadings by principal axis factoring of the
 * correlation matrix (each item's communality starts at its largest correlation with another and
 * is iterated), ω = (Σλ)² / ((Σλ)² + Σ(1 − λ²)).
 */
export function mcdonaldOmega(rows: readonly (readonly number[])[]): number | undefined {
  const k = rows[0]?.length ?? 0;
  if (rows.length < 3 || k < 2) return undefined;
  const columns = Array.from({ length: k }, (_, j) => rows.map((r) => r[j]!));
  const sds = columns.map((c) => Math.sqrt(variance(c)));
  if (sds.some((s) => s === 0)) return undefined;
  const means = columns.map(mean);
  const r = columns.map((a, i) =>
    columns.map((b, j) =>
      i === j
        ? 1
        : a.reduce((s, x, n) => s + (x - means[i]!) * (b[n]! - means[j]!), 0) / ((rows.length - 1) * sds[i]! * sds[j]!),
    ),
  );
  let communality = r.map((row, i) => Math.max(...row.filter((_, j) => j !== i).map(Math.abs)));
  let loadings: number[] = [];
  for (let iteration = 0; iteration < 50; iteration++) {
    const reduced = r.map((row, i) => row.map((x, j) => (i === j ? communality[i]! : x)));
    loadings = firstFactor(reduced);
    const next = loadings.map((l) => Math.min(0.995, l * l));
    const moved = Math.max(...next.map((c, i) => Math.abs(c - communality[i]!)));
    communality = next;
    if (moved < 1e-6) break;
  }
  const sum = loadings.reduce((a, b) => a + b, 0);
  const unique = loadings.reduce((s, l) => s + (1 - Math.min(1, l * l)), 0);
  return (sum * sum) / (sum * sum + unique);
}

/** The loadings of the largest eigenvector of a symmetric matrix (power iteration), scaled by √eigenvalue, signed to sum positive. */
function firstFactor(m: readonly (readonly number[])[]): number[] {
  let v = m.map(() => 1);
  let value = 0;
  for (let i = 0; i < 200; i++) {
    const w = m.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return v.map(() => 0);
    value = norm;
    v = w.map((x) => x / norm);
  }
  const sign = v.reduce((a, b) => a + b, 0) < 0 ? -1 : 1;
  return v.map((x) => sign * x * Math.sqrt(Math.max(0, value)));
}

function reliabilityOf(employees: readonly CultureAnswers[], dimension: CultureDimension): Reliability {
  const items = itemsOf(dimension);
  const rows = employees
    .map((a) => items.map((i) => scored(a, i.id, i.positive)))
    .filter((row): row is number[] => row.every((v) => v !== undefined));
  const alpha = cronbachAlpha(rows);
  const omega = mcdonaldOmega(rows);
  const enough = rows.length >= MIN_FOR_RELIABILITY && (alpha ?? 0) >= RELIABLE && (omega ?? 0) >= RELIABLE;
  return {
    ...(alpha === undefined ? {} : { alpha }),
    ...(omega === undefined ? {} : { omega }),
    n: rows.length,
    enough,
    ...(enough ? {} : { because: rows.length < MIN_FOR_RELIABILITY ? 'few-answers' : 'answers-differ' }),
  };
}
