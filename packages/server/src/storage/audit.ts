/**
 * The AI-Act audit log of what employers were shown (#15.6, #20): per candidate in a list, the
 * rank, the score, the reason as the employer read it and the explanation as data. A list shows
 * the same candidates for the same job with the same reasons on every reload, so the reason and
 * the explanation are kept once, by their hash (`audit_explanations`), and each row refers to
 * them: the write of a list's 20 rows was most of its database time (#22).
 */
import type { Explanation } from '@pfw/core/matching';
import { sha256 } from '../ids.js';
import type { Queryable } from './queryable.js';

/** One candidate as an employer was shown them. */
export interface ShownCandidate {
  id: string;
  partnerId: string;
  employerId: string;
  jobProfileId: string;
  jobTitle: string;
  candidateId: string;
  rank: number;
  score: number;
  reason: string;
  explanation: Explanation;
}

/** An audit row as read back, with its reason and explanation (its own, or the shared ones). */
export interface AuditRow {
  id: string;
  at: Date;
  employer_id: string | null;
  job_profile_id: string | null;
  job_title: string | null;
  pseudonym: string | null;
  rank: number;
  score: number;
  reason: string;
  explanation: Explanation | null;
}

/** WebCrypto, not node:crypto: the offline API runs this server in the browser. */
const hashOf = (reason: string, explanation: string) => sha256(`${reason}\n${explanation}`);

/**
 * Log what one list showed, in one statement: the reasons and explanations not seen before,
 * then a row per candidate. If the retention purge deletes an explanation between the two
 * (it had no rows left), the statement fails on the reference and is tried once more.
 */
export async function logShown(db: Queryable, shown: readonly ShownCandidate[]): Promise<void> {
  if (!shown.length) return;
  const explained = await Promise.all(
    shown.map(async (s) => {
      const explanation = JSON.stringify(s.explanation);
      return { hash: await hashOf(s.reason, explanation), reason: s.reason, explanation };
    }),
  );
  const distinct = [...new Map(explained.map((e) => [e.hash, e])).values()];
  const values: unknown[] = [];
  const tuple = (row: unknown[]) => `(${row.map((v) => `$${values.push(v)}`).join(', ')})`;
  const explanations = distinct.map((e) => tuple([e.hash, e.reason, e.explanation]));
  const rows = shown.map((s, i) =>
    tuple([
      s.id,
      s.partnerId,
      s.employerId,
      s.jobProfileId,
      s.jobTitle,
      s.candidateId,
      s.rank,
      s.score,
      explained[i]!.hash,
    ]),
  );
  const sql = `WITH explained AS (
      INSERT INTO audit_explanations (hash, reason, explanation) VALUES ${explanations.join(', ')} ON CONFLICT (hash) DO NOTHING
    )
    INSERT INTO audit_log (id, partner_id, employer_id, job_profile_id, job_title, candidate_id, rank, score, explained) VALUES ${rows.join(', ')}`;
  try {
    await db.query(sql, values);
  } catch (error) {
    if ((error as { code?: string }).code !== '23503') throw error;
    await db.query(sql, values);
  }
}

/** A partner's audit rows, newest first, with the candidate's pseudonym (none once erased). */
export function auditRows(db: Queryable, partnerId: string, limit: number, offset: number): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT a.id, a.at, a.employer_id, a.job_profile_id, a.job_title, a.rank, a.score, p.pseudonym,
            coalesce(a.reason, e.reason) AS reason, coalesce(a.explanation, e.explanation) AS explanation
       FROM audit_log a
       LEFT JOIN audit_explanations e ON e.hash = a.explained
       LEFT JOIN people p ON p.id = a.candidate_id
      WHERE a.partner_id = $1
      ORDER BY a.at DESC, a.rank LIMIT $2 OFFSET $3`,
    [partnerId, limit, offset],
  );
}

/** Delete a partner's rows past the retention period, then the explanations no row refers to any more. */
export async function purgeAudit(db: Queryable, partnerId: string, retentionDays: number): Promise<void> {
  const purged = await db.query<{ explained: string | null }>(
    `DELETE FROM audit_log WHERE partner_id = $1 AND at < now() - make_interval(days => $2) RETURNING explained`,
    [partnerId, retentionDays],
  );
  const hashes = [...new Set(purged.flatMap((r) => (r.explained ? [r.explained] : [])))];
  if (!hashes.length) return;
  await db.query(
    `DELETE FROM audit_explanations e WHERE e.hash = ANY($1) AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.explained = e.hash)`,
    [hashes],
  );
}
