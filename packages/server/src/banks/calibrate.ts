/**
 * `pfw-server calibrate` (#20 part 1): calibrate the bank from the stored answers of people who
 * gave the research consent — the latest completed assessment of each, with the research rounds
 * that followed it (research-round.ts in core) — starting from and
 * linked to the current bank version, and write a signed bank file. Refuses, with every reason,
 * when the answers are too thin (core's CALIBRATION_LIMITS). The server loads the file at its
 * next start (registry.ts); re-scoring older skillprints is a separate step (rescore.ts).
 */
import { performance } from 'node:perf_hooks';
import {
  CALIBRATION_LIMITS,
  bankFileOf,
  calibrateBank,
  type CalibrationLimits,
  type CalibrationPerson,
  type ThinData,
} from '@pfw/core/psychometrics';
import type { Signer } from '../auth/signer.js';
import type { Queryable } from '../storage/database.js';
import { ANSWER_COLUMNS, gameOptions, toRawAnswer, type AnswerRow } from '../storage/queries.js';
import { startExpectationWorkers } from './expectation-workers.js';
import type { SignedBank } from './files.js';
import type { BankRegistry } from './registry.js';

export interface CalibrateOptions {
  /** The new bank version; default `YYYY.MM.DD-calibrated`. */
  version?: string;
  limits?: Partial<CalibrationLimits>;
  /** Keep the parameters of units with too few answers instead of refusing (they stay provisional). */
  partial?: boolean;
  /** Worker threads for the E-step (default: one per core). */
  threads?: number;
  now?: Date;
  onIteration?: (iteration: number, moved: number) => void;
}

export type CalibrateResult =
  | { ok: true; bank: SignedBank; people: number; skipped: number }
  | { ok: false; thin: ThinData[]; people: number; skipped: number };

interface SessionRow {
  id: string;
  seed: string | number;
  extra_time: boolean;
  assessment_version: string;
}

/**
 * The scored answers of research-consented people's latest completed assessments (not a research
 * round), each with the answers of the research rounds that followed it, in a version this server
 * can read. A round counts with whatever was answered: every answer stands on its own.
 */
export async function calibrationSample(db: Queryable, banks: BankRegistry) {
  const sessions = await db.query<SessionRow>(
    `SELECT DISTINCT ON (s.person_id) s.id, s.seed, s.extra_time, s.assessment_version
       FROM assessment_sessions s JOIN research_profiles r ON r.person_id = s.person_id
      WHERE s.status = 'completed' AND s.research IS NULL
      ORDER BY s.person_id, s.started_at DESC`,
  );
  const readable = sessions.filter((s) => banks.get(s.assessment_version));
  const rounds = readable.length
    ? await db.query<SessionRow & { based_on: string }>(
        `SELECT id, seed, extra_time, assessment_version, research->>'basedOn' AS based_on
           FROM assessment_sessions WHERE research->>'basedOn' = ANY($1)`,
        [readable.map((s) => s.id)],
      )
    : [];
  const all = [...readable, ...rounds];
  const rows = all.length
    ? await db.query<AnswerRow & { session_id: string }>(
        `SELECT session_id, ${ANSWER_COLUMNS} FROM item_responses WHERE session_id = ANY($1) ORDER BY session_id, stored_at, item_id`,
        [all.map((s) => s.id)],
      )
    : [];
  const answersOf = new Map<string, AnswerRow[]>();
  for (const r of rows) answersOf.set(r.session_id, [...(answersOf.get(r.session_id) ?? []), r]);
  /** One session's answers to the bank's units, scored with its own seed (the order its options were shown in). */
  const scored = (s: SessionRow) => {
    const { administration } = banks.get(s.assessment_version)!;
    // The answers that are evidence (no preference questions, no rapid guesses), as the test scored them.
    const raw = (answersOf.get(s.id) ?? []).map(toRawAnswer);
    return [...administration.scoredUnits(Number(s.seed), raw, gameOptions(s))].map(({ unit, category }) => ({
      unitId: unit.id,
      category,
    }));
  };
  const people: CalibrationPerson[] = readable.map((s) => ({
    answers: [
      ...scored(s),
      ...rounds.filter((r) => r.based_on === s.id && r.assessment_version === s.assessment_version).flatMap(scored),
    ],
  }));
  return { people, skipped: sessions.length - readable.length };
}

/** The default version of a calibration made on `now`: the date, and a count when that date has one already. */
export function nextVersion(now: Date, taken: (version: string) => boolean): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '.');
  for (let n = 1; ; n++) {
    const version = `${day}-calibrated${n === 1 ? '' : `-${n}`}`;
    if (!taken(version)) return version;
  }
}

export async function calibrateFromStorage(
  db: Queryable,
  signer: Signer,
  banks: BankRegistry,
  options: CalibrateOptions = {},
): Promise<CalibrateResult> {
  const now = options.now ?? new Date();
  const version = options.version ?? nextVersion(now, (v) => Boolean(banks.byBankVersion(v)));
  if (banks.byBankVersion(version))
    throw new Error(`Bank version ${version} exists already: choose another --version.`);
  const { people, skipped } = await calibrationSample(db, banks);
  const base = banks.current.bank;
  const limits = { ...CALIBRATION_LIMITS, ...options.limits };
  const started = performance.now();
  const workers = startExpectationWorkers(people, base, options.threads);
  try {
    const outcome = await calibrateBank(people, base, {
      limits,
      partial: options.partial,
      expectation: workers.run,
      onIteration: options.onIteration,
    });
    if (!outcome.ok) return { ok: false, thin: outcome.thin, people: people.length, skipped };
    const file = bankFileOf(outcome.bank, base, {
      version,
      createdAt: now.toISOString(),
      seconds: (performance.now() - started) / 1000,
      limits,
    });
    return { ok: true, bank: { ...file, signature: await signer.signBank(file) }, people: people.length, skipped };
  } finally {
    await workers.close();
  }
}
