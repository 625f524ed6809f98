/**
 * How many answers each scene and game has, from the people who gave the research consent, on one
 * version of the test: the research round goes where answers are missing (researchForm). Counting
 * reads every stored answer, so an instance counts at most every ten minutes and meanwhile uses
 * what it counted last (a stale count only aims a round a little less well); only the very first
 * round after a start waits for a count.
 */
import type { Queryable } from '../storage/database.js';

export const RESEARCH_COUNTS_MAX_AGE_MS = 10 * 60_000;

export async function countResearchAnswers(db: Queryable, assessmentVersion: string): Promise<Map<string, number>> {
  const rows = await db.query<{ item_id: string; n: number }>(
    `SELECT r.item_id, count(*)::int AS n
       FROM item_responses r
       JOIN assessment_sessions s ON s.id = r.session_id
       JOIN research_profiles p ON p.person_id = s.person_id
      WHERE s.assessment_version = $1
      GROUP BY r.item_id`,
    [assessmentVersion],
  );
  return new Map(rows.map((r) => [r.item_id, Number(r.n)]));
}

export class ResearchCounts {
  private last?: { version: string; at: number; counts: Map<string, number> };
  /** The count under way, and of which version (a new bank version may be put in use meanwhile). */
  private reading?: { version: string; counts: Promise<Map<string, number>> };

  constructor(
    private readonly db: Queryable,
    private readonly maxAgeMs = RESEARCH_COUNTS_MAX_AGE_MS,
    private readonly now = () => Date.now(),
  ) {}

  /** The counts for this version: the last ones while a newer count is read. */
  async of(assessmentVersion: string): Promise<Map<string, number>> {
    const last = this.last?.version === assessmentVersion ? this.last : undefined;
    if (last && this.now() - last.at < this.maxAgeMs) return last.counts;
    if (this.reading?.version !== assessmentVersion) {
      const counts = this.read(assessmentVersion);
      this.reading = { version: assessmentVersion, counts };
      // A failed count must not stop a round: the last counts (or none: the seed draws) serve.
      counts.catch(() => undefined);
    }
    if (last) return last.counts;
    return this.reading.counts.catch(() => new Map<string, number>());
  }

  private async read(assessmentVersion: string): Promise<Map<string, number>> {
    const at = this.now();
    try {
      const counts = await countResearchAnswers(this.db, assessmentVersion);
      this.last = { version: assessmentVersion, at, counts };
      return counts;
    } finally {
      if (this.reading?.version === assessmentVersion) this.reading = undefined;
    }
  }
}
