/**
 * Bank versions (#20). A `Bank` is what the engine scores with: item and statement parameters
 * on the bank's norm scale (its norm group is N(0, 1) per skill, so a level and a percentile are
 * read from θ the same way in every version: norms.ts), the skills' correlations, and per skill
 * the line from the norm scale to the stable scale that versions are linked on.
 *
 * The provisional bank is the one in the code (parameters by a written rule). A calibration
 * writes a `BankFile`: the parameters on the stable scale (linked to the version before through
 * anchor items: linking.ts), the norms from the same sample, the fit statistics and where they
 * came from. Texts stay in the code: a file only carries numbers, by id, and must cover exactly
 * the code's items and statements.
 */
import type { Item, Statement } from '../domain.js';
import { SKILL_LANGUAGE_VERSION, measuredSkills } from '../skills/index.js';
import type { BankCalibration, CalibrationLimits } from './bank-calibration.js';
import { ITEM_BANK_VERSION, itemBank, statementBank } from './bank/index.js';
import type { Matrix } from './linalg.js';
import { inverseLine, linkSkill, rescaleItem, rescaleStatement, type Link, type ScaleLine } from './linking.js';
import { provisionalCorrelations } from './multidim.js';

export interface Bank {
  version: string;
  skills: readonly string[];
  /** On the norm scale. */
  items: readonly Item[];
  statements: readonly Statement[];
  correlations: Matrix;
  /** Per skill: θ_stable = A·θ_norm + B (the norm group's mean B and SD A on the stable scale). */
  norms: ReadonlyMap<string, ScaleLine>;
}

export const BANK_FILE_FORMAT = 'pfw-bank/1';

/** Fit of one item or statement: Yen's Q1 (item-fit.ts). */
export interface UnitFit {
  q1: number;
  df: number;
  p: number;
}

export interface BankFile {
  format: typeof BANK_FILE_FORMAT;
  version: string;
  /** The version it was calibrated from and linked to. */
  basedOn: string;
  skillLanguage: string;
  createdAt: string;
  sample: { people: number; answers: number };
  estimation: {
    method: string;
    iterations: number;
    converged: boolean;
    seconds: number;
    limits: CalibrationLimits;
  };
  /** Rows and columns in the order of `skills`. */
  correlations: number[][];
  skills: {
    skillId: string;
    /** The norm group (the calibration sample) on the stable scale. */
    norm: { mean: number; sd: number };
    link: Link;
    reliability: number;
    people: number;
  }[];
  /** On the stable scale. `provisional`: too few answers, the parameters of `basedOn` were kept. */
  items: { id: string; n: number; discrimination: number; thresholds: number[]; provisional: boolean; fit?: UnitFit }[];
  statements: {
    id: string;
    n: number;
    loading: number;
    intercept: number;
    uniqueness: number;
    provisional: boolean;
    fit?: UnitFit;
  }[];
}

const IDENTITY: ScaleLine = { A: 1, B: 0 };

/** The bank in the code: parameters by a written rule, norms simulated (identity lines). */
export function provisionalBank(): Bank {
  const skills = measuredSkills.map((s) => s.id);
  return {
    version: ITEM_BANK_VERSION,
    skills,
    items: itemBank.filter((i) => skills.includes(i.skillId)),
    statements: statementBank.filter((s) => skills.includes(s.skillId)),
    correlations: provisionalCorrelations(measuredSkills.map((s) => s.group)),
    norms: new Map(skills.map((s) => [s, IDENTITY])),
  };
}

const lineOf = (bank: Bank, skillId: string) => bank.norms.get(skillId) ?? IDENTITY;
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A bank's parameters on the stable scale. */
export function stableParameters(bank: Bank): { items: Item[]; statements: Statement[] } {
  return {
    items: bank.items.map((it) => rescaleItem(it, lineOf(bank, it.skillId))),
    statements: bank.statements.map((st) => rescaleStatement(st, lineOf(bank, st.skillId))),
  };
}

/**
 * The file of a calibration: each skill linked to `base` through its calibrated items (Stocking–
 * Lord, drifting anchors left out), the parameters moved onto the stable scale, and the
 * sample's N(0, 1) per skill as the norm on that scale.
 */
