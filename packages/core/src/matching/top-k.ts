/**
 * Keep the best k of a stream of (fit, index), best first. The fit is the unrounded score
 * (0-100); entries sit in buckets a hundredth of a point wide, so an entry gets in or is turned
 * away in O(1), and a page deep into a long list (k = 10 000 of 100 000) costs one pass, not the
 * O(n log k) of a heap. The lowest bucket is kept whole while it decides who makes the cut;
 * within a bucket the order (higher fit, then the tie rule) is settled once, in result(). The
 * buckets are narrow so that many equal whole scores (a strong pool: hundreds at 100) do not
 * all wait in one bucket to be sorted.
 */
const STEPS = 100;
const BUCKETS = 100 * STEPS + 1;

export class TopK {
  private readonly buckets: (number[] | undefined)[] = new Array<number[] | undefined>(BUCKETS);
  private size = 0;
  /** The lowest bucket with a kept entry (only meaningful while size > 0). */
  private lowest = BUCKETS;
  constructor(private k: number) {}

  /**
   * Empty again, for another k. An index keeps one TopK and resets it for every ranking: its
   * 10 001 buckets (80 kB) and the arrays in them are then not garbage after each request.
   * Kept entries are all at or above the lowest bucket, so only those are emptied.
   */
  reset(k: number): this {
    for (let b = this.lowest; b < BUCKETS; b++) if (this.buckets[b]) this.buckets[b]!.length = 0;
    this.k = k;
    this.size = 0;
    this.lowest = BUCKETS;
    return this;
  }

  /** Fits below this cannot enter (−1 until the list is full; Infinity for k = 0). */
  get threshold(): number {
    if (this.k <= 0) return Infinity;
    return this.size < this.k ? -1 : this.lowest / STEPS;
  }

  offer(fit: number, index: number): void {
    if (this.k <= 0) return;
    if (!(fit >= 0 && fit < 100.5)) throw new RangeError(`fit ${fit} is not 0-100`);
    const bucket = Math.min(BUCKETS - 1, Math.floor(fit * STEPS));
    if (this.size >= this.k && bucket < this.lowest) return;
    (this.buckets[bucket] ??= []).push(index);
    this.size++;
    if (bucket < this.lowest) this.lowest = bucket;
    // The lowest bucket goes once the others hold k without it.
    while (this.size - this.buckets[this.lowest]!.length >= this.k) {
      this.size -= this.buckets[this.lowest]!.length;
      this.buckets[this.lowest]!.length = 0;
      while (this.lowest < BUCKETS && !this.buckets[this.lowest]?.length) this.lowest++;
    }
  }

  /**
   * The best k, best first: by `fitOf` (higher first; so by whole score too), then by `tieOf`
   * (lower first): a stable, documented rule for equal fits.
   */
  result(fitOf: (index: number) => number, tieOf: (index: number) => number): { index: number; score: number }[] {
    const out: { index: number; score: number }[] = [];
    for (let b = BUCKETS - 1; b >= 0 && out.length < this.k; b--) {
      const bucket = this.buckets[b];
      if (!bucket?.length) continue;
      if (bucket.length > 1) bucket.sort((x, y) => fitOf(y) - fitOf(x) || tieOf(x) - tieOf(y));
      for (const index of bucket) {
        if (out.length === this.k) break;
        out.push({ index, score: Math.round(fitOf(index)) });
      }
    }
    return out;
  }
}
