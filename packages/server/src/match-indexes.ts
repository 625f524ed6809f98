/**
 * Ranking indexes per partner, in memory (see @pfw/core/matching: candidate-index.ts, job-index.ts): the talent pool as
 * probability rows, the published jobs compiled. Each request reads the partner's version
 * counters (one row) and rebuilds an index only when it changed, so several stateless API
 * instances stay correct without talking to each other.
 */
import type { JobProfileInput, Occupation, Skillprint } from '@pfw/contract';
import { CandidateIndex, JobIndex, SkillOrder } from '@pfw/core/matching';
import { measuredSkills, occupations } from '@pfw/core/skills';
import type { Queryable } from './storage/database.js';

/** What the index keeps per candidate; the skillprints of the top k are read when shown. */
export interface PoolMember {
  personId: string;
  pseudonym: string;
  /** The hard requirements the person holds (ids), for the employer's filter. */
  holds: readonly string[];
}

const NONE: readonly string[] = [];

export interface PublishedJob {
  id: string;
  input: JobProfileInput;
  employerName: string;
}

type Counter = 'pool_version' | 'jobs_version';

const order = new SkillOrder(measuredSkills.map((s) => s.id));

/** Tell every instance that a partner's pool or jobs changed. */
export async function bumpVersion(db: Queryable, partnerId: string, counter: Counter): Promise<void> {
  await db.query(`UPDATE partners SET ${counter} = ${counter} + 1 WHERE id = $1`, [partnerId]);
}

interface Cached<T> {
  version: string;
  value: Promise<T>;
}

/**
 * Equal fits are ranked by this key of the person's id (FNV-1a, 32 bits): the same order on
 * every request, and no advantage for whoever joined first or has a low id.
 */
export function tieKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export class MatchIndexes {
  private readonly pools = new Map<string, Cached<CandidateIndex<PoolMember>>>();
  private readonly jobs = new Map<string, Cached<JobIndex<PublishedJob>>>();

  private occupationIndex?: JobIndex<Occupation>;

  constructor(private readonly db: Queryable) {}

  /**
   * The occupation templates of the skill language (the same for every partner, built once), in
   * the order of their ids: equal fits keep that order.
   */
  occupations(): JobIndex<Occupation> {
    if (!this.occupationIndex) {
      const index = new JobIndex<Occupation>(order);
      for (const o of [...occupations].sort((a, b) => (a.id < b.id ? -1 : 1))) index.add(o, o);
      this.occupationIndex = index;
    }
    return this.occupationIndex;
  }

  private async version(partnerId: string, counter: Counter): Promise<string> {
    const [row] = await this.db.query<Record<Counter, string | number>>(
      `SELECT ${counter} FROM partners WHERE id = $1`,
      [partnerId],
    );
    return String(row?.[counter] ?? 0);
  }

  private async cached<T>(
    map: Map<string, Cached<T>>,
    partnerId: string,
    counter: Counter,
    build: () => Promise<T>,
  ): Promise<T> {
    const version = await this.version(partnerId, counter);
    const hit = map.get(partnerId);
    if (hit?.version === version) return hit.value;
    const value = build();
    map.set(partnerId, { version, value });
    value.catch(() => map.delete(partnerId));
    return value;
  }

  /** The partner's talent pool, each member with their newest skillprint. */
  candidates(partnerId: string): Promise<CandidateIndex<PoolMember>> {
    return this.cached(this.pools, partnerId, 'pool_version', async () => {
      const rows = await this.db.query<{
        person_id: string;
        pseudonym: string;
        payload: Skillprint;
        holds: string[] | null;
      }>(
        `SELECT DISTINCT ON (t.person_id) t.person_id, p.pseudonym, s.payload,
                (SELECT array_agg(h.requirement_id) FROM held_requirements h WHERE h.person_id = t.person_id) AS holds
           FROM talent_pool t JOIN people p ON p.id = t.person_id JOIN skillprints s ON s.person_id = t.person_id
          WHERE p.partner_id = $1 ORDER BY t.person_id, s.issued_at DESC`,
        [partnerId],
      );
      const index = new CandidateIndex<PoolMember>(order, Math.max(16, rows.length));
      for (const r of rows)
        index.add(
          r.payload,
          { personId: r.person_id, pseudonym: r.pseudonym, holds: r.holds ?? NONE },
          tieKey(r.person_id),
        );
      return index;
    });
  }

  /** The partner's published jobs. */
  publishedJobs(partnerId: string): Promise<JobIndex<PublishedJob>> {
    return this.cached(this.jobs, partnerId, 'jobs_version', async () => {
      const rows = await this.db.query<{ id: string; input: JobProfileInput; employer_name: string | null }>(
        `SELECT j.id, j.input, p.display_name AS employer_name FROM job_profiles j JOIN people p ON p.id = j.employer_id
          WHERE p.partner_id = $1 AND j.status = 'published' ORDER BY j.id`,
        [partnerId],
      );
      const index = new JobIndex<PublishedJob>(order);
      for (const r of rows)
        index.add(r.input, { id: r.id, input: r.input, employerName: r.employer_name ?? 'Werkgever' });
      return index;
    });
  }
}