export function bankFileOf(
  calibration: BankCalibration,
  base: Bank,
  meta: { version: string; createdAt: string; seconds: number; limits: CalibrationLimits },
): BankFile {
  const stable = stableParameters(base);
  const old = new Map(stable.items.map((it) => [it.id, it]));
  const kept = new Set(calibration.kept);
  const links = new Map(
    base.skills.map((skillId) => [
      skillId,
      linkSkill(
        calibration.items
          .filter((it) => it.skillId === skillId && !kept.has(it.id) && old.has(it.id))
          .map((it) => ({ id: it.id, old: old.get(it.id)!, new: it })),
      ),
    ]),
  );
  const fit = (id: string): UnitFit | undefined => {
    const f = calibration.fit.get(id);
    return f && { q1: round(f.q1, 2), df: f.df, p: round(f.p, 4) };
  };
  const oldStatements = new Map(stable.statements.map((st) => [st.id, st]));
  return {
    format: BANK_FILE_FORMAT,
    version: meta.version,
    basedOn: base.version,
    skillLanguage: SKILL_LANGUAGE_VERSION,
    createdAt: meta.createdAt,
    sample: { people: calibration.people, answers: calibration.answers },
    estimation: {
      method: 'MML-EM (Bock–Aitkin; Thurstonian pairs by composite likelihood), SQUAREM, Stocking–Lord linking',
      iterations: calibration.iterations,
      converged: calibration.converged,
      seconds: round(meta.seconds, 1),
      limits: meta.limits,
    },
    correlations: calibration.correlations.map((row) => row.map((x) => round(x))),
    skills: calibration.skills.map((s) => {
      const link = links.get(s.skillId)!;
      return {
        skillId: s.skillId,
        norm: { mean: round(link.B), sd: round(link.A) },
        link: { ...link, A: round(link.A), B: round(link.B) },
        reliability: round(s.reliability, 3),
        people: s.people,
      };
    }),
    items: calibration.items.map((it) => {
      // A kept item keeps the base's stable parameters; a calibrated one is moved by its skill's line.
      const onStable = kept.has(it.id) ? old.get(it.id)! : rescaleItem(it, links.get(it.skillId)!);
      return {
        id: it.id,
        n: calibration.counts.get(it.id) ?? 0,
        discrimination: round(onStable.discrimination),
        thresholds: onStable.thresholds.map((b) => round(b)),
        provisional: kept.has(it.id),
        ...(fit(it.id) && { fit: fit(it.id) }),
      };
    }),
    statements: calibration.statements.map((st) => {
      const onStable = kept.has(st.id) ? oldStatements.get(st.id)! : rescaleStatement(st, links.get(st.skillId)!);
      return {
        id: st.id,
        n: calibration.counts.get(st.id) ?? 0,
        loading: round(onStable.loading),
        intercept: round(onStable.intercept),
        uniqueness: round(st.uniqueness),
        provisional: kept.has(st.id),
        ...(fit(st.id) && { fit: fit(st.id) }),
      };
    }),
  };
}

/** Why a file does not fit the code's bank. */
export class BankFileMismatch extends Error {}

/**
 * The bank a file describes, on its norm scale, with the code's texts. Throws a
 * BankFileMismatch when the file is for another skill language or does not cover exactly the
 * code's items and statements.
 */
export function bankFromFile(file: BankFile, code: Bank = provisionalBank()): Bank {
  if (file.skillLanguage !== SKILL_LANGUAGE_VERSION)
    throw new BankFileMismatch(
      `bank ${file.version} is for skill language ${file.skillLanguage}; this code has ${SKILL_LANGUAGE_VERSION}`,
    );
  const skills = file.skills.map((s) => s.skillId);
  if (skills.join() !== code.skills.join())
    throw new BankFileMismatch(`bank ${file.version} does not list this code's skills in their order`);
  const norms = new Map(file.skills.map((s) => [s.skillId, { A: s.norm.sd, B: s.norm.mean }]));
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const items = byId(file.items);
  const statements = byId(file.statements);
  const missing = [
    ...code.items.filter((it) => !items.has(it.id)).map((it) => it.id),
    ...code.statements.filter((st) => !statements.has(st.id)).map((st) => st.id),
  ];
  const extra = [
    ...file.items.filter((it) => !code.items.some((c) => c.id === it.id)).map((it) => it.id),
    ...file.statements.filter((st) => !code.statements.some((c) => c.id === st.id)).map((st) => st.id),
  ];
  if (missing.length || extra.length)
    throw new BankFileMismatch(
      `bank ${file.version} does not match this code's bank: ${missing.length ? `missing ${missing.slice(0, 5).join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `unknown ${extra.slice(0, 5).join(', ')}` : ''}`,
    );
  const toNorm = (skillId: string) => inverseLine(norms.get(skillId)!);
  return {
    version: file.version,
    skills,
    items: code.items.map((it) => {
      const f = items.get(it.id)!;
      if (f.thresholds.length !== it.thresholds.length)
        throw new BankFileMismatch(
          `bank ${file.version}: item ${it.id} has ${f.thresholds.length} thresholds, the code ${it.thresholds.length}`,
        );
      const stable = { ...it, discrimination: f.discrimination, thresholds: f.thresholds, provisional: f.provisional };
      return rescaleItem(stable, toNorm(it.skillId));
    }),
    statements: code.statements.map((st) => {
      const f = statements.get(st.id)!;
      const stable = {
        ...st,
        loading: f.loading,
        intercept: f.intercept,
        uniqueness: f.uniqueness,
        provisional: f.provisional,
      };
      return rescaleStatement(stable, toNorm(st.skillId));
    }),
    correlations: file.correlations.map((row) => [...row]),
    norms,
  };
}
