/**
 * `pfw-server rescore --to VERSION` (#20 part 1): score stored skillprints again, from their
 * stored answers, with another loaded bank version. Never automatic: a new bank changes nobody's
 * skillprint until an operator runs this. Each skillprint keeps its id (links, the talent pool
 * and connections still point to it) and its date, gets the new version and signature, and what it said
 * before is logged in `skillprint_rescores` (erased with the person).
 */
import type { Skillprint } from '@pfw/contract';
import type { Signer } from '../auth/signer.js';
import { logIndexChange } from '../match-indexes.js';
import type { Database } from '../storage/database.js';
import { ANSWER_COLUMNS, gameOptions, toRawAnswer, type AnswerRow } from '../storage/queries.js';
import type { BankRegistry } from './registry.js';
import { scoreAnswers, skillprintOf } from './score.js';

export interface RescoreResult {
  /** The assessment version the skillprints now say. */
  to: string;
  rescored: number;
  /** Skillprints left as they were, with why. */
  skipped: { skillprintId: string; reason: string }[];
}

interface Row {
  id: string;
  person_id: string;
  partner_id: string;
  payload: Skillprint;
  session_id: string;
  seed: string | number;
  extra_time: boolean;
}

export async function rescoreSkillprints(
  db: Database,
  signer: Signer,
  banks: BankRegistry,
  toVersion: string,
  { partnerId }: { partnerId?: string } = {},
): Promise<RescoreResult> {
  const target = banks.byBankVersion(toVersion);
  if (!target)
    throw new Error(
      `Bank version ${toVersion} is not loaded (loaded: ${banks
        .list()
        .map((b) => b.bank.version)
        .join(', ')}).`,
    );
  const rows = await db.query<Row>(
    `SELECT k.id, k.person_id, p.partner_id, k.payload, s.id AS session_id, s.seed, s.extra_time
       FROM skillprints k
       JOIN assessment_sessions s ON s.id = k.session_id
       JOIN people p ON p.id = k.person_id
      WHERE k.payload->>'assessmentVersion' <> $1 AND ($2::text IS NULL OR p.partner_id = $2)
      ORDER BY k.issued_at`,
    [target.assessmentVersion, partnerId ?? null],
  );
  const result: RescoreResult = { to: target.assessmentVersion, rescored: 0, skipped: [] };
  for (const row of rows) {
    if (row.payload.remeasure) {
      // Its other scores are copied from an older skillprint: take the short test again instead.
      result.skipped.push({ skillprintId: row.id, reason: 'a re-measurement of a few skills: measure them again' });
      continue;
    }
    const answers = (
      await db.query<AnswerRow>(
        `SELECT ${ANSWER_COLUMNS} FROM item_responses WHERE session_id = $1 ORDER BY stored_at, item_id`,
        [row.session_id],
      )
    ).map(toRawAnswer);
    let scored: ReturnType<typeof scoreAnswers>;
    try {
      scored = scoreAnswers(target.administration, Number(row.seed), answers, gameOptions(row));
    } catch (error) {
      result.skipped.push({ skillprintId: row.id, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (!scored.scores.length) {
      result.skipped.push({ skillprintId: row.id, reason: 'no skill is measured well enough under this version' });
      continue;
    }
    const skillprint = skillprintOf(scored, {
      id: row.id,
      owner: row.payload.owner,
      assessmentVersion: target.assessmentVersion,
      // The date of the test stays: it orders a person's skillprints; the log says when it was re-scored.
      issuedAt: row.payload.issuedAt,
    });
    const signature = await signer.signSkillprint(skillprint);
    await db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO skillprint_rescores (skillprint_id, person_id, from_version, to_version, previous_payload, rescored_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          row.id,
          row.person_id,
          row.payload.assessmentVersion,
          target.assessmentVersion,
          JSON.stringify(row.payload),
          new Date(),
        ],
      );
      await tx.query('UPDATE skillprints SET payload = $2, signature = $3 WHERE id = $1', [
        row.id,
        JSON.stringify(skillprint),
        signature,
      ]);
      await logIndexChange(tx, row.partner_id, 'candidate', [row.person_id]); // rankings read the new scores
    });
    result.rescored++;
  }
  return result;
}
