/**
 * Keep the best k of a stream of (score, index), best first; ties keep the lower index. Scores
 * are the whole numbers 0-100 of `combineScore`, so the kept entries sit in one bucket per score:
 * an entry gets in or is turned away in O(1), and a page deep into a long list (k = 10 000 of
 * 100 000) costs one pass, not the O(n log k) of a heap. Entries must be offered in ascending
 * index order (every scan does), so the worst of a bucket is its last.
 */
const SCORES = 101;

export class TopK {
  private readonly buckets: number[][] = Array.from({ length: SCORES }, () => []);
  private size = 0;
  /** The lowest score with a kept entry (only meaningful while size > 0). */
  private lowest = SCORES;
  private lastIndex = -1;
  constructor(private readonly k: number) {}

  /** Scores below this cannot enter, nor can an equal score with a later index (−1 until the list is full; Infinity for k = 0). */
  get threshold(): number {
    if (this.k <= 0) return Infinity;
    return this.size < this.k ? -1 : this.lowest;
  }

  offer(score: number, index: number): void {
    if (this.k <= 0) return;
    if (!Number.isInteger(score) || score < 0 || score >= SCORES) throw new RangeError(`score ${score} is not 0-100`);
    if (index <= this.lastIndex) throw new RangeError('offer entries in ascending index order');
    this.lastIndex = index;
    if (this.size === this.k) {
      // Full: a later index never beats an equal score, so only a higher one gets in.
      if (score <= this.lowest) return;
      this.buckets[this.lowest]!.pop();
      this.size--;
      while (this.lowest < SCORES && this.buckets[this.lowest]!.length === 0) this.lowest++;
    }
    this.buckets[score]!.push(index);
    this.size++;
    if (score < this.lowest) this.lowest = score;
  }

  result(): { index: number; score: number }[] {
    const out: { index: number; score: number }[] = [];
    for (let score = SCORES - 1; score >= 0; score--)
      for (const index of this.buckets[score]!) out.push({ index, score });
    return out;
  }
}
