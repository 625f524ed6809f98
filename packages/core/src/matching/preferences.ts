/**
 * The secondary part of a match, interests and work environment, in the form ranking reads it.
 * A ranking compares one candidate with thousands of jobs, or one job with every candidate in a
 * pool, so both sides are prepared once: a job's interest areas as bits and its facets as small
 * numbers; candidates in a table by slot (liked areas as bits, facet values in one flat array),
 * read front to back by a scan. A single candidate is a table of one: one code path everywhere.
 */
import type { InterestId } from '../domain.js';
import { ENVIRONMENT_FACET_IDS } from '../skills/data/environment-ids.js';
import { secondaryPart, type CandidateProfile, type MatchTarget } from './score.js';

/** A bit per interest area: a candidate's liked areas (scored 50+) are one number. */
const INTEREST_BIT: Readonly<Record<InterestId, number>> = {
  realistic: 1,
  investigative: 2,
  artistic: 4,
  social: 8,
  enterprising: 16,
  conventional: 32,
};
const LIKED_AT = 50;
/** No interests measured (0 would be "measured, none liked"). */
const NO_INTERESTS = -1;

/**
 * Facets by number: their place in the skill language's list. A facet id not in it (a job may name
 * any) is never shared, on either side, so it neither counts nor grows anything.
 */
const FACET_NUMBER: ReadonlyMap<string, number> = new Map(ENVIRONMENT_FACET_IDS.map((id, n) => [id, n]));
const FACETS = ENVIRONMENT_FACET_IDS.length;

/** A job's side, prepared once: its interest areas as bits, its facets as numbers with their values. */
export interface JobPreferences {
  interests: Int32Array;
  facets: Int32Array;
  values: Float64Array;
}

export function jobPreferences(job: Pick<MatchTarget, 'interests' | 'environment'>): JobPreferences {
  const environment = job.environment ?? [];
  const known = environment.filter((e) => FACET_NUMBER.has(e.facetId));
  return {
    interests: Int32Array.from(job.interests ?? [], (id) => INTEREST_BIT[id] ?? 0),
    facets: Int32Array.from(known, (e) => FACET_NUMBER.get(e.facetId)!),
    values: Float64Array.from(known, (e) => e.value),
  };
}

/** Whether a job asks for interests or a (known) work environment at all. */
export const hasPreferences = (job: JobPreferences) => job.interests.length > 0 || job.facets.length > 0;

/** Candidates' interests and work environment by slot. */
export class PreferenceTable {
  private liked: Int32Array;
  /** Facet values, FACETS per slot; NaN where the candidate has none. */
  private values: Float32Array;

  constructor(private capacity: number) {
    this.liked = new Int32Array(capacity).fill(NO_INTERESTS);
    this.values = new Float32Array(capacity * FACETS).fill(NaN);
  }

  /** One candidate, for one ranking of many jobs or one explanation. */
  static of(candidate: Pick<CandidateProfile, 'interests' | 'environment'>): PreferenceTable {
    const table = new PreferenceTable(1);
    table.set(0, candidate);
    return table;
  }

  set(slot: number, candidate: Pick<CandidateProfile, 'interests' | 'environment'>): void {
    let liked = NO_INTERESTS;
    if (candidate.interests?.length) {
      liked = 0;
      for (const i of candidate.interests) if (i.score >= LIKED_AT) liked |= INTEREST_BIT[i.interestId] ?? 0;
    }
    this.liked[slot] = liked;
    this.values.fill(NaN, slot * FACETS, (slot + 1) * FACETS);
    // The last value of a facet counts (there is one per facet).
    for (const e of candidate.environment ?? []) {
      const f = FACET_NUMBER.get(e.facetId);
      if (f !== undefined) this.values[slot * FACETS + f] = e.value;
    }
  }

  /** The candidate in slot `from` moves to `to` (a pool fills a gap with its last one). */
  move(from: number, to: number): void {
    this.liked[to] = this.liked[from]!;
    this.values.copyWithin(to * FACETS, from * FACETS, (from + 1) * FACETS);
  }

  grow(capacity: number): void {
    const liked = new Int32Array(capacity).fill(NO_INTERESTS);
    liked.set(this.liked);
    const values = new Float32Array(capacity * FACETS).fill(NaN);
    values.set(this.values);
    [this.liked, this.values, this.capacity] = [liked, values, capacity];
  }

  /** Interests: the share of the job's areas the candidate likes; null when either side has none. */
  interests(job: JobPreferences, slot: number): number | null {
    const liked = this.liked[slot]!;
    if (!job.interests.length || liked === NO_INTERESTS) return null;
    let shared = 0;
    for (let k = 0; k < job.interests.length; k++) if (liked & job.interests[k]!) shared++;
    return shared / job.interests.length;
  }

  /** Environment: 1 − mean distance on the shared facets (each −2..2, so distance/4); null when none are shared. */
  environment(job: JobPreferences, slot: number): number | null {
    const base = slot * FACETS;
    let distance = 0;
    let shared = 0;
    for (let k = 0; k < job.facets.length; k++) {
      const value = this.values[base + job.facets[k]!]!;
      if (Number.isNaN(value)) continue;
      distance += Math.abs(job.values[k]! - value);
      shared++;
    }
    return shared ? 1 - distance / (4 * shared) : null;
  }

  /** Both parts, as an explanation shows them. */
  fit(job: JobPreferences, slot: number): { interests: number | null; environment: number | null } {
    return { interests: this.interests(job, slot), environment: this.environment(job, slot) };
  }

  /** The secondary part of the job for the candidate in this slot (null when neither part is on both sides). */
  secondary(job: JobPreferences, slot: number): number | null {
    if (!hasPreferences(job)) return null;
    return secondaryPart(this.interests(job, slot), this.environment(job, slot));
  }
}

/** What a job seeker is told of the secondary part of one job: the words behind its points. */
export interface PreferenceReasons {
  /** The job's interest areas, each with whether the person likes it (empty when their interests were not measured). */
  interests: { interestId: InterestId; liked: boolean }[];
  /** The job's facets the person answered too, with both values (−2..2). */
  environment: { facetId: string; job: number; you: number }[];
}

/**
 * The reasons of the secondary part, read by the same rules as the score (a liked area scores 50+,
 * a facet counts where both sides have it), so the shares they give are the very ones in
 * `secondary`. For the job seeker's own matches only: an employer never sees what someone likes.
 */
export function preferenceReasons(
  job: Pick<MatchTarget, 'interests' | 'environment'>,
  candidate: Pick<CandidateProfile, 'interests' | 'environment'>,
): PreferenceReasons {
  const liked = candidate.interests?.length
    ? new Set(candidate.interests.filter((i) => i.score >= LIKED_AT).map((i) => i.interestId))
    : undefined;
  // The last value of a facet counts, as in the table.
  const yours = new Map((candidate.environment ?? []).map((e) => [e.facetId, e.value]));
  return {
    interests: liked ? (job.interests ?? []).map((interestId) => ({ interestId, liked: liked.has(interestId) })) : [],
    environment: (job.environment ?? []).flatMap((e) => {
      const you = yours.get(e.facetId);
      return FACET_NUMBER.has(e.facetId) && you !== undefined ? [{ facetId: e.facetId, job: e.value, you }] : [];
    }),
  };
}
