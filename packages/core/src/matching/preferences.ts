/**
 * The secondary part of a match, interests and work environment, in the form ranking reads it.
 * A ranking compares one candidate with thousands of jobs, or one job with every candidate in a
 * pool, so both sides are prepared once: a job's interest areas as bits and its facets as small
 * numbers; candidates in a table by slot (liked areas as bits, facet values in one flat array),
 * read front to back by a scan. A single candidate is a table of one: one code path everywhere.
 */
import type { EnvironmentValue, InterestId } from '../domain.js';
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

/** Small numbers for facet ids, handed out as first seen (the skill language has a dozen). */
const facetNumbers = new Map<string, number>();
function facetNumber(id: string): number {
  let n = facetNumbers.get(id);
  if (n === undefined) facetNumbers.set(id, (n = facetNumbers.size));
  return n;
}

/** A job's side, prepared once: its interest areas as bits, its facets as numbers with their values. */
export interface JobPreferences {
  interests: Int32Array;
  facets: Int32Array;
  values: Float64Array;
}

export function jobPreferences(job: Pick<MatchTarget, 'interests' | 'environment'>): JobPreferences {
  const environment = job.environment ?? [];
  return {
    interests: Int32Array.from(job.interests ?? [], (id) => INTEREST_BIT[id] ?? 0),
    facets: Int32Array.from(environment, (e) => facetNumber(e.facetId)),
    values: Float64Array.from(environment, (e) => e.value),
  };
}

const hasAny = (job: JobPreferences) => job.interests.length > 0 || job.facets.length > 0;

/** Candidates' interests and work environment by slot. */
export class PreferenceTable {
  private liked: Int32Array;
  /** Facet values, `stride` per slot; NaN where the candidate has none. */
  private values: Float32Array;
  private stride = 16;

  constructor(private capacity: number) {
    this.liked = new Int32Array(capacity).fill(NO_INTERESTS);
    this.values = new Float32Array(capacity * this.stride).fill(NaN);
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
    const numbers = (candidate.environment ?? []).map((e) => facetNumber(e.facetId));
    this.widen(Math.max(0, ...numbers) + 1);
    this.values.fill(NaN, slot * this.stride, (slot + 1) * this.stride);
    // The last value of a facet counts (there is one per facet).
    candidate.environment?.forEach(
      (e: EnvironmentValue, k) => (this.values[slot * this.stride + numbers[k]!] = e.value),
    );
  }

  /** The candidate in slot `from` moves to `to` (a pool fills a gap with its last one). */
  move(from: number, to: number): void {
    this.liked[to] = this.liked[from]!;
    this.values.copyWithin(to * this.stride, from * this.stride, (from + 1) * this.stride);
  }

  grow(capacity: number): void {
    const liked = new Int32Array(capacity).fill(NO_INTERESTS);
    liked.set(this.liked);
    const values = new Float32Array(capacity * this.stride).fill(NaN);
    values.set(this.values);
    [this.liked, this.values, this.capacity] = [liked, values, capacity];
  }

  /** Room for facet numbers below n in every slot. */
  private widen(n: number): void {
    if (n <= this.stride) return;
    const stride = Math.max(n, 2 * this.stride);
    const values = new Float32Array(this.capacity * stride).fill(NaN);
    for (let s = 0; s < this.capacity; s++)
      values.set(this.values.subarray(s * this.stride, (s + 1) * this.stride), s * stride);
    [this.values, this.stride] = [values, stride];
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
    const base = slot * this.stride;
    let distance = 0;
    let shared = 0;
    for (let k = 0; k < job.facets.length; k++) {
      const f = job.facets[k]!;
      if (f >= this.stride) continue;
      const value = this.values[base + f]!;
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
    if (!hasAny(job)) return null;
    return secondaryPart(this.interests(job, slot), this.environment(job, slot));
  }
}
